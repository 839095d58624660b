#pragma once

// HttpErrorText words what went wrong with an HTTP request as one translated line a user can
// read: an address that cannot be fetched, an HTTP error status, a network error.

#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

namespace ondes {

class HttpErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ondes::HttpErrorText)

public:
    // "host" or "host:port", as error lines name a server.
    static QString hostLabel(const QUrl& url);
    // Why url cannot be fetched (not http or https, no host); empty when it can.
    static QString unsupportedUrlReason(const QUrl& url);
    // "not found (HTTP 404)", "server error (HTTP 500)", …
    static QString statusMessage(int status);
    // "connection refused by host:port", "host not found: host", …; fallback (else a generic
    // line) for the errors without a better message.
    static QString networkErrorMessage(QNetworkReply::NetworkError error, const QUrl& url,
                                       const QString& fallback = {});
    // What a request stopped on purpose reports.
    static QString cancelled();
};

} // namespace ondes
