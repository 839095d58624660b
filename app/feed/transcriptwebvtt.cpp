#include "feed/transcriptwebvtt.h"

#include "feed/transcripttext.h"

#include <algorithm>

namespace ondes {

namespace {

struct VoiceSpan
{
    QString voice;
    QString text;
};

bool startsBlock(QStringView line, QStringView keyword)
{
    return line.startsWith(keyword) &&
           (line.size() == keyword.size() || line.at(keyword.size()).isSpace());
}

// The payload split where the voice changes: "<v Ana>Hi\n<v Bo>Hello" is two spans.
QList<VoiceSpan> voiceSpans(QStringView payload)
{
    QList<VoiceSpan> spans{VoiceSpan{}};
    qsizetype textStart = 0;
    const auto flush = [&](qsizetype end) {
        spans.last().text += transcripttext::plainText(payload.sliced(textStart, end - textStart));
        spans.last().text += u'\n';
    };
    for (qsizetype i = payload.indexOf(u"<v"); i >= 0; i = payload.indexOf(u"<v", i + 1)) {
        if (i + 2 >= payload.size())
            break;
        const QChar after = payload.at(i + 2);
        if (after != u' ' && after != u'.' && after != u'\t')
            continue;
        const qsizetype close = payload.indexOf(u'>', i);
        if (close < 0)
            break;
        QStringView annotation = payload.sliced(i + 2, close - i - 2);
        if (after == u'.') { // classes: <v.loud.fast Name>
            const qsizetype space = annotation.indexOf(u' ');
            annotation = space < 0 ? QStringView() : annotation.sliced(space);
        }
        const QString voice = transcripttext::decodeEntities(annotation).simplified();
        flush(i);
        if (voice != spans.last().voice) {
            if (spans.last().text.trimmed().isEmpty())
                spans.last() = VoiceSpan{voice, {}};
            else
                spans << VoiceSpan{voice, {}};
        }
        textStart = close + 1;
        i = close;
    }
    flush(payload.size());
    QList<VoiceSpan> kept;
    for (VoiceSpan& span : spans) {
        span.text = span.text.trimmed();
        if (!span.text.isEmpty())
            kept << span;
    }
    return kept;
}

// Adds the cue's voices as cues, the time shared in proportion to the length of their text.
void addCues(QList<TranscriptCue>& cues, qint64 startMs, qint64 endMs, QStringView payload)
{
    const QList<VoiceSpan> spans = voiceSpans(payload);
    qsizetype totalChars = 0;
    for (const VoiceSpan& span : spans)
        totalChars += span.text.size();
    qint64 at = startMs;
    qsizetype charsSoFar = 0;
    for (qsizetype i = 0; i < spans.size(); ++i) {
        charsSoFar += spans.at(i).text.size();
        const qint64 end =
            i + 1 == spans.size() ? endMs : startMs + (endMs - startMs) * charsSoFar / totalChars;
        cues << TranscriptCue{at, end, spans.at(i).voice, spans.at(i).text};
        at = end;
    }
}

} // namespace

TranscriptDocument WebVttTranscript::parse(QStringView text, int maxCues, bool* truncated)
{
    TranscriptDocument document;
    document.format = TranscriptDocument::Format::WebVtt;
    document.timed = true;
    if (truncated)
        *truncated = false;
    const QString normalized = transcripttext::normalizedLines(text);
    const QList<QStringView> lines = QStringView(normalized).split(u'\n');
    const qsizetype count = lines.size();
    qsizetype i = 0;
    if (count > 0 && startsBlock(lines.first(), u"WEBVTT")) {
        // The header: "Language: fr" is the one line of it a transcript needs.
        for (; i < count && !lines.at(i).trimmed().isEmpty(); ++i) {
            const QStringView line = lines.at(i);
            if (line.startsWith(u"Language:", Qt::CaseInsensitive))
                document.language = line.sliced(9).trimmed().toString();
            if (i > 0 && line.contains(u"-->"))
                break; // no blank line after the header: the first cue starts here
        }
    }
    while (i < count) {
        if (lines.at(i).trimmed().isEmpty()) {
            ++i;
            continue;
        }
        const QStringView first = lines.at(i);
        const bool timingFirst = first.contains(u"-->");
        if (!timingFirst && (startsBlock(first, u"NOTE") || startsBlock(first, u"STYLE") ||
                             startsBlock(first, u"REGION") || i + 1 >= count ||
                             !lines.at(i + 1).contains(u"-->"))) {
            // A comment, a style sheet, a region, or text that belongs to no cue.
            while (i < count && !lines.at(i).trimmed().isEmpty())
                ++i;
            continue;
        }
        const QStringView timing = timingFirst ? first : lines.at(i + 1);
        i += timingFirst ? 1 : 2;
        const qsizetype arrow = timing.indexOf(u"-->");
        const QStringView afterArrow = timing.sliced(arrow + 3).trimmed();
        qsizetype endOfTime = 0;
        while (endOfTime < afterArrow.size() && !afterArrow.at(endOfTime).isSpace())
            ++endOfTime;
        const qint64 startMs = transcripttext::parseClock(timing.first(arrow));
        const qint64 endMs = transcripttext::parseClock(afterArrow.first(endOfTime));
        const qsizetype payloadStart = i;
        while (i < count && !lines.at(i).trimmed().isEmpty() && !lines.at(i).contains(u"-->"))
            ++i;
        if (startMs < 0 || endMs < 0)
            continue;
        if (document.cues.size() >= maxCues) {
            if (truncated)
                *truncated = true;
            break;
        }
        QString payload;
        for (qsizetype line = payloadStart; line < i; ++line) {
            payload += lines.at(line);
            payload += u'\n';
        }
        addCues(document.cues, startMs, std::max(startMs, endMs), payload);
    }
    if (document.cues.size() > maxCues) {
        document.cues.resize(maxCues);
        if (truncated)
            *truncated = true;
    }
    std::stable_sort(
        document.cues.begin(), document.cues.end(),
        [](const TranscriptCue& a, const TranscriptCue& b) { return a.startMs < b.startMs; });
    return document;
}

} // namespace ondes
