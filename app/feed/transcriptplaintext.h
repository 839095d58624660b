#pragma once

// Reads a plain-text transcript: paragraphs separated by blank lines (or, in a file without
// blank lines, one paragraph per line), each possibly opening with a time and "NAME:"
// (TranscriptParagraphs).

#include "feed/transcriptdocument.h"

#include <QStringView>

namespace ondes {

class PlainTextTranscript
{
public:
    static TranscriptDocument parse(QStringView text, int maxCues, bool* truncated = nullptr);
};

} // namespace ondes
