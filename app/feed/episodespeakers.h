#pragma once

// Everyone who speaks in an episode, and who is credited for it: the feed's podcast:person
// entries first, then the people its description names, each person once (by personKey). The
// library stores the speakers; `ondes dump-feed` prints them as ondes_speakers and the credits
// as ondes_credits.

#include "feed/feedtypes.h"

namespace ondes {

struct EpisodeSpeaker
{
    Person person;
    QString source; // "feed" or "description"
    QString kind;   // "host", "guest", "reporter", "columnist", "reader", "narrator",
                    // "interpreter"; "credit" in credits; "" when unknown
};

struct EpisodePeople
{
    QList<EpisodeSpeaker> speakers;
    QList<EpisodeSpeaker> credits; // réalisation, montage, producer, editor… (not speakers)
};

EpisodePeople episodePeople(const ParsedEpisode& episode);
// episodePeople(episode).speakers
QList<EpisodeSpeaker> episodeSpeakers(const ParsedEpisode& episode);

} // namespace ondes
