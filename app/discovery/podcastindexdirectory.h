#pragma once

// Podcast Index (https://api.podcastindex.org/api/1.0), with the user's own API key and secret:
//  - search: /search/byterm?q=…&max=N, or /search/bytitle for titles only;
//  - top shows: /podcasts/trending?max=N&lang=LL[&cat=ID];
//  - a person: /search/byperson?q=…&max=N, the episodes they appear in, across shows.
// Every request is signed as the API asks: X-Auth-Key (the key), X-Auth-Date (Unix seconds),
// Authorization (the lower-case hex SHA-1 of key + secret + date) and a User-Agent.

#include "discovery/directoryprovider.h"

namespace ondes {

class PodcastIndexDirectory : public DirectoryProvider
{
    Q_OBJECT

public:
    static QUrl defaultBaseUrl() { return QUrl(QStringLiteral("https://api.podcastindex.org")); }

    using DirectoryProvider::DirectoryProvider;

    QString id() const override { return QStringLiteral("podcastindex"); }
    QString displayName() const override { return QStringLiteral("Podcast Index"); }
    bool hasCategories() const override { return true; }
    bool supports(DirectoryQuery::Kind) const override { return true; }
    bool isUsable() const override;

    void setCredentials(const QString& key, const QString& secret);
    // The names under which the key and the secret are kept in the keyring (SecretStore).
    static QString keyName() { return QStringLiteral("discovery/podcastindex-key"); }
    static QString secretName() { return QStringLiteral("discovery/podcastindex-secret"); }
    // The Authorization header for a key, a secret and an X-Auth-Date.
    static QByteArray signature(const QString& key, const QString& secret, const QByteArray& date);

protected:
    void run(const DirectoryQuery& query) override;
    void prepare(HttpRequestOptions& options) const override;

private:
    bool refused(const QJsonDocument& document);
    static DirectoryShow showOf(const QJsonObject& feed);
    static DirectoryEpisode episodeOf(const QJsonObject& item);

    QString m_key;
    QString m_secret;
};

} // namespace ondes
