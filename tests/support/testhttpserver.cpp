#include "support/testhttpserver.h"

#include "support/httpformat.h"
#include "support/testhttpconnection.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace ondes::test {

Route Route::text(QByteArray body, QByteArray contentType)
{
    Route route;
    route.body = std::move(body);
    route.contentType = std::move(contentType);
    return route;
}

Route Route::redirect(int status, QByteArray location)
{
    Route route;
    route.status = status;
    route.location = std::move(location);
    return route;
}

Route Route::error(int status)
{
    Route route = text(reasonPhrase(status) + '\n');
    route.status = status;
    return route;
}

Route Route::generated(qint64 size, QByteArray contentType)
{
    Route route;
    route.generator = &patternBytes;
    route.generatedSize = size;
    route.contentType = std::move(contentType);
    return route;
}

QByteArray patternBytes(qint64 offset, qint64 length)
{
    // A multiplicative hash of the position: no short period, so off-by-one slices differ.
    QByteArray bytes(qsizetype(length), Qt::Uninitialized);
    for (qint64 i = 0; i < length; ++i)
        bytes[qsizetype(i)] = char((quint32(offset + i) * 2654435761u) >> 24);
    return bytes;
}

Route TestHttpServer::Shared::take(const HttpRequest& request, int connection, quint64* id)
{
    RecordedRequest record;
    record.method = request.method;
    record.path = request.path();
    record.target = request.target;
    record.headers = request.headers;
    record.body = request.body;
    record.connection = connection;
    record.receivedMs = nowMs();

    Route route;
    {
        QMutexLocker lock(&mutex);
        *id = nextId++;
        requests.append(record);
        requestIds.append(*id);
        QString key = QString::fromUtf8(request.target);
        if (!routes.contains(key))
            key = record.path;
        const auto it = routes.constFind(key);
        if (it == routes.constEnd() || it->isEmpty())
            return Route::error(404);
        const int index = served[key]++;
        route = it->at(qMin(index, int(it->size()) - 1));
    }
    if (route.respond)
        return route.respond(record);
    return route;
}

RecordedRequest* TestHttpServer::Shared::find(quint64 id)
{
    for (qsizetype i = requestIds.size() - 1; i >= 0; --i) {
        if (requestIds[i] == id)
            return &requests[i];
    }
    return nullptr; // cleared meanwhile
}

void TestHttpServer::Shared::setStatus(quint64 id, int status)
{
    QMutexLocker lock(&mutex);
    if (RecordedRequest* record = find(id))
        record->status = status;
}

void TestHttpServer::Shared::setFinished(quint64 id)
{
    const qint64 now = nowMs();
    QMutexLocker lock(&mutex);
    if (RecordedRequest* record = find(id))
        record->finishedMs = now;
}

class TestHttpServer::Worker : public QTcpServer
{
public:
    explicit Worker(std::shared_ptr<Shared> shared) : m_shared(std::move(shared))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                int number = 0;
                {
                    QMutexLocker lock(&m_shared->mutex);
                    number = ++m_shared->connections;
                }
                new HttpConnection(socket, m_shared, number, this);
            }
        });
    }

private:
    std::shared_ptr<Shared> m_shared;
};

TestHttpServer::TestHttpServer(const QHostAddress& address, QObject* parent)
    : QObject(parent), m_address(address), m_shared(std::make_shared<Shared>())
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("TestHttpServer"));
    m_worker = new Worker(m_shared);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    quint16 port = 0;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, address, &port] {
            if (worker->listen(address, 0))
                port = worker->serverPort();
            else
                qWarning("TestHttpServer: cannot listen: %s", qPrintable(worker->errorString()));
        },
        Qt::BlockingQueuedConnection);
    m_port = port;
}

TestHttpServer::~TestHttpServer()
{
    m_thread->quit();
    m_thread->wait(); // the worker, its connections and their files go with the thread
}

QUrl TestHttpServer::url(const QString& path) const
{
    const QString host = m_address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + m_address.toString() + u']'
                             : m_address.toString();
    return QUrl(QString(QStringLiteral("http://") + host + u':' + QString::number(m_port) + path));
}

void TestHttpServer::setRoute(const QString& path, Route route)
{
    setRouteSequence(path, {std::move(route)});
}

void TestHttpServer::setRouteSequence(const QString& path, QList<Route> responses)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->routes.insert(path, std::move(responses));
    m_shared->served.remove(path);
}

void TestHttpServer::serveFile(const QString& path, const QString& file, QByteArray contentType)
{
    const QFileInfo info(file);
    const qint64 modified = info.lastModified().toSecsSinceEpoch();
    Route route;
    route.file = file;
    route.contentType = std::move(contentType);
    route.lastModified = QDateTime::fromSecsSinceEpoch(modified, Qt::UTC);
    route.etag = QByteArray::number(info.size()) + '-' + QByteArray::number(modified);
    setRoute(path, std::move(route));
}

void TestHttpServer::removeRoute(const QString& path)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->routes.remove(path);
    m_shared->served.remove(path);
}

int TestHttpServer::requestCount(const QString& path) const
{
    return int(requests(path).size());
}

QList<RecordedRequest> TestHttpServer::requests() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->requests;
}

QList<RecordedRequest> TestHttpServer::requests(const QString& path) const
{
    QList<RecordedRequest> matching;
    for (const RecordedRequest& request : requests()) {
        if (request.path == path || QString::fromUtf8(request.target) == path)
            matching.append(request);
    }
    return matching;
}

int TestHttpServer::connectionCount() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->connections;
}

void TestHttpServer::clearRequests()
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->requests.clear();
    m_shared->requestIds.clear();
}

qint64 TestHttpServer::nowMs()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return clock.elapsed();
}

} // namespace ondes::test
