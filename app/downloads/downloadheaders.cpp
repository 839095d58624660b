#include "downloads/downloadheaders.h"

namespace ondes {

namespace {

bool readNumber(QByteArrayView text, qint64* value)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    qint64 number = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
        number = number * 10 + (c - '0');
    }
    *value = number;
    return true;
}

bool isWeak(QByteArrayView etag)
{
    return etag.startsWith("W/");
}

} // namespace

ContentRange parseContentRange(QByteArrayView header)
{
    ContentRange range;
    const QByteArrayView text = header.trimmed();
    if (!text.startsWith("bytes "))
        return range;
    const QByteArrayView spec = text.sliced(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    const qsizetype slash = spec.indexOf('/');
    if (dash <= 0 || slash <= dash + 1)
        return range;
    qint64 first = 0;
    qint64 last = 0;
    if (!readNumber(spec.first(dash), &first) ||
        !readNumber(spec.sliced(dash + 1, slash - dash - 1), &last) || last < first)
        return range;
    const QByteArrayView size = spec.sliced(slash + 1);
    qint64 total = -1;
    if (size != "*" && (!readNumber(size, &total) || last >= total))
        return range;
    range.valid = true;
    range.first = first;
    range.last = last;
    range.total = total;
    return range;
}

bool strongEtagEquals(QByteArrayView a, QByteArrayView b)
{
    return !a.isEmpty() && !isWeak(a) && !isWeak(b) && a == b;
}

QByteArray ifRangeValidator(const QByteArray& etag, const QString& lastModified)
{
    if (!etag.isEmpty() && !isWeak(etag))
        return etag;
    if (!lastModified.isEmpty())
        return lastModified.toLatin1();
    return {};
}

BodyPlacement placeBody(const BodyAnswer& answer, qint64 expectedStart, bool rangeSent,
                        qint64 knownTotal, const QByteArray& knownEtag)
{
    BodyPlacement placement;
    if (answer.status == 200) {
        placement.accepted = true;
        placement.total = answer.contentLength;
        return placement;
    }
    if (answer.status != 206)
        return placement;
    const ContentRange range = parseContentRange(answer.contentRange);
    const bool sameTotal = knownTotal < 0 || range.total < 0 || range.total == knownTotal;
    const bool sameVersion = !rangeSent || answer.etag.isEmpty() || knownEtag.isEmpty() ||
                             strongEtagEquals(answer.etag, knownEtag);
    if (!range.valid || range.first != expectedStart || !sameTotal || !sameVersion)
        return placement;
    placement.accepted = true;
    placement.start = range.first;
    placement.total = range.total;
    return placement;
}

} // namespace ondes
