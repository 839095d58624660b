#include "sync/syncjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace ondes::syncjson {

namespace {

QJsonDocument parseDocument(const QByteArray& body, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (document.isNull() && error)
        *error = QCoreApplication::translate("SyncJson", "The server's answer is not JSON: %1")
                     .arg(parseError.errorString());
    return document;
}

QString notExpected()
{
    return QCoreApplication::translate("SyncJson", "The server's answer is not what the sync "
                                                   "protocol describes.");
}

int optionalInt(const QJsonObject& object, const QString& key)
{
    const QJsonValue value = object.value(key);
    return value.isDouble() ? value.toInt(-1) : -1;
}

QStringList acceptedAddresses(const QJsonValue& value, int* rejected)
{
    QStringList addresses;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array) {
        if (isAcceptedAddress(item.toString()))
            addresses << item.toString();
        else if (rejected)
            ++*rejected;
    }
    return addresses;
}

} // namespace

QString isoTimestamp(qint64 unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

qint64 parseTimestamp(const QJsonValue& value)
{
    if (value.isDouble())
        return qint64(value.toDouble());
    QString text = value.toString().trimmed();
    if (text.isEmpty())
        return 0;
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return 0;
    // No zone written: the protocols mean UTC.
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toSecsSinceEpoch();
}

bool isAcceptedAddress(const QString& address)
{
    const QUrl url(address, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() &&
           (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

QJsonObject actionToJson(const EpisodeAction& action, const QString& device)
{
    QJsonObject object{{QStringLiteral("podcast"), action.podcast},
                       {QStringLiteral("episode"), action.episode},
                       {QStringLiteral("action"), action.action},
                       {QStringLiteral("timestamp"), isoTimestamp(action.timestamp)}};
    if (!action.guid.isEmpty())
        object.insert(QStringLiteral("guid"), action.guid);
    if (!device.isEmpty())
        object.insert(QStringLiteral("device"), device);
    if (action.action == QLatin1String("play")) {
        object.insert(QStringLiteral("started"), qMax(0, action.started));
        object.insert(QStringLiteral("position"), qMax(0, action.position));
        if (action.total > 0)
            object.insert(QStringLiteral("total"), action.total);
    }
    return object;
}

QByteArray actionsToJson(const QList<EpisodeAction>& actions, const QString& device)
{
    QJsonArray array;
    for (const EpisodeAction& action : actions)
        array.append(actionToJson(action, device));
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QByteArray subscriptionChangesToJson(const QStringList& add, const QStringList& remove)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("add"), QJsonArray::fromStringList(add)},
                           {QStringLiteral("remove"), QJsonArray::fromStringList(remove)}})
        .toJson(QJsonDocument::Compact);
}

std::optional<SubscriptionChanges> parseSubscriptionChanges(const QByteArray& body, QString* error,
                                                            int* rejected)
{
    const QJsonDocument document = parseDocument(body, error);
    if (document.isNull())
        return std::nullopt;
    const QJsonObject object = document.object();
    if (!document.isObject() || !object.value(QStringLiteral("add")).isArray() ||
        !object.value(QStringLiteral("remove")).isArray()) {
        if (error)
            *error = notExpected();
        return std::nullopt;
    }
    SubscriptionChanges changes;
    changes.add = acceptedAddresses(object.value(QStringLiteral("add")), rejected);
    changes.remove = acceptedAddresses(object.value(QStringLiteral("remove")), rejected);
    changes.timestamp = parseTimestamp(object.value(QStringLiteral("timestamp")));
    return changes;
}

std::optional<RemoteEpisodeActions> parseEpisodeActions(const QByteArray& body, QString* error,
                                                        int* rejected)
{
    const QJsonDocument document = parseDocument(body, error);
    if (document.isNull())
        return std::nullopt;
    const QJsonObject object = document.object();
    if (!document.isObject() || !object.value(QStringLiteral("actions")).isArray()) {
        if (error)
            *error = notExpected();
        return std::nullopt;
    }
    RemoteEpisodeActions result;
    result.timestamp = parseTimestamp(object.value(QStringLiteral("timestamp")));
    const QJsonArray actions = object.value(QStringLiteral("actions")).toArray();
    result.actions.reserve(actions.size());
    for (const QJsonValue& item : actions) {
        const QJsonObject o = item.toObject();
        EpisodeAction action;
        action.podcast = o.value(QStringLiteral("podcast")).toString();
        action.episode = o.value(QStringLiteral("episode")).toString();
        action.guid = o.value(QStringLiteral("guid")).toString();
        action.action = o.value(QStringLiteral("action")).toString().toLower();
        action.timestamp = parseTimestamp(o.value(QStringLiteral("timestamp")));
        action.started = optionalInt(o, QStringLiteral("started"));
        action.position = optionalInt(o, QStringLiteral("position"));
        action.total = optionalInt(o, QStringLiteral("total"));
        action.device = o.value(QStringLiteral("device")).toString();
        if (!isAcceptedAddress(action.podcast) || !isAcceptedAddress(action.episode) ||
            action.action.isEmpty()) {
            if (rejected)
                ++*rejected;
            continue;
        }
        result.actions << action;
    }
    return result;
}

std::optional<UploadResult> parseUploadResult(const QByteArray& body, QString* error)
{
    UploadResult result;
    if (body.trimmed().isEmpty())
        return result;
    const QJsonDocument document = parseDocument(body, error);
    if (document.isNull())
        return std::nullopt;
    const QJsonObject object = document.object();
    result.timestamp = parseTimestamp(object.value(QStringLiteral("timestamp")));
    const QJsonArray rewrites = object.value(QStringLiteral("update_urls")).toArray();
    for (const QJsonValue& pair : rewrites) {
        const QJsonArray both = pair.toArray();
        const QString from = both.at(0).toString();
        const QString to = both.at(1).toString();
        // An empty new address means the server could not use the old one: nothing to map.
        if (both.size() == 2 && from != to && isAcceptedAddress(to))
            result.updateUrls << qMakePair(from, to);
    }
    return result;
}

} // namespace ondes::syncjson
