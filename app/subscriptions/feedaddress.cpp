#include "subscriptions/feedaddress.h"

#include <QCoreApplication>
#include <QStringList>

namespace ondes {

namespace {

QUrl fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return {};
}

} // namespace

QUrl feedAddress(const QString& text, QString* error)
{
    QString address = text.trimmed();
    if (address.isEmpty())
        return fail(error, QCoreApplication::translate("ondes::FeedAddress", "no address given"));

    // feed:https://host/x and podcast://host/x are wrappers around an ordinary address.
    static const QStringList wrappers = {QStringLiteral("podcast:"), QStringLiteral("itpc:"),
                                         QStringLiteral("pcast:"), QStringLiteral("feed:")};
    for (const QString& wrapper : wrappers) {
        if (!address.startsWith(wrapper, Qt::CaseInsensitive))
            continue;
        address = address.mid(wrapper.size());
        if (address.startsWith(QLatin1String("//")))
            address = address.mid(2);
        break;
    }
    if (!address.contains(QLatin1String("://")))
        address.prepend(QLatin1String("https://"));

    QUrl url(address, QUrl::StrictMode);
    if (!url.isValid())
        url = QUrl(address, QUrl::TolerantMode);
    const QString scheme = url.scheme().toLower();
    if (url.isValid() && scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return fail(
            error, QCoreApplication::translate(
                       "ondes::FeedAddress", "%1 addresses are not supported (only http and https)")
                       .arg(url.scheme()));
    if (!url.isValid() || url.host().isEmpty())
        return fail(error,
                    QCoreApplication::translate("ondes::FeedAddress", "%1 is not a web address")
                        .arg(text.trimmed()));
    url.setScheme(scheme);
    url.setFragment({});
    return url;
}

} // namespace ondes
