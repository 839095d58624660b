#include "support/httpformat.h"

#include <QList>
#include <QLocale>

#include <array>

namespace ondes::test {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 410:
        return "Gone";
    case 416:
        return "Range Not Satisfiable";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray httpDate(const QDateTime& time)
{
    return QLocale::c()
        .toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

QDateTime parseHttpDate(QByteArrayView text)
{
    // Drop the weekday: it is redundant, and Qt would check it against a two-digit RFC 850 year
    // read in the wrong century.
    QString value = QString::fromLatin1(text).simplified();
    const qsizetype comma = value.indexOf(u',');
    value = comma >= 0 ? value.mid(comma + 1).trimmed() : value.section(u' ', 1);
    static const std::array formats = {
        QStringLiteral("dd MMM yyyy hh:mm:ss 'GMT'"), // IMF-fixdate
        QStringLiteral("dd-MMM-yy hh:mm:ss 'GMT'"),   // RFC 850
        QStringLiteral("MMM d hh:mm:ss yyyy"),        // asctime
    };
    for (const QString& format : formats) {
        QDateTime time = QLocale::c().toDateTime(value, format);
        if (time.isValid()) {
            if (time.date().year() < 1970)
                time = time.addYears(100);
            time.setTimeSpec(Qt::UTC);
            return time;
        }
    }
    return {};
}

namespace {

bool parseDigits(QByteArrayView text, qint64* value)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    qint64 result = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
        result = result * 10 + (c - '0');
    }
    *value = result;
    return true;
}

} // namespace

ByteRangeRequest parseRange(QByteArrayView header, qint64 size)
{
    ByteRangeRequest range;
    const QByteArray value = header.toByteArray().trimmed();
    if (!value.toLower().startsWith("bytes=") || value.contains(','))
        return range;
    const QByteArray spec = value.mid(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return range;
    const QByteArrayView firstText = QByteArrayView(spec).first(dash);
    const QByteArrayView lastText = QByteArrayView(spec).sliced(dash + 1);
    qint64 first = 0;
    qint64 last = 0;
    if (firstText.isEmpty()) { // suffix: the last n bytes
        if (!parseDigits(lastText, &last))
            return range;
        if (last == 0 || size == 0) {
            range.kind = ByteRangeRequest::Unsatisfiable;
            return range;
        }
        range.kind = ByteRangeRequest::Satisfiable;
        range.first = qMax<qint64>(0, size - last);
        range.last = size - 1;
        return range;
    }
    if (!parseDigits(firstText, &first))
        return range;
    if (lastText.isEmpty())
        last = size - 1;
    else if (!parseDigits(lastText, &last) || last < first)
        return range;
    if (first >= size) {
        range.kind = ByteRangeRequest::Unsatisfiable;
        return range;
    }
    range.kind = ByteRangeRequest::Satisfiable;
    range.first = first;
    range.last = qMin(last, size - 1);
    return range;
}

QByteArray quotedEtag(const QByteArray& etag)
{
    if (etag.isEmpty() || etag.startsWith('"') || etag.startsWith("W/"))
        return etag;
    return '"' + etag + '"';
}

bool noneMatchHits(QByteArrayView ifNoneMatch, const QByteArray& etag)
{
    if (etag.isEmpty())
        return false;
    const auto opaque = [](QByteArray tag) {
        tag = tag.trimmed();
        return tag.startsWith("W/") ? tag.mid(2) : tag;
    };
    const QByteArray ours = opaque(quotedEtag(etag));
    const QList<QByteArray> candidates = ifNoneMatch.toByteArray().split(',');
    for (const QByteArray& candidate : candidates) {
        if (candidate.trimmed() == "*" || opaque(candidate) == ours)
            return true;
    }
    return false;
}

bool strongEtagEquals(QByteArrayView a, QByteArrayView b)
{
    return !a.startsWith("W/") && !b.startsWith("W/") && a.trimmed() == b.trimmed();
}

namespace {

quint32 crc32(QByteArrayView data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

void appendLittleEndian32(QByteArray& out, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        out.append(char((value >> (8 * i)) & 0xFF));
}

} // namespace

QByteArray gzipCompress(QByteArrayView data)
{
    // qCompress gives a 4-byte length, then a zlib stream: a 2-byte header, raw deflate and an
    // Adler-32. gzip wants the raw deflate between its own header and trailer.
    QByteArray deflate;
    if (data.isEmpty()) {
        deflate = QByteArray("\x03\x00", 2); // an empty final fixed-Huffman block
    } else {
        const QByteArray zlib =
            qCompress(reinterpret_cast<const uchar*>(data.data()), qsizetype(data.size()), 6);
        deflate = zlib.mid(6, zlib.size() - 10);
    }
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10);
    out.append(deflate);
    appendLittleEndian32(out, crc32(data));
    appendLittleEndian32(out, quint32(data.size()));
    return out;
}

bool acceptsGzip(QByteArrayView acceptEncoding)
{
    const QList<QByteArray> codings = acceptEncoding.toByteArray().toLower().split(',');
    for (const QByteArray& coding : codings) {
        const QList<QByteArray> parts = coding.split(';');
        const QByteArray name = parts.value(0).trimmed();
        if (name != "gzip" && name != "x-gzip" && name != "*")
            continue;
        const QByteArray q = parts.value(1).trimmed();
        return !(q.startsWith("q=") && q.mid(2).toDouble() == 0.0);
    }
    return false;
}

} // namespace ondes::test
