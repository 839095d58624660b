#include "cli/episodespool.h"

#include <algorithm>
#include <cerrno>
#include <sys/sendfile.h>
#include <unistd.h>

namespace ondes::cli {

namespace {

constexpr qsizetype kStageSize = 64 * 1024;
// How much of the spool file writeTo() with closeEpisode reads at a time, and how far past the
// last block an episode may start to be read as the next block.
constexpr qint64 kWindowSize = 128 * 1024;
constexpr qint64 kMaxWindowGap = 64 * 1024;

bool writeAll(int fd, const char* data, qint64 length)
{
    while (length > 0) {
        const ssize_t n = ::write(fd, data, static_cast<std::size_t>(length));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        length -= n;
    }
    return true;
}

} // namespace

EpisodeSpool::EpisodeSpool(qsizetype inMemoryLimit, qsizetype blockSize)
    : m_inMemoryLimit(inMemoryLimit), m_blockSize(std::max<qsizetype>(blockSize, 1))
{}

bool EpisodeSpool::add(qint64 published)
{
    const qsizetype length = m_buffer.size() - m_episodeStart;
    m_entries.push_back(
        Entry{published, m_flushed + m_episodeStart, length, qsizetype(m_entries.size())});
    m_buffer.append(',');
    m_episodeStart = m_buffer.size();
    if (m_file == nullptr) {
        if (m_buffer.size() <= m_inMemoryLimit)
            return true;
        m_file = std::make_unique<QTemporaryFile>();
        if (!m_file->open())
            return false;
        const bool written = flushToFile();
        // The memory it took goes back; what follows is written a block at a time.
        m_buffer = QByteArray();
        m_buffer.reserve(m_blockSize + m_blockSize / 4);
        return written;
    }
    return m_buffer.size() < m_blockSize || flushToFile();
}

bool EpisodeSpool::flushToFile()
{
    // Through the file descriptor: QIODevice's own buffer would only add a copy.
    const bool written = writeAll(m_file->handle(), m_buffer.constData(), m_buffer.size());
    m_flushed += m_buffer.size();
    m_buffer.resize(0);
    m_episodeStart = 0;
    return written;
}

bool EpisodeSpool::writeTo(int fd)
{
    if (m_file != nullptr && !m_buffer.isEmpty() && !flushToFile())
        return false;
    const std::size_t count = m_entries.size();
    std::size_t i = 0;
    while (i < count) {
        // A run of entries that follow each other in the spool is one range, commas included.
        std::size_t last = i;
        while (last + 1 < count &&
               m_entries[last + 1].offset == m_entries[last].offset + m_entries[last].length + 1)
            ++last;
        const qint64 start = m_entries[i].offset;
        const qint64 comma = last + 1 < count ? 1 : 0; // not after the last one
        const qint64 end = m_entries[last].offset + m_entries[last].length + comma;
        if (!copyRange(start, end - start, fd))
            return false;
        i = last + 1;
    }
    return flushStaged(fd);
}

bool EpisodeSpool::writeTo(int fd,
                           const std::function<void(const Entry&, QByteArray&)>& closeEpisode)
{
    if (m_file != nullptr && !m_buffer.isEmpty() && !flushToFile())
        return false;
    QByteArray tail;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const Entry& entry = m_entries[i];
        if (!stageRange(entry.offset, entry.length, fd))
            return false;
        tail.resize(0);
        closeEpisode(entry, tail);
        if (i + 1 < m_entries.size())
            tail.append(',');
        if (!stage(tail.constData(), tail.size(), fd))
            return false;
    }
    return flushStaged(fd);
}

bool EpisodeSpool::copyRange(qint64 offset, qint64 length, int fd)
{
    if (m_file == nullptr)
        return stage(m_buffer.constData() + offset, length, fd);
    if (m_sendfileWorks) {
        if (!flushStaged(fd))
            return false;
        off_t from = offset;
        qint64 left = length;
        while (left > 0) {
            const ssize_t n =
                ::sendfile(fd, m_file->handle(), &from, static_cast<std::size_t>(left));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && left == length && (errno == EINVAL || errno == ENOSYS)) {
                // An output sendfile cannot write to: read and write instead, from now on.
                m_sendfileWorks = false;
                break;
            }
            if (n <= 0)
                return false;
            left -= n;
        }
        if (m_sendfileWorks)
            return true;
    }
    char block[kStageSize];
    while (length > 0) {
        const ssize_t n = ::pread(m_file->handle(), block,
                                  static_cast<std::size_t>(std::min<qint64>(length, kStageSize)),
                                  static_cast<off_t>(offset));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0 || !stage(block, n, fd))
            return false;
        offset += n;
        length -= n;
    }
    return true;
}

bool EpisodeSpool::stageRange(qint64 offset, qint64 length, int fd)
{
    if (m_file == nullptr)
        return stage(m_buffer.constData() + offset, length, fd);
    while (length > 0) {
        const qint64 windowEnd = m_windowStart + m_window.size();
        if (offset < m_windowStart || offset >= windowEnd) {
            // Episodes in the file's order (a feed newest first, most of them) are read a large
            // block at a time; one out of order, just its own bytes.
            const bool inOrder = offset >= windowEnd && offset - windowEnd <= kMaxWindowGap;
            const qint64 want = inOrder ? std::max<qint64>(length, kWindowSize) : length;
            m_window.resize(0);
            m_window.resize(want);
            qint64 got = 0;
            while (got < want) {
                const ssize_t n =
                    ::pread(m_file->handle(), m_window.data() + got,
                            static_cast<std::size_t>(want - got), static_cast<off_t>(offset + got));
                if (n < 0 && errno == EINTR)
                    continue;
                if (n < 0)
                    return false;
                if (n == 0)
                    break; // the end of the file
                got += n;
            }
            m_window.resize(got);
            m_windowStart = offset;
            if (got < std::min(want, length))
                return false; // the file is shorter than its entries
        }
        const qint64 part = std::min(length, m_windowStart + m_window.size() - offset);
        if (!stage(m_window.constData() + (offset - m_windowStart), part, fd))
            return false;
        offset += part;
        length -= part;
    }
    return true;
}

bool EpisodeSpool::stage(const char* data, qint64 length, int fd)
{
    if (m_staged.size() + length > kStageSize && !flushStaged(fd))
        return false;
    if (length >= kStageSize)
        return writeAll(fd, data, length);
    m_staged.append(data, length);
    return true;
}

bool EpisodeSpool::flushStaged(int fd)
{
    const bool written = writeAll(fd, m_staged.constData(), m_staged.size());
    m_staged.resize(0);
    return written;
}

} // namespace ondes::cli
