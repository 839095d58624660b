#pragma once

// Reads a SubRip (.srt) file as a transcript: numbered cues, "00:01:02,500 --> 00:01:04,000"
// (',' or '.' before the milliseconds; coordinates after the times ignored), then the text,
// with <i>, <b>, <font …> and {\an8} removed. A line starting "NAME:" or "- NAME:", where NAME
// looks like a name, gives the speaker; a cue without one is the previous speaker going on,
// unless it opens with a dialogue dash (someone else). A cue whose lines name two speakers
// becomes one cue per speaker, the time shared in proportion to their text.

#include "feed/transcriptdocument.h"

#include <QStringView>

namespace ondes {

class SrtTranscript
{
public:
    // At most maxCues cues; *truncated (when given) says whether the file had more.
    static TranscriptDocument parse(QStringView text, int maxCues, bool* truncated = nullptr);
};

} // namespace ondes
