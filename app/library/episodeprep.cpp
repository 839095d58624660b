#include "library/episodeprep.h"

#include <QtConcurrent/QtConcurrentRun>

namespace ondes {

namespace {

// Small enough that the writer's first wait is short, large enough that a batch's hand-over
// costs nothing beside its work.
constexpr qsizetype kBatch = 64;

} // namespace

EpisodePrep::EpisodePrep(const QList<ParsedEpisode>& episodes, StoredEpisodes stored)
    : m_episodes(episodes), m_stored(std::move(stored))
{
    startBatch(0);
}

EpisodePrep::~EpisodePrep()
{
    m_next.waitForFinished();
}

QList<PreparedEpisode> EpisodePrep::prepare(qsizetype from, qsizetype to) const
{
    QList<PreparedEpisode> batch;
    batch.reserve(to - from);
    for (qsizetype position = from; position < to; ++position) {
        const ParsedEpisode& episode = m_episodes.at(m_episodes.size() - 1 - position);
        PreparedEpisode prepared;
        prepared.keys = episodeKeys(episode);
        prepared.hash = episodeContentHash(episode);
        if (!m_stored.unchanged(m_stored.match(prepared.keys), prepared.hash))
            prepared.people = episodePeople(episode);
        batch << std::move(prepared);
    }
    return batch;
}

void EpisodePrep::startBatch(qsizetype from)
{
    m_nextFrom = from;
    const qsizetype to = qMin(from + kBatch, m_episodes.size());
    if (from >= to) {
        m_next = QFuture<QList<PreparedEpisode>>();
        return;
    }
    // A waiting result() runs a batch no pool thread has started yet itself: never a deadlock,
    // even with a busy pool.
    m_next = QtConcurrent::run(QThreadPool::globalInstance(),
                               [this, from, to] { return prepare(from, to); });
}

PreparedEpisode EpisodePrep::take(qsizetype position)
{
    if (position >= m_currentFrom + m_current.size()) {
        Q_ASSERT(position == m_nextFrom);
        m_current = m_next.result();
        m_currentFrom = m_nextFrom;
        startBatch(m_currentFrom + m_current.size());
    }
    return std::move(m_current[position - m_currentFrom]);
}

} // namespace ondes
