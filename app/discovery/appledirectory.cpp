#include "discovery/appledirectory.h"

#include "discovery/directorycategories.h"
#include "discovery/directoryjson.h"

#include <QHash>

namespace ondes {

namespace json = directoryjson;

bool AppleDirectory::supports(DirectoryQuery::Kind kind) const
{
    return kind == DirectoryQuery::Kind::Search || kind == DirectoryQuery::Kind::Top;
}

void AppleDirectory::run(const DirectoryQuery& query)
{
    const QString country =
        query.country.isEmpty() ? QStringLiteral("us") : query.country.toLower();
    const int limit = qBound(1, query.limit, 200);
    if (query.kind == DirectoryQuery::Kind::Top) {
        QString path = QStringLiteral("/%1/rss/toppodcasts/limit=%2").arg(country).arg(limit);
        if (!query.category.isEmpty())
            path +=
                QStringLiteral("/genre=%1").arg(DirectoryCategories::appleGenre(query.category));
        fetchJson(path + QStringLiteral("/json"), {},
                  [this, limit](const QJsonDocument& chart) { lookUpChart(chart, limit); });
        return;
    }
    QUrlQuery parameters;
    parameters.addQueryItem(QStringLiteral("term"), query.term);
    parameters.addQueryItem(QStringLiteral("media"), QStringLiteral("podcast"));
    parameters.addQueryItem(QStringLiteral("entity"), QStringLiteral("podcast"));
    parameters.addQueryItem(QStringLiteral("country"), country);
    parameters.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    fetchJson(QStringLiteral("/search"), parameters, [this, limit](const QJsonDocument& document) {
        if (!document.isObject() || !document.object().value(QLatin1String("results")).isArray()) {
            failUnreadable(tr("no results list"));
            return;
        }
        DirectoryAnswer answer;
        for (const QJsonValue& value : json::array(document.object(), QLatin1String("results"))) {
            DirectoryShow show = showOf(value.toObject());
            if (!show.feedUrl.isEmpty() && answer.shows.size() < limit)
                answer.shows.append(std::move(show));
        }
        succeed(std::move(answer));
    });
}

void AppleDirectory::lookUpChart(const QJsonDocument& chart, int limit)
{
    const QJsonObject feed = json::object(chart.object(), QLatin1String("feed"));
    const QJsonValue entries = feed.value(QLatin1String("entry"));
    if (!chart.isObject() || feed.isEmpty()) {
        failUnreadable(tr("no chart"));
        return;
    }
    // A chart of one show has an object where a longer one has a list.
    const QJsonArray list = entries.isObject() ? QJsonArray{entries} : entries.toArray();
    QStringList ids;
    QHash<QString, QString> summaries;
    for (const QJsonValue& value : list) {
        const QJsonObject entry = value.toObject();
        const QJsonObject attributes =
            json::object(json::object(entry, QLatin1String("id")), QLatin1String("attributes"));
        const QString id = json::text(attributes, QLatin1String("im:id"));
        bool numeric = false;
        id.toLongLong(&numeric);
        if (numeric && ids.size() < limit && !summaries.contains(id)) {
            ids.append(id);
            summaries.insert(id, json::label(entry, QLatin1String("summary")));
        }
    }
    if (ids.isEmpty()) {
        succeed({});
        return;
    }
    QUrlQuery parameters;
    parameters.addQueryItem(QStringLiteral("id"), ids.join(QLatin1Char(',')));
    parameters.addQueryItem(QStringLiteral("entity"), QStringLiteral("podcast"));
    fetchJson(QStringLiteral("/lookup"), parameters,
              [this, ids, summaries](const QJsonDocument& document) {
                  QHash<QString, DirectoryShow> byId;
                  for (const QJsonValue& value :
                       json::array(document.object(), QLatin1String("results"))) {
                      const QJsonObject result = value.toObject();
                      const qint64 id = json::integer(result, QLatin1String("collectionId"));
                      DirectoryShow show = showOf(result);
                      if (id > 0 && !show.feedUrl.isEmpty())
                          byId.insert(QString::number(id), std::move(show));
                  }
                  DirectoryAnswer answer;
                  for (const QString& id : ids) { // in the chart's order
                      auto it = byId.find(id);
                      if (it == byId.end())
                          continue;
                      if (it->description.isEmpty())
                          it->description = summaries.value(id);
                      answer.shows.append(*it);
                  }
                  succeed(std::move(answer));
              });
}

DirectoryShow AppleDirectory::showOf(const QJsonObject& result)
{
    DirectoryShow show;
    show.feedUrl = json::webAddress(json::text(result, QLatin1String("feedUrl")));
    show.title = json::text(result, QLatin1String("collectionName"));
    if (show.title.isEmpty())
        show.title = json::text(result, QLatin1String("trackName"));
    show.author = json::text(result, QLatin1String("artistName"));
    for (const char* key : {"artworkUrl600", "artworkUrl100", "artworkUrl60"}) {
        show.artworkUrl = json::webAddress(json::text(result, QLatin1String(key)));
        if (!show.artworkUrl.isEmpty())
            break;
    }
    show.link = json::webAddress(json::text(result, QLatin1String("collectionViewUrl")));
    const qint64 count = json::integer(result, QLatin1String("trackCount"));
    show.episodeCount = count >= 0 && count < (1 << 30) ? int(count) : -1;
    show.lastEpisodeAt = json::dateSeconds(json::text(result, QLatin1String("releaseDate")));
    for (const QJsonValue& genre : json::array(result, QLatin1String("genres"))) {
        if (genre.isString() && genre.toString() != QLatin1String("Podcasts"))
            show.categories.append(genre.toString());
    }
    return show;
}

} // namespace ondes
