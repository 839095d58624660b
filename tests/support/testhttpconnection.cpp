#include "support/testhttpconnection.h"

#include "support/httpformat.h"

#include <QFile>
#include <QTcpSocket>

namespace ondes::test {

namespace {

constexpr qint64 chunkBytes = 64 * 1024;
constexpr qint64 highWaterBytes = 512 * 1024; // queue more only below this
constexpr int paceIntervalMs = 20;

bool notModified(const HttpRequest& request, const Route& route, const QByteArray& etag)
{
    // If-None-Match wins over If-Modified-Since (RFC 9110, 13.2.2).
    if (const QByteArray noneMatch = request.header("If-None-Match"); !noneMatch.isEmpty())
        return noneMatchHits(noneMatch, etag);
    const QDateTime since = parseHttpDate(request.header("If-Modified-Since"));
    return since.isValid() && route.lastModified.isValid() &&
           route.lastModified.toSecsSinceEpoch() <= since.toSecsSinceEpoch();
}

bool ifRangeHolds(const HttpRequest& request, const Route& route, const QByteArray& etag)
{
    const QByteArray ifRange = request.header("If-Range").trimmed();
    if (ifRange.isEmpty())
        return true;
    if (ifRange.startsWith('"') || ifRange.startsWith("W/"))
        return !etag.isEmpty() && strongEtagEquals(ifRange, etag);
    const QDateTime date = parseHttpDate(ifRange);
    return date.isValid() && route.lastModified.isValid() &&
           date.toSecsSinceEpoch() == route.lastModified.toSecsSinceEpoch();
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket* socket, std::shared_ptr<TestHttpServer::Shared> shared,
                               int number, QObject* parent)
    : QObject(parent), m_socket(socket), m_shared(std::move(shared)), m_number(number)
{
    m_socket->setParent(this);
    m_paceTimer.setInterval(paceIntervalMs);
    connect(&m_paceTimer, &QTimer::timeout, this, [this] {
        m_out.budget = qMax<qint64>(1, qint64(m_out.bytesPerSecond) * paceIntervalMs / 1000);
        pump();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, [this] {
        m_parser.addData(m_socket->readAll());
        processNext();
    });
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::processNext()
{
    if (m_busy || m_silent)
        return;
    switch (m_parser.parse()) {
    case HttpRequestParser::State::NeedMore:
        return;
    case HttpRequestParser::State::Error:
        qWarning("TestHttpServer: %s", qPrintable(m_parser.error()));
        fail("400 Bad Request");
        return;
    case HttpRequestParser::State::Complete:
        break;
    }
    m_busy = true;
    const HttpRequest request = m_parser.takeRequest();
    quint64 id = 0;
    const Route route = m_shared->take(request, m_number, &id);
    if (route.neverRespond) {
        m_silent = true;
        return;
    }
    if (route.delayMs > 0)
        QTimer::singleShot(route.delayMs, this, [=, this] { respond(request, route, id); });
    else
        respond(request, route, id);
}

void HttpConnection::respond(const HttpRequest& request, const Route& route, quint64 id)
{
    m_out = Outgoing{};
    m_out.id = id;
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return; // the client left during the delay
    int status = route.status;
    qint64 size = 0;
    HttpHeaders headers;
    if (!route.file.isEmpty()) {
        m_out.file = std::make_unique<QFile>(route.file);
        if (m_out.file->open(QIODevice::ReadOnly)) {
            size = m_out.file->size();
        } else {
            status = 500;
            m_out.file.reset();
            m_out.memory = "cannot open " + route.file.toUtf8() + '\n';
            size = m_out.memory.size();
        }
    } else if (route.generator) {
        m_out.generator = route.generator;
        size = route.generatedSize;
    } else {
        m_out.memory = route.body;
        if (route.gzip) {
            headers.emplaceBack("Vary", "Accept-Encoding");
            if (acceptsGzip(request.header("Accept-Encoding"))) {
                m_out.memory = gzipCompress(m_out.memory);
                headers.emplaceBack("Content-Encoding", "gzip");
            }
        }
        size = m_out.memory.size();
    }

    const QByteArray etag = quotedEtag(route.etag);
    const bool getOrHead = request.method == "GET" || request.method == "HEAD";
    qint64 first = 0;
    qint64 length = size;
    if (status == 200 && getOrHead) {
        const QByteArray rangeHeader = request.header("Range");
        if (notModified(request, route, etag)) {
            status = 304;
        } else if (route.honourRange && size >= 0 && !rangeHeader.isEmpty() &&
                   ifRangeHolds(request, route, etag)) {
            const ByteRangeRequest range = parseRange(rangeHeader, size);
            if (range.kind == ByteRangeRequest::Satisfiable) {
                status = 206;
                first = range.first;
                length = range.last - range.first + 1;
                headers.emplaceBack("Content-Range", "bytes " + QByteArray::number(range.first) +
                                                         '-' + QByteArray::number(range.last) +
                                                         '/' + QByteArray::number(size));
            } else if (range.kind == ByteRangeRequest::Unsatisfiable) {
                status = 416;
                length = 0;
                headers.emplaceBack("Content-Range", "bytes */" + QByteArray::number(size));
            }
        }
    }
    const bool bodyless = status == 304 || status == 204 || status < 200;
    const bool sendBody = !bodyless && request.method != "HEAD";

    m_out.closeAfter = !request.keepAlive() || route.cutAfterBytes >= 0 ||
                       route.lieContentLength >= 0 || (length < 0 && !route.chunked);
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    head += "Date: " + httpDate(QDateTime::currentDateTimeUtc()) + "\r\nServer: OndesTest\r\n";
    if (!route.contentType.isEmpty() && status != 304 && status != 416)
        head += "Content-Type: " + route.contentType + "\r\n";
    if (!etag.isEmpty())
        head += "ETag: " + etag + "\r\n";
    if (route.lastModified.isValid())
        head += "Last-Modified: " + httpDate(route.lastModified) + "\r\n";
    if (route.honourRange && size >= 0 && (status == 200 || status == 206))
        head += "Accept-Ranges: bytes\r\n";
    if (!route.location.isEmpty())
        head += "Location: " + route.location + "\r\n";
    if (!bodyless) {
        if (route.chunked)
            head += "Transfer-Encoding: chunked\r\n";
        else if (route.lieContentLength >= 0)
            head += "Content-Length: " + QByteArray::number(route.lieContentLength) + "\r\n";
        else if (length >= 0)
            head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    }
    head += m_out.closeAfter ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    for (const auto& [name, value] : headers + route.extraHeaders)
        head += name + ": " + value + "\r\n";
    head += "\r\n";

    m_shared->setStatus(id, status);
    m_socket->write(head);
    m_out.active = true;
    m_out.offset = first;
    m_out.remaining = sendBody ? length : 0;
    m_out.cutAfter = route.cutAfterBytes;
    m_out.stallAfter = route.stallAfterBytes;
    m_out.chunked = route.chunked && sendBody;
    m_out.pieceBytes = route.pieceBytes > 0 ? route.pieceBytes : chunkBytes;
    m_out.bytesPerSecond = route.bytesPerSecond;
    if (m_out.bytesPerSecond > 0) {
        m_out.budget = qMax<qint64>(1, qint64(m_out.bytesPerSecond) * paceIntervalMs / 1000);
        m_paceTimer.start();
    }
    pump();
}

QByteArray HttpConnection::readBody(qint64 position, qint64 length)
{
    if (m_out.file) {
        if (m_out.file->pos() != position && !m_out.file->seek(position))
            return {};
        return m_out.file->read(length);
    }
    if (m_out.generator)
        return m_out.generator(position, length);
    return m_out.memory.mid(position, length);
}

void HttpConnection::pump()
{
    while (m_out.active && m_socket->state() == QAbstractSocket::ConnectedState &&
           m_socket->bytesToWrite() < highWaterBytes) {
        if (m_out.remaining == 0) {
            if (m_out.chunked)
                m_socket->write("0\r\n\r\n");
            complete();
            return;
        }
        if (m_out.cutAfter >= 0 && m_out.sent >= m_out.cutAfter) {
            m_out.active = false;
            m_paceTimer.stop();
            m_socket->disconnectFromHost(); // flushes what is queued, then closes mid-body
            return;
        }
        if (m_out.stallAfter >= 0 && m_out.sent >= m_out.stallAfter) {
            m_out.active = false; // silent from now on; the connection stays open
            m_paceTimer.stop();
            return;
        }
        qint64 n = m_out.pieceBytes;
        if (m_out.remaining > 0)
            n = qMin(n, m_out.remaining);
        if (m_out.cutAfter >= 0)
            n = qMin(n, m_out.cutAfter - m_out.sent);
        if (m_out.stallAfter >= 0)
            n = qMin(n, m_out.stallAfter - m_out.sent);
        if (m_out.bytesPerSecond > 0) {
            n = qMin(n, m_out.budget);
            if (n <= 0)
                return; // wait for the next pacing tick
            m_out.budget -= n;
        }
        const QByteArray data = readBody(m_out.offset + m_out.sent, n);
        if (data.isEmpty()) { // the file shrank under us
            m_socket->abort();
            return;
        }
        if (m_out.chunked)
            m_socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
        else
            m_socket->write(data);
        m_out.sent += data.size();
        if (m_out.remaining > 0)
            m_out.remaining -= data.size();
    }
}

void HttpConnection::onBytesWritten()
{
    if (m_out.active)
        pump();
}

void HttpConnection::complete()
{
    // Recorded before the bytes leave, so that a client that has the whole answer always finds
    // finishedMs set. The next request may be answered behind what is still queued.
    m_shared->setFinished(m_out.id);
    const bool close = m_out.closeAfter;
    m_out = Outgoing{};
    m_paceTimer.stop();
    m_busy = false;
    if (close) {
        m_socket->disconnectFromHost();
    } else {
        m_socket->flush();
        processNext();
    }
}

void HttpConnection::fail(const QByteArray& status)
{
    m_silent = true;
    m_socket->write("HTTP/1.1 " + status + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    m_socket->disconnectFromHost();
}

} // namespace ondes::test
