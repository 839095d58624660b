#include "discovery/directoryjson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <QUrl>

namespace ondes::directoryjson {

std::optional<QJsonDocument> parse(const QByteArray& body, QString* error)
{
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error) {
            *error = QCoreApplication::translate("ondes::DirectoryProvider",
                                                 "the answer is not JSON (%1 at byte %2)")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        }
        return std::nullopt;
    }
    return document;
}

QString text(const QJsonObject& object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString().trimmed() : QString();
}

qint64 integer(const QJsonObject& object, QLatin1StringView key, qint64 fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble()) {
        const double number = value.toDouble();
        // Out of range numbers (1e300) read as missing rather than as an undefined cast.
        if (number >= -9.0e15 && number <= 9.0e15)
            return qint64(number);
        return fallback;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        return ok ? number : fallback;
    }
    return fallback;
}

QJsonObject object(const QJsonObject& object, QLatin1StringView key)
{
    return object.value(key).toObject();
}

QJsonArray array(const QJsonObject& object, QLatin1StringView key)
{
    return object.value(key).toArray();
}

QString label(const QJsonObject& object, QLatin1StringView key)
{
    return text(object.value(key).toObject(), QLatin1StringView("label"));
}

qint64 dateSeconds(const QString& text)
{
    if (text.isEmpty())
        return 0;
    QDateTime date = QDateTime::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        date = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        date.setTimeZone(QTimeZone::utc());
    }
    return date.isValid() ? date.toSecsSinceEpoch() : 0;
}

QString webAddress(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return {};
    return text;
}

} // namespace ondes::directoryjson
