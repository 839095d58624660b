#include "net/httpretry.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

#include <algorithm>

namespace ondes {

bool isRetryableStatus(int status)
{
    return status >= 500 || status == 408 || status == 429;
}

int parseRetryAfter(QByteArrayView header, int capMs)
{
    const QByteArrayView text = header.trimmed();
    if (text.isEmpty())
        return -1;
    qint64 seconds = 0;
    const bool digits = text.size() <= 18 && std::all_of(text.begin(), text.end(), [](char c) {
                            return c >= '0' && c <= '9';
                        });
    if (digits) {
        seconds = text.toLongLong();
    } else {
        // IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT"; other old forms are not worth it.
        QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(text),
                                                 QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        if (!when.isValid())
            return -1;
        when.setTimeSpec(Qt::UTC);
        seconds = qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when));
    }
    return int(qMin<qint64>(qint64(capMs), seconds * 1000));
}

int retryDelay(int retry, int base, int cap, int retryAfterMs)
{
    const int shift = qBound(0, retry - 1, 20);
    const int delay = int(qMin(qint64(cap), qint64(base) << shift));
    return retryAfterMs > delay ? qMin(retryAfterMs, cap) : delay;
}

} // namespace ondes
