#pragma once

// One key per person, so that "Aminata N’Diaye" on one show and "aminata n'diaye" on another are
// recognised as the same person.

#include <QString>
#include <QStringView>

namespace ondes {

// Case-folded, diacritics dropped (NFD without combining marks; œ→oe, æ→ae, ß→ss, ø→o, ł→l),
// apostrophes unified to ', hyphens and dashes to -, periods and runs of spaces to one space,
// trimmed. "J.R. Tolkien" and "J. R. Tolkien" give the same key; hyphens are kept, so
// "Jean-Baptiste" and "Jean Baptiste" do not.
QString personKey(QStringView name);

} // namespace ondes
