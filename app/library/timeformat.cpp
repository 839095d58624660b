#include "library/timeformat.h"

namespace ondes {

QString formatClock(qint64 seconds, const QString& placeholder)
{
    if (seconds <= 0)
        return placeholder;
    const qint64 h = seconds / 3600, m = (seconds / 60) % 60, s = seconds % 60;
    const QLatin1Char zero('0');
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, zero).arg(s, 2, 10, zero);
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, zero);
}

} // namespace ondes
