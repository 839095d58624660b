// Shapes the extractor got wrong on real podcast feeds (issue #15): text run together once HTML
// is gone, template separators, web addresses, bylines a host appends, quoted titles, verbs
// before a job, section labels, repeated names and calls for support. Each shape is checked in
// French and in English with the typographic punctuation published text uses (’ « » “ ” – and
// U+00A0/U+202F), and against the same text where the rule must not fire. Names are invented.

#include "feed/speakerextractor.h"
#include "speakertestsupport.h"

#include <gtest/gtest.h>

#include <iostream>

namespace ondes {

namespace {

using Speakers = QList<Speaker>;

using test::nameAndRole;
using test::speakersOf;

Speakers creditsOnFeed(const char* utf8)
{
    Speakers found;
    for (Speaker s : SpeakerExtractor().extract(QString::fromUtf8(utf8))) {
        if (s.kind == SpeakerKind::Credit)
            found << s;
    }
    return found;
}

QStringList speakerNamesOnFeed(const char* utf8)
{
    QStringList names;
    for (const Speaker& s : test::speakersOf(utf8))
        names << s.name;
    return names;
}

// "réalisé par : A, B, Julie COSTA Vous aimez ce podcast ?": once line breaks are gone, a
// capitalised word that a lower-case one follows, after a surname in capitals, starts a
// sentence: the last person keeps their name and the one before keeps the label's role.
TEST(SpeakerRealFeeds, ASentenceAfterASurnameInCapitalsEndsTheName)
{
    EXPECT_EQ(creditsOnFeed("Un podcast réalisé par\u00a0: Flora BERNAL, Marion Le Gall, Stéphane "
                            "COSTA Vous aimez ce podcast\u202f? Rendez-vous sur le site."),
              (Speakers{Speaker{QStringLiteral("Flora BERNAL"), QStringLiteral("réalisation"),
                                SpeakerKind::Credit},
                        Speaker{QStringLiteral("Marion Le Gall"), QStringLiteral("réalisation"),
                                SpeakerKind::Credit},
                        Speaker{QStringLiteral("Stéphane COSTA"), QStringLiteral("réalisation"),
                                SpeakerKind::Credit}}));
    EXPECT_EQ(creditsOnFeed("Produced by: Ann LELAND, Tom BAXTER You can hear every episode on "
                            "the site."),
              (Speakers{Speaker{QStringLiteral("Ann LELAND"), QStringLiteral("producer"),
                                SpeakerKind::Credit},
                        Speaker{QStringLiteral("Tom BAXTER"), QStringLiteral("producer"),
                                SpeakerKind::Credit}}));
    // Capitals all through, or a particle after the surname, stay one name.
    EXPECT_EQ(speakerNamesOnFeed("Avec Jean-Marie LE GALLOU, historien."),
              QStringList{QStringLiteral("Jean-Marie LE GALLOU")});
}

// "par : A, B - C’est une épopée qui …": a spaced dash before a pronoun is the template's next
// field, the episode's summary, not the last person's role.
TEST(SpeakerRealFeeds, ADashBeforeAPronounIsNoRole)
{
    EXPECT_EQ(speakersOf("durée : 00:52:10 - Affaires - par : Christophe Barrot, Fabrice Drouet - "
                         "C’est une épopée qui réunit héroïsme et audace."),
              (Speakers{nameAndRole("Christophe Barrot", "host"),
                        nameAndRole("Fabrice Drouet", "host")}));
    EXPECT_EQ(speakersOf("Presenter: Ann Leland - It is the story of a ship lost at sea."),
              (Speakers{nameAndRole("Ann Leland", "host")}));
    // A job after the dash stays the role.
    EXPECT_EQ(speakersOf("Presenter: Ann Leland \u2013 historian of the sea"),
              (Speakers{nameAndRole("Ann Leland", "historian of the sea")}));
}

// "durée : … - Show - par : A, B - Title": in Radio France's template a dash ends the hosts,
// even when the title is a name (the person the episode is about).
TEST(SpeakerRealFeeds, TheTitleAfterTheHostsInADurationTemplateIsNoHost)
{
    EXPECT_EQ(speakersOf("durée : 00:58:54 - Les Mardis du livre - par : Bastien Castelreng - "
                         "Louisa Darmontel\nPeu de pages, mais d’une intensité rare."),
              (Speakers{nameAndRole("Bastien Castelreng", "host")}));
    EXPECT_EQ(speakersOf("durée\u00a0: 00:58:54 - Les Mardis du livre - par : Bastien "
                         "Castelreng, Hugo Marinval - Louisa Darmontel"),
              (Speakers{nameAndRole("Bastien Castelreng", "host"),
                        nameAndRole("Hugo Marinval", "host")}));
    // Control: elsewhere a dash between two names still lists both.
    EXPECT_EQ(
        speakersOf("Avec : Annick Leland - Tomas Baxendale"),
        (Speakers{nameAndRole("Annick Leland", "guest"), nameAndRole("Tomas Baxendale", "guest")}));
}

// "Moleskine Timepage (iPhone / 4,99€)": a name glossed with a price or platforms is an app's.
TEST(SpeakerRealFeeds, AnAppInAListOfAppsIsNoSpeaker)
{
    EXPECT_EQ(speakerNamesOnFeed("Les apps :\n    Cartonaut Timepage (iPhone / 3,49\u00a0€)\n    "
                                 "Ferrodrome Lite (iOS & Android / Gratuit)\nAvec Léa Morvanne, "
                                 "céramiste."),
              QStringList{QStringLiteral("Léa Morvanne")});
    EXPECT_TRUE(speakerNamesOnFeed("Apps: Lumenpad Studio (iPad, $4.99)").isEmpty());
    // Controls: a number is no price, and "Web" stays a credit's label.
    EXPECT_EQ(speakerNamesOnFeed("Avec Léa Morvanne (34 ans)."),
              QStringList{QStringLiteral("Léa Morvanne")});
    EXPECT_EQ(creditsOnFeed("Web : Jonas Petitbon"),
              (Speakers{Speaker{QStringLiteral("Jonas Petitbon"), QStringLiteral("web"),
                                SpeakerKind::Credit}}));
}

// "Kevin MacLane (musicsite.com)": a web address says where to find someone, not who they are.
TEST(SpeakerRealFeeds, AWebAddressIsNoRole)
{
    EXPECT_EQ(speakersOf("Avec Léa Morvan (www.leamorvan.fr)."),
              (Speakers{nameAndRole("Léa Morvan", "guest")}));
    EXPECT_EQ(speakersOf("Avec Léa Morvan (céramiste)."),
              (Speakers{nameAndRole("Léa Morvan", "céramiste")}));
    EXPECT_EQ(speakersOf("Guest: Tom Baxter (tombaxter.com)"),
              (Speakers{nameAndRole("Tom Baxter", "guest")}));
    EXPECT_EQ(speakersOf("Guest: Tom Baxter (Ph.D.)"),
              (Speakers{nameAndRole("Tom Baxter", "Ph.D")}));
}

// SoundCloud appends "by <the show's author>" to every summary: the byline closing the text is
// no one's role; a publisher after a participle is.
TEST(SpeakerRealFeeds, AHostsBylineAtTheEndIsNoRole)
{
    EXPECT_EQ(speakersOf("Podcast Interview With Stuart Bell And Matt Byron, Independent "
                         "Contractors at Sensis by The Graph Database Community"),
              (Speakers{nameAndRole("Stuart Bell", "guest"),
                        nameAndRole("Matt Byron", "Independent Contractors at Sensis")}));
    EXPECT_EQ(
        speakersOf("Entretien avec Léa Morvan, ingénieure chez Datafox by Les Amis du Graphe"),
        (Speakers{nameAndRole("Léa Morvan", "ingénieure chez Datafox")}));
    EXPECT_EQ(
        speakersOf("With Matt Byron, author of a novel published by Harbour House"),
        (Speakers{nameAndRole("Matt Byron", "author of a novel published by Harbour House")}));
}

// "the author of a new book, “Title,” in which he writes …": the title's closing quote ends the
// role, which never ends on a dangling preposition.
TEST(SpeakerRealFeeds, ARoleStopsAtTheQuotedTitlesTrailingClause)
{
    EXPECT_EQ(
        speakersOf("Chuck talks with George Wills, syndicated columnist and the author of a "
                   "new book, “Happiness and Its Discontents,” in which he writes about war."),
        (Speakers{nameAndRole(
            "George Wills", "syndicated columnist and the author of a new book, “Happiness and Its "
                            "Discontents,”")}));
    EXPECT_EQ(speakersOf("Avec Léa Morvan, autrice de « La Mer », dans lequel elle raconte son "
                         "enfance."),
              (Speakers{nameAndRole("Léa Morvan", "autrice de « La Mer »")}));
}

// "follows documentary filmmaker Dan Johnson and …": the verb before the job is the sentence's.
// The role the name would have, whether or not the decider's weights of the day list it.
TEST(SpeakerRealFeeds, AVerbBeforeAJobIsNotPartOfTheRole)
{
    const auto candidates = test::candidatesOf(
        "This new series follows documentary filmmaker Dan Johnson and former videographer and "
        "insider, Delia Rogers, on an emotional journey to speak with more victims.");
    const speakers::SpeakerCandidate* dan = test::candidateNamed(candidates, "Dan Johnson");
    ASSERT_NE(dan, nullptr);
    EXPECT_EQ(dan->speaker.role, QStringLiteral("documentary filmmaker"));
}

// "Invocation de Moussa (aleyhi salam) :": a common word, a particle and a given name make a
// section title about someone, not a person.
TEST(SpeakerRealFeeds, ACommonWordAndAParticleBeforeAGivenNameIsATitle)
{
    EXPECT_EQ(speakerNamesOnFeed("<p>Invocation de Moussa (aleyhi salam) :</p><p>Texte lu.</p>"),
              QStringList{});
    EXPECT_EQ(speakerNamesOnFeed("<p>Story of Maria (in memoriam):</p><p>A reading.</p>"),
              QStringList{});
    EXPECT_EQ(speakerNamesOnFeed("<p>Moussa Diallo (conteur) :</p><p>Texte lu.</p>"),
              QStringList{QStringLiteral("Moussa Diallo")});
}

// "Support The Bible in a Year (with Fr. Mike Ashby)": a call to support a show names it with
// its people; they are no speakers of this episode.
TEST(SpeakerRealFeeds, ACallForSupportNamesNoSpeaker)
{
    const auto proposed = [](const char* text, const char* name) {
        return test::candidateNamed(test::candidatesOf(text), name) != nullptr;
    };
    EXPECT_FALSE(proposed("<p>Today we read two chapters.</p><p><a href=\"https://x\">Support The "
                          "Morning Reading (with Fr. Mike Ashby)</a></p>",
                          "Mike Ashby"));
    EXPECT_FALSE(proposed("<p>Lecture du jour.</p><p>Soutenez « La Lecture », avec Paul "
                          "Lestrade</p>",
                          "Paul Lestrade"));
    // The same lines without the call name their people.
    EXPECT_TRUE(proposed("<p>Today we read two chapters.</p><p><a href=\"https://x\">The "
                         "Morning Reading (with Fr. Mike Ashby)</a></p>",
                         "Mike Ashby"));
    EXPECT_TRUE(proposed("<p>Lecture du jour.</p><p>« La Lecture », avec Paul Lestrade</p>",
                         "Paul Lestrade"));
}

// "together with Jon, Jon, and Dan": a name repeated is another person, not a role.
TEST(SpeakerRealFeeds, ARepeatedNameIsNoRole)
{
    for (const Speaker& s :
         speakersOf("The special brings guest hosts Priya Anand and Trevor Anders together with "
                    "Jon, Jon, and Dan to look back at the year."))
        EXPECT_NE(s.role, s.name) << s.name.toStdString();
    for (const Speaker& s :
         speakersOf("L’émission réunit Priya Anand et Trevor Anders avec Léa, Léa et Paul pour "
                    "revenir sur l’année."))
        EXPECT_NE(s.role, s.name) << s.name.toStdString();
}

// "This week: X joins us": a heading that only tells when is no one's role; a label that says
// what the part is still is ("Grand témoin : X").
TEST(SpeakerRealFeeds, AHeadingThatTellsWhenIsNoRole)
{
    EXPECT_EQ(speakersOf("This week: Ana Reyes joins us to talk about rivers."),
              (Speakers{nameAndRole("Ana Reyes", "guest")}));
    EXPECT_EQ(speakersOf("In this episode: Ana Reyes joins us to talk about rivers."),
              (Speakers{nameAndRole("Ana Reyes", "guest")}));
    EXPECT_EQ(speakersOf("Cette semaine\u00A0: Léa Morvan nous parle des fleuves."),
              (Speakers{nameAndRole("Léa Morvan", "guest")}));
    EXPECT_EQ(speakersOf("Aujourd’hui : Léa Morvan nous parle des fleuves."),
              (Speakers{nameAndRole("Léa Morvan", "guest")}));
    EXPECT_EQ(speakersOf("Grand témoin : Léa Morvan nous parle des fleuves."),
              (Speakers{nameAndRole("Léa Morvan", "Grand témoin")}));
}

} // namespace
} // namespace ondes
