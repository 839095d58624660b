// EpisodeJsonThread: dump-feed's episodes, written as JSON on a thread of their own, reach the
// spool in the order the parser handed them over, each exactly as FeedJson writes it, however
// many batches the queue holds them in; and the parser can stop early.

#include "cli/episodejsonthread.h"
#include "cli/episodespool.h"
#include "feed/feedjson.h"
#include "feed/showhosts.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <fcntl.h>
#include <unistd.h>

namespace ondes::cli {
namespace {

ParsedEpisode numberedEpisode(int i)
{
    ParsedEpisode episode;
    episode.guid = QStringLiteral("urn:test:%1").arg(i);
    episode.title = QStringLiteral("Épisode %1 « test »").arg(i);
    episode.published = 1700000000 - i;
    // A guest in the first episode only: one who came back in every episode would become the
    // show's host once the whole feed is read.
    episode.description = Utf8Text(QByteArray(i == 0 ? "Avec Nadia Okbani, sociologue. " : "") +
                                   QByteArray(i % 13 * 40, 'x'));
    Person host;
    host.name = QStringLiteral("Hélène Dupont");
    host.role = QStringLiteral("host");
    episode.persons.append(host);
    return episode;
}

QByteArray spooledOutput(EpisodeSpool& spool, PeopleSpool& people)
{
    ShowHosts hosts = showHosts(ParsedFeed{});
    QTemporaryDir dir;
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("out")));
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    EXPECT_GE(fd, 0);
    EXPECT_TRUE(spool.writeTo(fd, [&](const EpisodeSpool::Entry& entry, QByteArray& out) {
        FeedJson::closeEpisode(people.take(entry.index, hosts), out);
    }));
    ::close(fd);
    QFile file(QString::fromLocal8Bit(path));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

TEST(EpisodeJsonThreadTest, WritesEveryEpisodeInOrderAsFeedJsonDoes)
{
    // Not a multiple of the batch size, and many more than the queue holds at once.
    const int count =
        int(EpisodeJsonThread::kBatchSize * EpisodeJsonThread::kMaxQueuedBatches) * 9 + 5;
    EpisodeSpool spool(4096, 1024); // to disk too
    PeopleSpool people;
    QByteArray expected;
    {
        EpisodeJsonThread thread(spool, people);
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                expected.append(',');
            FeedJson::appendEpisode(numberedEpisode(i), expected);
            thread.add(numberedEpisode(i));
        }
        ASSERT_TRUE(thread.finish());
        EXPECT_TRUE(thread.finish()); // a second time: nothing left to do
    }
    EXPECT_TRUE(spool.onDisk());
    ASSERT_EQ(spool.entries().size(), std::size_t(count));
    for (int i = 0; i < count; ++i)
        EXPECT_EQ(spool.entries()[std::size_t(i)].published, 1700000000 - i);
    EXPECT_EQ(spooledOutput(spool, people), expected);
    // The description's guest came from the speaker extractor, on the thread.
    EXPECT_TRUE(expected.contains("\"name\":\"Nadia Okbani\""));
}

TEST(EpisodeJsonThreadTest, EndsWithoutFinishWhenTheParserGivesUp)
{
    EpisodeSpool spool;
    PeopleSpool people;
    {
        EpisodeJsonThread thread(spool, people);
        for (int i = 0; i < 3; ++i)
            thread.add(numberedEpisode(i));
        // A parse error returns before finish(): the destructor writes what it has and joins.
    }
    EXPECT_EQ(spool.entries().size(), 3u);
}

TEST(EpisodeJsonThreadTest, NoEpisodes)
{
    EpisodeSpool spool;
    PeopleSpool people;
    EpisodeJsonThread thread(spool, people);
    EXPECT_TRUE(thread.finish());
    EXPECT_TRUE(spool.entries().empty());
}

} // namespace
} // namespace ondes::cli
