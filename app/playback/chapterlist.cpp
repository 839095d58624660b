#include "playback/chapterlist.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace ondes {

namespace {

constexpr double sameStartSeconds = 1.0;
constexpr double sameTitleSeconds = 5.0;

qint64 toMs(double seconds)
{
    return std::llround(seconds * 1000);
}

QString folded(const QString& title)
{
    return title.simplified().toCaseFolded();
}

// A kept chapter and the span of starts the sources gave for it: 120 (feed), 120.6 (file) and
// 121.2 (JSON) are one chapter although the first and last are more than 1 s apart.
struct Kept
{
    Chapter chapter;
    double low = 0;
    double high = 0;
};

double distance(const Kept& kept, double start)
{
    if (start < kept.low)
        return kept.low - start;
    return start > kept.high ? start - kept.high : 0.0;
}

bool isSameChapter(const Kept& kept, const Chapter& other)
{
    const double apart = distance(kept, other.start);
    if (apart < sameStartSeconds)
        return true;
    return apart < sameTitleSeconds && !kept.chapter.title.isEmpty() &&
           folded(kept.chapter.title) == folded(other.title);
}

// Adds a lower-ranked chapter's details to a kept one where the kept one has none.
void fillFrom(Chapter& kept, const Chapter& other)
{
    if (ChapterList::isPlaceholderTitle(kept.title) &&
        !ChapterList::isPlaceholderTitle(other.title))
        kept.title = other.title;
    else if (kept.title.isEmpty())
        kept.title = other.title;
    if (kept.href.isEmpty())
        kept.href = other.href;
    if (kept.image.isEmpty())
        kept.image = other.image;
}

bool byStart(const Chapter& a, const Chapter& b)
{
    return a.start < b.start;
}

} // namespace

bool ChapterList::isPlaceholderTitle(const QString& title)
{
    static const QRegularExpression placeholder(
        QStringLiteral("^\\s*(?:(?:chapter|chapitre|kapitel|cap[ií]tulo|capitolo|hoofdstuk|"
                       "ch|chap|part|partie|track|piste)\\.?\\s*|#\\s*)?\\d+\\s*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return title.trimmed().isEmpty() || placeholder.match(title).hasMatch();
}

QList<Chapter> ChapterList::merge(const QList<Chapter>& json, const QList<Chapter>& embedded,
                                  const QList<Chapter>& psc)
{
    QList<Kept> kept; // sorted by chapter.start; spans are short, so also by low
    for (const QList<Chapter>* source : {&json, &embedded, &psc}) {
        QList<Chapter> sorted = *source;
        std::stable_sort(sorted.begin(), sorted.end(), byStart);
        for (const Chapter& chapter : sorted) {
            if (!std::isfinite(chapter.start) || chapter.start < 0)
                continue;
            // Candidates start within a window around the chapter; a few at most.
            const double window = sameTitleSeconds + 2 * sameStartSeconds;
            auto it = std::lower_bound(kept.begin(), kept.end(), chapter.start - window,
                                       [](const Kept& k, double s) { return k.chapter.start < s; });
            auto match = kept.end();
            for (; it != kept.end() && it->chapter.start < chapter.start + window; ++it) {
                if (isSameChapter(*it, chapter) &&
                    (match == kept.end() ||
                     distance(*it, chapter.start) < distance(*match, chapter.start)))
                    match = it;
            }
            if (match != kept.end()) {
                fillFrom(match->chapter, chapter);
                match->low = std::min(match->low, chapter.start);
                match->high = std::max(match->high, chapter.start);
                continue;
            }
            const auto at =
                std::upper_bound(kept.begin(), kept.end(), chapter.start,
                                 [](double s, const Kept& k) { return s < k.chapter.start; });
            kept.insert(at, Kept{chapter, chapter.start, chapter.start});
        }
    }
    QList<Chapter> merged;
    merged.reserve(kept.size());
    for (const Kept& k : kept)
        merged.append(k.chapter);
    return merged;
}

void ChapterList::setChapters(ChapterSource source, const QList<Chapter>& chapters)
{
    m_sources[std::size_t(source)] = chapters;
    m_merged = merge(m_sources[std::size_t(ChapterSource::Json)],
                     m_sources[std::size_t(ChapterSource::Embedded)],
                     m_sources[std::size_t(ChapterSource::Psc)]);
}

const QList<Chapter>& ChapterList::chaptersFrom(ChapterSource source) const
{
    return m_sources[std::size_t(source)];
}

void ChapterList::clear()
{
    for (QList<Chapter>& source : m_sources)
        source.clear();
    m_merged.clear();
}

qint64 ChapterList::startMs(int index) const
{
    return index >= 0 && index < count() ? toMs(m_merged[index].start) : 0;
}

qint64 ChapterList::endMs(int index, qint64 durationMs) const
{
    return index + 1 < count() ? startMs(index + 1) : durationMs;
}

int ChapterList::indexAt(qint64 positionMs) const
{
    const auto it = std::upper_bound(
        m_merged.cbegin(), m_merged.cend(), positionMs + seekSlackMs,
        [](qint64 position, const Chapter& c) { return position < toMs(c.start); });
    return int(it - m_merged.cbegin()) - 1;
}

std::optional<qint64> ChapterList::nextStart(qint64 positionMs) const
{
    const int next = indexAt(positionMs) + 1;
    if (next >= count())
        return std::nullopt;
    return startMs(next);
}

std::optional<qint64> ChapterList::previousStart(qint64 positionMs) const
{
    if (isEmpty())
        return std::nullopt;
    const int current = indexAt(positionMs);
    if (current < 0)
        return 0;
    if (positionMs - startMs(current) > restartThresholdMs || current == 0)
        return startMs(current);
    return startMs(current - 1);
}

} // namespace ondes
