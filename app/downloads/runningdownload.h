#pragma once

// RunningDownload is one download of the queue while it runs: its DownloadTransfer (which
// resumes the .part an earlier run left) and the episode's cover, fetched first, for a moment at
// most, so that the tags written into the .part can hold it. DownloadManager keeps one for each
// running download, and the queue around them.

#include "downloads/downloadstore.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QThreadPool;

namespace ondes {

class DownloadTagPlan;
class DownloadTransfer;
class HttpClient;
class HttpReply;

// How often a transfer tries again, after how long first, and how long a server may be silent.
struct DownloadRetryPolicy
{
    int retries = 3;
    int retryDelayMs = 2000;
    int idleTimeoutMs = 30000;
};

class RunningDownload : public QObject
{
    Q_OBJECT
public:
    // Makes the transfer of row (its tags planned by tagPlan, finished on workers) and asks for
    // the cover; start() starts the body.
    RunningDownload(const DownloadRow& row, const DownloadSubject& subject, HttpClient& http,
                    const DownloadTagPlan& tagPlan, QThreadPool& workers,
                    const DownloadRetryPolicy& policy, QObject* parent = nullptr);

    // The body starts at once, or when the cover arrived (two seconds at most).
    void start();
    DownloadTransfer& transfer() const { return *m_transfer; }
    // Whether the received count is due to be saved again (once a second); restarts the wait.
    bool progressSaveDue();

private:
    DownloadTransfer* m_transfer = nullptr;
    QPointer<HttpReply> m_coverReply;
    QByteArray m_cover;
    bool m_coverPending = false; // asked for and not arrived (nor failed) yet
    QElapsedTimer m_lastSaved;
};

} // namespace ondes
