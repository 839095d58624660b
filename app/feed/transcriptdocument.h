#pragma once

// A transcript's text, read from one of the formats a show publishes (WebVTT, SRT, Podcast Index
// JSON, HTML, plain text). `Transcript` (feedtypes.h) is the feed's link to such a file; this is
// what the file says. The parsers fill it; the library stores it; the window and the command
// line show it.

#include <QList>
#include <QString>

namespace ondes {

struct TranscriptCue
{
    qint64 startMs = 0; // from the start of the audio
    qint64 endMs = 0;   // >= startMs; equal to startMs when the source gives no end
    QString speaker;    // the voice ("<v Name>", "NAME:", JSON "speaker"); empty when unnamed
    QString text;       // plain text, markup removed, lines joined with '\n'
};

struct TranscriptDocument
{
    enum class Format { WebVtt, Srt, Json, Html, PlainText };

    Format format = Format::PlainText;
    QString language;  // BCP 47 tag when known ("fr", "en-US"), else empty
    bool timed = true; // false for HTML and plain text without times: cues then have no times
    QList<TranscriptCue> cues; // in time order when timed, in reading order otherwise
};

} // namespace ondes

Q_DECLARE_TYPEINFO(ondes::TranscriptCue, Q_RELOCATABLE_TYPE);
