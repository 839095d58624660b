#pragma once

// PartFile writes the bytes of a download into its NAME.part file: opened lazily at a given
// offset (resume) or empty (a fresh body), written straight through with write(2) so that a
// full disk or an I/O error is seen at once with its errno, and synced to disk before the
// rename. Writeback is started every few megabytes so that the final fsync stays short and the
// page cache does not fill with dirty pages during a large download. Linux/POSIX only.
//
// The file may start with a header that is not part of the body (the room DownloadManager keeps
// for the tags, see DownloadRequest::partHeader): positions and sizes here count the body only.

#include <QCoreApplication>
#include <QString>

namespace ondes {

class PartFile
{
    Q_DECLARE_TR_FUNCTIONS(ondes::PartFile)

public:
    explicit PartFile(QString path);
    ~PartFile();
    PartFile(const PartFile&) = delete;
    PartFile& operator=(const PartFile&) = delete;

    QString path() const { return m_path; }
    bool isOpen() const { return m_fd >= 0; }
    // Bytes of the body in the file: the resume offset plus what was written since.
    qint64 position() const { return m_position; }
    // Says how many first bytes of the existing file are a header, not body.
    void setHeaderSize(qint64 bytes) { m_headerSize = qMax<qint64>(0, bytes); }

    // The bytes of the body on disk now: the file's size less the header; 0 when it does not
    // exist or holds no more than the header (follows symbolic links).
    qint64 sizeOnDisk() const;

    // Opens for writing at body offset `offset` (which must be where the body on disk ends), or
    // truncated when offset is 0, then starting with `header` (none when empty). Creates the
    // parent folders. False with error() set on failure.
    bool open(qint64 offset, const QByteArray& header = {});
    bool write(const char* data, qint64 length);
    // fdatasync, so what position() counts is on disk; for pause and failure.
    bool syncData();
    // fsync and close; false with error() set when the data may not be on disk.
    bool commit();
    // commit(), then rename onto target atomically (replacing it) and fsync the folder, so the
    // final name only ever holds the whole file. False with error() set.
    bool publish(const QString& target);
    void close();
    // Closes and deletes the file.
    bool remove();

    // One readable line ("disk full while writing …"); empty while none.
    QString error() const { return m_error; }
    // The errno of the last failure; 0 when it was not a system call.
    int errorNumber() const { return m_errno; }

    // strerror() of an errno in a readable form ("No space left on device").
    static QString systemMessage(int errorNumber);

private:
    bool fail(const QString& what, int errorNumber);
    bool writeAll(const char* data, qint64 length, qint64* counter);

    QString m_path;
    int m_fd = -1;
    qint64 m_position = 0;   // in the body
    qint64 m_headerSize = 0; // bytes before the body
    qint64 m_unsynced = 0;   // bytes written since writeback was last started
    QString m_error;
    int m_errno = 0;
};

} // namespace ondes
