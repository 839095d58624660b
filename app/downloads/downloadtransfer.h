#pragma once

// DownloadTransfer moves one http(s) URL into one file, safely: the bytes stream to NAME.part as
// they arrive (never held in memory), an interrupted transfer resumes with Range + If-Range and
// continues only on a 206 whose Content-Range starts where the .part ends (anything else starts
// the body again from 0 — a full body is never appended to a partial file), the length is
// checked against Content-Length / Content-Range, and the complete .part is synced to disk and
// renamed atomically onto the target. Errors are one readable line, classified retryable or not;
// retryable ones are retried with capped exponential backoff (honouring a capped Retry-After).
// Redirects, retries, timeouts and error lines are HttpAttemptLoop's, as for every request.
// DownloadManager drives a queue of these; this class knows nothing of episodes or the database.
//
// Resume rules, for a .part of N > 0 bytes when an attempt starts:
// - validators known (request.etag / lastModified, or those of the response that wrote the
//   .part): "Range: bytes=N-" and "If-Range: <strong ETag, else Last-Modified>";
// - no usable validator (none, or only a weak ETag and no Last-Modified): start again from 0,
//   because nothing proves the .part is a prefix of what the server has now;
// - 206 with "Content-Range: bytes N-…/total" (and, when known, the same total and ETag):
//   append; 200: truncate and write the full body; 206 with another start, or 416: ask again
//   without Range and write from 0.
//
// A body without a length (chunked, or ended by closing the connection) cannot be checked: its
// end is what Qt reports. Qt 6.4 may report a chunked body cut by a close as complete (a race in
// its HTTP channel); media files nearly always come with a Content-Length.

#include "downloads/downloadresume.h"
#include "downloads/partbodywriter.h"
#include "downloads/transfermeter.h"
#include "net/httpattemptloop.h"

#include <QByteArray>
#include <QFutureWatcher>
#include <QMetaType>
#include <QNetworkReply>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QThreadPool;

namespace ondes {

class PartFile;

struct DownloadRequest
{
    QUrl url;           // http or https only; anything else fails at once, readably
    QString targetPath; // the final file; the bytes go to targetPath + ".part" first
    // Validators of the bytes already in the .part (from an earlier run), for If-Range.
    QByteArray etag;           // as the server sent it, quotes included
    QString lastModified;      // as the server sent it
    int idleTimeoutMs = 30000; // abort an attempt when no byte arrives for this long
    // Further attempts after a retryable error. An attempt that brought the .part further than
    // ever before gives the retries back (a flaky but progressing server still finishes).
    int retries = 3;
    int retryDelayMs = 1000;     // the first backoff; doubles for each next retry
    int maxRetryDelayMs = 60000; // cap of the backoff and of a server's Retry-After
    int maxRedirects = 10;
    // Work on the complete .part before it is synced and renamed (the manager writes tags there,
    // so a crash never leaves a half-tagged final file). finishPart is called on the transfer's
    // thread when the body is complete and returns the job; the job runs on finishPool (on the
    // transfer's thread when null), so it must use only what it captured. It returns an error
    // line or empty; an error becomes the outcome's warning, and the download still completes.
    // validatorsChanged({}, {}) comes first: a .part changed by the job must never be resumed.
    // finishPart may return no job; then the .part is renamed as it is and keeps its validators.
    using PartJob = std::function<QString(const QString& partPath)>;
    std::function<PartJob()> finishPart;
    QThreadPool* finishPool = nullptr;
    // Bytes the .part starts with, before the body; none when empty. Asked on the transfer's
    // thread when a body from byte 0 begins, with its first bytes (16, fewer for a shorter
    // body) and its length (-1 when unknown). The manager keeps room for an MP3's tags there,
    // so that finishPart's job writes them without moving the body. Ranges, progress and sizes
    // count the body only.
    std::function<QByteArray(QByteArrayView head, qint64 length)> partHeader;
    // How many first bytes of an existing .part are such a header (0 when none). Asked once, when
    // the transfer is made, so that a resume continues the body where it stopped.
    std::function<qint64(const QString& partPath)> partHeaderSize;
};

struct DownloadOutcome
{
    enum class Status { Done, Failed, Paused, Cancelled };
    Status status = Status::Failed;
    QString filePath;       // Done: the final file (the target)
    qint64 size = 0;        // Done: its size; otherwise the body's bytes kept in the .part
    QByteArray contentType; // of the response that delivered the body, as sent
    QString error;          // Failed: one readable line
    QString warning;        // Done: finishPart's error, if any
    int httpStatus = 0;     // the last HTTP status seen; 0 when no answer came
    bool retryable = false; // Failed: whether trying again later may help
};

class DownloadTransfer : public QObject, private HttpAttemptHandler
{
    Q_OBJECT

public:
    // Lives on the thread of manager (HttpClient::networkAccessManager()).
    DownloadTransfer(QNetworkAccessManager* manager, DownloadRequest request,
                     QObject* parent = nullptr);
    ~DownloadTransfer() override; // aborts quietly, keeps the .part

    const DownloadRequest& request() const { return m_request; }
    QString partPath() const;

    // Starts once; later calls do nothing.
    void start();
    // Stops and keeps the .part for a later resume. finished(Paused) is emitted before it
    // returns (a slot must not delete the transfer directly: use deleteLater()). Once the body is
    // complete and the finishing job runs, there is nothing left to pause: pause() waits for the
    // job and the download completes (finished(Done)).
    void pause();
    // Stops and deletes the .part; finished(Cancelled) is emitted before it returns (after the
    // finishing job, if one is running).
    void cancel();
    bool isFinished() const { return m_finished; }

    qint64 received() const { return m_received; } // bytes in the .part, resumed ones included
    qint64 total() const { return m_total; }       // -1 while unknown
    double bytesPerSecond() const;                 // over the last few seconds
    // Validators of what is in the .part now.
    QByteArray etag() const { return m_etag; }
    QString lastModified() const { return m_lastModified; }

Q_SIGNALS:
    // At most about ten times a second, and once at the end.
    void progress(qint64 received, qint64 total);
    // Persist them (with a direct connection) to resume after a restart.
    void validatorsChanged(const QByteArray& etag, const QString& lastModified);
    // Attempt number attempt (from 1) failed with reason; the next one starts in delayMs.
    void retrying(int attempt, int delayMs, const QString& reason);
    // Exactly once, never from inside start().
    void finished(const ondes::DownloadOutcome& outcome);

private:
    // HttpAttemptHandler
    void attemptStarting() override;
    void prepareRequest(QNetworkRequest& request) override;
    void headersReceived(QNetworkReply& reply, int status) override;
    void bodyReadable(QNetworkReply& reply) override;
    void finishBody(QNetworkReply& reply) override;
    void answerReceived(QNetworkReply& reply, int status) override;
    void attemptFailed(const HttpFailure& failure) override;
    void retryScheduled(int attempt, int delayMs, const QString& reason) override;
    void failed(const HttpFailure& failure) override;

    enum class Refusal { None, Restart, WriteError };
    Refusal acceptBody(QNetworkReply& reply, int status);
    void refuseBody(Refusal refusal);
    void restart(int status);
    void failWriting();
    void complete(int status);
    void onPartFinished();
    void publish(int status, const QString& warning);
    void finish(DownloadOutcome outcome);
    void setValidators(const QByteArray& etag, const QString& lastModified);
    void reportProgress(bool force);
    DownloadOutcome outcome(DownloadOutcome::Status status) const;

    const DownloadRequest m_request;
    std::unique_ptr<PartFile> m_part;
    HttpAttemptLoop m_loop;
    PartBodyWriter m_writer;

    DownloadResume m_resume;
    bool m_metaDataSeen = false;
    bool m_accepted = false; // the current response's body goes into the .part
    int m_lastStatus = 0;
    bool m_started = false;
    bool m_finished = false;
    QFutureWatcher<QString> m_partJob; // the finishing job on finishPool, while it runs
    int m_completedStatus = 0;

    QByteArray m_etag;
    QString m_lastModified;
    QByteArray m_contentType;
    qint64 m_received = 0;
    qint64 m_total = -1;
    qint64 m_bestPosition = 0; // the furthest the .part has been, for retry accounting

    TransferMeter m_meter;
};

} // namespace ondes

Q_DECLARE_METATYPE(ondes::DownloadOutcome)
