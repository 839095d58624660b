#pragma once

// One TCP connection of the TestHttpServer: parses requests and streams each response in chunks
// as the socket drains, so that a 500 MB body is never held in memory. Lives on the server thread.

#include "support/httprequestparser.h"
#include "support/testhttpserver.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class QFile;
class QTcpSocket;

namespace ondes::test {

// What the test thread and the server thread share, under the mutex.
struct TestHttpServer::Shared
{
    mutable QMutex mutex;
    QHash<QString, QList<Route>> routes;
    QHash<QString, int> served; // requests answered per route key, to walk sequences
    QList<RecordedRequest> requests;
    QList<quint64> requestIds; // parallel to requests
    quint64 nextId = 1;
    int connections = 0;

    // Records the request and returns the route that answers it, with the record's id.
    Route take(const HttpRequest& request, int connection, quint64* id);
    void setStatus(quint64 id, int status);
    void setFinished(quint64 id);

private:
    RecordedRequest* find(quint64 id);
};

class HttpConnection : public QObject
{
public:
    HttpConnection(QTcpSocket* socket, std::shared_ptr<TestHttpServer::Shared> shared, int number,
                   QObject* parent);
    ~HttpConnection() override;

private:
    struct Outgoing
    {
        bool active = false; // body bytes still to queue
        quint64 id = 0;
        QByteArray memory;
        std::unique_ptr<QFile> file;
        BodyGenerator generator;
        qint64 offset = 0;    // where the body starts in its source
        qint64 remaining = 0; // body bytes left to queue; -1: endless
        qint64 sent = 0;
        qint64 cutAfter = -1;
        qint64 stallAfter = -1;
        bool chunked = false;
        qint64 pieceBytes = 0;
        bool closeAfter = false;
        int bytesPerSecond = 0;
        qint64 budget = 0; // bytes allowed until the next pacing tick
    };

    void processNext();
    void respond(const HttpRequest& request, const Route& route, quint64 id);
    QByteArray readBody(qint64 position, qint64 length);
    void pump();
    void onBytesWritten();
    void complete();
    void fail(const QByteArray& status);

    QTcpSocket* m_socket;
    std::shared_ptr<TestHttpServer::Shared> m_shared;
    int m_number;
    HttpRequestParser m_parser;
    bool m_busy = false;   // a response is being prepared or sent
    bool m_silent = false; // never answer anything again on this connection
    Outgoing m_out;
    QTimer m_paceTimer;
};

} // namespace ondes::test
