// EpisodeSpool: dump-feed's episodes wait in memory or in a temporary file and come out in the
// order chosen at the end, separated by commas, whatever the output is (a file, a pipe, a file
// opened for appending, where sendfile refuses to write).

#include "cli/episodespool.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <csignal>
#include <fcntl.h>
#include <thread>
#include <unistd.h>

namespace ondes::cli {
namespace {

// Episode i's JSON: different lengths, so that a misplaced offset shows.
QByteArray episodeJson(int i)
{
    return "{\"n\":" + QByteArray::number(i) + ",\"pad\":\"" + QByteArray(i % 7 * 5, 'x') + "\"}";
}

void fill(EpisodeSpool& spool, int count)
{
    for (int i = 0; i < count; ++i) {
        spool.buffer().append(episodeJson(i));
        ASSERT_TRUE(spool.add(i % 5 == 0 ? 100 - i : i));
    }
}

QByteArray expected(const std::vector<int>& order)
{
    QByteArray out;
    for (std::size_t k = 0; k < order.size(); ++k) {
        if (k > 0)
            out.append(',');
        out.append(episodeJson(order[k]));
    }
    return out;
}

// What writeTo() writes to a file opened with these flags.
QByteArray writtenToFile(EpisodeSpool& spool, int flags)
{
    QTemporaryDir dir;
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("out")));
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | flags, 0600);
    EXPECT_GE(fd, 0);
    EXPECT_TRUE(spool.writeTo(fd));
    ::close(fd);
    QFile file(QString::fromLocal8Bit(path));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

TEST(EpisodeSpoolTest, SmallFeedStaysInMemoryAndKeepsDocumentOrder)
{
    EpisodeSpool spool;
    fill(spool, 20);
    EXPECT_FALSE(spool.onDisk());
    std::vector<int> order(20);
    for (int i = 0; i < 20; ++i)
        order[static_cast<std::size_t>(i)] = i;
    EXPECT_EQ(writtenToFile(spool, 0), expected(order));
}

TEST(EpisodeSpoolTest, LargeFeedGoesToDiskAndComesOutInTheChosenOrder)
{
    // A tiny memory limit and block: most episodes go to the file, many blocks of it.
    EpisodeSpool spool(300, 128);
    fill(spool, 500);
    EXPECT_TRUE(spool.onDisk());
    // Newest first, as dump-feed sorts them; then only the first 300.
    std::vector<EpisodeSpool::Entry>& entries = spool.entries();
    std::vector<int> order(entries.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<int>(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return entries[std::size_t(a)].published > entries[std::size_t(b)].published;
    });
    std::stable_sort(entries.begin(), entries.end(),
                     [](const EpisodeSpool::Entry& a, const EpisodeSpool::Entry& b) {
                         return a.published > b.published;
                     });
    entries.resize(300);
    order.resize(300);
    EXPECT_EQ(writtenToFile(spool, 0), expected(order));
}

// Episodes spooled open, each closed at the end by the caller: read back from the file in
// blocks when they come in the file's order, one by one when not, and episodes larger than a
// block whole.
TEST(EpisodeSpoolTest, OpenEpisodesComeOutClosedInAnyOrder)
{
    auto json = [](int i) -> QByteArray {
        // Every 97th one over a megabyte: longer than what is read back at a time.
        return "{\"n\":" + QByteArray::number(i) + ",\"pad\":\"" +
               QByteArray(i % 97 == 3 ? 1300 * 1000 + i : i % 11 * 300, 'a' + char(i % 26)) + "\"";
    };
    const int count = 400;
    EpisodeSpool spool(4096, 1024);
    for (int i = 0; i < count; ++i) {
        spool.buffer().append(json(i));
        ASSERT_TRUE(spool.add(i));
    }
    ASSERT_TRUE(spool.onDisk());
    std::vector<EpisodeSpool::Entry>& entries = spool.entries();
    // Document order, then the reverse of it, then every third skipped: the same bytes as the
    // episodes written one after the other.
    std::vector<EpisodeSpool::Entry> inOrder = entries;
    std::vector<EpisodeSpool::Entry> reversed(entries.rbegin(), entries.rend());
    std::vector<EpisodeSpool::Entry> sparse;
    for (std::size_t i = 0; i < entries.size(); i += 3)
        sparse.push_back(entries[i]);
    for (const std::vector<EpisodeSpool::Entry>& chosen : {inOrder, reversed, sparse, inOrder}) {
        entries = chosen;
        QByteArray wanted;
        for (std::size_t k = 0; k < chosen.size(); ++k) {
            if (k > 0)
                wanted.append(',');
            wanted.append(json(int(chosen[k].index)) + "}#" + QByteArray::number(chosen[k].index));
        }
        QTemporaryDir dir;
        const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("out")));
        const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        ASSERT_GE(fd, 0);
        EXPECT_TRUE(spool.writeTo(fd, [](const EpisodeSpool::Entry& entry, QByteArray& out) {
            out.append("}#" + QByteArray::number(entry.index));
        }));
        ::close(fd);
        QFile file(QString::fromLocal8Bit(path));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        EXPECT_EQ(written.size(), wanted.size());
        EXPECT_TRUE(written == wanted) << chosen.size();
    }
}

TEST(EpisodeSpoolTest, AnOutputSendfileRefusesGetsTheSameBytes)
{
    // sendfile() cannot write to a file opened for appending: the spool reads and writes.
    EpisodeSpool spool(300, 128);
    fill(spool, 200);
    ASSERT_TRUE(spool.onDisk());
    std::vector<EpisodeSpool::Entry>& entries = spool.entries();
    std::reverse(entries.begin(), entries.end());
    std::vector<int> order;
    for (int i = 199; i >= 0; --i)
        order.push_back(i);
    EXPECT_EQ(writtenToFile(spool, O_APPEND), expected(order));
}

TEST(EpisodeSpoolTest, WritesToAPipe)
{
    EpisodeSpool spool(300, 128);
    fill(spool, 300);
    ASSERT_TRUE(spool.onDisk());
    int fds[2];
    ASSERT_EQ(::pipe(fds), 0);
    QByteArray received;
    std::thread reader([&] {
        char block[4096];
        ssize_t n;
        while ((n = ::read(fds[0], block, sizeof block)) > 0)
            received.append(block, n);
    });
    const bool written = spool.writeTo(fds[1]);
    ::close(fds[1]);
    reader.join();
    ::close(fds[0]);
    EXPECT_TRUE(written);
    std::vector<int> order(300);
    for (int i = 0; i < 300; ++i)
        order[static_cast<std::size_t>(i)] = i;
    EXPECT_EQ(received, expected(order));
}

TEST(EpisodeSpoolTest, NoEpisodesWritesNothing)
{
    EpisodeSpool spool;
    EXPECT_EQ(writtenToFile(spool, 0), QByteArray());
}

TEST(EpisodeSpoolTest, AClosedOutputIsAnError)
{
    EpisodeSpool spool(300, 128);
    fill(spool, 100);
    int fds[2];
    ASSERT_EQ(::pipe(fds), 0);
    ::close(fds[0]);
    // No reader: the write fails with EPIPE (SIGPIPE, which would end the test, ignored).
    const auto previous = std::signal(SIGPIPE, SIG_IGN);
    EXPECT_FALSE(spool.writeTo(fds[1]));
    std::signal(SIGPIPE, previous);
    ::close(fds[1]);
}

} // namespace
} // namespace ondes::cli
