// English shapes the rules missed on the real-shapes corpus's dev split (issue #15): people
// after "joins", "joined", "tells" and "asks" (only when a person follows the verb), names that
// end their line after "with", titles of address before a name, a production participle run
// into a name, bulleted lines, plural "look at". Each with typographic punctuation (’ “ ” – and
// U+00A0/U+202F) and a control the rule leaves alone (a person only mentioned). The rules'
// answer is checked (SpeakerCandidate::fromRules): what the decider then keeps is the corpus
// test's to measure. Names are invented.

#include "feed/feedtypes.h"
#include "feed/showhosts.h"
#include "feed/speakerextractor.h"
#include "speakertestsupport.h"

#include <gtest/gtest.h>

#include <iostream>

namespace ondes {

namespace {

using Speakers = QList<Speaker>;

using test::nameAndRole;

// The speakers the rules list (credits apart), with their roles.
Speakers ruleSpeakersOf(const char* utf8)
{
    Speakers found;
    for (const speakers::SpeakerCandidate& c : test::candidatesOf(utf8)) {
        if (c.fromRules && c.speaker.kind != SpeakerKind::Credit)
            found << Speaker{c.speaker.name, c.speaker.role};
    }
    return found;
}

QStringList ruleNamesOf(const char* utf8)
{
    QStringList names;
    for (const Speaker& s : ruleSpeakersOf(utf8))
        names << s.name;
    return names;
}

// "A, B and C joined D to quiz …", "X, journalist, joins Y for …": who joins someone is a guest,
// the one joined presents.
TEST(SpeakerEnglishShapes, WhoJoinsSomeoneIsReceivedByThem)
{
    EXPECT_EQ(ruleSpeakersOf("Episode Date:\u00a0October 20 \u2013 Nell Barton, Ivo Marsh, and "
                             "Rhea Okafor joined Simon Kettle to quiz the week\u2019s news."),
              (Speakers{nameAndRole("Nell Barton", "guest"), nameAndRole("Ivo Marsh", "guest"),
                        nameAndRole("Rhea Okafor", "guest"), nameAndRole("Simon Kettle", "host")}));
    EXPECT_EQ(ruleNamesOf("Bestselling authors Mara Quill and Dov Ashby join host Petra Lindqvist "
                          "to pick their summer reads\u202f!"),
              (QStringList{QStringLiteral("Mara Quill"), QStringLiteral("Dov Ashby"),
                           QStringLiteral("Petra Lindqvist")}));
    EXPECT_EQ(ruleSpeakersOf("Imani Brooks, a journalist at the Ledger, joins Dara Whitcombe for "
                             "a look at the religious right\u2019s plans."),
              (Speakers{nameAndRole("Imani Brooks", "journalist at the Ledger"),
                        nameAndRole("Dara Whitcombe", "host")}));
    // Control: joining a company names no one received.
    EXPECT_EQ(ruleNamesOf("Odile Varga joined Reuters in 2015 and now runs its data desk."),
              QStringList{});
}

// "A, pollster, joins B, pollster and president of …, to talk to C" (a real feed): the one
// joined, described by a job after a comma, is another guest beside A, not their host.
TEST(SpeakerEnglishShapes, WhoIsJoinedAndDescribedByAJobIsAnotherGuest)
{
    const auto ruleKindOf = [](const char* utf8, const char* name) {
        for (const speakers::SpeakerCandidate& c : test::candidatesOf(utf8)) {
            if (c.fromRules && c.speaker.name == QLatin1String(name))
                return c.speaker.kind;
        }
        return SpeakerKind::Unknown;
    };
    EXPECT_EQ(ruleKindOf("Ada Brenner, Republican pollster and co-founder of Echo Research, joins "
                         "Colm Bishop, Democratic pollster and president of Corner Strategies, to "
                         "talk to Chuck about the law.",
                         "Colm Bishop"),
              SpeakerKind::Guest);
    // Control: the one joined without a job after the name presents (the test above).
    EXPECT_EQ(ruleKindOf("Ada Brenner, Republican pollster, joins Colm Bishop to talk about the "
                         "law.",
                         "Colm Bishop"),
              SpeakerKind::Host);
}

// "he tells A, B and C", "X and Y tell NPR’s Z": the one told asks; "X asks Y what …": Y answers.
TEST(SpeakerEnglishShapes, TheOneToldAsksAndTheOneAskedAnswers)
{
    EXPECT_EQ(ruleSpeakersOf("\u201cWe\u2019ve been the best opposition,\u201d he tells Alma Pike, "
                             "Reuben Stoll and Hana Ferreira."),
              (Speakers{nameAndRole("Alma Pike", "host"), nameAndRole("Reuben Stoll", "host"),
                        nameAndRole("Hana Ferreira", "host")}));
    EXPECT_EQ(ruleSpeakersOf("Then, Odette Marl and Gregor Finch tell NPR\u2019s Samira Beltan "
                             "about their new picture book."),
              (Speakers{nameAndRole("Odette Marl", "guest"), nameAndRole("Gregor Finch", "guest"),
                        nameAndRole("Samira Beltan", "host")}));
    EXPECT_EQ(
        ruleSpeakersOf("Tess Moreland asks Quentin Hale what happens when you walk away "
                       "from everything."),
        (Speakers{nameAndRole("Tess Moreland", "host"), nameAndRole("Quentin Hale", "guest")}));
    // Controls: telling a story about someone, asking about something, name no one who asks.
    EXPECT_EQ(ruleNamesOf("The film tells the story of Ada Brenner, who mapped the coast."),
              QStringList{});
    EXPECT_EQ(ruleNamesOf("The report asks whether Ada Brenner knew."), QStringList{});
}

// "speaks with NPR’s X", "talks with The Economist’s X": whose, not who; the owner is what
// the text says of the person (speakerrolesadded_test.cpp).
TEST(SpeakerEnglishShapes, AnOwnersPossessiveBeforeTheNameIsSkipped)
{
    EXPECT_EQ(ruleSpeakersOf("Pulitzer Prize-winning author Rupert Vance speaks with NPR\u2019s "
                             "Lena Castell about his new book."),
              (Speakers{nameAndRole("Rupert Vance", "Pulitzer Prize-winning author"),
                        nameAndRole("Lena Castell", "NPR\u2019s")}));
}

// "Troubleshooting Systems with Felicity Marwood", "Kirsten Ware with A, B and C.": names that
// end their line after "with" are its guests, and who opens that line presents it.
TEST(SpeakerEnglishShapes, NamesEndingTheirLineAfterWith)
{
    EXPECT_EQ(ruleSpeakersOf("Nov 19, 2019 \u2022 42min\n\nTroubleshooting Systems through "
                             "Observability with Felicity Marwood\n\nWe start with why she "
                             "founded the company."),
              (Speakers{nameAndRole("Felicity Marwood", "guest")}));
    EXPECT_EQ(ruleSpeakersOf("On Thin Ice\u00a0: Glaciers and Geopolitics\nLorna Quaye with Bram "
                             "Oduya, Ines Calloway and Teodor Ruiz-Haddad."),
              (Speakers{nameAndRole("Lorna Quaye", "host"), nameAndRole("Bram Oduya", "guest"),
                        nameAndRole("Ines Calloway", "guest"),
                        nameAndRole("Teodor Ruiz-Haddad", "guest")}));
    // Controls: a band, and a sentence that goes on after the name.
    EXPECT_EQ(ruleNamesOf("Her choice is the punk figure she admired, the lead singer with X-Ray "
                          "Spex"),
              QStringList{});
    EXPECT_EQ(ruleNamesOf("He once recorded an album with Tobias Renn in Berlin, then left."),
              QStringList{});
}

// "Baroness Edith Carrow", "Mr. Ambassador Laurent DORNANO", "Representative Dolores Whit",
// "Sister Bernadette Kowal": titles of address and office are no part of the name.
TEST(SpeakerEnglishShapes, TitlesOfAddressAreLeftOutOfTheName)
{
    EXPECT_EQ(ruleNamesOf("They\u2019re joined by Baroness Edith Carrow, Emeritus Professor of "
                          "Social Policy at Loughborough University."),
              QStringList{QStringLiteral("Edith Carrow")});
    EXPECT_EQ(ruleNamesOf("We will be joined by:\n\n  \u2022 Mr. Ambassador Laurent DORNANO, "
                          "Permanent Representative of France to the Council of Europe."),
              QStringList{QStringLiteral("Laurent DORNANO")});
    EXPECT_EQ(ruleNamesOf("He was interviewed by Representative Dolores Whit about testing."),
              QStringList{QStringLiteral("Dolores Whit")});
}

// "Presented by Clive Ashworth Produced by Olive Clarridge": text run together once HTML is
// gone; a production participle ends the name.
TEST(SpeakerEnglishShapes, AProductionParticipleEndsTheName)
{
    EXPECT_EQ(ruleSpeakersOf("Plus a soulful Christmas song.\nPresented by Clive Ashworth "
                             "Produced by Olive Clarridge"),
              (Speakers{nameAndRole("Clive Ashworth", "host")}));
    // Control: on a line of its own the participle still opens the credit.
    const QList<Speaker> found = SpeakerExtractor().extract(
        QStringLiteral("Presented by Clive Ashworth\nProduced by Olive Clarridge"));
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found.at(1).name, QStringLiteral("Olive Clarridge"));
    EXPECT_EQ(found.at(1).kind, SpeakerKind::Credit);
}

// "  • Kerstin Yule talks to Joan Brannigan", "  • Håkon Lindvik is the Secretary General …": a
// bullet opens a line as a line break does.
TEST(SpeakerEnglishShapes, ABulletOpensTheLine)
{
    EXPECT_EQ(
        ruleSpeakersOf("  \u2022 Kerstin Yule talks to Joan Brannigan, in a programme "
                       "first broadcast in 2017."),
        (Speakers{nameAndRole("Kerstin Yule", "host"), nameAndRole("Joan Brannigan", "guest")}));
    EXPECT_EQ(ruleSpeakersOf("  \u2022 H\u00e5kon Lindvik is the Secretary General of an "
                             "international alliance.\n\n    Although he was born into a political "
                             "family, he became a statistician."),
              (Speakers{nameAndRole("H\u00e5kon Lindvik",
                                    "Secretary General of an international alliance")}));
    // Control: a bulleted song line names its writer, who is only mentioned.
    EXPECT_EQ(ruleNamesOf("  \u2022 DISC ONE: So Long, Marianne by Lionel Cowan"), QStringList{});
}

// "A and B look at the weird world of black holes": the plural of "looks at".
TEST(SpeakerEnglishShapes, PluralSubjectsOfLookAt)
{
    EXPECT_EQ(ruleNamesOf("Jun 1, 2020 \u2022 35min\n\nBrennan Cole and Robbie Ingle look at the "
                          "weird world of black holes."),
              (QStringList{QStringLiteral("Brennan Cole"), QStringLiteral("Robbie Ingle")}));
    EXPECT_EQ(ruleNamesOf("Let\u2019s look at what Ada Brenner found in the archive."),
              QStringList{});
}

// "Our Kyiv correspondent Nadia Farrow reports.": a real feed's reporter was not read. Only
// where "reports" ends the sentence: "X reports that …" tells what someone found.
TEST(SpeakerEnglishShapes, WhoReportsAtTheEndOfTheSentence)
{
    EXPECT_EQ(ruleSpeakersOf("The ceasefire held overnight \u2013 Nadia Farrow reports.\nThen "
                             "the day\u2019s other news."),
              (Speakers{nameAndRole("Nadia Farrow", "reporter")}));
    EXPECT_EQ(ruleNamesOf("Historian Ada Brenner reports that the archive was burnt in 1871."),
              QStringList{});
}

ParsedEpisode episodeOf(const char* utf8)
{
    ParsedEpisode episode;
    episode.description = Utf8Text::fromString(QString::fromUtf8(utf8));
    return episode;
}

QStringList rowsOf(const EpisodePeople& people)
{
    QStringList out;
    for (const EpisodeSpeaker& entry : people.speakers)
        out << entry.person.name + u'/' + entry.kind;
    return out;
}

// A real feed's channel description says "Hosted by Frank and Erik": its episodes' "Frank and
// Erik talk to X" listed them as guests. The hosts the show's description names host every
// episode, as its author would.
TEST(SpeakerEnglishShows, TheHostsTheChannelDescriptionNames)
{
    ParsedFeed feed;
    feed.title = QStringLiteral("Two Chairs Talking");
    feed.author = QStringLiteral("Two Chairs Media");
    feed.description =
        QStringLiteral("A weekly chat about design and the web. Hosted by Frank and Erik.");
    feed.episodes << episodeOf("Frank and Erik talk to Ada Brenner about type on the web.")
                  << episodeOf("This week\u2019s picks\u00a0: three new fonts.");
    const QList<EpisodePeople> people = showPeople(feed);
    ASSERT_EQ(people.size(), 2);
    EXPECT_EQ(rowsOf(people[0]),
              (QStringList{QStringLiteral("Frank/host"), QStringLiteral("Erik/host"),
                           QStringLiteral("Ada Brenner/guest")}));
    EXPECT_EQ(rowsOf(people[1]),
              (QStringList{QStringLiteral("Frank/host"), QStringLiteral("Erik/host")}));

    // Control: a channel description that names a guest of its first episode names no host.
    feed.description = QStringLiteral("Our first episode features Ada Brenner on type.");
    feed.episodes = {episodeOf("Ada Brenner and Tom Pike on the history of italics.")};
    const QList<EpisodePeople> controlPeople = showPeople(feed); // kept: the loop reads it
    for (const EpisodeSpeaker& entry : controlPeople.constFirst().speakers)
        EXPECT_NE(entry.kind, QStringLiteral("host")) << entry.person.name.toStdString();
}

// A real feed's description named one of its four hosts ("Four former aides — A, B, C and D —
// are joined by …") while each episode's own author lists that episode's hosts ("A, B, C"): the
// author's list stays whole, and the host the description names hosts only the episodes whose
// author names no one.
TEST(SpeakerEnglishShows, AnEpisodesAuthorListOutweighsTheChannelDescription)
{
    ParsedFeed feed;
    feed.title = QStringLiteral("Save the Republic");
    feed.author = QStringLiteral("Crooked Lane Media");
    feed.description = QStringLiteral("A weekly talk about politics. Hosted by Jon Favier.");
    ParsedEpisode listed = episodeOf("The week\u2019s news, and your questions.");
    listed.author = QStringLiteral("Jon Favier, Jon Lovell, Dan Pfeffer");
    ParsedEpisode unsigned_ = episodeOf("Holiday mailbag.");
    unsigned_.author = QStringLiteral("Crooked Lane Media");
    feed.episodes << listed << unsigned_;
    const QList<EpisodePeople> people = showPeople(feed);
    ASSERT_EQ(people.size(), 2);
    EXPECT_EQ(rowsOf(people[0]),
              (QStringList{QStringLiteral("Jon Favier/host"), QStringLiteral("Jon Lovell/host"),
                           QStringLiteral("Dan Pfeffer/host")}));
    EXPECT_EQ(rowsOf(people[1]), QStringList{QStringLiteral("Jon Favier/host")});
}

// A real duo's show signs "Frank and Erik" (its author and its title): its episodes' "Frank and
// Erik travel the world." listed its hosts as guests. An author field that lists two given names
// and nothing else names the show's hosts; a field of common words or one given name does not.
TEST(SpeakerEnglishShows, AnAuthorFieldOfGivenNamesNamesTheHosts)
{
    EXPECT_EQ(personNamesInField(QStringLiteral("Tomas and Henrik")),
              (QStringList{QStringLiteral("Tomas"), QStringLiteral("Henrik")}));
    EXPECT_EQ(personNamesInField(QStringLiteral("Rock and Roll")), QStringList{});
    EXPECT_EQ(personNamesInField(QStringLiteral("Tomas")), QStringList{});
    EXPECT_EQ(personNamesInField(QStringLiteral("Tomas and the Night Shift")), QStringList{});

    ParsedFeed feed;
    feed.title = QStringLiteral("Tomas and Henrik Tonight");
    feed.author = QStringLiteral("Tomas and Henrik");
    feed.episodes << episodeOf("<p>Tomas and Henrik travel the world.</p> <p>Outro: a song</p>");
    const EpisodePeople people = showPeople(feed).constFirst();
    EXPECT_EQ(rowsOf(people),
              (QStringList{QStringLiteral("Tomas/host"), QStringLiteral("Henrik/host")}));
    // The reading's "guest" was no role the text gave: a host's role says host.
    for (const EpisodeSpeaker& entry : people.speakers)
        EXPECT_EQ(entry.person.role, QStringLiteral("host")) << entry.person.name.toStdString();
}

// "… together with Jon, Jon, and Dan" in a real feed whose episode author lists Jon Favreau, Jon
// Lovett and Dan Pfeiffer: "Jon" was listed as a guest beside both. A first name that two listed
// people share is one of them, whichever: no row of its own.
TEST(SpeakerEnglishShows, AFirstNameTwoListedPeopleShareIsNoThirdPerson)
{
    ParsedFeed feed;
    feed.title = QStringLiteral("Save the Republic");
    feed.author = QStringLiteral("Crooked Lane Media");
    ParsedEpisode episode =
        episodeOf("Our guest host Ada Brenner joins Jon, Jon, and Dan to look back at the year.");
    episode.author = QStringLiteral("Jon Favier, Jon Lovell, Dan Pfeffer");
    feed.episodes << episode;
    const QList<EpisodePeople> people = showPeople(feed);
    QStringList names;
    for (const EpisodeSpeaker& entry : people.constFirst().speakers)
        names << entry.person.name;
    EXPECT_FALSE(names.contains(QStringLiteral("Jon"))) << names.join(u", ").toStdString();
    EXPECT_TRUE(names.contains(QStringLiteral("Jon Favier")));
    EXPECT_TRUE(names.contains(QStringLiteral("Jon Lovell")));
}

// "Fr. Mike shares five tips" in a show titled "… (with Fr. Mike Schmitz)": a real feed listed
// "Mike" as a guest beside its host. "Fr." is a title: the show's host is one row, from the
// title in parentheses.
TEST(SpeakerEnglishShows, AGivenNameAfterATitleIsNoSecondPerson)
{
    ParsedFeed feed;
    feed.title = QStringLiteral("The Psalms in a Year (with Fr. Mike Schell)");
    feed.author = QStringLiteral("Ascension");
    feed.episodes << episodeOf("Fr.\u00a0Mike shares five tips for praying the psalms.");
    EXPECT_EQ(rowsOf(showPeople(feed).constFirst()),
              QStringList{QStringLiteral("Mike Schell/host")});
    // Control: another Mike stays who he is.
    feed.episodes = {episodeOf("Day 13: Mike Dorsey joins us to talk about singing them.")};
    EXPECT_EQ(
        rowsOf(showPeople(feed).constFirst()),
        (QStringList{QStringLiteral("Mike Dorsey/guest"), QStringLiteral("Mike Schell/host")}));
}

} // namespace
} // namespace ondes
