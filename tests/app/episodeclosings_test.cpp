// EpisodeClosings: the closings of dump-feed's episodes come out in the order asked for, each
// exactly what the close function writes for that position, whether the later half was made on
// the second thread or not; each thread gets its own copy of the show's hosts.

#include "cli/episodeclosings.h"

#include <gtest/gtest.h>

#include <mutex>
#include <set>
#include <thread>

namespace ondes::cli {
namespace {

QByteArray closingOf(std::size_t position)
{
    // Of different lengths, so that a closing read at the wrong offset shows.
    return QByteArray("]},") + QByteArray::number(qulonglong(position)) +
           QByteArray(int(position % 7), '.');
}

QByteArray allClosings(std::size_t count)
{
    std::mutex mutex;
    std::set<const ShowHosts*> hostsSeen;
    std::set<std::thread::id> threadsSeen;
    ShowHosts hosts;
    hosts.channel << QStringLiteral("Hélène Dupont");
    QByteArray out;
    {
        EpisodeClosings closings(
            count, hosts, [&](std::size_t position, ShowHosts& ownHosts, QByteArray& into) {
                EXPECT_EQ(ownHosts.channel, QStringList{QStringLiteral("Hélène Dupont")});
                {
                    const std::lock_guard lock(mutex);
                    hostsSeen.insert(&ownHosts);
                    threadsSeen.insert(std::this_thread::get_id());
                }
                into.append(closingOf(position));
            });
        for (std::size_t position = 0; position < count; ++position)
            closings.append(position, out);
    }
    const std::size_t expectedThreads = count >= EpisodeClosings::kMinToSplit ? 2
                                        : count > 0                           ? 1
                                                                              : 0;
    EXPECT_EQ(hostsSeen.size(), expectedThreads); // a ShowHosts per thread
    EXPECT_EQ(threadsSeen.size(), expectedThreads);
    EXPECT_FALSE(hostsSeen.contains(&hosts));
    return out;
}

QByteArray expectedClosings(std::size_t count)
{
    QByteArray out;
    for (std::size_t position = 0; position < count; ++position)
        out.append(closingOf(position));
    return out;
}

TEST(EpisodeClosingsTest, SplitsALargeShowAndKeepsTheOrder)
{
    for (const std::size_t count : {EpisodeClosings::kMinToSplit, std::size_t(1001)})
        EXPECT_EQ(allClosings(count), expectedClosings(count)) << count;
}

TEST(EpisodeClosingsTest, WritesASmallShowOnOneThread)
{
    for (const std::size_t count :
         {std::size_t(0), std::size_t(1), EpisodeClosings::kMinToSplit - 1})
        EXPECT_EQ(allClosings(count), expectedClosings(count)) << count;
}

} // namespace
} // namespace ondes::cli
