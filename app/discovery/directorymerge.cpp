#include "discovery/directorymerge.h"

#include "discovery/feedaddresskey.h"

namespace ondes {

namespace {

void fillEmpty(QString& field, const QString& other)
{
    if (field.isEmpty())
        field = other;
}

// Prefers https when one directory knows the secure address of a show.
void preferSecure(QString& feedUrl, const QString& other)
{
    if (feedUrl.startsWith(QLatin1String("http:"), Qt::CaseInsensitive) &&
        other.startsWith(QLatin1String("https:"), Qt::CaseInsensitive))
        feedUrl = other;
}

} // namespace

DirectoryMerge::Change DirectoryMerge::add(const QString& provider,
                                           const QList<DirectoryShow>& shows)
{
    Change change;
    change.firstAdded = m_shows.size();
    for (const DirectoryShow& show : shows) {
        const QString key = feedAddressKey(show.feedUrl);
        const auto found = m_index.constFind(key);
        if (found == m_index.constEnd()) {
            m_index.insert(key, m_shows.size());
            DirectoryShow added = show;
            added.providers = {provider};
            m_shows.append(std::move(added));
            continue;
        }
        const qsizetype position = *found;
        DirectoryShow& known = m_shows[position];
        if (known.providers.contains(provider))
            continue; // listed twice by one directory
        known.providers.append(provider);
        preferSecure(known.feedUrl, show.feedUrl);
        fillEmpty(known.title, show.title);
        fillEmpty(known.author, show.author);
        fillEmpty(known.description, show.description);
        fillEmpty(known.artworkUrl, show.artworkUrl);
        fillEmpty(known.language, show.language);
        fillEmpty(known.link, show.link);
        if (known.episodeCount < 0)
            known.episodeCount = show.episodeCount;
        known.lastEpisodeAt = qMax(known.lastEpisodeAt, show.lastEpisodeAt);
        if (known.categories.isEmpty())
            known.categories = show.categories;
        if (position < change.firstAdded && !change.updated.contains(position))
            change.updated.append(position);
    }
    return change;
}

void DirectoryMerge::clear()
{
    m_shows.clear();
    m_index.clear();
}

} // namespace ondes
