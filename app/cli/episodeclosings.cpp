#include "cli/episodeclosings.h"

#include <utility>

namespace ondes::cli {

EpisodeClosings::EpisodeClosings(std::size_t count, const ShowHosts& hosts, Close close)
    : m_split(count >= kMinToSplit ? count / 2 : count), m_count(count), m_close(std::move(close)),
      m_hosts(hosts), m_laterHosts(hosts)
{
    if (m_split < m_count)
        m_thread = std::thread([this] { prepareLaterHalf(); });
}

EpisodeClosings::~EpisodeClosings()
{
    if (m_thread.joinable())
        m_thread.join();
}

void EpisodeClosings::prepareLaterHalf()
{
    m_ends.reserve(m_count - m_split);
    for (std::size_t position = m_split; position < m_count; ++position) {
        m_close(position, m_laterHosts, m_prepared);
        m_ends.push_back(m_prepared.size());
    }
}

void EpisodeClosings::append(std::size_t position, QByteArray& out)
{
    if (position < m_split) {
        m_close(position, m_hosts, out);
        return;
    }
    if (m_thread.joinable())
        m_thread.join();
    const std::size_t i = position - m_split;
    const qsizetype start = i == 0 ? 0 : m_ends[i - 1];
    out.append(m_prepared.constData() + start, m_ends[i] - start);
}

} // namespace ondes::cli
