#pragma once

// A cheap test run before SpeakerExtractor tokenises a description: most paragraphs of most
// descriptions name nobody, and then need no further work.

#include <QStringView>

#include <string_view>

namespace ondes::speakers {

// False only when no person's name can be in `text` (plain text, as htmlToText gives it): no
// word that may start a name (capitalised, ALL CAPS, or an initial "J.") followed on the same line,
// with only name particles between ("de", "van der", "d'"), by a word that may continue it
// (capitalised, ALL CAPS, an initial, "al-Rashid"), and no known given name alone inside a
// sentence ("…, Kylian raconte"). Every name NameGrammar accepts has the first shape, every
// first name alone a cue makes a speaker is almost always the second: skipping such a text
// changes no result but for a first name alone opening a sentence with no name elsewhere.
bool mayNameSomeone(QStringView text);
// The same answer on the same text as valid UTF-8 (isValidUtf8(), speakerchars.h), read as it is.
bool mayNameSomeoneUtf8(std::string_view utf8);

} // namespace ondes::speakers
