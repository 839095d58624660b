#pragma once

// The few HTTP rules a resumable download depends on: reading Content-Range, comparing entity
// tags strongly and picking the If-Range validator. Which statuses to retry after how long
// (Retry-After included) is in net/httpretry.h, shared with every request.

#include "net/httpretry.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace ondes {

struct ContentRange
{
    bool valid = false;
    qint64 first = -1;
    qint64 last = -1;
    qint64 total = -1; // -1 for "*"
};

// "bytes 100-199/1000" or "bytes 100-199/*"; anything else (including "bytes */1000") is not
// valid.
ContentRange parseContentRange(QByteArrayView header);

// Strong comparison (RFC 9110, 8.8.3.2): equal, and neither is weak.
bool strongEtagEquals(QByteArrayView a, QByteArrayView b);

// What to send as If-Range: a strong ETag, else the Last-Modified date; empty when neither is
// usable (then a partial file cannot safely be continued).
QByteArray ifRangeValidator(const QByteArray& etag, const QString& lastModified);

// What a 200 or 206 answer says about its body.
struct BodyAnswer
{
    int status = 0;
    QByteArray contentRange;
    qint64 contentLength = -1; // -1 when not given
    QByteArray etag;
};
// Where that body goes in the .part: accepted from start, the whole file being total bytes (-1
// when unknown); not accepted: ask again without Range.
struct BodyPlacement
{
    bool accepted = false;
    qint64 start = 0;
    qint64 total = -1;
};
// A 200 is the whole file from 0. A 206 continues the .part only when its Content-Range is valid
// and starts at expectedStart, its total is knownTotal (when both are known), and — when Range
// was sent — its ETag (if any) equals knownEtag (if any) strongly: a server that ignored If-Range
// and sent a range of another version is not believed.
BodyPlacement placeBody(const BodyAnswer& answer, qint64 expectedStart, bool rangeSent,
                        qint64 knownTotal, const QByteArray& knownEtag);

} // namespace ondes
