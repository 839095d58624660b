#pragma once

// Hosts known from the show rather than from one episode's description: the channel's
// itunes:author (or itunes:owner's name when it has no author), an episode's own itunes:author,
// the hosts the channel's description names ("Hosted by X and Y"), and a show title named after
// its host ("Les Matins de X", "Le Journal de X", "X's Show",
// "The X Show", "… with X"). Only a person's name counts: "France Culture", "NPR", "Radio
// Parleur", "The Guardian", "Gimlet Media" name no one. A name found this way is a speaker of
// kind "host", source "show"; a person the episode already lists keeps their row (their role
// from the text) and becomes the host.

#include "feed/episodespeakers.h"
#include "feed/feedtypes.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ondes {

struct ShowHosts
{
    QStringList channel;   // from itunes:author, else itunes:owner: every episode's hosts…
    QStringList described; // the hosts the channel's description names: the hosts of every
                           // episode whose own author names no one (weaker than an author: the
                           // description may name only some of them)
    QStringList title;     // from the show's title: always
    // The people each episode's author field names, as addShowHosts() reads them: an author
    // repeats from episode to episode. It makes a ShowHosts one thread's.
    QHash<QString, QStringList> episodeAuthors;
};

// The people an author field names: "Jane Doe", "Jane Doe & John Smith", "X et Y",
// "X, Y and Z", "Jane Doe (NPR)". Each name must pass the person-name guard, hold a given name
// the lexicon knows (or initials) and no word of an organisation ("Radio", "Media",
// "Productions", "Culture"…): an author field has no cue word to vouch for it, so it takes more
// evidence than a description does. Parts that are not people are left out.
QStringList personNamesInField(const QString& field);

// The host a show's title is named after, or "".
QString hostNameInTitle(const QString& title);

ShowHosts showHosts(const ParsedFeed& feed);

// Adds the show's hosts to one episode's people: the people the episode's own itunes:author
// names when it names some (the channel's author hosts every episode unless the episode says
// otherwise), else the channel's; and the title's host. A person the episode's credits list
// (réalisation, producer…) is not added as a speaker.
// - An episode author that names the channel's hosts and other people lists its participants:
//   only the channel's hosts are added; the others keep what the description says of them.
// - When the description names the episode's hosts ("Hosts: A, B"), the channel's and the
//   title's hosts are not added to it: that episode is hosted by others.
// - A first name or a surname alone ("Guy") beside a full name of the episode or of the show's
//   hosts ("Guy English") is that person: one row.
void addShowHosts(EpisodePeople& people, const QString& episodeAuthor, ShowHosts& hosts);

// The same for all the episodes of a show (episodeAuthors[i] is episodes[i]'s itunes:author),
// then the hosts that recur from episode to episode (recurringhosts.h).
void addShowHosts(QList<EpisodePeople>& episodes, const QStringList& episodeAuthors,
                  ShowHosts hosts);

// Every episode's people (episodePeople()) with the show's hosts added, in the feed's order.
QList<EpisodePeople> showPeople(const ParsedFeed& feed);

} // namespace ondes
