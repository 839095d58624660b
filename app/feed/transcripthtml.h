#pragma once

// Reads an HTML transcript: each paragraph (<p>, <li>, <blockquote>) is a cue. The speaker comes
// from a <cite>NAME:</cite> or <strong>NAME:</strong> (inside the paragraph or just before it)
// or a "NAME:" opening the text; a time from a <time> element or an "00:01:23" opening the
// paragraph (TranscriptParagraphs). A page without paragraphs is read line by line.

#include "feed/transcriptdocument.h"

#include <QByteArrayView>

namespace ondes {

class HtmlTranscript
{
public:
    static TranscriptDocument parse(QByteArrayView html, int maxCues, bool* truncated = nullptr);
};

} // namespace ondes
