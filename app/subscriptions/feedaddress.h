#pragma once

// What a listener pastes, or a desktop hands over, turned into the address to fetch:
// podcast:, itpc:, pcast: and feed: links become http(s); a bare host gets https.

#include <QString>
#include <QUrl>

namespace ondes {

// An invalid QUrl with *error set when the text cannot name a show on the web.
QUrl feedAddress(const QString& text, QString* error = nullptr);

} // namespace ondes
