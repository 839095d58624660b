#include "downloads/downloadtransfer.h"

#include "downloads/downloadfilename.h"
#include "downloads/partfile.h"
#include "net/httperrortext.h"

#include <QFileInfo>
#include <QNetworkRequest>
#include <QtConcurrent>

#include <utility>

namespace ondes {

namespace {

// What QNetworkReply may hold unread: the socket stops reading beyond it, so a server faster
// than the disk cannot fill the memory.
constexpr qint64 readBufferBytes = 1024 * 1024;

HttpAttemptPolicy attemptPolicy(const DownloadRequest& request)
{
    HttpAttemptPolicy policy;
    policy.idleTimeoutMs = request.idleTimeoutMs;
    policy.maxRedirects = request.maxRedirects;
    policy.retries = request.retries;
    policy.retryDelayMs = request.retryDelayMs;
    policy.maxRetryDelayMs = request.maxRetryDelayMs;
    policy.readBufferBytes = readBufferBytes;
    return policy;
}

} // namespace

DownloadTransfer::DownloadTransfer(QNetworkAccessManager* manager, DownloadRequest request,
                                   QObject* parent)
    : QObject(parent), m_request(std::move(request)),
      m_part(std::make_unique<PartFile>(DownloadFileName::partPath(m_request.targetPath))),
      m_loop(manager, m_request.url, attemptPolicy(m_request), *this), m_writer(*m_part),
      m_etag(m_request.etag), m_lastModified(m_request.lastModified)
{
    if (m_request.partHeaderSize && QFileInfo::exists(m_part->path()))
        m_part->setHeaderSize(m_request.partHeaderSize(m_part->path()));
    m_received = m_part->sizeOnDisk();
    m_bestPosition = m_received;
}

DownloadTransfer::~DownloadTransfer()
{
    m_loop.stop();
    m_partJob.disconnect(this);
    m_partJob.waitForFinished(); // the job works on our .part: never leave it half done
}

QString DownloadTransfer::partPath() const
{
    return m_part->path();
}

void DownloadTransfer::start()
{
    if (m_started || m_finished)
        return;
    m_started = true;
    m_meter.start();
    QString reason = HttpErrorText::unsupportedUrlReason(m_request.url);
    if (reason.isEmpty() && m_request.targetPath.isEmpty())
        reason = tr("no file to download to");
    if (!reason.isEmpty()) {
        QTimer::singleShot(0, this, [this, reason] {
            DownloadOutcome result = outcome(DownloadOutcome::Status::Failed);
            result.error = reason;
            finish(std::move(result));
        });
        return;
    }
    m_loop.start();
}

void DownloadTransfer::pause()
{
    if (m_finished)
        return;
    if (m_partJob.isRunning()) {
        m_partJob.waitForFinished();
        onPartFinished();
        return;
    }
    m_loop.stop();
    m_part->syncData();
    m_part->close();
    finish(outcome(DownloadOutcome::Status::Paused));
}

void DownloadTransfer::cancel()
{
    if (m_finished)
        return;
    m_partJob.disconnect(this);
    m_partJob.waitForFinished();
    m_loop.stop();
    m_part->remove();
    m_received = 0;
    finish(outcome(DownloadOutcome::Status::Cancelled));
}

double DownloadTransfer::bytesPerSecond() const
{
    return m_meter.bytesPerSecond();
}

void DownloadTransfer::attemptStarting()
{
    m_resume.newAttempt();
}

void DownloadTransfer::prepareRequest(QNetworkRequest& request)
{
    m_part->close();
    m_received = m_resume.prepare(request, m_part->sizeOnDisk(), m_etag, m_lastModified);
    m_metaDataSeen = false;
    m_accepted = false;
}

void DownloadTransfer::headersReceived(QNetworkReply& reply, int status)
{
    if (m_metaDataSeen)
        return;
    m_metaDataSeen = true;
    m_lastStatus = status;
    if (status == 200 || status == 206)
        refuseBody(acceptBody(reply, status));
    else if (m_resume.rangeRefused(status))
        refuseBody(Refusal::Restart); // the .part is not a prefix we can continue: start again
}

// Decides whether the body of a 200 or 206 goes into the .part, and where: None when it does,
// Restart to ask again from 0, WriteError when the .part cannot be written.
DownloadTransfer::Refusal DownloadTransfer::acceptBody(QNetworkReply& reply, int status)
{
    const BodyPlacement placement = m_resume.place(reply, status, m_total, m_etag);
    if (!placement.accepted) {
        qCInfo(lcNet) << "download" << m_request.url.toDisplayString()
                      << "unexpected range, restarting:" << reply.rawHeader("Content-Range");
        return Refusal::Restart;
    }
    const qint64 start = placement.start;
    if (!m_part->open(start))
        return Refusal::WriteError;
    m_writer.begin(start, placement.total, m_request.partHeader);
    if (start == 0) { // before the first byte of the new body is written
        setValidators(reply.rawHeader("ETag"),
                      QString::fromLatin1(reply.rawHeader("Last-Modified")));
    }
    m_total = placement.total;
    m_received = start;
    m_accepted = true;
    m_contentType = reply.rawHeader("Content-Type");
    reportProgress(true);
    return Refusal::None;
}

// Stops the body from going anywhere now, and the reply as soon as the headers' signal is over
// (aborting right there would make Qt report an error twice).
void DownloadTransfer::refuseBody(Refusal refusal)
{
    if (refusal == Refusal::None)
        return;
    m_accepted = false;
    if (refusal == Refusal::Restart)
        m_loop.abortReplySoon([this](int status) { restart(status); });
    else
        m_loop.abortReplySoon([this](int) { failWriting(); });
}

// Asks again without Range, in the same attempt, unless the server keeps refusing.
void DownloadTransfer::restart(int status)
{
    if (!m_resume.restartFresh()) {
        m_loop.fail({tr("%1 keeps sending a byte range that does not continue the file")
                         .arg(HttpErrorText::hostLabel(m_loop.currentUrl())),
                     status, true});
        return;
    }
    m_loop.resend();
}

void DownloadTransfer::failWriting()
{
    m_part->close();
    DownloadOutcome result = outcome(DownloadOutcome::Status::Failed);
    result.error = m_part->error();
    finish(std::move(result));
}

void DownloadTransfer::bodyReadable(QNetworkReply& reply)
{
    if (!m_accepted) {
        reply.skip(reply.bytesAvailable()); // redirect and error pages are not kept
        return;
    }
    const bool written = m_writer.write(reply);
    m_received = m_part->position();
    if (!written) {
        m_accepted = false;
        m_loop.abortReply([this](int) { failWriting(); });
        return;
    }
    reportProgress(false);
}

void DownloadTransfer::finishBody(QNetworkReply& reply)
{
    if (m_accepted && m_writer.pending(reply))
        bodyReadable(reply);
}

void DownloadTransfer::answerReceived(QNetworkReply& reply, int status)
{
    m_lastStatus = status;
    if (!m_accepted) {
        m_loop.fail(m_loop.statusFailure(reply, status));
        return;
    }
    const QString host = HttpErrorText::hostLabel(m_loop.currentUrl());
    const qint64 position = m_part->position();
    if (reply.error() != QNetworkReply::NoError || (m_total >= 0 && position < m_total)) {
        m_loop.fail(
            {m_total >= 0
                 ? tr("the connection to %1 broke off after %2 of %3 bytes")
                       .arg(host)
                       .arg(position)
                       .arg(m_total)
                 : tr("the connection to %1 broke off after %2 bytes").arg(host).arg(position),
             status, true});
        return;
    }
    if (m_total >= 0 && position > m_total) { // cannot happen with Qt; never keep such a file
        m_part->remove();                     // what it holds cannot be trusted
        m_loop.fail({tr("%1 sent more bytes than announced").arg(host), status, true});
        return;
    }
    complete(status);
}

void DownloadTransfer::attemptFailed(const HttpFailure& /*failure*/)
{
    m_part->syncData();
    m_part->close();
    const qint64 kept = m_part->sizeOnDisk();
    m_received = kept;
    if (kept > m_bestPosition) { // progress: this failure does not use up a retry
        m_bestPosition = kept;
        m_loop.resetRetries();
    }
}

void DownloadTransfer::retryScheduled(int attempt, int delayMs, const QString& reason)
{
    Q_EMIT retrying(attempt, delayMs, reason);
}

void DownloadTransfer::failed(const HttpFailure& failure)
{
    DownloadOutcome result = outcome(DownloadOutcome::Status::Failed);
    result.error = failure.message;
    result.httpStatus = failure.status;
    result.retryable = failure.retryable;
    finish(std::move(result));
}

void DownloadTransfer::complete(int status)
{
    DownloadRequest::PartJob job = m_request.finishPart ? m_request.finishPart() : nullptr;
    if (job) {
        m_part->close();
        setValidators({}, {}); // a .part changed by tagging must never be resumed
    }
    if (!job) {
        publish(status, {});
    } else if (!m_request.finishPool) {
        publish(status, job(m_part->path()));
    } else {
        // Tagging reads and writes the file: not on this (usually the GUI) thread.
        m_completedStatus = status;
        connect(&m_partJob, &QFutureWatcher<QString>::finished, this,
                &DownloadTransfer::onPartFinished, Qt::SingleShotConnection);
        m_partJob.setFuture(
            QtConcurrent::run(m_request.finishPool, std::move(job), m_part->path()));
    }
}

void DownloadTransfer::onPartFinished()
{
    if (m_finished)
        return;
    m_partJob.disconnect(this);
    publish(m_completedStatus, m_partJob.future().result());
}

// Syncs the complete .part and renames it onto the target.
void DownloadTransfer::publish(int status, const QString& warning)
{
    // fsync before the rename: never a hole under the final name.
    if (!m_part->publish(m_request.targetPath)) {
        DownloadOutcome result = outcome(DownloadOutcome::Status::Failed);
        result.error = m_part->error();
        result.httpStatus = status;
        finish(std::move(result));
        return;
    }
    m_received = QFileInfo(m_request.targetPath).size();
    if (m_total < 0 || m_received != m_total) // tags, or the room kept for them
        m_total = m_received;
    reportProgress(true);

    DownloadOutcome result = outcome(DownloadOutcome::Status::Done);
    result.filePath = m_request.targetPath;
    result.warning = warning;
    result.httpStatus = status;
    finish(std::move(result));
}

void DownloadTransfer::finish(DownloadOutcome result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_loop.stop();
    Q_EMIT finished(result);
}

void DownloadTransfer::setValidators(const QByteArray& etag, const QString& lastModified)
{
    if (etag == m_etag && lastModified == m_lastModified)
        return;
    m_etag = etag;
    m_lastModified = lastModified;
    Q_EMIT validatorsChanged(m_etag, m_lastModified);
}

void DownloadTransfer::reportProgress(bool force)
{
    if (m_meter.due(m_received, force))
        Q_EMIT progress(m_received, m_total);
}

DownloadOutcome DownloadTransfer::outcome(DownloadOutcome::Status status) const
{
    DownloadOutcome result;
    result.status = status;
    result.size = m_received;
    result.contentType = m_contentType;
    result.httpStatus = m_lastStatus;
    return result;
}

} // namespace ondes
