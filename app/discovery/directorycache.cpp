#include "discovery/directorycache.h"

#include "discovery/directorycodec.h"
#include "discovery/directoryjson.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace ondes {

namespace {
constexpr qint64 kMaxCacheFileBytes = 8LL * 1024 * 1024;
}

DirectoryCache::DirectoryCache(QString folder)
    : m_folder(std::move(folder)), m_now([] { return QDateTime::currentSecsSinceEpoch(); })
{}

QString DirectoryCache::keyOf(const QString& provider, const DirectoryQuery& query)
{
    const char* kinds[] = {"search", "top", "person"};
    return QStringList{provider,
                       QLatin1String(kinds[int(query.kind)]),
                       query.country.toLower(),
                       query.language.toLower(),
                       query.category,
                       QString::number(query.limit),
                       query.titleOnly ? QStringLiteral("title") : QString(),
                       query.term.simplified().toCaseFolded()}
        .join(QLatin1Char('|'));
}

std::optional<DirectoryAnswer> DirectoryCache::find(const QString& provider,
                                                    const DirectoryQuery& query)
{
    const QString key = keyOf(provider, query);
    const qint64 now = m_now();
    auto fresh = [&](const Entry& entry) {
        return entry.savedAt <= now && now - entry.savedAt < m_maxAgeSeconds;
    };
    if (const auto it = m_memory.constFind(key); it != m_memory.constEnd()) {
        if (fresh(*it))
            return it->answer;
        m_memory.remove(key);
    }
    std::optional<Entry> entry = readFile(key);
    if (!entry || !fresh(*entry))
        return std::nullopt;
    entry->answer.provider = provider;
    m_memory.insert(key, *entry);
    return entry->answer;
}

void DirectoryCache::store(const QString& provider, const DirectoryQuery& query,
                           const DirectoryAnswer& answer)
{
    if (!answer.ok())
        return;
    const QString key = keyOf(provider, query);
    Entry entry{m_now(), answer};
    writeFile(key, entry);
    m_memory.insert(key, std::move(entry));
}

QString DirectoryCache::fileOf(const QString& key) const
{
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1);
    return m_folder + QLatin1Char('/') + QString::fromLatin1(hash.toHex()) +
           QStringLiteral(".json");
}

std::optional<DirectoryCache::Entry> DirectoryCache::readFile(const QString& key) const
{
    if (m_folder.isEmpty())
        return std::nullopt;
    QFile file(fileOf(key));
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxCacheFileBytes)
        return std::nullopt;
    const std::optional<QJsonDocument> document = directoryjson::parse(file.readAll(), nullptr);
    if (!document || !document->isObject())
        return std::nullopt; // a damaged file is as good as none
    const QJsonObject root = document->object();
    if (directoryjson::text(root, QLatin1String("key")) != key)
        return std::nullopt; // another query's file (a hash collision)
    Entry entry;
    entry.savedAt = directoryjson::integer(root, QLatin1String("savedAt"), 0);
    for (const QJsonValue& show : directoryjson::array(root, QLatin1String("shows")))
        entry.answer.shows.append(directorycodec::showFromJson(show.toObject()));
    for (const QJsonValue& episode : directoryjson::array(root, QLatin1String("episodes")))
        entry.answer.episodes.append(directorycodec::episodeFromJson(episode.toObject()));
    return entry;
}

void DirectoryCache::writeFile(const QString& key, const Entry& entry) const
{
    if (m_folder.isEmpty() || !QDir().mkpath(m_folder))
        return;
    QJsonArray shows;
    for (const DirectoryShow& show : entry.answer.shows)
        shows.append(directorycodec::toJson(show));
    QJsonArray episodes;
    for (const DirectoryEpisode& episode : entry.answer.episodes)
        episodes.append(directorycodec::toJson(episode));
    const QJsonObject root{{QStringLiteral("key"), key},
                           {QStringLiteral("savedAt"), entry.savedAt},
                           {QStringLiteral("shows"), shows},
                           {QStringLiteral("episodes"), episodes}};
    QSaveFile file(fileOf(key));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
        file.commit(); // a cache that cannot be written is only slower
    }
}

} // namespace ondes
