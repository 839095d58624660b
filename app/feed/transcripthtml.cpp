#include "feed/transcripthtml.h"

#include "feed/htmldocument.h"
#include "feed/transcriptparagraphs.h"
#include "feed/transcriptplaintext.h"
#include "feed/transcripttext.h"

namespace ondes {

namespace {

constexpr qsizetype kMaxParagraphChars = 64 * 1024;

bool isParagraph(const xmlNode* node)
{
    return HtmlDocument::isElementIn(node, {"p", "li", "blockquote", "dd"});
}

bool isSpeakerLabel(const xmlNode* node)
{
    return HtmlDocument::isElementIn(node, {"cite", "strong", "b", "dt"});
}

} // namespace

TranscriptDocument HtmlTranscript::parse(QByteArrayView html, int maxCues, bool* truncated)
{
    const HtmlDocument document(html);
    const xmlNode* root = document.root();
    TranscriptParagraphs paragraphs(maxCues);
    bool sawParagraph = false;
    for (const xmlNode* node = root; node;) {
        if (node->type != XML_ELEMENT_NODE || HtmlDocument::isHidden(node)) {
            node = HtmlDocument::next(node, root, node->type == XML_ELEMENT_NODE);
            continue;
        }
        if (isParagraph(node)) {
            sawParagraph = true;
            if (!paragraphs.add(HtmlDocument::text(node, kMaxParagraphChars)))
                break;
            node = HtmlDocument::next(node, root, true);
            continue;
        }
        if (HtmlDocument::isElement(node, "time")) {
            QString when = HtmlDocument::attribute(node, "datetime");
            qint64 ms = transcripttext::parseClock(when);
            if (ms < 0)
                ms = transcripttext::parseClock(HtmlDocument::text(node, 64));
            if (ms >= 0)
                paragraphs.setPendingTime(ms);
            node = HtmlDocument::next(node, root, true);
            continue;
        }
        if (isSpeakerLabel(node)) {
            // <cite>Ana</cite> names a speaker; <strong> and <b> only with the colon.
            QString label = HtmlDocument::text(node, 128);
            const bool colon = label.endsWith(u':');
            if (colon)
                label.chop(1);
            if ((colon || HtmlDocument::isElementIn(node, {"cite", "dt"})) &&
                transcripttext::looksLikeSpeakerName(label)) {
                paragraphs.setPendingSpeaker(label.trimmed());
                node = HtmlDocument::next(node, root, true);
                continue;
            }
        }
        node = HtmlDocument::next(node, root);
    }
    if (!sawParagraph && root) {
        const QString text = HtmlDocument::text(root, 16 * 1024 * 1024, true);
        TranscriptDocument lines = PlainTextTranscript::parse(text, maxCues, truncated);
        lines.format = TranscriptDocument::Format::Html;
        return lines;
    }
    if (truncated)
        *truncated = paragraphs.truncated();
    return paragraphs.take(TranscriptDocument::Format::Html);
}

} // namespace ondes
