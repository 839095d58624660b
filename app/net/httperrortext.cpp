#include "net/httperrortext.h"

namespace ondes {

QString HttpErrorText::hostLabel(const QUrl& url)
{
    return url.port() < 0 ? url.host() : url.host() + u':' + QString::number(url.port());
}

QString HttpErrorText::unsupportedUrlReason(const QUrl& url)
{
    if (url.isEmpty())
        return tr("no address given");
    if (!url.isValid())
        return tr("not a valid address: %1").arg(url.toString());
    const QString scheme = url.scheme().toLower();
    if (scheme.isEmpty())
        return tr("not a web address (it needs http:// or https://)");
    if (scheme != u"http" && scheme != u"https")
        return tr("unsupported address scheme \"%1:\" (only http and https)").arg(scheme);
    if (url.host().isEmpty())
        return tr("the address has no host");
    return {};
}

QString HttpErrorText::statusMessage(int status)
{
    switch (status) {
    case 400:
        return tr("bad request (HTTP %1)").arg(status);
    case 401:
        return tr("authentication required (HTTP %1)").arg(status);
    case 403:
        return tr("access denied (HTTP %1)").arg(status);
    case 404:
        return tr("not found (HTTP %1)").arg(status);
    case 410:
        return tr("gone for good (HTTP %1)").arg(status);
    case 429:
        return tr("too many requests (HTTP %1)").arg(status);
    case 500:
        return tr("server error (HTTP %1)").arg(status);
    case 502:
        return tr("bad gateway (HTTP %1)").arg(status);
    case 503:
        return tr("service unavailable (HTTP %1)").arg(status);
    case 504:
        return tr("gateway timeout (HTTP %1)").arg(status);
    default:
        break;
    }
    if (status >= 500)
        return tr("server error (HTTP %1)").arg(status);
    if (status >= 400)
        return tr("request refused (HTTP %1)").arg(status);
    return tr("unexpected answer (HTTP %1)").arg(status);
}

QString HttpErrorText::networkErrorMessage(QNetworkReply::NetworkError error, const QUrl& url,
                                           const QString& fallback)
{
    const QString host = hostLabel(url);
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("connection refused by %1").arg(host);
    case QNetworkReply::HostNotFoundError:
        return tr("host not found: %1").arg(url.host());
    case QNetworkReply::RemoteHostClosedError:
        return tr("%1 closed the connection").arg(host);
    case QNetworkReply::TimeoutError:
        return tr("timed out waiting for %1").arg(host);
    case QNetworkReply::OperationCanceledError:
        return cancelled();
    case QNetworkReply::SslHandshakeFailedError:
        return tr("secure connection to %1 failed").arg(url.host());
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return tr("the network is unavailable");
    case QNetworkReply::ProtocolUnknownError:
        return unsupportedUrlReason(url);
    default:
        break;
    }
    return fallback.isEmpty() ? tr("network error reaching %1").arg(host) : fallback;
}

QString HttpErrorText::cancelled()
{
    return tr("cancelled");
}

} // namespace ondes
