#pragma once

// StoredEpisodes: the episodes a show already has, as FeedMerger matches a feed's episodes with
// them (by guid, then enclosure, then title and date), with the content hash each was stored
// with, so that an unchanged episode is skipped.

#include "feed/feedtypes.h"

#include <QHash>
#include <QString>

#include <optional>

namespace ondes {

// What an episode is matched by. Made once per episode (on EpisodePrep's thread for a feed's
// episodes): the title-and-date key folds case and spaces, which is not free.
struct EpisodeKeys
{
    QString guid;
    QString enclosureUrl;
    QString titleDate;
};

EpisodeKeys episodeKeys(const QString& guid, const QString& enclosureUrl, const QString& title,
                        qint64 published);
EpisodeKeys episodeKeys(const ParsedEpisode& episode);

class StoredEpisodes
{
public:
    void clear();
    bool isEmpty() const { return m_hashes.isEmpty(); }
    void remember(qint64 id, const EpisodeKeys& keys);
    void setHash(qint64 id, qint64 hash) { m_hashes.insert(id, hash); }

    std::optional<qint64> match(const EpisodeKeys& keys) const;
    // True when the episode matches a stored one with the same content.
    bool unchanged(std::optional<qint64> id, qint64 hash) const
    {
        return id && m_hashes.value(*id) == hash;
    }

private:
    QHash<QString, qint64> m_byGuid;
    QHash<QString, qint64> m_byEnclosure;
    QHash<QString, qint64> m_byTitleDate;
    QHash<qint64, qint64> m_hashes; // episode id -> content hash
};

// Everything stored from the feed about an episode, hashed; never 0 ("not computed yet").
qint64 episodeContentHash(const ParsedEpisode& episode);
QString firstEnclosureUrl(const ParsedEpisode& episode);

} // namespace ondes
