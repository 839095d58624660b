// InputReader: dump-feed's input comes out whole and in order, a block at a time, from a
// regular file (read ahead on a thread) and from a pipe (read when asked); a reader given up
// half-way ends cleanly.

#include "cli/inputreader.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <fcntl.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace ondes::cli {
namespace {

QByteArray patterned(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char('a' + (i * 7 + i / 4093) % 26);
    return bytes;
}

QByteArray readAll(InputReader& reader, int* blocks = nullptr)
{
    QByteArray all;
    // Every block is kept to the end, as dump-feed's parser keeps some (shared) until its
    // filter thread is done with them: the reader must read the later ones elsewhere.
    std::vector<QByteArray> kept;
    for (QByteArray block = reader.next(); !block.isEmpty(); block = reader.next()) {
        EXPECT_LE(block.size(), InputReader::kBlockSize);
        all.append(block);
        kept.push_back(block);
    }
    QByteArray stillKept;
    for (const QByteArray& block : kept)
        stillKept.append(block);
    EXPECT_EQ(stillKept, all);
    if (blocks != nullptr)
        *blocks = int(kept.size());
    return all;
}

TEST(InputReaderTest, ReadsAWholeFileInOrder)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("feed.xml"));
    // Several blocks more than the reader keeps, and a last one cut short.
    const QByteArray content =
        patterned(InputReader::kBlockSize * (InputReader::kBlocks * 3) + 12345);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_EQ(file.write(content), content.size());
    file.close();
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    InputReader reader(file.handle());
    int blocks = 0;
    EXPECT_EQ(readAll(reader, &blocks), content);
    EXPECT_GE(blocks, InputReader::kBlocks * 3 + 1);
    EXPECT_TRUE(reader.error().isEmpty());
    EXPECT_TRUE(reader.next().isEmpty()); // the end stays the end
}

TEST(InputReaderTest, ReadsAPipeAsItComes)
{
    int fds[2];
    ASSERT_EQ(::pipe(fds), 0);
    const QByteArray content = patterned(3 * InputReader::kBlockSize + 7);
    std::thread writer([&] {
        qsizetype written = 0;
        while (written < content.size()) {
            const ssize_t n =
                ::write(fds[1], content.constData() + written,
                        std::size_t(std::min<qsizetype>(1000, content.size() - written)));
            if (n <= 0)
                break;
            written += n;
        }
        ::close(fds[1]);
    });
    InputReader reader(fds[0]);
    EXPECT_EQ(readAll(reader), content);
    writer.join();
    ::close(fds[0]);
    EXPECT_TRUE(reader.error().isEmpty());
}

TEST(InputReaderTest, GivenUpHalfWayEndsCleanly)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("feed.xml"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(patterned(InputReader::kBlockSize * 20));
    file.close();
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    InputReader reader(file.handle());
    EXPECT_EQ(reader.next().size(), InputReader::kBlockSize);
    // Destroyed with blocks unread: the thread stops.
}

TEST(InputReaderTest, AReadErrorIsReported)
{
    // A directory opens, but read() fails on it (EISDIR).
    QTemporaryDir dir;
    const int fd = ::open(QFile::encodeName(dir.path()).constData(), O_RDONLY);
    ASSERT_GE(fd, 0);
    {
        InputReader reader(fd);
        EXPECT_TRUE(reader.next().isEmpty());
        EXPECT_FALSE(reader.error().isEmpty());
    }
    ::close(fd);
}

} // namespace
} // namespace ondes::cli
