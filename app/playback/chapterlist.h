#pragma once

// The chapters of the playing episode, merged from every place they come from, and the chapter
// navigation the player offers (current, next, previous). A plain value; the player owns one.
//
// Precedence when sources disagree: podcast:chapters JSON (the show's richest data, with images
// and links) over chapters embedded in the file (ID3 CHAP, Vorbis CHAPTERxxx: they match this
// very file) over the feed's inline Podlove Simple Chapters. Chapters of any source are kept;
// a chapter is the same as a kept one when its start is less than 1 s from any start given for
// the kept one (120, 120.6 and 121.2 are one chapter), or less than 5 s with the same title. Of a
// set of same chapters, the highest-ranked source gives the start, the title (unless it is empty or
// a placeholder like "Chapter 3" and another source has a real one) and its link and image (each
// filled from lower sources when missing).

#include "feed/feedtypes.h"
#include "library/chaptersource.h"

#include <QList>

#include <array>
#include <optional>

namespace ondes {

class ChapterList
{
public:
    // Jumping back within this long after a chapter's start goes to the previous chapter.
    static constexpr qint64 restartThresholdMs = 3000;
    // A position this close before a start already counts as in that chapter: after a seek to a
    // chapter the player may report a position a few milliseconds short of it.
    static constexpr qint64 seekSlackMs = 250;

    void setChapters(ChapterSource source, const QList<Chapter>& chapters);
    const QList<Chapter>& chaptersFrom(ChapterSource source) const;
    void clear();

    const QList<Chapter>& chapters() const { return m_merged; }
    int count() const { return int(m_merged.size()); }
    bool isEmpty() const { return m_merged.isEmpty(); }
    qint64 startMs(int index) const;
    // The start of the next chapter, or durationMs for the last one.
    qint64 endMs(int index, qint64 durationMs) const;

    // The chapter playing at positionMs; -1 before the first chapter or when there is none.
    int indexAt(qint64 positionMs) const;
    // The start of the chapter after the current one; nullopt in the last chapter.
    std::optional<qint64> nextStart(qint64 positionMs) const;
    // The start of the current chapter when more than restartThresholdMs into it, else the start
    // of the one before (the first chapter restarts); 0 before the first chapter; nullopt when
    // there are no chapters.
    std::optional<qint64> previousStart(qint64 positionMs) const;

    static QList<Chapter> merge(const QList<Chapter>& json, const QList<Chapter>& embedded,
                                const QList<Chapter>& psc);
    // "", "Chapter 3", "Chapitre 03", "Ch. 4", "#2", "7": a title that says nothing.
    static bool isPlaceholderTitle(const QString& title);

private:
    std::array<QList<Chapter>, 3> m_sources;
    QList<Chapter> m_merged;
};

} // namespace ondes
