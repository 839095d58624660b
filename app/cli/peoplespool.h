#pragma once

// The people of each episode `ondes dump-feed` has read, kept until the show's hosts are known
// (the channel's itunes:author may follow the items; a host recurs across episodes): packed
// into one byte array, not held as tens of thousands of small strings until the end.

#include "feed/episodespeakers.h"
#include "feed/recurringhosts.h"
#include "feed/showhosts.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

#include <vector>

namespace ondes::cli {

class PeopleSpool
{
public:
    // In the order the feed lists its episodes.
    void add(const EpisodePeople& people, const QString& episodeAuthor);
    // The people of the episode added at `index`, the show's hosts added (feed/showhosts.h).
    EpisodePeople take(qsizetype index, ShowHosts& hosts) const;

private:
    void appendList(const QList<EpisodeSpeaker>& list);

    QByteArray m_data;
    std::vector<qsizetype> m_offsets;
    std::vector<int> m_author; // index in m_authors
    QStringList m_authors;
    QHash<QString, int> m_authorIndex;
    RecurringHosts m_recurring;
};

} // namespace ondes::cli
