#pragma once

// The chapters of the playing episode for the Player: loads them from the library (feed and
// JSON chapters) and from the local file's tags (read on a worker thread), and follows the
// position to say which chapter is playing.

#include "playback/chapterlist.h"

#include <QObject>
#include <QPointer>

namespace ondes {

class Library;

class ChapterTracker : public QObject
{
    Q_OBJECT
public:
    explicit ChapterTracker(Library& library, QObject* parent = nullptr);
    ~ChapterTracker() override;

    // Starts over for this episode; localPath (may be empty) is the file whose embedded
    // chapters are read.
    void load(qint64 episodeId, const QString& localPath);
    // Re-reads the stored sources of the current episode (the embedded ones are kept).
    void reload();
    void setPosition(qint64 positionMs);

    const ChapterList& list() const { return m_list; }
    int currentIndex() const { return m_current; }

Q_SIGNALS:
    void chaptersChanged();
    void currentChapterChanged(int index);

private:
    void readEmbedded(const QString& localPath);
    void updateCurrent();

    Library& m_library;
    ChapterList m_list;
    qint64 m_episodeId = 0;
    qint64 m_positionMs = 0;
    int m_current = -1;
    // Bumped on every load(): a tag read that finishes for an earlier episode is dropped.
    quint64 m_generation = 0;
};

} // namespace ondes
