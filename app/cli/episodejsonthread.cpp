#include "cli/episodejsonthread.h"

#include "feed/feedjson.h"

#include <utility>

namespace ondes::cli {

EpisodeJsonThread::EpisodeJsonThread(EpisodeSpool& spool, PeopleSpool& people)
    : m_spool(spool), m_people(people)
{
    m_batch.reserve(kBatchSize);
    m_thread = std::thread([this] { run(); });
}

EpisodeJsonThread::~EpisodeJsonThread()
{
    finish();
}

void EpisodeJsonThread::add(ParsedEpisode&& episode)
{
    m_batch.push_back(std::move(episode));
    if (m_batch.size() >= kBatchSize)
        hand();
}

void EpisodeJsonThread::hand()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < kMaxQueuedBatches; });
    m_queue.push_back(std::move(m_batch));
    // A batch the worker emptied, with its room: no allocation per batch on this side.
    if (m_spare.empty()) {
        m_batch = std::vector<ParsedEpisode>();
    } else {
        m_batch = std::move(m_spare.back());
        m_spare.pop_back();
    }
    lock.unlock();
    m_changed.notify_all();
    m_batch.reserve(kBatchSize);
}

bool EpisodeJsonThread::finish()
{
    if (!m_thread.joinable())
        return !m_failed;
    if (!m_batch.empty())
        hand();
    {
        const std::lock_guard lock(m_mutex);
        m_closing = true;
    }
    m_changed.notify_all();
    m_thread.join();
    return !m_failed;
}

void EpisodeJsonThread::run()
{
    while (true) {
        std::vector<ParsedEpisode> batch;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_closing; });
            if (m_queue.empty())
                return; // closing, and all written
            batch = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_changed.notify_all(); // the parser may be waiting for room
        for (const ParsedEpisode& episode : batch) {
            FeedJson::appendOpenEpisode(episode, m_spool.buffer());
            m_people.add(episodePeople(episode), episode.author);
            if (!m_spool.add(episode.published))
                m_failed = true;
        }
        batch.clear();
        const std::lock_guard lock(m_mutex);
        if (m_spare.size() < kMaxQueuedBatches)
            m_spare.push_back(std::move(batch));
    }
}

} // namespace ondes::cli
