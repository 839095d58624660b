#include "sync/syncserverpolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace ondes::syncserverpolicy {

bool isLoopback(const QUrl& server)
{
    const QString host = server.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString refusal(const QUrl& server, bool allowPlainHttp)
{
    const QString scheme = server.scheme().toLower();
    if (!server.isValid() || server.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return QCoreApplication::translate("SyncServerPolicy",
                                           "The sync server's address must start with https:// "
                                           "(for example https://gpodder.net).");
    if (scheme == QLatin1String("http") && !allowPlainHttp && !isLoopback(server))
        return QCoreApplication::translate(
                   "SyncServerPolicy",
                   "%1 uses plain HTTP: the password and what you listen to would travel "
                   "unencrypted. Use https://, or allow plain HTTP for this server.")
            .arg(server.host());
    return {};
}

} // namespace ondes::syncserverpolicy
