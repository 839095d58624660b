#pragma once

// EpisodeClosings writes the end of each episode `ondes dump-feed` prints (its people, with the
// show's hosts, and the closing brace) in the order the episodes are printed. The show's hosts
// are only known once the whole feed is read, so this work comes after the parser and the JSON
// thread are done, when the second core would otherwise be idle: the closings of the later half
// of the episodes are made on a thread of their own while the first half is written.

#include "feed/showhosts.h"

#include <QByteArray>

#include <functional>
#include <thread>
#include <vector>

namespace ondes::cli {

class EpisodeClosings
{
public:
    // close(position, hosts, out) appends to out the closing of the episode printed at
    // `position`. Each thread calls it with a ShowHosts of its own (a copy of `hosts`: it caches
    // what it reads), so that nothing it changes is shared; the rest it reads must be const.
    using Close = std::function<void(std::size_t, ShowHosts&, QByteArray&)>;

    EpisodeClosings(std::size_t count, const ShowHosts& hosts, Close close);
    ~EpisodeClosings(); // waits for the thread
    EpisodeClosings(const EpisodeClosings&) = delete;
    EpisodeClosings& operator=(const EpisodeClosings&) = delete;

    // Appends the closing of the episode printed at `position`.
    void append(std::size_t position, QByteArray& out);

    // Fewer episodes are not worth a thread.
    static constexpr std::size_t kMinToSplit = 64;

private:
    void prepareLaterHalf();

    std::size_t m_split; // the closings from this position on are made by m_thread
    std::size_t m_count;
    Close m_close;
    ShowHosts m_hosts;             // this thread's
    ShowHosts m_laterHosts;        // m_thread's
    QByteArray m_prepared;         // the later half's closings, one after the other
    std::vector<qsizetype> m_ends; // where each of them ends in m_prepared
    std::thread m_thread;          // last: started once the rest is ready
};

} // namespace ondes::cli
