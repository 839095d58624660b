#pragma once

// Incremental parser for the HTTP/1.x requests the loopback test server receives: request line,
// headers and a Content-Length body. Pipelined requests stay in the buffer for the next call.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

namespace ondes::test {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// The value of the first header called name (case-insensitive); empty when there is none.
QByteArray headerValue(const HttpHeaders& headers, QByteArrayView name);

struct HttpRequest
{
    QByteArray method;  // "GET"
    QByteArray target;  // as sent: "/path?query"
    QByteArray version; // "HTTP/1.1"
    HttpHeaders headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const { return headerValue(headers, name); }
    // The path without the query, percent-decoded.
    QString path() const;
    // Whether the client wants the connection kept open after the response.
    bool keepAlive() const;
};

class HttpRequestParser
{
public:
    enum class State { NeedMore, Complete, Error };

    void addData(QByteArrayView data) { m_buffer.append(data); }
    // Tries to take the next whole request out of the buffer.
    State parse();
    // The request parse() completed; valid until the next parse().
    HttpRequest takeRequest() { return std::move(m_request); }
    QString error() const { return m_error; }

private:
    QByteArray m_buffer;
    HttpRequest m_request;
    QString m_error;
};

} // namespace ondes::test
