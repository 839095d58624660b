#pragma once

// A cheap test run before SpeakerExtractor tokenises a description: most paragraphs of most
// descriptions name nobody, and then need no further work.

#include <QStringView>

namespace ondes::speakers {

// False only when no person's name can be in `text` (plain text, as htmlToText gives it): no
// word that may start a name (capitalised, ALL CAPS, or an initial "J.") followed on the same line,
// with only name particles between ("de", "van der", "d'"), by a word that may continue it
// (capitalised, ALL CAPS, an initial, "al-Rashid"), and no known given name alone inside a
// sentence ("…, Kylian raconte"). Every name NameGrammar accepts has the first shape, every
// first name alone a cue makes a speaker is almost always the second: skipping such a text
// changes no result but for a first name alone opening a sentence with no name elsewhere.
bool mayNameSomeone(QStringView text);

} // namespace ondes::speakers
