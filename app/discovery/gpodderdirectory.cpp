#include "discovery/gpodderdirectory.h"

#include "discovery/directoryjson.h"

namespace ondes {

namespace json = directoryjson;

bool GpodderDirectory::supports(DirectoryQuery::Kind kind) const
{
    return kind == DirectoryQuery::Kind::Search || kind == DirectoryQuery::Kind::Top;
}

void GpodderDirectory::run(const DirectoryQuery& query)
{
    const int limit = qBound(1, query.limit, 100);
    QString path;
    QUrlQuery parameters;
    if (query.kind == DirectoryQuery::Kind::Top) {
        path = QStringLiteral("/toplist/%1.json").arg(limit);
    } else {
        path = QStringLiteral("/search.json");
        parameters.addQueryItem(QStringLiteral("q"), query.term);
    }
    fetchJson(path, parameters, [this, limit](const QJsonDocument& document) {
        if (!document.isArray()) {
            failUnreadable(tr("not a list"));
            return;
        }
        DirectoryAnswer answer;
        const QJsonArray list = document.array();
        for (const QJsonValue& value : list) {
            const QJsonObject entry = value.toObject();
            DirectoryShow show;
            show.feedUrl = json::webAddress(json::text(entry, QLatin1String("url")));
            if (show.feedUrl.isEmpty() || answer.shows.size() >= limit)
                continue;
            show.title = json::text(entry, QLatin1String("title"));
            show.author = json::text(entry, QLatin1String("author"));
            show.description = json::text(entry, QLatin1String("description"));
            show.artworkUrl = json::webAddress(json::text(entry, QLatin1String("logo_url")));
            if (show.artworkUrl.isEmpty())
                show.artworkUrl =
                    json::webAddress(json::text(entry, QLatin1String("scaled_logo_url")));
            show.link = json::webAddress(json::text(entry, QLatin1String("website")));
            answer.shows.append(std::move(show));
        }
        succeed(std::move(answer));
    });
}

} // namespace ondes
