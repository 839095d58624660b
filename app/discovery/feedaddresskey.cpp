#include "discovery/feedaddresskey.h"

#include <QUrl>

namespace ondes {

QString feedAddressKey(const QString& feedUrl)
{
    const QUrl url(feedUrl.trimmed());
    if (!url.isValid() || url.host().isEmpty())
        return feedUrl.trimmed();
    const QString scheme = url.scheme().toLower();
    int port = url.port();
    if ((scheme == QLatin1String("http") && port == 80) ||
        (scheme == QLatin1String("https") && port == 443))
        port = -1;
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    QString key = url.host(QUrl::FullyEncoded).toLower();
    if (port >= 0)
        key += QLatin1Char(':') + QString::number(port);
    key += path;
    if (url.hasQuery())
        key += QLatin1Char('?') + url.query(QUrl::FullyEncoded);
    return key;
}

} // namespace ondes
