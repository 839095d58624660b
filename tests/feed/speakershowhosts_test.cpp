// The hosts known from the show (feed/showhosts.h, feed/recurringhosts.h): the author fields and
// the title name people only when they are people; a name that recurs from episode to episode
// hosts; nobody is listed twice.

#include "feed/recurringhosts.h"
#include "feed/showhosts.h"

#include <gtest/gtest.h>

namespace ondes {
namespace {

QStringList names(const QString& field)
{
    return personNamesInField(field);
}

TEST(ShowHostNames, OnePersonOrAList)
{
    EXPECT_EQ(names(QStringLiteral("Jane Doe")), QStringList{QStringLiteral("Jane Doe")});
    EXPECT_EQ(names(QStringLiteral("Jane Doe & John Smith")),
              (QStringList{QStringLiteral("Jane Doe"), QStringLiteral("John Smith")}));
    EXPECT_EQ(names(QStringLiteral("Élodie Marchetti et Karim Benyahia")),
              (QStringList{QStringLiteral("Élodie Marchetti"), QStringLiteral("Karim Benyahia")}));
    EXPECT_EQ(names(QStringLiteral("Anna Weber, Tom Harlow and Lucy Okafor")),
              (QStringList{QStringLiteral("Anna Weber"), QStringLiteral("Tom Harlow"),
                           QStringLiteral("Lucy Okafor")}));
    EXPECT_EQ(names(QStringLiteral("Jane Doe (NPR)")), QStringList{QStringLiteral("Jane Doe")});
    EXPECT_EQ(names(QStringLiteral("Dr. Maya Lindqvist")),
              QStringList{QStringLiteral("Maya Lindqvist")});
    EXPECT_EQ(names(QStringLiteral("J. R. Okafor")), QStringList{QStringLiteral("J. R. Okafor")});
    // A person beside an organisation: the person only.
    EXPECT_EQ(names(QStringLiteral("Paul Esnault - Radio Parleur")),
              QStringList{QStringLiteral("Paul Esnault")});
    // The same person twice is listed once.
    EXPECT_EQ(names(QStringLiteral("Jane Doe & jane doe")),
              QStringList{QStringLiteral("Jane Doe")});
}

TEST(ShowHostNames, CompaniesNetworksAndShowsAreNoOne)
{
    for (const char* field : {"France Culture",
                              "France Inter",
                              "Radio France",
                              "NPR",
                              "Radio Parleur",
                              "The Guardian",
                              "Gimlet",
                              "Gimlet Media",
                              "BBC Radio 4",
                              "Mediapart",
                              "Serial Productions",
                              "Pushkin Industries",
                              "This American Life",
                              "Planet Money",
                              "Wondery",
                              "Crooked Media",
                              "The New York Times",
                              "Radio Ondes Libres",
                              "Les Couilles sur la table",
                              "admin",
                              "Fréquence Paris Plurielle",
                              "Binge Audio",
                              "Slate.fr",
                              "Blast, le souffle de l'info",
                              "NPR & WBUR",
                              "Rose Radio",
                              "Victoria Station",
                              "Jazz FM 91.1",
                              ""}) {
        EXPECT_TRUE(names(QString::fromUtf8(field)).isEmpty()) << field;
    }
}

TEST(ShowHostNames, TitlesNamedAfterTheirHost)
{
    EXPECT_EQ(hostNameInTitle(QStringLiteral("Les Matins de Jeanne Morel")),
              QStringLiteral("Jeanne Morel"));
    EXPECT_EQ(hostNameInTitle(QStringLiteral("Le Journal de Paul Esnault")),
              QStringLiteral("Paul Esnault"));
    EXPECT_EQ(hostNameInTitle(QStringLiteral("Sarah Kowalski's Show")),
              QStringLiteral("Sarah Kowalski"));
    EXPECT_EQ(hostNameInTitle(QStringLiteral("The Ezra Vance Show")), QStringLiteral("Ezra Vance"));
    EXPECT_EQ(hostNameInTitle(QStringLiteral("Real Time with Bill Marsh")),
              QStringLiteral("Bill Marsh"));
    for (const char* title :
         {"Les Matins de France Culture", "Le Journal de 18h", "Le Journal de l'éco",
          "The Daily Show", "The Guardian's Podcast", "The Tech Show", "Breakfast with Friends",
          "Le 7/9 avec France Inter", "Planet Money", "Les Pieds sur terre"}) {
        EXPECT_TRUE(hostNameInTitle(QString::fromUtf8(title)).isEmpty()) << title;
    }
}

ParsedEpisode episodeWith(const QString& description, const QString& author = {})
{
    ParsedEpisode episode;
    episode.description = Utf8Text::fromString(description);
    episode.author = author;
    return episode;
}

const EpisodeSpeaker* find(const EpisodePeople& people, const QString& name)
{
    for (const EpisodeSpeaker& entry : people.speakers) {
        if (entry.person.name == name)
            return &entry;
    }
    return nullptr;
}

TEST(ShowHosts, TheChannelAuthorHostsEveryEpisode)
{
    ParsedFeed feed;
    feed.title = QStringLiteral("Guichets fermés");
    feed.author = QStringLiteral("Jeanne Morel");
    feed.episodes << episodeWith(QStringLiteral("Avec Karim Haddad (médiateur numérique)."))
                  << episodeWith(QStringLiteral("Un épisode sans personne."));
    const QList<EpisodePeople> people = showPeople(feed);
    ASSERT_EQ(people.size(), 2);
    for (const EpisodePeople& episode : people) {
        const EpisodeSpeaker* host = find(episode, QStringLiteral("Jeanne Morel"));
        ASSERT_NE(host, nullptr);
        EXPECT_EQ(host->kind, QStringLiteral("host"));
        EXPECT_EQ(host->source, QStringLiteral("show"));
        EXPECT_EQ(host->person.role, QStringLiteral("host"));
    }
    ASSERT_EQ(people[0].speakers.size(), 2);
    EXPECT_EQ(people[0].speakers[0].person.name, QStringLiteral("Karim Haddad"));
    EXPECT_EQ(people[0].speakers[0].kind, QStringLiteral("guest"));
}

TEST(ShowHosts, TheOwnerOnlyWhenThereIsNoAuthor)
{
    ParsedFeed feed;
    feed.ownerName = QStringLiteral("Marc Delorme");
    EXPECT_EQ(showHosts(feed).channel, QStringList{QStringLiteral("Marc Delorme")});
    feed.author = QStringLiteral("Radio Parleur");
    EXPECT_TRUE(showHosts(feed).channel.isEmpty());
    feed.author = QStringLiteral("Inès Carvalho");
    EXPECT_EQ(showHosts(feed).channel, QStringList{QStringLiteral("Inès Carvalho")});
}

TEST(ShowHosts, AnEpisodesOwnAuthorSaysOtherwise)
{
    ShowHosts hosts;
    hosts.channel << QStringLiteral("Jeanne Morel");
    EpisodePeople people;
    addShowHosts(people, QStringLiteral("Lucas Ferrand & Aminata Diallo"), hosts);
    ASSERT_EQ(people.speakers.size(), 2);
    EXPECT_EQ(people.speakers[0].person.name, QStringLiteral("Lucas Ferrand"));
    EXPECT_EQ(people.speakers[1].person.name, QStringLiteral("Aminata Diallo"));
    // An author that names no one (the station, a login) leaves the channel's host.
    EpisodePeople station;
    addShowHosts(station, QStringLiteral("France Culture"), hosts);
    ASSERT_EQ(station.speakers.size(), 1);
    EXPECT_EQ(station.speakers[0].person.name, QStringLiteral("Jeanne Morel"));
}

TEST(ShowHosts, APersonTheDescriptionNamesIsListedOnceWithTheDescriptionsRole)
{
    ShowHosts hosts;
    hosts.channel << QStringLiteral("Jeanne Morel");
    EpisodePeople people = episodePeople(episodeWith(
        QStringLiteral("Avec JEANNE MOREL (journaliste) et Karim Haddad (médiateur numérique).")));
    ASSERT_EQ(people.speakers.size(), 2);
    addShowHosts(people, {}, hosts);
    ASSERT_EQ(people.speakers.size(), 2);
    EXPECT_EQ(people.speakers[0].person.name, QStringLiteral("JEANNE MOREL"));
    EXPECT_EQ(people.speakers[0].person.role, QStringLiteral("journaliste"));
    EXPECT_EQ(people.speakers[0].kind, QStringLiteral("host"));
    EXPECT_EQ(people.speakers[0].source, QStringLiteral("show"));
    EXPECT_EQ(people.speakers[1].kind, QStringLiteral("guest"));
}

TEST(ShowHosts, AuthorWhoIsCreditedOrTaggedKeepsWhatTheEpisodeSays)
{
    ShowHosts hosts;
    hosts.channel << QStringLiteral("Basile Fournel");
    EpisodePeople credited = episodePeople(episodeWith(
        QStringLiteral("Avec Karim Haddad (médiateur numérique).\nRéalisation : Basile Fournel")));
    addShowHosts(credited, {}, hosts);
    EXPECT_EQ(find(credited, QStringLiteral("Basile Fournel")), nullptr);
    ASSERT_EQ(credited.credits.size(), 1);

    ParsedEpisode tagged;
    Person guest;
    guest.name = QStringLiteral("Basile Fournel");
    guest.role = QStringLiteral("guest");
    tagged.persons << guest;
    EpisodePeople people = episodePeople(tagged);
    addShowHosts(people, {}, hosts);
    ASSERT_EQ(people.speakers.size(), 1);
    EXPECT_EQ(people.speakers[0].kind, QStringLiteral("guest"));
    EXPECT_EQ(people.speakers[0].source, QStringLiteral("feed"));
}

TEST(ShowHosts, TheTitlesHostHostsEveryEpisode)
{
    ParsedFeed feed;
    feed.title = QStringLiteral("Les Matins de Jeanne Morel");
    feed.author = QStringLiteral("France Culture");
    feed.episodes << episodeWith(QStringLiteral("Le climat."))
                  << episodeWith(QStringLiteral("La ville."), QStringLiteral("France Culture"));
    for (const EpisodePeople& people : showPeople(feed)) {
        ASSERT_EQ(people.speakers.size(), 1);
        EXPECT_EQ(people.speakers[0].person.name, QStringLiteral("Jeanne Morel"));
        EXPECT_EQ(people.speakers[0].kind, QStringLiteral("host"));
    }
}

EpisodeSpeaker described(const QString& name, const QString& role, const QString& kind)
{
    EpisodeSpeaker entry;
    entry.person.name = name;
    entry.person.role = role;
    entry.kind = kind;
    entry.source = QStringLiteral("description");
    return entry;
}

QStringList rows(const EpisodePeople& people)
{
    QStringList out;
    for (const EpisodeSpeaker& entry : people.speakers)
        out << entry.person.name + u'/' + entry.kind + u'/' + entry.source;
    return out;
}

TEST(ShowHosts, AnAuthorListingTheChannelsHostsAndOthersMakesTheOthersNoHosts)
{
    // Debug's items: the author lists the hosts and the guests the episode is about.
    ShowHosts hosts;
    hosts.channel << QStringLiteral("Guy English") << QStringLiteral("Rene Ritchie");
    EpisodePeople people;
    people.speakers << described(QStringLiteral("Dave Wiskus"),
                                 QStringLiteral("of Better Elevation"), QStringLiteral("guest"));
    addShowHosts(people, QStringLiteral("Guy English, Rene Ritchie, Dave Wiskus, John Siracusa"),
                 hosts);
    EXPECT_EQ(rows(people), (QStringList{QStringLiteral("Dave Wiskus/guest/description"),
                                         QStringLiteral("Guy English/host/show"),
                                         QStringLiteral("Rene Ritchie/host/show")}));
    // An author naming none of the channel's hosts still names the episode's own.
    EpisodePeople other;
    addShowHosts(other, QStringLiteral("Jessie Char"), hosts);
    EXPECT_EQ(rows(other), QStringList{QStringLiteral("Jessie Char/host/show")});
}

TEST(ShowHosts, ADescriptionNamingItsHostsKeepsTheChannelsHostOut)
{
    // PC Perspective 475: "Hosts: Josh Walrath, Jeremy Hellstrom…", without Ryan Shrout.
    ShowHosts hosts;
    hosts.channel << QStringLiteral("Ryan Shrout");
    hosts.title << QStringLiteral("Jeanne Morel");
    EpisodePeople people;
    people.speakers << described(QStringLiteral("Josh Walrath"), QStringLiteral("host"),
                                 QStringLiteral("host"));
    EpisodePeople sameAuthor = people;
    addShowHosts(people, {}, hosts);
    EXPECT_EQ(rows(people), QStringList{QStringLiteral("Josh Walrath/host/description")});
    // Its own author repeating the channel's says nothing more.
    addShowHosts(sameAuthor, QStringLiteral("Ryan Shrout"), hosts);
    EXPECT_EQ(rows(sameAuthor), QStringList{QStringLiteral("Josh Walrath/host/description")});
    // A show's host the list names is the show's host.
    EpisodePeople listed;
    listed.speakers << described(QStringLiteral("Ryan Shrout"), QStringLiteral("host"),
                                 QStringLiteral("host"))
                    << described(QStringLiteral("Josh Walrath"), QStringLiteral("host"),
                                 QStringLiteral("host"));
    addShowHosts(listed, {}, hosts);
    EXPECT_EQ(rows(listed), (QStringList{QStringLiteral("Ryan Shrout/host/show"),
                                         QStringLiteral("Josh Walrath/host/description")}));
    // An author listing this episode's people (Debug's) is this episode's, whatever the
    // description calls a host.
    EpisodePeople participants;
    participants.speakers << described(QStringLiteral("Rich Siegel"), QStringLiteral("host"),
                                       QStringLiteral("host"));
    addShowHosts(participants, QStringLiteral("Ryan Shrout, Karim Haddad"), hosts);
    EXPECT_EQ(rows(participants), (QStringList{QStringLiteral("Rich Siegel/host/description"),
                                               QStringLiteral("Ryan Shrout/host/show"),
                                               QStringLiteral("Jeanne Morel/host/show")}));
    // A description naming only guests leaves the show's hosts in.
    EpisodePeople guests;
    guests.speakers << described(QStringLiteral("Karim Haddad"), QStringLiteral("guest"),
                                 QStringLiteral("guest"));
    addShowHosts(guests, {}, hosts);
    EXPECT_EQ(rows(guests), (QStringList{QStringLiteral("Karim Haddad/guest/description"),
                                         QStringLiteral("Ryan Shrout/host/show"),
                                         QStringLiteral("Jeanne Morel/host/show")}));
    // The show's host the description names by a first name is there (Debug 36: "Rich Siegel
    // talks to Guy", Rich Siegel read as a host).
    EpisodePeople byFirstName;
    byFirstName.speakers << described(QStringLiteral("Rich Siegel"), QStringLiteral("host"),
                                      QStringLiteral("host"))
                         << described(QStringLiteral("Ryan"), QStringLiteral("guest"),
                                      QStringLiteral("guest"));
    addShowHosts(byFirstName, {}, hosts);
    EXPECT_EQ(rows(byFirstName), (QStringList{QStringLiteral("Rich Siegel/host/description"),
                                              QStringLiteral("Ryan Shrout/host/show")}));
}

TEST(ShowHosts, AFirstNameOrSurnameAloneIsTheFullNamesPerson)
{
    ShowHosts hosts;
    hosts.channel << QStringLiteral("Guy English") << QStringLiteral("Rene Ritchie");
    EpisodePeople people;
    people.speakers << described(QStringLiteral("Rich Siegel"), QStringLiteral("of Bare Bones"),
                                 QStringLiteral("guest"))
                    << described(QStringLiteral("Guy"), QStringLiteral("guest"),
                                 QStringLiteral("guest"))
                    << described(QStringLiteral("Siegel"), {}, {});
    addShowHosts(people, {}, hosts);
    EXPECT_EQ(rows(people), (QStringList{QStringLiteral("Rich Siegel/guest/description"),
                                         QStringLiteral("Guy English/host/show"),
                                         QStringLiteral("Rene Ritchie/host/show")}));

    // "Harvey" beside the recurring "David Harvey", without any author.
    EpisodePeople harvey;
    harvey.speakers << described(QStringLiteral("David Harvey"), {}, {})
                    << described(QStringLiteral("HARVEY"), QStringLiteral("professor"),
                                 QStringLiteral("guest"));
    ShowHosts none;
    addShowHosts(harvey, {}, none);
    ASSERT_EQ(harvey.speakers.size(), 1);
    EXPECT_EQ(harvey.speakers[0].person.name, QStringLiteral("David Harvey"));
    EXPECT_EQ(harvey.speakers[0].person.role, QStringLiteral("professor"));
    EXPECT_EQ(harvey.speakers[0].kind, QStringLiteral("guest"));

    // A first name two listed people share is one of them, whichever: it is no third person and
    // has no row of its own (a real feed listed "Jon" beside Jon Favreau and Jon Lovett); a
    // tagged row stays as tagged.
    EpisodePeople two;
    two.speakers << described(QStringLiteral("Guy Kawasaki"), {}, QStringLiteral("guest"))
                 << described(QStringLiteral("Guy"), {}, QStringLiteral("guest"));
    EpisodeSpeaker tagged =
        described(QStringLiteral("Rene"), QStringLiteral("guest"), QStringLiteral("guest"));
    tagged.source = QStringLiteral("feed");
    two.speakers << tagged;
    addShowHosts(two, QStringLiteral("Guy English, Rene Ritchie"), hosts);
    EXPECT_EQ(rows(two), (QStringList{QStringLiteral("Guy Kawasaki/guest/description"),
                                      QStringLiteral("Rene/guest/feed"),
                                      QStringLiteral("Guy English/host/show"),
                                      QStringLiteral("Rene Ritchie/host/show")}));
}

ParsedFeed feedOf(qsizetype episodes, qsizetype withJane, const QString& janeText)
{
    ParsedFeed feed;
    feed.title = QStringLiteral("Le Café des luttes");
    for (qsizetype i = 0; i < episodes; ++i) {
        feed.episodes << episodeWith(
            i < withJane ? janeText.arg(i)
                         : QStringLiteral("Épisode %1 : les luttes du quartier.").arg(i));
    }
    return feed;
}

TEST(RecurringHosts, ANameInManyEpisodesHostsThem)
{
    // "Avec Jane Doe" week after week: she is the host of those episodes, role kept.
    const QList<EpisodePeople> people = showPeople(
        feedOf(8, 4,
               QStringLiteral("Épisode %1. Avec Jane Doe (militante associative) et Karim Haddad "
                              "(médiateur numérique).")));
    for (qsizetype i = 0; i < 4; ++i) {
        const EpisodeSpeaker* jane = find(people[i], QStringLiteral("Jane Doe"));
        ASSERT_NE(jane, nullptr) << i;
        EXPECT_EQ(jane->kind, QStringLiteral("host"));
        EXPECT_EQ(jane->source, QStringLiteral("show"));
        EXPECT_EQ(jane->person.role, QStringLiteral("militante associative"));
        ASSERT_EQ(people[i].speakers.size(), 2); // Karim too, once
    }
    // …and of those only: she is not added where she is not named.
    for (qsizetype i = 4; i < 8; ++i)
        EXPECT_TRUE(people[i].speakers.isEmpty()) << i;
}

TEST(RecurringHosts, AOneOffOrOccasionalGuestStaysAGuest)
{
    const QString text = QStringLiteral("Épisode %1. Avec Jane Doe (militante associative).");
    // Once, twice: a guest, even in a short feed.
    for (qsizetype withJane : {1, 2}) {
        const QList<EpisodePeople> people = showPeople(feedOf(4, withJane, text));
        EXPECT_EQ(find(people[0], QStringLiteral("Jane Doe"))->kind, QStringLiteral("guest"));
    }
    // Five visits in twenty episodes (25 %): a frequent guest, not the host.
    const QList<EpisodePeople> people = showPeople(feedOf(20, 5, text));
    EXPECT_EQ(find(people[0], QStringLiteral("Jane Doe"))->kind, QStringLiteral("guest"));
    EXPECT_EQ(find(people[0], QStringLiteral("Jane Doe"))->source, QStringLiteral("description"));
}

TEST(RecurringHosts, AWeeklyColumnistKeepsTheirKind)
{
    const QList<EpisodePeople> people =
        showPeople(feedOf(4, 4, QStringLiteral("Épisode %1.\nChronique : Noémie Sarrazin")));
    const EpisodeSpeaker* columnist = find(people[0], QStringLiteral("Noémie Sarrazin"));
    ASSERT_NE(columnist, nullptr);
    EXPECT_EQ(columnist->kind, QStringLiteral("columnist"));
}

TEST(RecurringHosts, TheRule)
{
    EXPECT_FALSE(RecurringHosts::isRecurring(2, 2));
    EXPECT_TRUE(RecurringHosts::isRecurring(3, 3));
    EXPECT_TRUE(RecurringHosts::isRecurring(3, 10));
    EXPECT_FALSE(RecurringHosts::isRecurring(3, 11));
    EXPECT_TRUE(
        RecurringHosts::isPromotable(QStringLiteral("guest"), QStringLiteral("description")));
    EXPECT_TRUE(RecurringHosts::isPromotable(QString(), QStringLiteral("description")));
    EXPECT_FALSE(RecurringHosts::isPromotable(QStringLiteral("guest"), QStringLiteral("feed")));
    EXPECT_FALSE(
        RecurringHosts::isPromotable(QStringLiteral("reporter"), QStringLiteral("description")));
    EXPECT_EQ(RecurringHosts::hostRole(QStringLiteral("invitée")), QStringLiteral("host"));
    EXPECT_EQ(RecurringHosts::hostRole(QStringLiteral("animatrice")), QStringLiteral("animatrice"));
}

} // namespace
} // namespace ondes
