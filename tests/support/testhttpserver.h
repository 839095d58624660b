#pragma once

// TestHttpServer: a small HTTP/1.1 server on a loopback address for the network tests (feeds,
// web pages, downloads, streaming playback). It runs on its own thread, so it keeps answering
// while the test thread blocks (QProcess::waitForFinished, a synchronous GStreamer call).
// Responses are described per path by a Route; every request is recorded for the test to check.

#include "support/httprequestparser.h"

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QThread;

namespace ondes::test {

// Returns the bytes [offset, offset + length) of a generated body. Runs on the server thread.
using BodyGenerator = std::function<QByteArray(qint64 offset, qint64 length)>;

struct RecordedRequest;

struct Route
{
    // The body is one of: these bytes, a file streamed from disk, or a generator.
    QByteArray body;
    QString file;
    BodyGenerator generator;
    qint64 generatedSize = -1; // length of the generated body; -1: endless

    QByteArray contentType;
    QByteArray etag; // quoted on the wire unless it already is
    QDateTime lastModified;
    int status = 200;
    QByteArray location; // Location header, absolute or relative
    bool gzip = false;   // gzip an in-memory body when the request accepts it
    bool honourRange = true;
    bool chunked = false;         // Transfer-Encoding: chunked instead of Content-Length
    qint64 pieceBytes = 0;        // write the body in pieces of this size (chunks when chunked)
    int delayMs = 0;              // wait this long before answering
    int bytesPerSecond = 0;       // pace the body; 0: as fast as the socket takes it
    qint64 cutAfterBytes = -1;    // close the connection after this many body bytes
    qint64 stallAfterBytes = -1;  // send this many body bytes, then nothing, keeping it open
    qint64 lieContentLength = -1; // announce this Content-Length, send the real body, close
    bool neverRespond = false;    // read the request and stay silent
    QList<QPair<QByteArray, QByteArray>> extraHeaders;
    // When set, the route that answers is the one this returns for the request (its headers,
    // query), e.g. to check a signature. Runs on the server thread.
    std::function<Route(const RecordedRequest&)> respond;

    static Route text(QByteArray body, QByteArray contentType = "text/plain; charset=utf-8");
    static Route redirect(int status, QByteArray location);
    static Route error(int status);
    // A body of size bytes of patternBytes(); -1 for an endless one.
    static Route generated(qint64 size, QByteArray contentType = "application/octet-stream");
};

// The deterministic bytes of Route::generated(), so that a test can check any slice.
QByteArray patternBytes(qint64 offset, qint64 length);

struct RecordedRequest
{
    QByteArray method;
    QString path;      // percent-decoded, without the query
    QByteArray target; // as sent
    HttpHeaders headers;
    QByteArray body;
    int connection = 0;     // which TCP connection it came on, from 1
    int status = 0;         // the status answered; 0 while none
    qint64 receivedMs = 0;  // TestHttpServer::nowMs() when the request was complete
    qint64 finishedMs = -1; // when the last byte of the response left; -1 if it never did

    QByteArray header(QByteArrayView name) const { return headerValue(headers, name); }
};

class TestHttpServer : public QObject
{
    Q_OBJECT

public:
    // Any 127.x.y.z address works on Linux: several servers on distinct addresses act as
    // distinct hosts.
    explicit TestHttpServer(const QHostAddress& address = QHostAddress::LocalHost,
                            QObject* parent = nullptr);
    ~TestHttpServer() override;

    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QHostAddress address() const { return m_address; }
    // "http://127.0.0.1:<port>" + path; path may hold a query.
    QUrl url(const QString& path) const;

    // A route answers requests whose target (with query) or path (without) equals path.
    void setRoute(const QString& path, Route route);
    // The n-th request gets responses[n]; the last one repeats.
    void setRouteSequence(const QString& path, QList<Route> responses);
    // Streams file with its size and modification time as ETag and Last-Modified.
    void serveFile(const QString& path, const QString& file, QByteArray contentType);
    void removeRoute(const QString& path);

    int requestCount(const QString& path) const;
    QList<RecordedRequest> requests() const;
    QList<RecordedRequest> requests(const QString& path) const;
    int connectionCount() const;
    void clearRequests();

    // The monotonic clock of RecordedRequest times, in milliseconds.
    static qint64 nowMs();

    struct Shared;
    class Worker;

private:
    QHostAddress m_address;
    quint16 m_port = 0;
    std::shared_ptr<Shared> m_shared;
    QThread* m_thread = nullptr;
    Worker* m_worker = nullptr;
};

} // namespace ondes::test
