#include "feed/jsonldreader.h"

#include "feed/pagedates.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace ondes {

namespace {

constexpr int maxDepth = 12;
constexpr qsizetype maxNodes = 1000;

// "PodcastEpisode", "schema:PodcastEpisode" and "https://schema.org/PodcastEpisode" alike.
bool hasType(const QJsonObject& object, QStringView wanted)
{
    const QJsonValue type = object.value(QLatin1String("@type"));
    const auto matches = [wanted](const QString& name) {
        const qsizetype cut = qMax(name.lastIndexOf(u'/'), name.lastIndexOf(u':'));
        return QStringView(name).mid(cut + 1).compare(wanted, Qt::CaseInsensitive) == 0;
    };
    if (type.isString())
        return matches(type.toString());
    for (const QJsonValue& item : type.toArray()) {
        if (item.isString() && matches(item.toString()))
            return true;
    }
    return false;
}

bool hasAnyType(const QJsonObject& object, std::initializer_list<QStringView> types)
{
    for (const QStringView type : types) {
        if (hasType(object, type))
            return true;
    }
    return false;
}

class Collector
{
public:
    QList<QJsonObject> nodes;
    QHash<QString, QJsonObject> byId;

    void collect(const QJsonValue& value, int depth)
    {
        if (depth > maxDepth || nodes.size() >= maxNodes)
            return;
        if (value.isArray()) {
            for (const QJsonValue& item : value.toArray())
                collect(item, depth + 1);
            return;
        }
        if (!value.isObject())
            return;
        const QJsonObject object = value.toObject();
        if (object.contains(QLatin1String("@type"))) {
            nodes.append(object);
            const QString id = object.value(QLatin1String("@id")).toString();
            if (!id.isEmpty() && !byId.contains(id))
                byId.insert(id, object);
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.value().isObject() || it.value().isArray())
                collect(it.value(), depth + 1);
        }
    }

    // An object that is only {"@id": "…"} stands for the node with that id.
    QJsonObject resolve(const QJsonObject& object) const
    {
        if (object.contains(QLatin1String("@type")))
            return object;
        return byId.value(object.value(QLatin1String("@id")).toString(), object);
    }

    QList<QJsonObject> objects(const QJsonValue& value) const
    {
        QList<QJsonObject> result;
        if (value.isObject())
            result.append(resolve(value.toObject()));
        for (const QJsonValue& item : value.toArray()) {
            if (item.isObject())
                result.append(resolve(item.toObject()));
        }
        return result;
    }
};

QString firstString(const QJsonValue& value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble())
        return QString::number(value.toDouble());
    for (const QJsonValue& item : value.toArray()) {
        if (item.isString())
            return item.toString().trimmed();
    }
    return {};
}

// image: "url", {"url": …} or {"contentUrl": …}, or a list of either.
QString imageUrl(const Collector& collector, const QJsonValue& value)
{
    if (value.isString())
        return value.toString().trimmed();
    const QJsonArray array = value.toArray();
    const QJsonValue first =
        value.isArray() ? (array.isEmpty() ? QJsonValue() : array.first()) : value;
    if (first.isString())
        return first.toString().trimmed();
    const QJsonObject object =
        first.isObject() ? collector.resolve(first.toObject()) : QJsonObject();
    const QString url = firstString(object.value(QLatin1String("url")));
    return url.isEmpty() ? firstString(object.value(QLatin1String("contentUrl"))) : url;
}

QString names(const Collector& collector, const QJsonValue& value)
{
    if (value.isString())
        return value.toString().trimmed();
    QStringList result;
    for (const QJsonObject& object : collector.objects(value)) {
        const QString name = firstString(object.value(QLatin1String("name")));
        if (!name.isEmpty())
            result.append(name);
    }
    for (const QJsonValue& item : value.toArray()) {
        if (item.isString())
            result.append(item.toString().trimmed());
    }
    return result.join(QStringLiteral(", "));
}

qint64 byteSize(const QJsonValue& value)
{
    if (value.isDouble())
        return value.toDouble() > 0 ? qint64(value.toDouble()) : -1;
    bool ok = false;
    const qint64 size = value.toString().trimmed().toLongLong(&ok);
    return ok && size > 0 ? size : -1; // "12 MB" and friends are too vague to be useful
}

void addMedia(JsonLdInfo& info, const QJsonObject& object)
{
    JsonLdMedia media;
    media.url = firstString(object.value(QLatin1String("contentUrl")));
    if (media.url.isEmpty())
        return;
    media.mimeType = firstString(object.value(QLatin1String("encodingFormat")));
    if (!media.mimeType.contains(u'/'))
        media.mimeType.clear(); // "mp3" is not a mime type; the caller guesses from the URL
    media.size = byteSize(object.value(QLatin1String("contentSize")));
    info.media.append(media);
    if (info.durationSeconds <= 0)
        info.durationSeconds =
            PageDates::durationSeconds(firstString(object.value(QLatin1String("duration"))));
}

void readSeries(JsonLdInfo& info, const Collector& collector, const QJsonObject& series)
{
    info.seriesName = firstString(series.value(QLatin1String("name")));
    info.seriesUrl = firstString(series.value(QLatin1String("url")));
    info.seriesImageUrl = imageUrl(collector, series.value(QLatin1String("image")));
}

} // namespace

JsonLdInfo JsonLdReader::read(const QList<QByteArray>& scripts)
{
    Collector collector;
    for (const QByteArray& script : scripts) {
        if (script.size() > maxScriptBytes)
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(script.trimmed(), &error);
        if (document.isObject())
            collector.collect(document.object(), 0);
        else if (document.isArray())
            collector.collect(document.array(), 0);
    }

    JsonLdInfo info;
    QJsonObject episode;
    for (const QJsonObject& node : collector.nodes) {
        if (hasAnyType(node, {u"PodcastEpisode", u"RadioEpisode", u"Episode"})) {
            episode = node;
            break;
        }
    }
    if (episode.isEmpty()) {
        for (const QJsonObject& node : collector.nodes) {
            if (hasType(node, u"AudioObject")) {
                episode = node;
                break;
            }
        }
    }
    for (const QJsonObject& node : collector.nodes) {
        if (hasAnyType(node, {u"PodcastSeries", u"RadioSeries", u"CreativeWorkSeries"})) {
            readSeries(info, collector, node);
            break;
        }
    }
    if (episode.isEmpty())
        return info;

    info.hasEpisode = true;
    info.name = firstString(episode.value(QLatin1String("name")));
    if (info.name.isEmpty())
        info.name = firstString(episode.value(QLatin1String("headline")));
    info.description = firstString(episode.value(QLatin1String("description")));
    info.imageUrl = imageUrl(collector, episode.value(QLatin1String("image")));
    if (info.imageUrl.isEmpty())
        info.imageUrl = imageUrl(collector, episode.value(QLatin1String("thumbnailUrl")));
    info.author = names(collector, episode.value(QLatin1String("author")));
    for (const char* key : {"datePublished", "uploadDate", "dateCreated"}) {
        if (info.published <= 0)
            info.published = PageDates::fromIso(firstString(episode.value(QLatin1String(key))));
    }
    info.durationSeconds =
        PageDates::durationSeconds(firstString(episode.value(QLatin1String("duration"))));
    if (info.durationSeconds <= 0)
        info.durationSeconds =
            PageDates::durationSeconds(firstString(episode.value(QLatin1String("timeRequired"))));

    if (hasType(episode, u"AudioObject"))
        addMedia(info, episode);
    else if (episode.contains(QLatin1String("contentUrl")))
        addMedia(info, episode);
    for (const char* key : {"associatedMedia", "audio", "encoding"}) {
        const QJsonValue value = episode.value(QLatin1String(key));
        if (value.isString()) {
            info.media.append(JsonLdMedia{value.toString().trimmed(), {}, -1});
            continue;
        }
        for (const QJsonObject& media : collector.objects(value))
            addMedia(info, media);
    }

    const QList<QJsonObject> series =
        collector.objects(episode.value(QLatin1String("partOfSeries")));
    if (!series.isEmpty())
        readSeries(info, collector, series.first());
    return info;
}

} // namespace ondes
