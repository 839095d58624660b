#pragma once

// Helpers for the hardening tests: run code on a thread with a small stack (a recursion that
// grows with the input overflows it and kills the test), measure how much the process's peak
// memory grew, and watch a file so that a test can prove it was never opened.

#include "support/sanitizerslowdown.h"

#include <QElapsedTimer>
#include <QString>
#include <QThread>

#include <functional>
#include <sys/inotify.h>
#include <sys/resource.h>
#include <unistd.h>

namespace ondes::test {

// Runs work on a thread whose stack is stackBytes (1 MB; 4 MB under the sanitizers, whose frames
// are larger) and waits for it; the milliseconds it took.
inline qint64 runOnSmallStack(const std::function<void()>& work,
                              uint stackBytes = (sanitizerSlowdown > 1 ? 4 : 1) * 1024 * 1024)
{
    QElapsedTimer timer;
    timer.start();
    QThread* thread = QThread::create(work);
    thread->setStackSize(stackBytes);
    thread->start();
    thread->wait();
    delete thread;
    return timer.elapsed();
}

// The process's peak resident size so far, in bytes.
inline qint64 peakResidentBytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss) * 1024;
}

// Records every open or read of one file from its creation on (inotify).
class FileAccessWatch
{
public:
    explicit FileAccessWatch(const QString& path)
    {
        m_fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        if (m_fd >= 0)
            m_watch = inotify_add_watch(m_fd, path.toLocal8Bit().constData(), IN_OPEN | IN_ACCESS);
    }
    ~FileAccessWatch()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileAccessWatch(const FileAccessWatch&) = delete;
    FileAccessWatch& operator=(const FileAccessWatch&) = delete;

    bool isWatching() const { return m_fd >= 0 && m_watch >= 0; }
    // How many opens and reads happened since the last call.
    int accesses()
    {
        int count = 0;
        alignas(inotify_event) char buffer[4096];
        ssize_t n;
        while ((n = ::read(m_fd, buffer, sizeof buffer)) > 0) {
            for (char* p = buffer; p < buffer + n;) {
                const auto* event = reinterpret_cast<const inotify_event*>(p);
                if (event->mask & (IN_OPEN | IN_ACCESS))
                    ++count;
                p += sizeof(inotify_event) + event->len;
            }
        }
        return count;
    }

private:
    int m_fd = -1;
    int m_watch = -1;
};

} // namespace ondes::test
