#pragma once

// The JSON of the sync protocols, both ways. Reading is strict about what matters and lenient
// about the rest: an action whose addresses are not http(s) is dropped (counted in `rejected`),
// an unknown field is ignored, action names are read in any case ("PLAY" from Nextcloud).

#include "sync/syncaction.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace ondes::syncjson {

// ISO 8601 in UTC without a zone, as the protocols write it: 2009-12-12T09:00:00.
QString isoTimestamp(qint64 unixSeconds);
// Reads that form, with or without a zone or fraction; also a number of seconds. 0 when bad.
qint64 parseTimestamp(const QJsonValue& value);

QJsonObject actionToJson(const EpisodeAction& action, const QString& device);
QByteArray actionsToJson(const QList<EpisodeAction>& actions, const QString& device);
QByteArray subscriptionChangesToJson(const QStringList& add, const QStringList& remove);

// nullopt with *error set when the body is not the expected JSON.
std::optional<SubscriptionChanges> parseSubscriptionChanges(const QByteArray& body, QString* error,
                                                            int* rejected);
std::optional<RemoteEpisodeActions> parseEpisodeActions(const QByteArray& body, QString* error,
                                                        int* rejected);
// An empty body is a valid answer (Nextcloud's subscription upload returns nothing).
std::optional<UploadResult> parseUploadResult(const QByteArray& body, QString* error);

// http and https addresses only: anything else a server sends is refused.
bool isAcceptedAddress(const QString& address);

} // namespace ondes::syncjson
