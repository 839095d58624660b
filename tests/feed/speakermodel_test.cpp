// The learned decider: the candidates the rules and the name grammar propose, their features,
// and how the model's answer makes the speaker list. Names are invented.

#include "feed/speakerextractor.h"
#include "feed/speakermodel.h"
#include "speakertestsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace ondes {
namespace {

using speakers::Feature;
using speakers::SpeakerCandidate;

using test::candidatesOf;

TEST(SpeakerCandidates, TheRulesSpeakersFirstThenEveryOtherName)
{
    const auto all = candidatesOf("Avec Odile Marcassus, historienne. Un soir de 1887, Émile "
                                  "Zola renonce à publier la suite de son enquête.\n"
                                  "Réalisation : Perrine Lhomond");
    ASSERT_EQ(all.size(), 3);
    EXPECT_EQ(all.at(0).speaker.name, QStringLiteral("Odile Marcassus"));
    EXPECT_TRUE(all.at(0).fromRules);
    EXPECT_EQ(all.at(0).speaker.role, QStringLiteral("historienne"));
    EXPECT_EQ(all.at(1).speaker.kind, SpeakerKind::Credit);
    EXPECT_TRUE(all.at(1).fromRules);
    EXPECT_EQ(all.at(2).speaker.name, QString::fromUtf8("Émile Zola"));
    EXPECT_FALSE(all.at(2).fromRules);
    EXPECT_EQ(test::featureOf(all.at(2), Feature::FromRules), 0.0f);
    EXPECT_EQ(test::featureOf(all.at(2), Feature::YearNear), 1.0f); // a historical figure
    EXPECT_EQ(test::featureOf(all.at(0), Feature::YearNear), 0.0f);
    EXPECT_EQ(test::featureOf(all.at(0), Feature::RuleGuest), 1.0f);
    EXPECT_EQ(test::featureOf(all.at(0), Feature::RuleDescribed), 1.0f);
    EXPECT_EQ(test::featureOf(all.at(0), Feature::Described), 1.0f);
    for (const SpeakerCandidate& c : all)
        EXPECT_EQ(test::featureOf(c, Feature::Bias), 1.0f);
}

TEST(SpeakerCandidates, AWordBeforeTheGivenNameIsLeftOut)
{
    const auto all = candidatesOf("Hello and welcome. I'm Oliver Pryce and this is the show.");
    const SpeakerCandidate* oliver = test::candidateNamed(all, "Oliver Pryce");
    ASSERT_NE(oliver, nullptr);
    EXPECT_EQ(test::featureOf(*oliver, Feature::SelfIntro), 1.0f);
    EXPECT_EQ(test::candidateNamed(all, "I'm Oliver Pryce"), nullptr);

    // A town before the name: "Roanne" is no given name, "Gaëtan" is.
    const auto town = candidatesOf("Reportage, Roanne Gaëtan Roubaud a fermé son atelier.");
    const SpeakerCandidate* gaetan = test::candidateNamed(town, "Gaëtan Roubaud");
    ASSERT_NE(gaetan, nullptr);
    EXPECT_EQ(test::featureOf(*gaetan, Feature::OpenerDropped), 1.0f);
    EXPECT_EQ(test::featureOf(*gaetan, Feature::SelfIntro), 0.0f);
    EXPECT_EQ(test::candidateNamed(town, "Roanne Gaëtan Roubaud"), nullptr);

    // When the rules made a speaker of the longer name, the shorter one is not proposed again.
    const auto told = candidatesOf("Reportage, Roanne Gaëtan Roubaud raconte la fermeture.");
    ASSERT_EQ(told.size(), 1);
    EXPECT_TRUE(told.at(0).fromRules);
}

TEST(SpeakerCandidates, ShapeAndContextFeatures)
{
    const auto all = candidatesOf("Le livre « Les jardins de Marthe Ravel » paraît.\n"
                                  "Le président Armand Ndong-Essone a reporté le référendum.\n"
                                  "Karim Oudjani, et Régis Monfort, Le bazar du monde.\n"
                                  "Nadia OKBANI raconte la grève.");
    const SpeakerCandidate* marthe = test::candidateNamed(all, "Marthe Ravel");
    const SpeakerCandidate* armand = test::candidateNamed(all, "Armand Ndong-Essone");
    const SpeakerCandidate* karim = test::candidateNamed(all, "Karim Oudjani");
    const SpeakerCandidate* nadia = test::candidateNamed(all, "Nadia OKBANI");
    ASSERT_NE(marthe, nullptr);
    ASSERT_NE(armand, nullptr);
    ASSERT_NE(karim, nullptr);
    ASSERT_NE(nadia, nullptr);
    EXPECT_EQ(test::featureOf(*marthe, Feature::InQuotes), 1.0f);
    EXPECT_EQ(test::featureOf(*karim, Feature::InQuotes), 0.0f);
    EXPECT_EQ(test::featureOf(*armand, Feature::PowerBefore), 1.0f);
    EXPECT_EQ(test::featureOf(*karim, Feature::LineStart), 1.0f);
    EXPECT_EQ(test::featureOf(*karim, Feature::BeforeComma), 1.0f);
    EXPECT_EQ(test::featureOf(*karim, Feature::ListNeighbour), 1.0f);
    EXPECT_EQ(test::featureOf(*karim, Feature::FirstGiven), 1.0f);
    EXPECT_EQ(test::featureOf(*karim, Feature::TwoWords), 1.0f);
    EXPECT_EQ(test::featureOf(*marthe, Feature::FirstLine), 1.0f);
    EXPECT_EQ(test::featureOf(*karim, Feature::FirstLine), 0.0f);
    EXPECT_EQ(test::featureOf(*nadia, Feature::AllCapsWord), 1.0f);
    EXPECT_EQ(test::featureOf(*nadia, Feature::SpeechAfter), 1.0f);
}

TEST(SpeakerCandidates, ANameTheRulesLeftTakesItsLinesLabelAsRole)
{
    const auto all = candidatesOf("La grève a été très suivie.\n\n"
                                  "▶ Retour de terrain : Rémi-Kenji Paget et Andreï Manolescu\n");
    const SpeakerCandidate* remi = test::candidateNamed(all, "Rémi-Kenji Paget");
    const SpeakerCandidate* andrei = test::candidateNamed(all, "Andreï Manolescu");
    ASSERT_NE(remi, nullptr);
    ASSERT_NE(andrei, nullptr);
    // The label as the rules write an unknown one: in lower case.
    EXPECT_FALSE(remi->fromRules);
    EXPECT_EQ(remi->speaker.role, QStringLiteral("retour de terrain"));
    EXPECT_FALSE(andrei->fromRules);
    EXPECT_EQ(andrei->speaker.role, QStringLiteral("retour de terrain"));
}

TEST(SpeakerCandidates, AJobBeforeTheCommaIsTheRole)
{
    const auto all = candidatesOf("Au début du conflit nous avons joint la sociologue au CNRS, "
                                  "Maud Ferrand n’avait pas de doute.");
    const SpeakerCandidate* maud = test::candidateNamed(all, "Maud Ferrand");
    ASSERT_NE(maud, nullptr);
    EXPECT_FALSE(maud->fromRules);
    EXPECT_EQ(maud->speaker.role, QStringLiteral("sociologue au CNRS"));
}

SpeakerCandidate candidate(const char* name, bool fromRules, qsizetype position,
                           SpeakerKind kind = SpeakerKind::Guest)
{
    SpeakerCandidate c;
    c.speaker = Speaker{QString::fromUtf8(name), QStringLiteral("guest"), kind};
    c.fromRules = fromRules;
    c.position = position;
    c.hasFeatures = true;
    c.features[size_t(Feature::Bias)] = 1;
    c.features[size_t(Feature::FromRules)] = fromRules ? 1 : 0;
    c.features[size_t(Feature::FirstGiven)] = 1;
    return c;
}

TEST(SpeakerModel, AddsWhatItAcceptsInTextOrderAndNeverACredit)
{
    // A model that trusts the rules and a given name: bias -1, rules +3, given name +2.
    speakers::SpeakerModelWeights model{};
    model.weights[size_t(Feature::Bias)] = -1;
    model.weights[size_t(Feature::FromRules)] = 3;
    model.weights[size_t(Feature::FirstGiven)] = 2;
    model.keepThreshold = 0.5f;
    model.addThreshold = 0.7f; // sigmoid(1) = 0.73: a given name alone is enough
    QList<SpeakerCandidate> all{candidate("Anna Royer", true, 10),
                                candidate("Perrine Lhomond", true, 30, SpeakerKind::Credit),
                                candidate("Karim Oudjani", false, 2),
                                candidate("Régis Monfort", false, 20),
                                candidate("Bao-Anh Dinh", false, 40, SpeakerKind::Credit)};
    all[3].features[size_t(Feature::FirstGiven)] = 0; // sigmoid(-1): not added
    const QList<Speaker> kept = speakers::decideSpeakers(all, model);
    ASSERT_EQ(kept.size(), 3);
    EXPECT_EQ(kept.at(0).name, QStringLiteral("Karim Oudjani")); // before Anna Royer in the text
    EXPECT_EQ(kept.at(1).name, QStringLiteral("Anna Royer"));
    EXPECT_EQ(kept.at(2).name, QStringLiteral("Perrine Lhomond")); // the rules' credit stays
    EXPECT_EQ(kept.at(2).kind, SpeakerKind::Credit);

    model.keepThreshold = 0.99f; // sigmoid(4) = 0.98: the rules' speaker is dropped
    const QList<Speaker> strict = speakers::decideSpeakers(all, model);
    ASSERT_EQ(strict.size(), 2);
    EXPECT_EQ(strict.at(0).name, QStringLiteral("Karim Oudjani"));
    EXPECT_EQ(strict.at(1).name, QStringLiteral("Perrine Lhomond"));
}

TEST(SpeakerModel, TheTrainedWeightsAreUsable)
{
    const auto& model = speakers::speakerModelWeights;
    EXPECT_GE(model.keepThreshold, 0.0f);
    EXPECT_LE(model.keepThreshold, 1.0f);
    EXPECT_GT(model.addThreshold, 0.0f);
    // A described guest the rules found is kept; a historical figure in a dated sentence is not
    // added.
    const auto all = candidatesOf("Avec Odile Marcassus, historienne. Un soir de 1887, Émile "
                                  "Zola renonce à publier la suite de son enquête.");
    ASSERT_EQ(all.size(), 2);
    EXPECT_GE(speakers::speakerProbability(all.at(0).features), model.keepThreshold);
    EXPECT_LT(speakers::speakerProbability(all.at(1).features), model.addThreshold);
    const QList<Speaker> speakers =
        SpeakerExtractor().extract(QString::fromUtf8("Avec Odile Marcassus, historienne. Un soir "
                                                     "de 1887, Émile Zola renonce à publier."));
    ASSERT_EQ(speakers.size(), 1);
    EXPECT_EQ(speakers.at(0).name, QStringLiteral("Odile Marcassus"));
}

TEST(SpeakerCandidates, WhatFollowsTheNameDescribesIt)
{
    // A job noun right after the name (text run together), ", from …" in English; the role
    // stops where the next person starts.
    const QList<Speaker> english = SpeakerExtractor().extract(QString::fromUtf8(
        "Glacier Speed, with Mara Quillon and Teodor Brask\nThis week we are joined by Mara "
        "Quillon, from Lund University, and Teodor Brask, from the University of Oslo, who also "
        "edits the journal."));
    ASSERT_EQ(english.size(), 2);
    EXPECT_EQ(english.at(0).role, QStringLiteral("from Lund University"));
    EXPECT_EQ(english.at(1).role, QStringLiteral("from the University of Oslo"));

    const QList<Speaker> french = SpeakerExtractor().extract(
        QString::fromUtf8("La crise du logement. Invités: Odile Ferrand sociologue au CNRS et "
                          "Martin Guéhenno journaliste à Libération. Présentation : Anne Cossec"));
    ASSERT_GE(french.size(), 2);
    EXPECT_EQ(french.at(0).name, QStringLiteral("Odile Ferrand"));
    EXPECT_EQ(french.at(0).role, QStringLiteral("sociologue au CNRS"));
    EXPECT_EQ(french.constLast().name, QStringLiteral("Anne Cossec"));
    EXPECT_EQ(french.constLast().kind, SpeakerKind::Host);
}

// The decider skips a candidate's context features when the others already rule it out: on
// every description of the corpus, no candidate it would accept is skipped that way.
TEST(SpeakerModel, ContextFeaturesAreSkippedOnlyForNamesTheyCouldNotSave)
{
    QFile file(QStringLiteral(ONDES_TEST_DATA_DIR "/speakers/real-shapes.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const auto& model = speakers::speakerModelWeights;
    int accepted = 0;
    int skipped = 0;
    for (const QJsonValue& entry : QJsonDocument::fromJson(file.readAll()).array()) {
        const QString text = entry.toObject().value(u"text").toString();
        for (const SpeakerCandidate& c : SpeakerExtractor().candidates(text)) {
            if (c.fromRules || !c.hasFeatures)
                continue;
            speakers::FeatureVector withoutContext = c.features;
            for (int k = 0; k < speakers::featureCount; ++k) {
                if (speakers::isContextFeature(Feature(k)))
                    withoutContext[size_t(k)] = 0;
            }
            const bool reach = speakers::mayReach(withoutContext, model.addThreshold, model);
            if (speakers::speakerProbability(c.features, model) >= model.addThreshold) {
                ++accepted;
                EXPECT_TRUE(reach) << c.speaker.name.toStdString();
            }
            skipped += reach ? 0 : 1;
        }
    }
    EXPECT_GT(accepted, 10);
    EXPECT_GT(skipped, accepted); // the point: most names are ruled out early
}

} // namespace
} // namespace ondes
