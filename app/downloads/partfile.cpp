#include "downloads/partfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace ondes {

namespace {

// Start writeback after this many bytes, so the final fsync has little left to do.
constexpr qint64 writebackBytes = 8 * 1024 * 1024;

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

PartFile::PartFile(QString path) : m_path(std::move(path)) {}

PartFile::~PartFile()
{
    close();
}

qint64 PartFile::sizeOnDisk() const
{
    struct stat info = {};
    if (::stat(QFile::encodeName(m_path).constData(), &info) != 0 || !S_ISREG(info.st_mode))
        return 0;
    return qMax<qint64>(0, qint64(info.st_size) - m_headerSize);
}

bool PartFile::open(qint64 offset, const QByteArray& header)
{
    close();
    m_error.clear();
    m_errno = 0;
    m_unsynced = 0;
    QDir().mkpath(QFileInfo(m_path).absolutePath()); // when it fails, open() says why
    const QByteArray name = QFile::encodeName(m_path);
    int flags = O_WRONLY | O_CREAT | O_CLOEXEC;
    if (offset == 0)
        flags |= O_TRUNC; // not ftruncate(): that fails on a device, O_TRUNC is ignored there
    do {
        m_fd = ::open(name.constData(), flags, 0644);
    } while (m_fd < 0 && errno == EINTR);
    if (m_fd < 0)
        return fail(tr("cannot create %1"), errno);
    if (offset > 0 && ::lseek(m_fd, off_t(m_headerSize + offset), SEEK_SET) < 0) {
        const int error = errno;
        close();
        return fail(tr("cannot seek in %1"), error);
    }
    m_position = offset;
    if (offset == 0) {
        m_headerSize = 0;
        if (!writeAll(header.constData(), header.size(), &m_headerSize)) {
            close();
            return false;
        }
    }
    return true;
}

bool PartFile::write(const char* data, qint64 length)
{
    if (m_fd < 0) {
        m_error = tr("cannot write %1: the file is not open").arg(nativePath(m_path));
        return false;
    }
    if (!writeAll(data, length, &m_position))
        return false;
    if (m_unsynced >= writebackBytes) {
        // Asynchronous: queues the dirty pages for writing and returns. Errors (a device, a
        // file system without it) are harmless here; commit() still fsyncs.
        const qint64 end = m_headerSize + m_position;
        ::sync_file_range(m_fd, off_t(end - m_unsynced), off_t(m_unsynced), SYNC_FILE_RANGE_WRITE);
        m_unsynced = 0;
    }
    return true;
}

// write(2) until all of data is written; *counter and m_unsynced count what was.
bool PartFile::writeAll(const char* data, qint64 length, qint64* counter)
{
    while (length > 0) {
        const ssize_t written = ::write(m_fd, data, size_t(length));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return fail(tr("cannot write %1"), errno);
        }
        if (written == 0) // a full device that does not say so
            return fail(tr("cannot write %1"), ENOSPC);
        data += written;
        length -= written;
        *counter += written;
        m_unsynced += written;
    }
    return true;
}

bool PartFile::syncData()
{
    if (m_fd < 0)
        return true;
    if (::fdatasync(m_fd) != 0 && errno != EINVAL && errno != EROFS)
        return fail(tr("cannot save %1"), errno);
    return true;
}

bool PartFile::commit()
{
    if (m_fd < 0) {
        // Reopen to sync what someone else (the tagger) wrote through its own descriptor.
        const QByteArray name = QFile::encodeName(m_path);
        m_fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
        if (m_fd < 0)
            return fail(tr("cannot open %1"), errno);
    }
    const bool synced = ::fsync(m_fd) == 0 || errno == EINVAL || errno == EROFS;
    const int syncError = errno;
    const int closed = ::close(m_fd);
    const int closeError = errno;
    m_fd = -1;
    if (!synced)
        return fail(tr("cannot save %1"), syncError);
    if (closed != 0 && closeError != EINTR)
        return fail(tr("cannot save %1"), closeError);
    return true;
}

void PartFile::close()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

bool PartFile::remove()
{
    close();
    const QByteArray name = QFile::encodeName(m_path);
    if (::unlink(name.constData()) != 0 && errno != ENOENT)
        return fail(tr("cannot delete %1"), errno);
    return true;
}

bool PartFile::publish(const QString& target)
{
    if (!commit())
        return false;
    const QByteArray from = QFile::encodeName(m_path);
    if (::rename(from.constData(), QFile::encodeName(target).constData()) != 0) {
        const int error = errno;
        m_errno = error;
        m_error = tr("cannot rename %1 to %2: %3")
                      .arg(nativePath(m_path), nativePath(target), systemMessage(error));
        return false;
    }
    // Makes the rename durable; a failure here loses nothing that is not on disk already.
    const QByteArray folder = QFile::encodeName(QFileInfo(target).absolutePath());
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
    return true;
}

QString PartFile::systemMessage(int errorNumber)
{
    return qt_error_string(errorNumber);
}

bool PartFile::fail(const QString& what, int errorNumber)
{
    m_errno = errorNumber;
    const QString path = nativePath(m_path);
    if (errorNumber == ENOSPC || errorNumber == EDQUOT)
        m_error = tr("disk full while writing %1").arg(path);
    else if (errorNumber == EACCES || errorNumber == EPERM)
        m_error = tr("permission denied: cannot write %1").arg(path);
    else if (errorNumber == EROFS)
        m_error = tr("cannot write %1: the disk is read-only").arg(path);
    else
        m_error = what.arg(path) + QStringLiteral(": ") + systemMessage(errorNumber);
    return false;
}

} // namespace ondes
