#include "downloads/downloadtransfer.h"

#include "downloads/downloadheaders.h"
#include "downloads/partfile.h"
#include "net/httpclient.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPointer>
#include <QtConcurrent>

#include <utility>

namespace ondes {

namespace {

// What QNetworkReply may hold unread: the socket stops reading beyond it, so a server faster
// than the disk cannot fill the memory.
constexpr qint64 readBufferBytes = 1024 * 1024;
constexpr qint64 chunkBytes = 256 * 1024; // read from the reply into one reused buffer
constexpr int maxRestarts = 2;            // fresh requests after a refused range, per attempt
constexpr qsizetype sniffBytes = 16;      // of a fresh body, for DownloadRequest::partHeader

QString hostLabel(const QUrl& url)
{
    return url.port() < 0 ? url.host() : url.host() + u':' + QString::number(url.port());
}

} // namespace

DownloadTransfer::DownloadTransfer(QNetworkAccessManager* manager, DownloadRequest request,
                                   QObject* parent)
    : QObject(parent), m_manager(manager), m_request(std::move(request)),
      m_part(std::make_unique<PartFile>(m_request.targetPath + QStringLiteral(".part"))),
      m_etag(m_request.etag), m_lastModified(m_request.lastModified)
{
    m_idleTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] { abortWith(Abort::Timeout); });
    connect(&m_retryTimer, &QTimer::timeout, this, &DownloadTransfer::startAttempt);
    if (m_request.partHeaderSize && QFileInfo::exists(m_part->path()))
        m_part->setHeaderSize(m_request.partHeaderSize(m_part->path()));
    m_received = m_part->sizeOnDisk();
    m_bestPosition = m_received;
}

DownloadTransfer::~DownloadTransfer()
{
    dropReply();
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
    QString reason = HttpClient::unsupportedUrlReason(m_request.url);
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
    startAttempt();
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
    dropReply();
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
    dropReply();
    m_part->remove();
    m_received = 0;
    finish(outcome(DownloadOutcome::Status::Cancelled));
}

double DownloadTransfer::bytesPerSecond() const
{
    return m_meter.bytesPerSecond();
}

void DownloadTransfer::startAttempt()
{
    ++m_attempts;
    m_restarts = 0;
    m_forceFresh = false;
    m_currentUrl = m_request.url;
    m_visited = {m_request.url};
    send();
}

void DownloadTransfer::send()
{
    m_part->close();
    const qint64 existing = m_forceFresh ? 0 : m_part->sizeOnDisk();
    const QByteArray validator = ifRangeValidator(m_etag, m_lastModified);
    m_rangeSent = existing > 0 && !validator.isEmpty();
    m_expectedStart = m_rangeSent ? existing : 0;
    m_received = m_expectedStart;

    QNetworkRequest request(m_currentUrl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, HttpClient::userAgent());
    request.setRawHeader("Accept", "*/*");
    // The bytes as stored, so that lengths and ranges count the file's bytes (and Qt does not
    // decompress).
    request.setRawHeader("Accept-Encoding", "identity");
    if (m_rangeSent) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(existing) + '-');
        request.setRawHeader("If-Range", validator);
    }

    m_abort = Abort::None;
    m_metaDataSeen = false;
    m_accepted = false;
    m_headerPending = false;
    m_reply = m_manager->get(request);
    m_reply->setReadBufferSize(readBufferBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &DownloadTransfer::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &DownloadTransfer::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &DownloadTransfer::onFinished);
    m_idleTimer.start(m_request.idleTimeoutMs);
}

void DownloadTransfer::onMetaData()
{
    m_idleTimer.start();
    if (m_metaDataSeen || !m_reply)
        return;
    m_metaDataSeen = true;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_lastStatus = status;
    // Aborting right here would make Qt report an error twice: abortSoon().
    if (status == 200 || status == 206) {
        if (const Abort refused = acceptBody(status); refused != Abort::None)
            abortSoon(refused);
    } else if (status == 416 && m_rangeSent) {
        abortSoon(Abort::Restart); // the .part is not a prefix we can continue: start again
    }
}

// Decides whether the body of a 200 or 206 goes into the .part, and where: None when it does,
// Restart to ask again from 0, WriteError when the .part cannot be written.
DownloadTransfer::Abort DownloadTransfer::acceptBody(int status)
{
    const QByteArray etag = m_reply->rawHeader("ETag");
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    BodyAnswer answer;
    answer.status = status;
    answer.contentRange = m_reply->rawHeader("Content-Range");
    answer.contentLength = length.isValid() ? length.toLongLong() : -1;
    answer.etag = etag;
    const BodyPlacement placement =
        placeBody(answer, m_expectedStart, m_rangeSent, m_total, m_etag);
    if (!placement.accepted) {
        qCInfo(lcNet) << "download" << m_request.url.toDisplayString()
                      << "unexpected range, restarting:" << answer.contentRange << "expected start"
                      << m_expectedStart;
        return Abort::Restart;
    }
    const qint64 start = placement.start;
    const qint64 total = placement.total;
    if (!m_part->open(start))
        return Abort::WriteError;
    m_headerPending = start == 0 && m_request.partHeader; // once the first bytes tell
    if (start == 0) { // before the first byte of the new body is written
        setValidators(etag, QString::fromLatin1(m_reply->rawHeader("Last-Modified")));
    }
    m_total = total;
    m_received = start;
    m_accepted = true;
    m_contentType = m_reply->rawHeader("Content-Type");
    reportProgress(true);
    return Abort::None;
}

void DownloadTransfer::onReadyRead()
{
    m_idleTimer.start();
    if (!m_reply)
        return;
    if (!m_accepted) {
        m_reply->skip(m_reply->bytesAvailable()); // redirect and error pages are not kept
        return;
    }
    if (m_headerPending && !writeHeader())
        return;
    if (m_buffer.size() < chunkBytes)
        m_buffer.resize(chunkBytes);
    while (m_reply && m_reply->bytesAvailable() > 0) {
        const qint64 n = m_reply->read(m_buffer.data(), chunkBytes);
        if (n <= 0)
            break;
        if (!m_part->write(m_buffer.constData(), n)) {
            abortWith(Abort::WriteError);
            return;
        }
        m_received = m_part->position();
    }
    reportProgress(false);
}

// Starts the .part of a fresh body with the request's header, asked with the body's first bytes
// (what they are decides it). False while too few have come, or when the .part cannot be
// written (the reply is then aborted).
bool DownloadTransfer::writeHeader()
{
    const QByteArray head = m_reply->peek(sniffBytes);
    if (head.size() < sniffBytes && !m_reply->isFinished())
        return false;
    m_headerPending = false;
    if (!m_part->open(0, m_request.partHeader(head, m_total))) {
        abortWith(Abort::WriteError);
        return false;
    }
    return true;
}

void DownloadTransfer::onFinished()
{
    if (m_reply && m_accepted && m_abort == Abort::None &&
        (m_reply->bytesAvailable() > 0 || m_headerPending))
        onReadyRead();
    m_idleTimer.stop();
    QNetworkReply* reply = std::exchange(m_reply, nullptr);
    if (!reply)
        return;
    reply->disconnect(this);
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 0)
        m_lastStatus = status;
    const QNetworkReply::NetworkError error = reply->error();
    switch (m_abort) {
    case Abort::WriteError: {
        m_part->close();
        DownloadOutcome result = outcome(DownloadOutcome::Status::Failed);
        result.error = m_part->error();
        finish(std::move(result));
        return;
    }
    case Abort::Restart:
        if (++m_restarts > maxRestarts) {
            failAttempt(tr("%1 keeps sending a byte range that does not continue the file")
                            .arg(hostLabel(m_currentUrl)),
                        status, true);
            return;
        }
        m_forceFresh = true;
        send();
        return;
    case Abort::Timeout:
        failAttempt(tr("timed out: no data from %1 for %2 s")
                        .arg(hostLabel(m_currentUrl))
                        .arg(m_request.idleTimeoutMs / 1000.0),
                    status, true);
        return;
    case Abort::None:
        break;
    }

    if (status == 0) { // no HTTP answer at all
        const bool retryable = error != QNetworkReply::ProtocolUnknownError &&
                               error != QNetworkReply::SslHandshakeFailedError &&
                               error != QNetworkReply::OperationCanceledError;
        failAttempt(HttpClient::networkErrorMessage(error, m_currentUrl, reply->errorString()), 0,
                    retryable);
        return;
    }
    if (isRedirectStatus(status)) {
        followRedirect(status, reply->rawHeader("Location"));
        return;
    }
    if (!m_accepted) {
        failAttempt(HttpClient::statusMessage(status), status, isRetryableStatus(status),
                    parseRetryAfter(reply->rawHeader("Retry-After"), m_request.maxRetryDelayMs));
        return;
    }
    const qint64 position = m_part->position();
    if (error != QNetworkReply::NoError || (m_total >= 0 && position < m_total)) {
        failAttempt(m_total >= 0 ? tr("the connection to %1 broke off after %2 of %3 bytes")
                                       .arg(hostLabel(m_currentUrl))
                                       .arg(position)
                                       .arg(m_total)
                                 : tr("the connection to %1 broke off after %2 bytes")
                                       .arg(hostLabel(m_currentUrl))
                                       .arg(position),
                    status, true);
        return;
    }
    if (m_total >= 0 && position > m_total) { // cannot happen with Qt; never keep such a file
        m_part->remove();                     // what it holds cannot be trusted
        failAttempt(tr("%1 sent more bytes than announced").arg(hostLabel(m_currentUrl)), status,
                    true);
        return;
    }
    complete(status);
}

void DownloadTransfer::followRedirect(int status, const QByteArray& location)
{
    if (location.isEmpty()) {
        failAttempt(tr("redirect without a destination (HTTP %1)").arg(status), status, false);
        return;
    }
    const QUrl target = m_currentUrl.resolved(QUrl::fromEncoded(location));
    if (const QString reason = HttpClient::unsupportedUrlReason(target); !reason.isEmpty()) {
        failAttempt(tr("redirected to an address that cannot be downloaded: %1").arg(reason),
                    status, false);
        return;
    }
    if (m_visited.contains(target)) {
        failAttempt(tr("redirect loop at %1").arg(target.toDisplayString()), status, false);
        return;
    }
    if (m_visited.size() > m_request.maxRedirects) {
        failAttempt(tr("too many redirects (more than %1)").arg(m_request.maxRedirects), status,
                    false);
        return;
    }
    qCDebug(lcNet) << "download redirect" << status << m_currentUrl.toDisplayString() << "->"
                   << target.toDisplayString();
    m_visited.append(target);
    m_currentUrl = target;
    send();
}

void DownloadTransfer::failAttempt(const QString& message, int status, bool retryable,
                                   int retryAfterMs)
{
    m_part->syncData();
    m_part->close();
    const qint64 kept = m_part->sizeOnDisk();
    m_received = kept;
    if (kept > m_bestPosition) { // progress: this failure does not use up a retry
        m_bestPosition = kept;
        m_retriesUsed = 0;
    }
    if (retryable && m_retriesUsed < m_request.retries) {
        ++m_retriesUsed;
        const int delay = retryDelay(m_retriesUsed, m_request.retryDelayMs,
                                     m_request.maxRetryDelayMs, retryAfterMs);
        qCInfo(lcNet) << "download" << m_request.url.toDisplayString() << "failed:" << message
                      << "- retry in" << delay << "ms";
        Q_EMIT retrying(m_attempts, delay, message);
        m_retryTimer.start(delay);
        return;
    }
    qCInfo(lcNet) << "download" << m_request.url.toDisplayString() << "failed:" << message;
    DownloadOutcome result = outcome(DownloadOutcome::Status::Failed);
    result.error = message;
    result.httpStatus = status;
    result.retryable = retryable;
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
    m_idleTimer.stop();
    m_retryTimer.stop();
    Q_EMIT finished(result);
}

void DownloadTransfer::abortWith(Abort reason)
{
    m_abort = reason;
    m_idleTimer.stop();
    if (m_reply)
        m_reply->abort(); // finished() follows at once
}

// Stops the body from going anywhere now, and the reply as soon as the current signal is over.
// If it finishes first, onFinished() handles the reason all the same.
void DownloadTransfer::abortSoon(Abort reason)
{
    m_abort = reason;
    m_accepted = false;
    m_idleTimer.stop();
    QTimer::singleShot(0, this, [this, reply = QPointer<QNetworkReply>(m_reply)] {
        if (reply && reply == m_reply)
            reply->abort();
    });
}

// Stops the request in flight (if any) without reporting it.
void DownloadTransfer::dropReply()
{
    m_idleTimer.stop();
    m_retryTimer.stop();
    if (QNetworkReply* reply = std::exchange(m_reply, nullptr)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
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
