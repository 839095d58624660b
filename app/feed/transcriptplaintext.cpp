#include "feed/transcriptplaintext.h"

#include "feed/transcriptparagraphs.h"
#include "feed/transcripttext.h"

namespace ondes {

TranscriptDocument PlainTextTranscript::parse(QStringView text, int maxCues, bool* truncated)
{
    const QString normalized = transcripttext::normalizedLines(text);
    const QList<QStringView> lines = QStringView(normalized).split(u'\n');
    bool blankLines = false;
    for (qsizetype i = 1; i + 1 < lines.size() && !blankLines; ++i)
        blankLines = lines.at(i).trimmed().isEmpty();
    TranscriptParagraphs paragraphs(maxCues);
    QString paragraph;
    for (const QStringView line : lines) {
        const QString simple = line.toString().simplified();
        // A line that opens with a time or "NAME:" starts a paragraph of its own too.
        const transcripttext::LeadingParts parts = transcripttext::readLeadingParts(simple, true);
        const bool opensTurn = parts.timeMs >= 0 || !parts.speaker.isEmpty();
        if (simple.isEmpty() || !blankLines || opensTurn) {
            if (!paragraphs.add(paragraph))
                break;
            paragraph.clear();
        }
        if (!simple.isEmpty())
            paragraph += (paragraph.isEmpty() ? QString() : QStringLiteral("\n")) + simple;
    }
    paragraphs.add(paragraph);
    if (truncated)
        *truncated = paragraphs.truncated();
    return paragraphs.take(TranscriptDocument::Format::PlainText);
}

} // namespace ondes
