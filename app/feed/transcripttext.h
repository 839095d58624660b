#pragma once

// The pieces every transcript format shares: clock times ("01:02:03.456", "02:03,4"), markup
// removed from a line, character references decoded, and the "NAME:" prefix transcripts put
// before what a person says.

#include <QString>
#include <QStringView>

namespace ondes::transcripttext {

// The text without a leading byte-order mark, its line ends "\n" whatever the source used ("\r\n",
// "\r"), ready to be split into lines.
QString normalizedLines(QStringView text);

// A clock time in milliseconds: [hours:]minutes:seconds with an optional fraction after '.' or
// ','; -1 when text is not exactly that (or out of range: minutes and seconds below 60).
qint64 parseClock(QStringView text);

// Tags (<b>, </i>, <v Name>, <00:01.000>, <font color=…>) and ASS overrides ({\an8}) removed,
// character references decoded (&amp;, &#233;, &eacute;), spaces on each line collapsed.
QString plainText(QStringView markup);

// &amp;, &#233;, &#xE9;, &eacute;… decoded; anything else is left as it is.
QString decodeEntities(QStringView text);

// Whether text reads like a speaker's name before a colon: one to four words, each capitalised
// or upper case (name particles such as "de", "van", "bin" aside; "Speaker 2" allowed), no
// sentence punctuation, not a label such as "Note" or "Update".
bool looksLikeSpeakerName(QStringView text);

// What a transcript line says once its leading parts are read.
struct LeadingParts
{
    qint64 timeMs = -1; // a leading "00:01:23", "[01:23]" or "(1:02:03)"; -1 when none
    QString speaker;    // a leading "NAME:" or "- NAME:" whose NAME looksLikeSpeakerName
    QString text;       // the rest, trimmed
};

// Reads a leading time (when withTime) and a leading speaker prefix from a line of text.
LeadingParts readLeadingParts(QStringView line, bool withTime);

} // namespace ondes::transcripttext
