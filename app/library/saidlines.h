#pragma once

// SaidLines finds, for the episodes a search lists, the first line of their stored transcript
// that has the words searched for (TranscriptStore::searchEpisode): what the list shows under
// a title, and where a hit plays from. Lines are read only for the episodes asked about (the
// rows on screen), a few per turn of the event loop after the asking, so that a keystroke
// costs no transcript reads and no turn blocks the window long; the answers are kept until the
// search changes.

#include "library/transcriptstore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <optional>

namespace ondes {

class Database;

class SaidLines : public QObject
{
    Q_OBJECT
public:
    // Episodes read per turn of the event loop: at most kBatch, and no more once a turn has
    // taken kTurnBudgetMs (one episode's line costs up to 3 ms on 40 million words).
    static constexpr int kBatch = 8;
    static constexpr int kTurnBudgetMs = 8;

    explicit SaidLines(Database& database, QObject* parent = nullptr);

    // Forgets every answer; an empty text finds nothing.
    void setSearch(const QString& text);
    const QString& search() const { return m_search; }

    // The answer for the episode once read: the line, or nullopt when none has the words.
    // Null when not read yet.
    const std::optional<TranscriptHit>* known(qint64 episodeId) const;
    // Reads the episode's line soon (found() then says so); nothing when known or asked.
    void request(qint64 episodeId);
    // The answer now, read at once when not known yet (opening a hit).
    std::optional<TranscriptHit> lineNow(qint64 episodeId);

    // For tests and benchmarks: the episodes read so far for this search, and waiting.
    int reads() const { return m_reads; }
    int pending() const { return static_cast<int>(m_wanted.size()); }

Q_SIGNALS:
    // The answer for episodeId is known (known() gives it).
    void found(qint64 episodeId);

private:
    void readBatch();
    void read(qint64 episodeId);

    TranscriptStore m_store;
    QString m_search;
    QHash<qint64, std::optional<TranscriptHit>> m_lines;
    QList<qint64> m_wanted;
    QTimer m_timer;
    int m_reads = 0;
};

} // namespace ondes
