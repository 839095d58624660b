#pragma once

// Clock-style durations as listeners read them: "4:05", "1:02:03".

#include <QString>

namespace ondes {

// "" for zero or negative seconds unless placeholder is given.
QString formatClock(qint64 seconds, const QString& placeholder = {});

} // namespace ondes
