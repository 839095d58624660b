// The words around a candidate name (speakerlexicalcontext.h): the keys the decider's lexical
// table is looked up with, the lookup itself, and what a weighted word does to a name's
// probability. Names are invented.

#include "feed/speakerlexicalcontext.h"
#include "feed/speakermodel.h"
#include "speakertestsupport.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace ondes {
namespace {

using speakers::Feature;
using speakers::lexicalKey;
using speakers::LexicalKeys;
using speakers::LexicalSlot;
using speakers::LexicalTable;
using speakers::LexicalWeight;

bool holds(const LexicalKeys& keys, LexicalSlot slot, const char16_t* word)
{
    const quint32 key = lexicalKey(slot, QStringView(word));
    return std::find(keys.keys.begin(), keys.keys.begin() + keys.count, key) !=
           keys.keys.begin() + keys.count;
}

const LexicalKeys& keysOf(const QList<speakers::SpeakerCandidate>& all, const char* name)
{
    const speakers::SpeakerCandidate* c = test::candidateNamed(all, name);
    EXPECT_NE(c, nullptr) << name;
    static const LexicalKeys none;
    return c ? c->lexical : none;
}

TEST(SpeakerLexicalContext, TheWordsAroundTheNameInTheirSlots)
{
    const auto all = test::candidatesOf("Émission du 12 mai\n"
                                        "Invités : Odile Marcassus, historienne, et Paul Verdier\n"
                                        "Avec Léa Fournier.");
    const LexicalKeys& odile = keysOf(all, "Odile Marcassus");
    EXPECT_TRUE(holds(odile, LexicalSlot::Before1, u":"));
    EXPECT_TRUE(holds(odile, LexicalSlot::Before2, u"invites")); // folded: no accent, lower case
    EXPECT_TRUE(holds(odile, LexicalSlot::Before3, u"|"));       // the line break
    EXPECT_TRUE(holds(odile, LexicalSlot::After1, u","));
    EXPECT_TRUE(holds(odile, LexicalSlot::After2, u"historienne"));
    EXPECT_TRUE(holds(odile, LexicalSlot::PairBefore, u"invites :"));
    EXPECT_TRUE(holds(odile, LexicalSlot::LineFirst, u"invites"));
    EXPECT_TRUE(holds(odile, LexicalSlot::Heading, u"invites"));
    EXPECT_FALSE(holds(odile, LexicalSlot::After2, u"invites")); // a word counts in its slot only
    EXPECT_FALSE(holds(odile, LexicalSlot::Before1, u"avec"));

    const LexicalKeys& paul = keysOf(all, "Paul Verdier");
    EXPECT_TRUE(holds(paul, LexicalSlot::Before1, u"et"));
    EXPECT_TRUE(holds(paul, LexicalSlot::Heading, u"invites")); // the same line's heading
    EXPECT_TRUE(holds(paul, LexicalSlot::After1, u"|"));

    // A name opening its line has no first word of its line before it, nor a heading.
    const LexicalKeys& lea = keysOf(all, "Léa Fournier");
    EXPECT_TRUE(holds(lea, LexicalSlot::Before1, u"avec"));
    EXPECT_TRUE(holds(lea, LexicalSlot::LineFirst, u"avec"));
    EXPECT_FALSE(holds(lea, LexicalSlot::Heading, u"invites"));
    EXPECT_TRUE(holds(lea, LexicalSlot::After1, u"."));
    EXPECT_TRUE(holds(lea, LexicalSlot::After2, u"^")); // the text's end
}

TEST(SpeakerLexicalContext, AWordWithADigitIsReadAsZero)
{
    const auto all = test::candidatesOf("Le 12 mai 2024 Odile Marcassus raconte la grève.");
    const LexicalKeys& odile = keysOf(all, "Odile Marcassus");
    EXPECT_TRUE(holds(odile, LexicalSlot::Before1, u"0"));
    EXPECT_TRUE(holds(odile, LexicalSlot::Before3, u"0"));
    EXPECT_TRUE(holds(odile, LexicalSlot::After1, u"raconte"));
}

// A table sorted by key, as the trainer writes it.
std::vector<LexicalWeight> tableOf(std::vector<LexicalWeight> weights)
{
    std::sort(weights.begin(), weights.end(),
              [](const LexicalWeight& a, const LexicalWeight& b) { return a.key < b.key; });
    return weights;
}

TEST(SpeakerLexicalContext, TheTableGivesAWordInItsWeightAndAnyOtherNone)
{
    const std::vector<LexicalWeight> weights =
        tableOf({{lexicalKey(LexicalSlot::Before1, u"avec"), 1.5f},
                 {lexicalKey(LexicalSlot::After1, u","), -0.25f},
                 {lexicalKey(LexicalSlot::Heading, u"invites"), 0.75f}});
    const LexicalTable table{weights.data(), int(weights.size())};
    EXPECT_EQ(table.weightOf(lexicalKey(LexicalSlot::Before1, u"avec")), 1.5f);
    EXPECT_EQ(table.weightOf(lexicalKey(LexicalSlot::Heading, u"invites")), 0.75f);
    EXPECT_EQ(table.weightOf(lexicalKey(LexicalSlot::Before1, u"selon")), 0.0f);
    EXPECT_EQ(table.weightOf(lexicalKey(LexicalSlot::After1, u"avec")), 0.0f); // another slot
    EXPECT_EQ(LexicalTable{}.weightOf(lexicalKey(LexicalSlot::Before1, u"avec")), 0.0f);
}

TEST(SpeakerLexicalContext, AStrongWordBeforeANameRaisesItsProbability)
{
    const std::vector<LexicalWeight> weights =
        tableOf({{lexicalKey(LexicalSlot::Before1, u"avec"), 2.0f},
                 {lexicalKey(LexicalSlot::Before1, u"selon"), -1.0f}});
    const LexicalTable table{weights.data(), int(weights.size())};
    const auto with = test::candidatesOf("Un débat. Avec Odile Marcassus, historienne.");
    const auto told = test::candidatesOf("Un débat. Selon Odile Marcassus, historienne.");
    const auto none = test::candidatesOf("Un débat. Hier Odile Marcassus, historienne.");
    const float strong = table.scoreOf(keysOf(with, "Odile Marcassus"));
    const float against = table.scoreOf(keysOf(told, "Odile Marcassus"));
    const float neutral = table.scoreOf(keysOf(none, "Odile Marcassus"));
    EXPECT_EQ(strong, 2.0f);
    EXPECT_EQ(against, -1.0f);
    EXPECT_EQ(neutral, 0.0f);

    // The decider adds the sum as one feature of weight 1.
    speakers::SpeakerModelWeights model{};
    model.weights[size_t(Feature::Lexical)] = 1.0f;
    speakers::FeatureVector f{};
    f[size_t(Feature::Lexical)] = strong;
    const double withAvec = speakers::speakerProbability(f, model);
    f[size_t(Feature::Lexical)] = neutral;
    const double withNone = speakers::speakerProbability(f, model);
    f[size_t(Feature::Lexical)] = against;
    const double withSelon = speakers::speakerProbability(f, model);
    EXPECT_GT(withAvec, 0.85);
    EXPECT_DOUBLE_EQ(withNone, 0.5);
    EXPECT_LT(withSelon, 0.3);
}

} // namespace
} // namespace ondes
