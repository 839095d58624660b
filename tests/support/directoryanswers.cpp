#include "support/directoryanswers.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ondes::test {

namespace {

QByteArray compact(const QJsonValue& value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

QJsonObject labelled(const QString& text)
{
    return QJsonObject{{QStringLiteral("label"), text}};
}

} // namespace

QList<DirectoryEntry> directoryEntries(int count, const QString& prefix, const QString& feedBase)
{
    QList<DirectoryEntry> entries;
    for (int i = 1; i <= count; ++i) {
        DirectoryEntry entry;
        entry.id = 1000 + i;
        entry.feedUrl = feedBase + QStringLiteral("/feed/%1.xml").arg(i);
        entry.title = QStringLiteral("%1 %2").arg(prefix).arg(i);
        entry.author = QStringLiteral("Author %1").arg(i);
        entry.description = QStringLiteral("About %1 %2, week after week.").arg(prefix).arg(i);
        entries.append(entry);
    }
    return entries;
}

QByteArray appleSearchAnswer(const QList<DirectoryEntry>& entries)
{
    QJsonArray results;
    for (const DirectoryEntry& entry : entries) {
        results.append(QJsonObject{
            {QStringLiteral("wrapperType"), QStringLiteral("track")},
            {QStringLiteral("kind"), QStringLiteral("podcast")},
            {QStringLiteral("collectionId"), entry.id},
            {QStringLiteral("trackId"), entry.id},
            {QStringLiteral("artistName"), entry.author},
            {QStringLiteral("collectionName"), entry.title},
            {QStringLiteral("trackName"), entry.title},
            {QStringLiteral("feedUrl"), entry.feedUrl},
            {QStringLiteral("artworkUrl100"),
             QStringLiteral("https://is1.example/%1/100x100.jpg").arg(entry.id)},
            {QStringLiteral("artworkUrl600"),
             entry.artworkUrl.isEmpty()
                 ? QStringLiteral("https://is1.example/%1/600x600.jpg").arg(entry.id)
                 : entry.artworkUrl},
            {QStringLiteral("collectionViewUrl"),
             QStringLiteral("https://podcasts.apple.com/us/podcast/id%1").arg(entry.id)},
            {QStringLiteral("releaseDate"), QStringLiteral("2024-05-01T08:00:00Z")},
            {QStringLiteral("trackCount"), entry.episodeCount},
            {QStringLiteral("country"), QStringLiteral("USA")},
            {QStringLiteral("primaryGenreName"), QStringLiteral("News")},
            {QStringLiteral("genreIds"), QJsonArray{QStringLiteral("1489"), QStringLiteral("26")}},
            {QStringLiteral("genres"),
             QJsonArray{QStringLiteral("News"), QStringLiteral("Podcasts")}}});
    }
    return compact(QJsonObject{{QStringLiteral("resultCount"), int(entries.size())},
                               {QStringLiteral("results"), results}});
}

QByteArray appleChartAnswer(const QList<DirectoryEntry>& entries)
{
    QJsonArray list;
    for (const DirectoryEntry& entry : entries) {
        const QString page =
            QStringLiteral("https://podcasts.apple.com/us/podcast/id%1").arg(entry.id);
        list.append(QJsonObject{
            {QStringLiteral("im:name"), labelled(entry.title)},
            {QStringLiteral("im:artist"), labelled(entry.author)},
            {QStringLiteral("summary"), labelled(entry.description)},
            {QStringLiteral("im:image"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("label"), QStringLiteral("https://is1.example/55.png")},
                 {QStringLiteral("attributes"),
                  QJsonObject{{QStringLiteral("height"), QStringLiteral("55")}}}}}},
            {QStringLiteral("title"), labelled(entry.title + QStringLiteral(" - ") + entry.author)},
            {QStringLiteral("id"),
             QJsonObject{{QStringLiteral("label"), page},
                         {QStringLiteral("attributes"),
                          QJsonObject{{QStringLiteral("im:id"), QString::number(entry.id)}}}}}});
    }
    const QJsonObject feed{
        {QStringLiteral("author"),
         QJsonObject{{QStringLiteral("name"), labelled(QStringLiteral("iTunes Store"))}}},
        {QStringLiteral("entry"), list},
        {QStringLiteral("title"), labelled(QStringLiteral("iTunes Store: Top Podcasts"))}};
    return compact(QJsonObject{{QStringLiteral("feed"), feed}});
}

QByteArray podcastIndexFeedsAnswer(const QList<DirectoryEntry>& entries)
{
    QJsonArray feeds;
    for (const DirectoryEntry& entry : entries) {
        feeds.append(QJsonObject{
            {QStringLiteral("id"), entry.id},
            {QStringLiteral("title"), entry.title},
            {QStringLiteral("url"), entry.feedUrl},
            {QStringLiteral("originalUrl"), entry.feedUrl},
            {QStringLiteral("link"), QStringLiteral("https://example.org/show/%1").arg(entry.id)},
            {QStringLiteral("description"), entry.description},
            {QStringLiteral("author"), entry.author},
            {QStringLiteral("ownerName"), entry.author},
            {QStringLiteral("image"), QStringLiteral("https://example.org/%1.jpg").arg(entry.id)},
            {QStringLiteral("artwork"),
             entry.artworkUrl.isEmpty() ? QStringLiteral("https://example.org/%1.jpg").arg(entry.id)
                                        : entry.artworkUrl},
            {QStringLiteral("lastUpdateTime"), 1714550400},
            {QStringLiteral("newestItemPubdate"), 1714550400},
            {QStringLiteral("itunesId"), QJsonValue::Null},
            {QStringLiteral("language"), entry.language},
            {QStringLiteral("explicit"), false},
            {QStringLiteral("episodeCount"), entry.episodeCount},
            {QStringLiteral("categories"),
             QJsonObject{{QStringLiteral("55"), QStringLiteral("News")}}}});
    }
    return compact(
        QJsonObject{{QStringLiteral("status"), QStringLiteral("true")},
                    {QStringLiteral("feeds"), feeds},
                    {QStringLiteral("count"), int(entries.size())},
                    {QStringLiteral("description"), QStringLiteral("Found matching feeds")}});
}

QByteArray podcastIndexPersonAnswer(const QList<PersonEpisode>& episodes)
{
    QJsonArray items;
    qint64 id = 5000;
    for (const PersonEpisode& episode : episodes) {
        items.append(QJsonObject{
            {QStringLiteral("id"), ++id},
            {QStringLiteral("title"), episode.title},
            {QStringLiteral("link"), QStringLiteral("https://example.org/e/%1").arg(id)},
            {QStringLiteral("description"), QStringLiteral("An episode")},
            {QStringLiteral("guid"), QString::number(id)},
            {QStringLiteral("datePublished"), episode.datePublished},
            {QStringLiteral("enclosureUrl"), episode.enclosureUrl},
            {QStringLiteral("enclosureType"), QStringLiteral("audio/mpeg")},
            {QStringLiteral("duration"), episode.duration},
            {QStringLiteral("image"), QString()},
            {QStringLiteral("feedImage"), episode.feedImage},
            {QStringLiteral("feedId"), 42},
            {QStringLiteral("feedUrl"), episode.feedUrl},
            {QStringLiteral("feedAuthor"), QStringLiteral("Some Network")},
            {QStringLiteral("feedTitle"), episode.feedTitle},
            {QStringLiteral("feedLanguage"), QStringLiteral("en")}});
    }
    return compact(
        QJsonObject{{QStringLiteral("status"), QStringLiteral("true")},
                    {QStringLiteral("items"), items},
                    {QStringLiteral("count"), int(episodes.size())},
                    {QStringLiteral("description"), QStringLiteral("Found matching items")}});
}

QByteArray gpodderAnswer(const QList<DirectoryEntry>& entries)
{
    QJsonArray list;
    for (const DirectoryEntry& entry : entries) {
        list.append(QJsonObject{
            {QStringLiteral("url"), entry.feedUrl},
            {QStringLiteral("title"), entry.title},
            {QStringLiteral("author"), entry.author},
            {QStringLiteral("description"), entry.description},
            {QStringLiteral("subscribers"), 120},
            {QStringLiteral("logo_url"),
             entry.artworkUrl.isEmpty() ? QStringLiteral("https://example.org/%1.png").arg(entry.id)
                                        : entry.artworkUrl},
            {QStringLiteral("scaled_logo_url"),
             QStringLiteral("https://gpodder.example/logo/64/%1.jpg").arg(entry.id)},
            {QStringLiteral("website"),
             QStringLiteral("https://example.org/show/%1").arg(entry.id)},
            {QStringLiteral("mygpo_link"),
             QStringLiteral("https://gpodder.net/podcast/%1").arg(entry.id)}});
    }
    return compact(list);
}

QByteArray fyydAnswer(const QList<DirectoryEntry>& entries)
{
    QJsonArray data;
    for (const DirectoryEntry& entry : entries) {
        data.append(QJsonObject{
            {QStringLiteral("title"), entry.title},
            {QStringLiteral("id"), entry.id},
            {QStringLiteral("xmlURL"), entry.feedUrl},
            {QStringLiteral("htmlURL"),
             QStringLiteral("https://example.org/show/%1").arg(entry.id)},
            {QStringLiteral("imgURL"), QStringLiteral("https://example.org/%1.png").arg(entry.id)},
            {QStringLiteral("status"), 200},
            {QStringLiteral("slug"), QStringLiteral("show-%1").arg(entry.id)},
            {QStringLiteral("layoutImageURL"),
             QStringLiteral("https://img.fyyd.example/pd/layout/%1.jpg").arg(entry.id)},
            {QStringLiteral("language"), entry.language},
            {QStringLiteral("lastpoll"), QStringLiteral("2024-05-02 10:00:00")},
            {QStringLiteral("generator"), QStringLiteral("Podlove Podcast Publisher")},
            {QStringLiteral("categories"), QJsonArray{52}},
            {QStringLiteral("lastpub"), QStringLiteral("2024-05-01 08:00:00")},
            {QStringLiteral("rank"), 3},
            {QStringLiteral("url_fyyd"),
             QStringLiteral("https://fyyd.de/podcast/%1").arg(entry.id)},
            {QStringLiteral("description"), entry.description},
            {QStringLiteral("subtitle"), QString()},
            {QStringLiteral("author"), entry.author},
            {QStringLiteral("episode_count"), entry.episodeCount}});
    }
    const QJsonObject paging{{QStringLiteral("count"), int(entries.size())},
                             {QStringLiteral("page"), 0},
                             {QStringLiteral("first_page"), 0},
                             {QStringLiteral("last_page"), 0},
                             {QStringLiteral("next_page"), QJsonValue::Null},
                             {QStringLiteral("prev_page"), QJsonValue::Null}};
    const QJsonObject meta{
        {QStringLiteral("paging"), paging},
        {QStringLiteral("API_INFO"), QJsonObject{{QStringLiteral("API_VERSION"), 0.2}}}};
    return compact(QJsonObject{{QStringLiteral("status"), 1},
                               {QStringLiteral("msg"), QStringLiteral("ok")},
                               {QStringLiteral("meta"), meta},
                               {QStringLiteral("data"), data}});
}

Route podcastIndexSigned(const QString& key, const QString& secret, Route ok)
{
    Route route;
    route.respond = [key, secret, ok](const RecordedRequest& request) {
        const QByteArray date = request.header("X-Auth-Date");
        bool numeric = false;
        const qint64 seconds = date.toLongLong(&numeric);
        const QByteArray expected =
            QCryptographicHash::hash(QByteArray(key.toUtf8() + secret.toUtf8() + date),
                                     QCryptographicHash::Sha1)
                .toHex();
        const bool fresh = numeric && qAbs(QDateTime::currentSecsSinceEpoch() - seconds) <= 300;
        if (request.header("X-Auth-Key") == key.toUtf8() && fresh &&
            request.header("Authorization") == expected && !request.header("User-Agent").isEmpty())
            return ok;
        Route refused =
            Route::text(R"({"status":"false","description":"Authorization header doesn't match"})",
                        "application/json");
        refused.status = 401;
        return refused;
    };
    return route;
}

} // namespace ondes::test
