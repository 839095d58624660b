#include "feed/transcriptsrt.h"

#include "feed/transcripttext.h"

#include <algorithm>

namespace ondes {

namespace {

struct Timing
{
    qint64 startMs = -1;
    qint64 endMs = -1;
};

Timing readTiming(QStringView line)
{
    const qsizetype arrow = line.indexOf(u"-->");
    if (arrow < 0)
        return {};
    QStringView after = line.sliced(arrow + 3).trimmed();
    qsizetype end = 0;
    while (end < after.size() && !after.at(end).isSpace())
        ++end;
    return {transcripttext::parseClock(line.first(arrow)),
            transcripttext::parseClock(after.first(end))};
}

bool isNumber(QStringView line)
{
    line = line.trimmed();
    if (line.isEmpty() || line.size() > 9)
        return false;
    return std::all_of(line.begin(), line.end(), [](QChar c) { return c.isDigit(); });
}

struct Turn
{
    QString speaker;
    QString text;
};

class SrtReader
{
public:
    explicit SrtReader(int maxCues) : m_maxCues(maxCues) {}

    // Adds the cue; false when the cue limit is reached.
    bool add(Timing timing, const QList<QStringView>& lines)
    {
        QList<Turn> turns;
        for (const QStringView raw : lines) {
            const QString line = transcripttext::plainText(raw);
            if (line.isEmpty())
                continue;
            const transcripttext::LeadingParts parts =
                transcripttext::readLeadingParts(line, false);
            const bool dash = line.startsWith(u'-') || line.startsWith(u'\u2013');
            if (!parts.speaker.isEmpty()) {
                m_speaker = parts.speaker;
                turns << Turn{m_speaker, parts.text};
            } else if (dash && !turns.isEmpty()) {
                m_speaker.clear(); // a second, unnamed voice in a dialogue
                turns << Turn{{}, line.sliced(1).trimmed()};
            } else if (turns.isEmpty()) {
                if (dash)
                    m_speaker.clear();
                turns << Turn{m_speaker, dash ? line.sliced(1).trimmed() : line};
            } else {
                turns.last().text += u'\n' + line;
            }
        }
        qsizetype total = 0;
        for (const Turn& turn : turns)
            total += std::max<qsizetype>(1, turn.text.size());
        qint64 at = timing.startMs;
        qsizetype soFar = 0;
        for (qsizetype i = 0; i < turns.size(); ++i) {
            if (m_cues.size() >= m_maxCues)
                return false;
            soFar += std::max<qsizetype>(1, turns.at(i).text.size());
            const qint64 end =
                i + 1 == turns.size()
                    ? timing.endMs
                    : timing.startMs + (timing.endMs - timing.startMs) * soFar / total;
            if (!turns.at(i).text.isEmpty())
                m_cues << TranscriptCue{at, end, turns.at(i).speaker, turns.at(i).text};
            at = end;
        }
        return true;
    }

    QList<TranscriptCue> takeCues() { return std::move(m_cues); }

private:
    int m_maxCues;
    QString m_speaker;
    QList<TranscriptCue> m_cues;
};

} // namespace

TranscriptDocument SrtTranscript::parse(QStringView text, int maxCues, bool* truncated)
{
    TranscriptDocument document;
    document.format = TranscriptDocument::Format::Srt;
    document.timed = true;
    if (truncated)
        *truncated = false;
    const QString normalized = transcripttext::normalizedLines(text);
    const QList<QStringView> lines = QStringView(normalized).split(u'\n');
    const qsizetype count = lines.size();
    SrtReader reader(maxCues);
    qsizetype i = 0;
    while (i < count) {
        const Timing timing = readTiming(lines.at(i));
        if (timing.startMs < 0 || timing.endMs < 0) {
            ++i;
            continue;
        }
        ++i;
        // The text runs to a blank line, or to the next cue's number and times when a file
        // leaves out the blank line.
        QList<QStringView> textLines;
        while (i < count && !lines.at(i).trimmed().isEmpty()) {
            if (lines.at(i).contains(u"-->") && readTiming(lines.at(i)).startMs >= 0)
                break;
            if (isNumber(lines.at(i)) && i + 1 < count && readTiming(lines.at(i + 1)).startMs >= 0)
                break;
            textLines << lines.at(i);
            ++i;
        }
        if (!reader.add({timing.startMs, std::max(timing.startMs, timing.endMs)}, textLines)) {
            if (truncated)
                *truncated = true;
            break;
        }
    }
    document.cues = reader.takeCues();
    std::stable_sort(
        document.cues.begin(), document.cues.end(),
        [](const TranscriptCue& a, const TranscriptCue& b) { return a.startMs < b.startMs; });
    return document;
}

} // namespace ondes
