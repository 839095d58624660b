#include "library/storedepisodes.h"

namespace ondes {

namespace {

QString titleDateKey(const QString& title, qint64 published)
{
    return title.simplified().toCaseFolded() + QLatin1Char('\x1f') + QString::number(published);
}

} // namespace

qint64 episodeContentHash(const ParsedEpisode& e)
{
    size_t hash = qHashMulti(0, e.guid, e.title, e.link, e.description.toString(),
                             e.descriptionHtml.toString(), e.author, e.imageUrl, e.published,
                             e.durationSeconds, e.chaptersUrl);
    for (const Enclosure& enclosure : e.enclosures)
        hash = qHashMulti(hash, enclosure.url, enclosure.mimeType, enclosure.fileSize);
    for (const Person& person : e.persons)
        hash = qHashMulti(hash, person.name, person.role, person.group, person.img, person.href);
    for (const Chapter& chapter : e.chapters)
        hash = qHashMulti(hash, chapter.start, chapter.title, chapter.href, chapter.image);
    for (const Transcript& transcript : e.transcripts)
        hash =
            qHashMulti(hash, transcript.url, transcript.type, transcript.language, transcript.rel);
    // Zero means "not computed yet" in the database.
    return hash == 0 ? 1 : static_cast<qint64>(hash);
}

QString firstEnclosureUrl(const ParsedEpisode& episode)
{
    return episode.enclosures.isEmpty() ? QString() : episode.enclosures.first().url;
}

void StoredEpisodes::clear()
{
    m_byGuid.clear();
    m_byEnclosure.clear();
    m_byTitleDate.clear();
    m_hashes.clear();
}

EpisodeKeys episodeKeys(const QString& guid, const QString& enclosureUrl, const QString& title,
                        qint64 published)
{
    return EpisodeKeys{guid, enclosureUrl, titleDateKey(title, published)};
}

EpisodeKeys episodeKeys(const ParsedEpisode& episode)
{
    return episodeKeys(episode.guid, firstEnclosureUrl(episode), episode.title, episode.published);
}

void StoredEpisodes::remember(qint64 id, const EpisodeKeys& keys)
{
    if (!keys.guid.isEmpty())
        m_byGuid.insert(keys.guid, id);
    if (!keys.enclosureUrl.isEmpty())
        m_byEnclosure.insert(keys.enclosureUrl, id);
    m_byTitleDate.insert(keys.titleDate, id);
}

std::optional<qint64> StoredEpisodes::match(const EpisodeKeys& keys) const
{
    // Publishers change guids: fall back on the enclosure, then on title and date.
    if (!keys.guid.isEmpty()) {
        if (auto it = m_byGuid.constFind(keys.guid); it != m_byGuid.constEnd())
            return *it;
    }
    if (!keys.enclosureUrl.isEmpty()) {
        if (auto it = m_byEnclosure.constFind(keys.enclosureUrl); it != m_byEnclosure.constEnd())
            return *it;
    }
    if (auto it = m_byTitleDate.constFind(keys.titleDate); it != m_byTitleDate.constEnd())
        return *it;
    return std::nullopt;
}

} // namespace ondes
