#pragma once

// Reads a Podcast Index JSON transcript
// ({"version": "1.0.0", "segments": [{"speaker", "startTime", "endTime", "body"}]}, times in
// seconds). Generators often write one segment per word or phrase: consecutive segments of one
// speaker are joined into one cue until a sentence ends, the speaker pauses (2 s) or the cue
// grows long. A segment without a body or a usable startTime is left out.

#include "feed/transcriptdocument.h"

#include <QByteArrayView>

namespace ondes {

class JsonTranscript
{
public:
    // At most maxCues cues; *truncated (when given) says whether the file had more. *error
    // (when given) is set when the bytes are not a JSON object with a "segments" array.
    static TranscriptDocument parse(QByteArrayView json, int maxCues, bool* truncated = nullptr,
                                    QString* error = nullptr);
};

} // namespace ondes
