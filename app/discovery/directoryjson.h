#pragma once

// Reading the directories' JSON defensively: a field of the wrong type reads as missing, never
// as a crash or a wrong value, and a document that is not JSON is one readable reason.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ondes::directoryjson {

// The document, or nullopt with *error set ("the answer is not JSON: …").
std::optional<QJsonDocument> parse(const QByteArray& body, QString* error);

// A string field, trimmed; "" when missing or not a string.
QString text(const QJsonObject& object, QLatin1StringView key);
// A whole number given as a JSON number or a numeric string; fallback otherwise.
qint64 integer(const QJsonObject& object, QLatin1StringView key, qint64 fallback = -1);
// An object or array field; empty when missing or of another type.
QJsonObject object(const QJsonObject& object, QLatin1StringView key);
QJsonArray array(const QJsonObject& object, QLatin1StringView key);
// Apple's chart entries wrap their values: {"label": "…"}.
QString label(const QJsonObject& object, QLatin1StringView key);

// Unix seconds of an ISO 8601 date ("2024-05-01T08:00:00Z") or of fyyd's
// "2024-05-01 08:00:00" (UTC); 0 when it is neither.
qint64 dateSeconds(const QString& text);
// An http or https address, else "" (a feed address a directory gives must be fetchable).
QString webAddress(const QString& text);

} // namespace ondes::directoryjson
