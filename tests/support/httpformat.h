#pragma once

// Pieces of HTTP the loopback test server needs to get exactly right: dates, byte ranges,
// entity tags, gzip bodies and status lines.

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>

namespace ondes::test {

QByteArray reasonPhrase(int status);

// IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
QByteArray httpDate(const QDateTime& time);
// Reads IMF-fixdate, RFC 850 and asctime dates; invalid when it is none of them.
QDateTime parseHttpDate(QByteArrayView text);

struct ByteRangeRequest
{
    enum Kind {
        Ignore,        // absent, malformed or several ranges: serve the whole body
        Satisfiable,   // serve [first, last] with 206
        Unsatisfiable, // 416
    };
    Kind kind = Ignore;
    qint64 first = 0;
    qint64 last = -1;
};
// Interprets a Range header ("bytes=a-b", "bytes=a-", "bytes=-n") against a body of size bytes.
ByteRangeRequest parseRange(QByteArrayView header, qint64 size);

// The entity tag as it goes on the wire: quoted unless it already is (or is weak).
QByteArray quotedEtag(const QByteArray& etag);
// If-None-Match: weak comparison against a list of tags or "*".
bool noneMatchHits(QByteArrayView ifNoneMatch, const QByteArray& etag);
// If-Range with an entity tag: strong comparison.
bool strongEtagEquals(QByteArrayView a, QByteArrayView b);

// A gzip member (RFC 1952) holding data.
QByteArray gzipCompress(QByteArrayView data);
// Whether an Accept-Encoding header accepts gzip.
bool acceptsGzip(QByteArrayView acceptEncoding);

} // namespace ondes::test
