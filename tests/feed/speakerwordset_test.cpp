// WordSet: the fixed word tables the speaker extractor looks words up in, by view.

#include "feed/speakerwordset.h"

#include <QString>

#include <gtest/gtest.h>

namespace ondes::speakers {
namespace {

TEST(SpeakerWordSet, FoldsTheWordsItIsGivenAndFindsThemByView)
{
    const WordSet set = WordSet::folded({u"Présentation", u"invité·e·s", u"d’", u"Host"});
    EXPECT_EQ(set.size(), 4);
    EXPECT_TRUE(set.contains(u"presentation"));
    EXPECT_TRUE(set.contains(u"invitees"));
    EXPECT_TRUE(set.contains(u"d'"));
    EXPECT_TRUE(set.contains(u"host"));
    EXPECT_FALSE(set.contains(u"Host")); // looked up as given: callers pass folded words
    EXPECT_FALSE(set.contains(u"hos"));
    EXPECT_FALSE(set.contains(u"hosts"));
    EXPECT_FALSE(set.contains(u""));

    // A view into a longer text, as the tokens give them.
    const QString text = QStringLiteral("la presentation du soir");
    EXPECT_TRUE(set.contains(QStringView(text).mid(3, 12)));
    EXPECT_FALSE(set.contains(QStringView(text).mid(3, 13)));
}

TEST(SpeakerWordSet, AnEmptySetHasNothing)
{
    const WordSet set;
    EXPECT_EQ(set.size(), 0);
    EXPECT_FALSE(set.contains(u"de"));
    EXPECT_EQ(set.valueOf(u"de"), 0);
}

TEST(SpeakerWordSet, ValuesOfAWordAddedTwiceAreJoined)
{
    WordSet set;
    set.insert(u"de", 1);
    set.insert(u"historienne", 4);
    set.insert(u"de", 2);
    EXPECT_EQ(set.size(), 2);
    EXPECT_EQ(set.valueOf(u"de"), 3);
    EXPECT_EQ(set.valueOf(u"historienne"), 4);
    EXPECT_EQ(set.valueOf(u"du"), 0);
    const std::vector<QStringView> words = set.words();
    ASSERT_EQ(words.size(), 2u);
    EXPECT_EQ(words.at(0), u"de");
    EXPECT_EQ(words.at(1), u"historienne");
}

TEST(SpeakerWordSet, ThousandsOfWordsAllFoundNoneInvented)
{
    // Grows many times; every word stays findable, and near misses are not found.
    WordSet set;
    for (int i = 0; i < 5000; ++i)
        set.insert(QStringLiteral("name%1").arg(i));
    EXPECT_EQ(set.size(), 5000);
    for (int i = 0; i < 5000; ++i) {
        ASSERT_TRUE(set.contains(QStringLiteral("name%1").arg(i))) << i;
        ASSERT_FALSE(set.contains(QStringLiteral("name%1x").arg(i))) << i;
    }
    EXPECT_FALSE(set.contains(u"name5000"));
    EXPECT_FALSE(set.contains(u"name"));
}

} // namespace
} // namespace ondes::speakers
