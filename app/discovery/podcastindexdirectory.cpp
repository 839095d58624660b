#include "discovery/podcastindexdirectory.h"

#include "discovery/directorycategories.h"
#include "discovery/directoryjson.h"
#include "net/httpclient.h"

#include <QCryptographicHash>
#include <QDateTime>

namespace ondes {

namespace json = directoryjson;

bool PodcastIndexDirectory::isUsable() const
{
    return !m_key.isEmpty() && !m_secret.isEmpty();
}

void PodcastIndexDirectory::setCredentials(const QString& key, const QString& secret)
{
    m_key = key.trimmed();
    m_secret = secret.trimmed();
}

QByteArray PodcastIndexDirectory::signature(const QString& key, const QString& secret,
                                            const QByteArray& date)
{
    return QCryptographicHash::hash(QByteArray(key.toUtf8() + secret.toUtf8() + date),
                                    QCryptographicHash::Sha1)
        .toHex();
}

void PodcastIndexDirectory::prepare(HttpRequestOptions& options) const
{
    const QByteArray date = QByteArray::number(QDateTime::currentSecsSinceEpoch());
    options.headers.append({"X-Auth-Key", m_key.toUtf8()});
    options.headers.append({"X-Auth-Date", date});
    options.headers.append({"Authorization", signature(m_key, m_secret, date)});
}

void PodcastIndexDirectory::run(const DirectoryQuery& query)
{
    const int limit = qBound(1, query.limit, 1000);
    QUrlQuery parameters;
    parameters.addQueryItem(QStringLiteral("max"), QString::number(limit));
    QString path;
    switch (query.kind) {
    case DirectoryQuery::Kind::Search:
        path = query.titleOnly ? QStringLiteral("/api/1.0/search/bytitle")
                               : QStringLiteral("/api/1.0/search/byterm");
        parameters.addQueryItem(QStringLiteral("q"), query.term);
        break;
    case DirectoryQuery::Kind::Top:
        path = QStringLiteral("/api/1.0/podcasts/trending");
        if (!query.language.isEmpty())
            parameters.addQueryItem(QStringLiteral("lang"), query.language);
        if (!query.category.isEmpty())
            parameters.addQueryItem(QStringLiteral("cat"),
                                    DirectoryCategories::podcastIndexCategory(query.category));
        break;
    case DirectoryQuery::Kind::Person:
        path = QStringLiteral("/api/1.0/search/byperson");
        parameters.addQueryItem(QStringLiteral("q"), query.term);
        break;
    }
    const bool episodes = query.kind == DirectoryQuery::Kind::Person;
    fetchJson(path, parameters, [this, limit, episodes](const QJsonDocument& document) {
        if (refused(document))
            return;
        DirectoryAnswer answer;
        const QJsonObject root = document.object();
        if (episodes) {
            for (const QJsonValue& value : json::array(root, QLatin1String("items"))) {
                DirectoryEpisode episode = episodeOf(value.toObject());
                if (!episode.feedUrl.isEmpty() && answer.episodes.size() < limit)
                    answer.episodes.append(std::move(episode));
            }
        } else {
            for (const QJsonValue& value : json::array(root, QLatin1String("feeds"))) {
                DirectoryShow show = showOf(value.toObject());
                if (!show.feedUrl.isEmpty() && answer.shows.size() < limit)
                    answer.shows.append(std::move(show));
            }
        }
        succeed(std::move(answer));
    });
}

bool PodcastIndexDirectory::refused(const QJsonDocument& document)
{
    if (!document.isObject()) {
        failUnreadable(tr("not an object"));
        return true;
    }
    // "status": "true" (a string, as documented) or a boolean.
    const QJsonValue status = document.object().value(QLatin1String("status"));
    const bool ok =
        status.isBool() ? status.toBool() : status.toString().compare(QLatin1String("false")) != 0;
    if (ok)
        return false;
    QString why = json::text(document.object(), QLatin1String("description"));
    fail(tr("Podcast Index refused the request: %1")
             .arg(why.isEmpty() ? tr("no reason given") : why));
    return true;
}

DirectoryShow PodcastIndexDirectory::showOf(const QJsonObject& feed)
{
    DirectoryShow show;
    show.feedUrl = json::webAddress(json::text(feed, QLatin1String("url")));
    if (show.feedUrl.isEmpty())
        show.feedUrl = json::webAddress(json::text(feed, QLatin1String("originalUrl")));
    show.title = json::text(feed, QLatin1String("title"));
    show.author = json::text(feed, QLatin1String("author"));
    if (show.author.isEmpty())
        show.author = json::text(feed, QLatin1String("ownerName"));
    show.description = json::text(feed, QLatin1String("description"));
    show.artworkUrl = json::webAddress(json::text(feed, QLatin1String("artwork")));
    if (show.artworkUrl.isEmpty())
        show.artworkUrl = json::webAddress(json::text(feed, QLatin1String("image")));
    show.link = json::webAddress(json::text(feed, QLatin1String("link")));
    show.language = json::text(feed, QLatin1String("language"));
    const qint64 count = json::integer(feed, QLatin1String("episodeCount"));
    show.episodeCount = count >= 0 && count < (1 << 30) ? int(count) : -1;
    for (const char* key : {"newestItemPubdate", "newestItemPublishTime", "lastUpdateTime"}) {
        show.lastEpisodeAt = qMax<qint64>(0, json::integer(feed, QLatin1String(key), 0));
        if (show.lastEpisodeAt > 0)
            break;
    }
    const QJsonObject categories = json::object(feed, QLatin1String("categories"));
    for (auto it = categories.begin(); it != categories.end(); ++it) {
        if (it.value().isString())
            show.categories.append(it.value().toString());
    }
    return show;
}

DirectoryEpisode PodcastIndexDirectory::episodeOf(const QJsonObject& item)
{
    DirectoryEpisode episode;
    episode.title = json::text(item, QLatin1String("title"));
    episode.description = json::text(item, QLatin1String("description"));
    episode.enclosureUrl = json::webAddress(json::text(item, QLatin1String("enclosureUrl")));
    episode.link = json::webAddress(json::text(item, QLatin1String("link")));
    episode.publishedAt = qMax<qint64>(0, json::integer(item, QLatin1String("datePublished"), 0));
    episode.durationSeconds = qMax<qint64>(0, json::integer(item, QLatin1String("duration"), 0));
    episode.feedUrl = json::webAddress(json::text(item, QLatin1String("feedUrl")));
    episode.feedTitle = json::text(item, QLatin1String("feedTitle"));
    episode.feedAuthor = json::text(item, QLatin1String("feedAuthor"));
    episode.artworkUrl = json::webAddress(json::text(item, QLatin1String("image")));
    if (episode.artworkUrl.isEmpty())
        episode.artworkUrl = json::webAddress(json::text(item, QLatin1String("feedImage")));
    return episode;
}

} // namespace ondes
