#pragma once

// EpisodeJsonThread writes dump-feed's episodes as JSON into an EpisodeSpool on a thread of its
// own, while the parser reads on: finding who speaks in each description and writing the JSON
// cost about as much as parsing. Episodes go over in small batches through a bounded queue (the
// parser waits when it is full, so memory stays bounded) and are written in the order they
// were handed over.

#include "cli/episodespool.h"
#include "cli/peoplespool.h"
#include "feed/feedtypes.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace ondes::cli {

class EpisodeJsonThread
{
public:
    // Each episode's JSON goes to the spool open (without its people), its people to `people`:
    // the show's hosts are added once the whole feed is read.
    EpisodeJsonThread(EpisodeSpool& spool, PeopleSpool& people);
    ~EpisodeJsonThread(); // finishes
    EpisodeJsonThread(const EpisodeJsonThread&) = delete;
    EpisodeJsonThread& operator=(const EpisodeJsonThread&) = delete;

    void add(ParsedEpisode&& episode);
    // Waits until every episode is in the spool. False when the spool could not be written.
    bool finish();

    static constexpr std::size_t kBatchSize = 64;
    static constexpr std::size_t kMaxQueuedBatches = 2;

private:
    void run();
    void hand(); // m_batch to the queue

    EpisodeSpool& m_spool;
    PeopleSpool& m_people;
    std::vector<ParsedEpisode> m_batch; // the parser's side: filling
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<ParsedEpisode>> m_queue;
    std::vector<std::vector<ParsedEpisode>> m_spare; // emptied batches, for the parser's side
    bool m_closing = false;
    bool m_failed = false; // the worker's side, read after join()
    std::thread m_thread;
};

} // namespace ondes::cli
