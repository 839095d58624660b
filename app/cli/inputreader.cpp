#include "cli/inputreader.h"

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace ondes::cli {

InputReader::InputReader(int fd) : m_fd(fd)
{
    struct stat info = {};
    m_threaded = ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode);
    const int blocks = m_threaded ? kBlocks : 1;
    for (int i = 0; i < blocks; ++i) {
        m_blocks.emplace_back(kBlockSize, Qt::Uninitialized);
        m_free.push_back(i);
    }
    if (m_threaded)
        m_thread = std::thread([this] { run(); });
}

InputReader::~InputReader()
{
    if (!m_thread.joinable())
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

qsizetype InputReader::readBlock(QByteArray& block)
{
    if (block.isDetached()) {
        // Ours alone again: whoever shared it let go (the fence pairs with that release).
        std::atomic_thread_fence(std::memory_order_acquire);
        block.resize(kBlockSize); // within its capacity
    } else {
        block = QByteArray(kBlockSize, Qt::Uninitialized);
    }
    while (true) {
        const ssize_t n = ::read(m_fd, block.data(), static_cast<std::size_t>(block.size()));
        if (n >= 0) {
            block.resize(n);
            return n;
        }
        if (errno != EINTR) {
            m_readError = errno;
            block.resize(0);
            return -1;
        }
    }
}

void InputReader::run()
{
    while (true) {
        int block = -1;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stopping || !m_free.empty(); });
            if (m_stopping)
                return;
            block = m_free.front();
            m_free.pop_front();
        }
        const qsizetype n = readBlock(m_blocks[std::size_t(block)]);
        {
            const std::lock_guard lock(m_mutex);
            m_filled.push_back(Filled{block, n < 0 ? 0 : n});
        }
        m_changed.notify_all();
        if (n <= 0)
            return;
    }
}

const QByteArray& InputReader::next()
{
    if (m_ended)
        return m_none;
    Filled filled{-1, 0};
    if (!m_threaded) {
        const qsizetype n = readBlock(m_blocks.front());
        filled = Filled{0, n < 0 ? 0 : n};
    } else {
        std::unique_lock lock(m_mutex);
        if (m_current >= 0)
            m_handedOut.push_back(m_current);
        // A block goes back to the reader once its taker let go of it, so that the reader
        // reads into it again rather than into a new one; past kMaxHandedOut the oldest goes
        // back anyway (the reader then reads into a new block): it never waits on the taker.
        const std::size_t freeBefore = m_free.size();
        for (auto it = m_handedOut.begin(); it != m_handedOut.end();) {
            if (m_blocks[std::size_t(*it)].isDetached() ||
                m_handedOut.size() > std::size_t(kMaxHandedOut)) {
                m_free.push_back(*it);
                it = m_handedOut.erase(it);
            } else {
                ++it;
            }
        }
        if (m_free.size() != freeBefore)
            m_changed.notify_all();
        m_changed.wait(lock, [this] { return !m_filled.empty(); });
        filled = m_filled.front();
        m_filled.pop_front();
    }
    m_current = filled.block;
    if (filled.size == 0) {
        m_ended = true;
        if (m_readError != 0) // written before the block was queued, under the mutex
            m_error = QString::fromLocal8Bit(std::strerror(m_readError));
        return m_none;
    }
    return m_blocks[std::size_t(filled.block)];
}

} // namespace ondes::cli
