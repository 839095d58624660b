#pragma once

// Apple Podcasts, through the public iTunes Search API (https://itunes.apple.com):
//  - search: GET /search?term=…&media=podcast&entity=podcast&country=CC&limit=N, whose results
//    carry feedUrl, collectionName, artistName, artworkUrl600, genres, trackCount, releaseDate;
//  - top shows of a country (and genre): the iTunes RSS chart in JSON,
//    GET /CC/rss/toppodcasts/limit=N[/genre=ID]/json (feed.entry: im:name, im:artist, id's
//    im:id), whose entries have no feed address: GET /lookup?id=ID,ID,… gives them.
// No key is needed.

#include "discovery/directoryprovider.h"

namespace ondes {

class AppleDirectory : public DirectoryProvider
{
    Q_OBJECT

public:
    static QUrl defaultBaseUrl() { return QUrl(QStringLiteral("https://itunes.apple.com")); }

    using DirectoryProvider::DirectoryProvider;

    QString id() const override { return QStringLiteral("apple"); }
    QString displayName() const override { return QStringLiteral("Apple Podcasts"); }
    bool hasCategories() const override { return true; }
    bool supports(DirectoryQuery::Kind kind) const override;

protected:
    void run(const DirectoryQuery& query) override;

private:
    void lookUpChart(const QJsonDocument& chart, int limit);
    static DirectoryShow showOf(const QJsonObject& result);
};

} // namespace ondes
