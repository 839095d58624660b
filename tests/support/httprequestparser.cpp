#include "support/httprequestparser.h"

#include <QUrl>

namespace ondes::test {

namespace {

constexpr qsizetype maxHeaderBytes = 64 * 1024;
constexpr qsizetype maxBodyBytes = 16 * 1024 * 1024;

} // namespace

QByteArray headerValue(const HttpHeaders& headers, QByteArrayView name)
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString HttpRequest::path() const
{
    const qsizetype query = target.indexOf('?');
    return QUrl::fromPercentEncoding(query < 0 ? target : target.left(query));
}

bool HttpRequest::keepAlive() const
{
    const QByteArray connection = header("Connection").toLower();
    if (version == "HTTP/1.0")
        return connection.contains("keep-alive");
    return !connection.contains("close");
}

HttpRequestParser::State HttpRequestParser::parse()
{
    // A method starts with a capital letter; anything else (a TLS ClientHello) is no HTTP/1.
    if (!m_buffer.isEmpty() && (m_buffer[0] < 'A' || m_buffer[0] > 'Z')) {
        m_error = QStringLiteral("not an HTTP/1 request");
        return State::Error;
    }
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (m_buffer.size() <= maxHeaderBytes)
            return State::NeedMore;
        m_error = QStringLiteral("request head larger than %1 bytes").arg(maxHeaderBytes);
        return State::Error;
    }

    HttpRequest request;
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        m_error = QStringLiteral("bad request line: ") + QString::fromLatin1(lines.value(0));
        return State::Error;
    }
    request.method = requestLine[0];
    request.target = requestLine[1];
    request.version = requestLine[2];
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            m_error = QStringLiteral("bad header line: ") + QString::fromLatin1(line);
            return State::Error;
        }
        request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }

    if (!request.header("Transfer-Encoding").isEmpty()) {
        m_error = QStringLiteral("chunked request bodies are not supported");
        return State::Error;
    }
    qint64 bodyLength = 0;
    if (const QByteArray length = request.header("Content-Length"); !length.isEmpty()) {
        bool ok = false;
        bodyLength = length.toLongLong(&ok);
        if (!ok || bodyLength < 0 || bodyLength > maxBodyBytes) {
            m_error = QStringLiteral("bad Content-Length: ") + QString::fromLatin1(length);
            return State::Error;
        }
    }
    const qsizetype bodyStart = headEnd + 4;
    if (m_buffer.size() - bodyStart < bodyLength)
        return State::NeedMore;

    request.body = m_buffer.mid(bodyStart, bodyLength);
    m_buffer.remove(0, bodyStart + bodyLength);
    m_request = std::move(request);
    return State::Complete;
}

} // namespace ondes::test
