#include "sync/syncapi.h"

#include <QUrlQuery>

namespace ondes {

SyncApi::SyncApi(const SyncAccountInfo& account, QObject* parent)
    : QObject(parent), m_account(account), m_http(this)
{
    m_http.setCredentials(account.user, account.password);
}

QUrl SyncApi::endpoint(const QString& path, qint64 since) const
{
    QUrl url = m_account.server;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    if (since >= 0)
        url.setQuery(QStringLiteral("since=%1").arg(since));
    return url;
}

} // namespace ondes
