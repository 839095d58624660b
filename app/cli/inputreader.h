#pragma once

// InputReader hands dump-feed the bytes of its input a block at a time. From a regular file a
// thread of its own reads the next blocks while the parser works on the current one (the copy
// out of the page cache is then off the parser's thread); from a pipe or a terminal, which may
// block for as long as the writer likes, the blocks are read when asked for. A block may be
// kept (QByteArray is shared) by whoever takes it, the parser's filter thread for one: the
// reader never writes to a block still shared, it reads into a new one instead.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace ondes::cli {

class InputReader
{
public:
    // fd stays open and owned by the caller, until the reader is destroyed.
    explicit InputReader(int fd);
    ~InputReader();
    InputReader(const InputReader&) = delete;
    InputReader& operator=(const InputReader&) = delete;

    // The next block, valid until the next call (a copy of it as long as it lives); empty at
    // the end of the input or on a read error (then error() says why).
    const QByteArray& next();
    const QString& error() const { return m_error; }

    // Blocks the size of the parser's pieces (feedparser.cpp): each is handed on whole.
    static constexpr qsizetype kBlockSize = 128 * 1024;
    // Enough for the reader to read ahead while the parser keeps a few (its filter thread's).
    static constexpr int kBlocks = 8;
    static constexpr int kMaxHandedOut = kBlocks / 2;

private:
    struct Filled
    {
        int block;
        qsizetype size; // 0: the end (or an error)
    };

    // Fills the block with the next bytes (its size then says how many); -1 on error, with
    // m_readError set.
    qsizetype readBlock(QByteArray& block);
    void run();

    int m_fd;
    bool m_threaded = false;
    std::vector<QByteArray> m_blocks;
    int m_current = -1;          // the block next() returned last
    std::deque<int> m_handedOut; // blocks returned before it, maybe still kept by the caller
    bool m_ended = false;
    QString m_error;
    QByteArray m_none;   // what next() returns at the end
    int m_readError = 0; // errno of a failed read, set by the reading side

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<int> m_free;
    std::deque<Filled> m_filled;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace ondes::cli
