#include "discovery/fyyddirectory.h"

#include "discovery/directoryjson.h"

namespace ondes {

namespace json = directoryjson;

bool FyydDirectory::supports(DirectoryQuery::Kind kind) const
{
    return kind == DirectoryQuery::Kind::Search || kind == DirectoryQuery::Kind::Top;
}

void FyydDirectory::run(const DirectoryQuery& query)
{
    const int limit = qBound(1, query.limit, 100);
    QString path;
    QUrlQuery parameters;
    if (query.kind == DirectoryQuery::Kind::Top) {
        path = QStringLiteral("/0.2/feature/podcast/hot");
        if (!query.language.isEmpty())
            parameters.addQueryItem(QStringLiteral("language"), query.language);
        if (!query.category.isEmpty())
            parameters.addQueryItem(QStringLiteral("category_id"), query.category);
    } else {
        path = QStringLiteral("/0.2/search/podcast");
        parameters.addQueryItem(query.titleOnly ? QStringLiteral("title") : QStringLiteral("term"),
                                query.term);
    }
    parameters.addQueryItem(QStringLiteral("count"), QString::number(limit));
    fetchJson(path, parameters, [this, limit](const QJsonDocument& document) {
        const QJsonObject root = document.object();
        if (json::integer(root, QLatin1String("status"), 1) == 0) {
            const QString message = json::text(root, QLatin1String("msg"));
            fail(tr("fyyd refused the request: %1")
                     .arg(message.isEmpty() ? tr("no reason given") : message));
            return;
        }
        const QJsonValue data = root.value(QLatin1String("data"));
        if (!document.isObject() || !(data.isArray() || data.isNull() || data.isUndefined())) {
            failUnreadable(tr("no list of podcasts"));
            return;
        }
        DirectoryAnswer answer;
        for (const QJsonValue& value : data.toArray()) {
            const QJsonObject podcast = value.toObject();
            DirectoryShow show;
            show.feedUrl = json::webAddress(json::text(podcast, QLatin1String("xmlURL")));
            if (show.feedUrl.isEmpty() || answer.shows.size() >= limit)
                continue;
            show.title = json::text(podcast, QLatin1String("title"));
            show.author = json::text(podcast, QLatin1String("author"));
            show.description = json::text(podcast, QLatin1String("description"));
            show.artworkUrl = json::webAddress(json::text(podcast, QLatin1String("imgURL")));
            if (show.artworkUrl.isEmpty())
                show.artworkUrl =
                    json::webAddress(json::text(podcast, QLatin1String("layoutImageURL")));
            show.link = json::webAddress(json::text(podcast, QLatin1String("htmlURL")));
            show.language = json::text(podcast, QLatin1String("language"));
            show.lastEpisodeAt = json::dateSeconds(json::text(podcast, QLatin1String("lastpub")));
            const qint64 count = json::integer(podcast, QLatin1String("episode_count"));
            show.episodeCount = count >= 0 && count < (1 << 30) ? int(count) : -1;
            answer.shows.append(std::move(show));
        }
        succeed(std::move(answer));
    });
}

} // namespace ondes
