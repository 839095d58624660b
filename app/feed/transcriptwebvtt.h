#pragma once

// Reads a WebVTT file (https://www.w3.org/TR/webvtt1/) as a transcript: each cue's times and
// text; the voice of <v Name> / <v.class Name> as the speaker (a cue where several voices speak
// becomes one cue per voice, its time shared in proportion to their text); cue identifiers and
// cue settings ignored; styling tags and inline timestamps removed; NOTE, STYLE and REGION
// blocks skipped. Times are hh:mm:ss.ttt or mm:ss.ttt. A block that cannot be read is left out.

#include "feed/transcriptdocument.h"

#include <QStringView>

namespace ondes {

class WebVttTranscript
{
public:
    // At most maxCues cues; *truncated (when given) says whether the file had more.
    static TranscriptDocument parse(QStringView text, int maxCues, bool* truncated = nullptr);
};

} // namespace ondes
