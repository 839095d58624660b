#include "library/saidlines.h"

#include <QElapsedTimer>

namespace ondes {

SaidLines::SaidLines(Database& database, QObject* parent) : QObject(parent), m_store(database)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &SaidLines::readBatch);
}

void SaidLines::setSearch(const QString& text)
{
    m_search = text.trimmed();
    m_lines.clear();
    m_wanted.clear();
    m_timer.stop();
    m_reads = 0;
}

const std::optional<TranscriptHit>* SaidLines::known(qint64 episodeId) const
{
    const auto it = m_lines.constFind(episodeId);
    return it == m_lines.constEnd() ? nullptr : &it.value();
}

void SaidLines::request(qint64 episodeId)
{
    if (m_search.isEmpty() || m_lines.contains(episodeId) || m_wanted.contains(episodeId))
        return;
    m_wanted.append(episodeId);
    if (!m_timer.isActive())
        m_timer.start();
}

std::optional<TranscriptHit> SaidLines::lineNow(qint64 episodeId)
{
    if (m_search.isEmpty())
        return std::nullopt;
    if (!m_lines.contains(episodeId)) {
        m_wanted.removeOne(episodeId);
        read(episodeId);
    }
    return m_lines.value(episodeId);
}

void SaidLines::read(qint64 episodeId)
{
    const QList<TranscriptHit> hits = m_store.searchEpisode(episodeId, m_search, 1);
    m_lines.insert(episodeId,
                   hits.isEmpty() ? std::nullopt : std::optional<TranscriptHit>(hits.first()));
    ++m_reads;
}

void SaidLines::readBatch()
{
    QElapsedTimer spent;
    spent.start();
    // The rows painted last are wanted most: the newest requests first.
    for (int i = 0; i < kBatch && !m_wanted.isEmpty() && spent.elapsed() < kTurnBudgetMs; ++i) {
        const qint64 episodeId = m_wanted.takeLast();
        read(episodeId);
        Q_EMIT found(episodeId);
    }
    if (!m_wanted.isEmpty())
        m_timer.start();
}

} // namespace ondes
