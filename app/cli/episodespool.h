#pragma once

// EpisodeSpool keeps the JSON of `ondes dump-feed`'s episodes until the whole feed is parsed:
// they arrive in document order but are printed newest first (oldest first for a serial show),
// after the feed's own members, which only the end of the document settles. A small feed's
// episodes stay in memory; beyond a megabyte they go to a temporary file in large blocks,
// so that dump-feed holds neither the whole document nor all its episodes. At the end the
// episodes are copied to the output in the order of entries(): from the file by the kernel
// (sendfile), a run of episodes that follow each other in the file with one call; episodes
// spooled open, each followed by its own closing, are read back a block at a time and written
// with their closings in large writes (two system calls per episode cost more than the copy).

#include <QByteArray>
#include <QTemporaryFile>

#include <functional>
#include <memory>
#include <vector>

namespace ondes::cli {

class EpisodeSpool
{
public:
    struct Entry
    {
        qint64 published;
        qint64 offset;   // in the spool
        qint64 length;   // the episode's JSON, without the comma that follows it in the spool
        qsizetype index; // the order it was added in
    };

    // Beyond inMemoryLimit bytes the spool moves to a temporary file, written blockSize bytes
    // at a time.
    explicit EpisodeSpool(qsizetype inMemoryLimit = 1024 * 1024, qsizetype blockSize = 256 * 1024);

    // Append one episode's JSON here, then call add(): the buffer keeps its capacity.
    QByteArray& buffer() { return m_buffer; }
    // Records what was appended to buffer() since the last add() as one episode. False when the
    // temporary file cannot be written.
    bool add(qint64 published);

    // Sort or cut these to choose what writeTo() prints, and in which order.
    std::vector<Entry>& entries() { return m_entries; }
    // Writes the entries, separated by commas, to the file descriptor (stdout's, once its
    // stdio buffer is flushed). False on a write or read error.
    bool writeTo(int fd);
    // The same for episodes spooled open (FeedJson::appendOpenEpisode): after each one's JSON,
    // what closeEpisode appends for that entry (its people and the closing brace).
    bool writeTo(int fd, const std::function<void(const Entry&, QByteArray&)>& closeEpisode);

    // Whether the episodes went to a temporary file.
    bool onDisk() const { return m_file != nullptr; }

private:
    bool flushToFile();
    bool copyRange(qint64 offset, qint64 length, int fd);
    bool stageRange(qint64 offset, qint64 length, int fd);
    bool stage(const char* data, qint64 length, int fd);
    bool flushStaged(int fd);

    qsizetype m_inMemoryLimit;
    qsizetype m_blockSize;
    std::vector<Entry> m_entries;
    QByteArray m_buffer;  // the episodes not written to the file yet (all of them in memory)
    qint64 m_flushed = 0; // bytes already in the file
    qsizetype m_episodeStart = 0; // where the episode being appended starts in m_buffer
    std::unique_ptr<QTemporaryFile> m_file;
    QByteArray m_staged; // output waiting for one write() while copying from memory
    QByteArray m_window; // the bytes of the file from m_windowStart on, read for stageRange()
    qint64 m_windowStart = 0;
    bool m_sendfileWorks = true;
};

} // namespace ondes::cli
