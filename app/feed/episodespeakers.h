#pragma once

// Everyone who speaks in an episode: the feed's podcast:person entries first, then the people
// its description names, each person once (by personKey). The library stores this list and
// `ondes dump-feed` prints it as ondes_speakers.

#include "feed/feedtypes.h"

namespace ondes {

struct EpisodeSpeaker
{
    Person person;
    QString source; // "feed" or "description"
};

QList<EpisodeSpeaker> episodeSpeakers(const ParsedEpisode& episode);

} // namespace ondes
