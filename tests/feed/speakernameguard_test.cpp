// The person-name guard: the lexicon compiled in from the committed given names and Debian's word
// lists, and what it keeps out of the speakers (products, companies, headlines, section titles).

#include "feed/speakerextractor.h"
#include "feed/speakerlexicon.h"

#include <gtest/gtest.h>

namespace ondes {
namespace {

QStringList speakerNames(const char* utf8)
{
    QStringList names;
    for (const Speaker& s : SpeakerExtractor().extract(QString::fromUtf8(utf8))) {
        if (s.kind != SpeakerKind::Credit)
            names << s.name;
    }
    return names;
}

TEST(SpeakerLexicon, GivenNamesAreKnownWholeOrByAPart)
{
    using speakers::isGivenName;
    EXPECT_TRUE(isGivenName(u"nadia"));
    EXPECT_TRUE(isGivenName(u"yoan") || isGivenName(u"yoann") || isGivenName(u"yohan"));
    EXPECT_TRUE(isGivenName(u"jean-baptiste"));
    EXPECT_TRUE(isGivenName(u"marie-kenza")); // by its parts
    EXPECT_TRUE(isGivenName(u"naima"));       // folded: Naïma
    EXPECT_TRUE(isGivenName(u"siobhan"));
    EXPECT_TRUE(isGivenName(u"kwame"));
    EXPECT_FALSE(isGivenName(u"arcade"));
    EXPECT_FALSE(isGivenName(u"okbani"));
}

TEST(SpeakerLexicon, CommonWordsComeFromTheWordListsButNotGivenNames)
{
    using speakers::isCommonWord;
    for (const char16_t* word :
         {u"apple", u"arcade", u"direct", u"funding", u"customer", u"headset", u"support",
          u"hollow", u"knight", u"reunion", u"emploi", u"fromage", u"conferences"})
        EXPECT_TRUE(isCommonWord(word)) << QString::fromUtf16(word).toStdString();
    // Given names that are also words stay names; invented surnames are not words.
    for (const char16_t* word :
         {u"rose", u"pierre", u"grace", u"okbani", u"piktoroff", u"rakotomalala", u"lhomond", u""})
        EXPECT_FALSE(isCommonWord(word)) << QString::fromUtf16(word).toStdString();
}

TEST(PersonNameGuard, ProductsCompaniesAndHeadlinesAreNotSpeakers)
{
    EXPECT_EQ(speakerNames("Guests: Apple Arcade and Hollow Knight"), QStringList{});
    EXPECT_EQ(speakerNames("With Not Funding, and more."), QStringList{});
    EXPECT_EQ(speakerNames("Then Barton George from Dell joins us."),
              QStringList{QStringLiteral("Barton George")});
    EXPECT_EQ(speakerNames("Invités : Fausse Route, Grand Froid et Bastien Ollagnier"),
              QStringList{QStringLiteral("Bastien Ollagnier")});
}

TEST(PersonNameGuard, NamesWithoutAKnownGivenNameStayWhenNotCommonWords)
{
    EXPECT_EQ(speakerNames("Avec Hanta Rakotomalala, romancière, et Gwenn Le Gall, éditrice."),
              (QStringList{QStringLiteral("Hanta Rakotomalala"), QStringLiteral("Gwenn Le Gall")}));
    EXPECT_EQ(speakerNames("Guest: J. R. Okafor"), QStringList{QStringLiteral("J. R. Okafor")});
}

} // namespace
} // namespace ondes

namespace ondes {
namespace {

TEST(PersonNameGuard, AJobRightBeforeTheGivenNameIsTheRole)
{
    const QList<Speaker> found = SpeakerExtractor().extract(
        QStringLiteral("I interview Harvard Professor Jennifer Hollis about her new book."));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().name, QStringLiteral("Jennifer Hollis"));
    EXPECT_EQ(found.first().role, QStringLiteral("Harvard Professor"));
}

TEST(PersonNameGuard, AJobAfterTheNameIsNotPartOfIt)
{
    const QList<Speaker> found = SpeakerExtractor().extract(
        QStringLiteral("- invités : Apolline Kervella Plasticienne; Noa Halévy Compositrice"));
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found.at(0).name, QStringLiteral("Apolline Kervella"));
    EXPECT_EQ(found.at(0).role, QStringLiteral("Plasticienne"));
    EXPECT_EQ(found.at(1).name, QStringLiteral("Noa Halévy"));
}

} // namespace
} // namespace ondes

namespace ondes {
namespace {

TEST(PersonNameGuard, AShowDescribedLikeAPersonIsNotOne)
{
    // Found on a real feed (a podcast recommending others): the show's name holds a given name.
    EXPECT_EQ(speakerNames("Airline Pilot Guy is an aviation podcast hosted by pilots."),
              QStringList{});
    EXPECT_EQ(speakerNames("Steve Lehman is a Lawyer in Michigan and an author."),
              QStringList{QStringLiteral("Steve Lehman")});
}

TEST(PersonNameGuard, HostedAndProducedLabelsTheHost)
{
    const QList<Speaker> found =
        SpeakerExtractor().extract(QStringLiteral("<p>Hosted and produced: Maeve McClennan</p>"));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().name, QStringLiteral("Maeve McClennan"));
    EXPECT_EQ(found.first().kind, SpeakerKind::Host);
}

TEST(SpeakerNameGuard, AGerundOfAWordIsATitlesWordNotAName)
{
    // "Geeking", "Talking", "Shopping" are rarely in the word lists themselves; their verbs are.
    EXPECT_EQ(
        speakerNames("Geeking Out with Odalys Ferreira-Quint\n\nThe one where we geek out "
                     "on tracing with Tadeusz Wronski"),
        (QStringList{QStringLiteral("Odalys Ferreira-Quint"), QStringLiteral("Tadeusz Wronski")}));
    EXPECT_EQ(speakerNames("Talking Shop with Bertille Amsallem"),
              QStringList{QStringLiteral("Bertille Amsallem")});
    // Controls: a surname made the same way, after a given name, is a name.
    EXPECT_EQ(speakerNames("Tom Browning joins us to talk about owls."),
              QStringList{QStringLiteral("Tom Browning")});
    EXPECT_EQ(speakerNames("Our guest is the historian Ada Fleming."),
              QStringList{QStringLiteral("Ada Fleming")});
}

TEST(SpeakerNameGuard, AParticleWrittenAsOneWordWithTheSurnameStaysInTheName)
{
    // "deLacy": neither a word of the language nor a given name, between a given name and a
    // capitalised surname.
    EXPECT_EQ(
        speakerNames("Host Dominic deMarcy Holloway talks with comedian Tess Oduya."),
        (QStringList{QStringLiteral("Dominic deMarcy Holloway"), QStringLiteral("Tess Oduya")}));
    // Controls: a word of the language there ends the name, as a verb does.
    EXPECT_FALSE(speakerNames("Ce soir, Dominic joue Chopin avec l'orchestre.")
                     .contains(QStringLiteral("Dominic joue Chopin")));
    EXPECT_EQ(speakerNames("Host Dominic Holloway talks with comedian Tess Oduya."),
              (QStringList{QStringLiteral("Dominic Holloway"), QStringLiteral("Tess Oduya")}));
}

TEST(SpeakerNameGuard, ACommonWordOpensANameOnlyBeforeAGivenName)
{
    // "Bijou" is a French word and a given name the lexicon does not hold: with no given name
    // after it, it is the name's first word, not a sentence opener to cut off.
    EXPECT_EQ(speakerNames("Bijou Nsimba Lokwa, urbaniste, répond à nos questions."),
              QStringList{QStringLiteral("Bijou Nsimba Lokwa")});
    // Control: an opener before a given name is cut off.
    EXPECT_EQ(speakerNames("Ensuite Hélène Roux raconte son voyage."),
              QStringList{QStringLiteral("Hélène Roux")});
}

TEST(SpeakerNameGuard, ASurnameWithAJobRunIntoItIsNoName)
{
    // HTML gone without a separator: where the surname ends is a guess, so no one is listed.
    EXPECT_TRUE(
        speakerNames("Mardi : avec Clarisse de Ramonphysicien théoricien, cosmologue.").isEmpty());
    EXPECT_EQ(speakerNames("Avec Ilse Vandammehistorienne et Jonas Petit, sociologue."),
              QStringList{QStringLiteral("Jonas Petit")});
    // Controls: the same people written apart, and surnames a short job ends ("-marchand",
    // "-berger").
    EXPECT_EQ(speakerNames("Avec Ilse Vandamme, historienne, et Jonas Petit, sociologue."),
              (QStringList{QStringLiteral("Ilse Vandamme"), QStringLiteral("Jonas Petit")}));
    EXPECT_EQ(speakerNames("Avec Paul Lemarchand, historien, et Anne Rosenberger, sociologue."),
              (QStringList{QStringLiteral("Paul Lemarchand"), QStringLiteral("Anne Rosenberger")}));
}

} // namespace
} // namespace ondes
