#include "discovery/directorycodec.h"

#include "discovery/directoryjson.h"

#include <QJsonArray>

namespace ondes::directorycodec {

namespace json = directoryjson;

QJsonObject toJson(const DirectoryShow& show)
{
    return QJsonObject{{QStringLiteral("feedUrl"), show.feedUrl},
                       {QStringLiteral("title"), show.title},
                       {QStringLiteral("author"), show.author},
                       {QStringLiteral("description"), show.description},
                       {QStringLiteral("artworkUrl"), show.artworkUrl},
                       {QStringLiteral("language"), show.language},
                       {QStringLiteral("link"), show.link},
                       {QStringLiteral("episodeCount"), show.episodeCount},
                       {QStringLiteral("lastEpisodeAt"), show.lastEpisodeAt},
                       {QStringLiteral("categories"), QJsonArray::fromStringList(show.categories)},
                       {QStringLiteral("providers"), QJsonArray::fromStringList(show.providers)}};
}

QJsonObject toJson(const DirectoryEpisode& episode)
{
    return QJsonObject{{QStringLiteral("title"), episode.title},
                       {QStringLiteral("description"), episode.description},
                       {QStringLiteral("enclosureUrl"), episode.enclosureUrl},
                       {QStringLiteral("link"), episode.link},
                       {QStringLiteral("publishedAt"), episode.publishedAt},
                       {QStringLiteral("durationSeconds"), episode.durationSeconds},
                       {QStringLiteral("feedUrl"), episode.feedUrl},
                       {QStringLiteral("feedTitle"), episode.feedTitle},
                       {QStringLiteral("feedAuthor"), episode.feedAuthor},
                       {QStringLiteral("artworkUrl"), episode.artworkUrl},
                       {QStringLiteral("provider"), episode.provider}};
}

namespace {

QStringList stringsOf(const QJsonArray& array)
{
    QStringList strings;
    for (const QJsonValue& value : array) {
        if (value.isString())
            strings.append(value.toString());
    }
    return strings;
}

} // namespace

DirectoryShow showFromJson(const QJsonObject& object)
{
    DirectoryShow show;
    show.feedUrl = json::text(object, QLatin1String("feedUrl"));
    show.title = json::text(object, QLatin1String("title"));
    show.author = json::text(object, QLatin1String("author"));
    show.description = json::text(object, QLatin1String("description"));
    show.artworkUrl = json::text(object, QLatin1String("artworkUrl"));
    show.language = json::text(object, QLatin1String("language"));
    show.link = json::text(object, QLatin1String("link"));
    const qint64 count = json::integer(object, QLatin1String("episodeCount"));
    show.episodeCount = count >= 0 && count < (1 << 30) ? int(count) : -1;
    show.lastEpisodeAt = qMax<qint64>(0, json::integer(object, QLatin1String("lastEpisodeAt"), 0));
    show.categories = stringsOf(json::array(object, QLatin1String("categories")));
    show.providers = stringsOf(json::array(object, QLatin1String("providers")));
    return show;
}

DirectoryEpisode episodeFromJson(const QJsonObject& object)
{
    DirectoryEpisode episode;
    episode.title = json::text(object, QLatin1String("title"));
    episode.description = json::text(object, QLatin1String("description"));
    episode.enclosureUrl = json::text(object, QLatin1String("enclosureUrl"));
    episode.link = json::text(object, QLatin1String("link"));
    episode.publishedAt = qMax<qint64>(0, json::integer(object, QLatin1String("publishedAt"), 0));
    episode.durationSeconds =
        qMax<qint64>(0, json::integer(object, QLatin1String("durationSeconds"), 0));
    episode.feedUrl = json::text(object, QLatin1String("feedUrl"));
    episode.feedTitle = json::text(object, QLatin1String("feedTitle"));
    episode.feedAuthor = json::text(object, QLatin1String("feedAuthor"));
    episode.artworkUrl = json::text(object, QLatin1String("artworkUrl"));
    episode.provider = json::text(object, QLatin1String("provider"));
    return episode;
}

} // namespace ondes::directorycodec
