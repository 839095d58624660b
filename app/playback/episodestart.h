#pragma once

// EpisodeStart reads from the library how an episode starts playing: the address it plays from
// (its download, else its enclosure; never a local file named by a feed fetched from the
// network), where it resumes (its saved position, the start once played, a little earlier after
// a long pause: SmartRewind) and its show's speed; and how a stream that is not in the library
// starts (only from an http or https address). It writes nothing.

#include "playback/smartrewind.h"
#include "playback/streamitem.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace ondes {

class Library;
struct EpisodeRow;

class EpisodeStart
{
    Q_DECLARE_TR_FUNCTIONS(ondes::EpisodeStart)
public:
    struct Plan
    {
        QUrl url; // empty when the episode cannot be played: error says why
        QString error;
        qint64 showId = 0;
        qint64 durationMs = 0; // as the library has it
        qint64 resumeAtMs = 0; // 0: from the start
        bool restarts = false; // it was played: it starts again, in progress again
        double showRate = 0;   // the show's speed; 0 when it has none
    };

    EpisodeStart(const Library& library, const SmartRewind& rewind)
        : m_library(library), m_rewind(rewind)
    {}

    enum class RewindAfterLongPause { No, Yes };
    Plan plan(qint64 episodeId, RewindAfterLongPause rewind) const;
    // A stream played without being in the library: from its start, at the default speed.
    static Plan streamPlan(const StreamItem& item);

private:
    // Why url may not be played for episode (a feed's file: enclosure…); empty when it may.
    QString refusedSource(const EpisodeRow& episode, const QUrl& url) const;

    const Library& m_library;
    const SmartRewind& m_rewind;
};

} // namespace ondes
