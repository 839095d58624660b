#pragma once

// A name that hosts episode after episode: a person the description of many of a show's
// episodes names as a speaker is the show's host in those episodes, even where the text gives
// no host cue ("avec Jane Doe" week after week). The rule: named in at least 3 episodes and in
// at least 30 % of them. Three, so that a guest who came back once or twice stays a guest; 30 %,
// so that in a long feed a frequent guest (5 visits in 200 episodes) does too, while a host the
// descriptions name every other week is found. Only a guest or a speaker of no known kind
// becomes the host: a columnist, reporter or reader who comes every week keeps their own kind.
// The library applies the same rule to a show's stored rows (SpeakerWriter).

#include "feed/episodespeakers.h"

#include <QHash>
#include <QString>

namespace ondes {

class RecurringHosts
{
public:
    // Once per episode of the show, before promote().
    void count(const EpisodePeople& people);
    // Marks the recurring people of one counted episode as its hosts (source "show").
    void promote(EpisodePeople& people) const;

    static bool isRecurring(qsizetype namedIn, qsizetype episodes);
    // Whether a speaker of this kind and source becomes the host when they recur.
    static bool isPromotable(const QString& kind, const QString& source);
    // The role a promoted speaker keeps: theirs, or "host" when the text gave none or "guest".
    static QString hostRole(const QString& role);

private:
    QHash<QString, qsizetype> m_namedIn; // personKey → episodes
    qsizetype m_episodes = 0;
};

} // namespace ondes
