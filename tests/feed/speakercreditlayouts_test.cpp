// Production credits in the layouts shows publish them, French and English: one a line, run
// together once HTML is removed, after dashes, under a "Crédits :" or "Credits:" heading, inside
// a sentence. A credit is never listed as a speaker, and a credit read as one keeps its whole
// name, not the next label's first word. Names are invented.

#include "speakertestsupport.h"

#include <gtest/gtest.h>

namespace ondes {
namespace {

// The credits the extractor lists, "name (role)", in its order.
QStringList creditsListed(const char* utf8)
{
    QStringList credits;
    for (const Speaker& s : SpeakerExtractor().extract(QString::fromUtf8(utf8))) {
        if (s.kind == SpeakerKind::Credit)
            credits << s.name + QStringLiteral(" (") + s.role + u')';
    }
    return credits;
}

const char* const kCreditNames[] = {
    "Gaspard Lemoine",  "Inès Thibaudeau",  "Corentin Abalain", "Yaël Roussillon",
    "Bérénice Marquet", "Solène Kervella",  "Bastien Courtade", "Hugo Mérignac",
    "Tristan Leblay",   "Gemma Holloway",   "Declan Murtagh",   "Imran Chaudhry",
    "Luca Brenner",     "Marcus Delacroix", "Freya Lindqvist",  "Oskar Varga"};

// No credited person among the speakers of `utf8`.
void expectNoCreditSpoke(const char* utf8)
{
    const QStringList names = test::speakerNamesOf(utf8);
    for (const char* credit : kCreditNames) {
        for (const QString& name : names)
            EXPECT_FALSE(name.contains(QString::fromUtf8(credit))) << name.toStdString();
    }
}

// The four French credits the layouts below give, as creditsListed() writes them.
QStringList frenchCredits()
{
    return {u"Gaspard Lemoine (réalisation)"_qs, u"Inès Thibaudeau (montage)"_qs,
            u"Corentin Abalain (mixage)"_qs, u"Yaël Roussillon (prise de son)"_qs};
}

TEST(SpeakerCreditLayouts, FrenchOneALine)
{
    const char* text = "Avec Maëlys Vautrin, historienne.\nRéalisation\u00A0: Gaspard Lemoine\n"
                       "Montage\u00A0: Inès Thibaudeau\nMixage\u00A0: Corentin Abalain\n"
                       "Prise de son\u00A0: Yaël Roussillon";
    expectNoCreditSpoke(text);
    EXPECT_EQ(creditsListed(text), frenchCredits());
}

TEST(SpeakerCreditLayouts, FrenchRunTogetherKeepsWholeNames)
{
    // "<p>Réalisation : A</p><p>Montage : B</p>" once the HTML is removed: each name stops where
    // the next label starts.
    const char* text = "Avec Maëlys Vautrin, historienne. Réalisation : Gaspard Lemoine Montage : "
                       "Inès Thibaudeau Mixage : Corentin Abalain Prise de son : Yaël Roussillon";
    expectNoCreditSpoke(text);
    EXPECT_EQ(creditsListed(text), frenchCredits());
    EXPECT_EQ(test::speakerNamesOf(text), QStringList{u"Maëlys Vautrin"_qs});
}

TEST(SpeakerCreditLayouts, EnglishRunTogetherKeepsWholeNames)
{
    const char* text =
        "Host Priya Natarajan speaks with marine biologist Tobias Renwick. Producer: "
        "Gemma Holloway Editor: Declan Murtagh Sound: Imran Chaudhry Mixed by Luca "
        "Brenner";
    expectNoCreditSpoke(text);
    EXPECT_EQ(creditsListed(text),
              (QStringList{u"Gemma Holloway (producer)"_qs, u"Declan Murtagh (editor)"_qs,
                           u"Imran Chaudhry (sound)"_qs, u"Luca Brenner (mixing)"_qs}));
}

TEST(SpeakerCreditLayouts, AWordThatIsNoLabelStaysInTheName)
{
    // Control: "Montagne" before a colon is no label; the name is read as before the rule.
    const char* text = "Réalisation : Gaspard Lemoine Montagne : Inès Thibaudeau";
    expectNoCreditSpoke(text);
    ASSERT_FALSE(creditsListed(text).isEmpty());
    EXPECT_EQ(creditsListed(text).constFirst(), u"Gaspard Lemoine Montagne (réalisation)"_qs);
}

TEST(SpeakerCreditLayouts, FrenchProductionTitles)
{
    const char* text = "Une émission présentée par Odile Ferrandou. Chargée de réalisation\u00A0: "
                       "Bérénice Marquet. Attachée de production\u00A0: Solène Kervella.";
    expectNoCreditSpoke(text);
    EXPECT_EQ(creditsListed(text), (QStringList{u"Bérénice Marquet (chargée de réalisation)"_qs,
                                                u"Solène Kervella (attachée de production)"_qs}));
    const char* lines = "Une émission présentée par Odile Ferrandou.\nChargé de réalisation\u00A0: "
                        "Bastien Courtade\nAttaché de production\u00A0: Hugo Mérignac";
    expectNoCreditSpoke(lines);
    EXPECT_EQ(test::speakerNamesOf(lines), QStringList{u"Odile Ferrandou"_qs});
}

TEST(SpeakerCreditLayouts, UnderACreditsHeading)
{
    const char* fr = "Crédits\u00A0:\nPrésentation\u00A0: Odile Ferrandou\nRéalisation\u00A0: "
                     "Gaspard Lemoine\nMontage\u00A0: Inès Thibaudeau\nMusique originale\u00A0: "
                     "Tristan Leblay";
    expectNoCreditSpoke(fr);
    EXPECT_EQ(test::speakerNamesOf(fr), QStringList{u"Odile Ferrandou"_qs});
    const char* en = "Credits:\nHost: Priya Natarajan\nProducer: Gemma Holloway\nEditor: Declan "
                     "Murtagh\nExecutive Producer: Marcus Delacroix\nArtwork: Freya Lindqvist\n"
                     "Theme music: Oskar Varga";
    expectNoCreditSpoke(en);
    EXPECT_EQ(test::speakerNamesOf(en), QStringList{u"Priya Natarajan"_qs});
    const char* inline_ = "Crédits : présentation Odile Ferrandou, réalisation Gaspard Lemoine, "
                          "montage Inès Thibaudeau, mixage Corentin Abalain.";
    expectNoCreditSpoke(inline_);
}

TEST(SpeakerCreditLayouts, EnglishOneALineAndBy)
{
    const char* text = "Host Priya Natarajan speaks with marine biologist Tobias Renwick.\n"
                       "Producer: Gemma Holloway\nEditor: Declan Murtagh\nSound: Imran Chaudhry\n"
                       "Mixed by Luca Brenner\nExecutive producer: Marcus Delacroix\nArtwork by "
                       "Freya Lindqvist\nTheme music by Oskar Varga";
    expectNoCreditSpoke(text);
    EXPECT_EQ(test::speakerNamesOf(text),
              (QStringList{u"Priya Natarajan"_qs, u"Tobias Renwick"_qs}));
    const char* plural = "With Tobias Renwick, marine biologist.\nProducers: Gemma Holloway and "
                         "Declan Murtagh\nSound engineer: Imran Chaudhry";
    expectNoCreditSpoke(plural);
    EXPECT_EQ(creditsListed(plural),
              (QStringList{u"Gemma Holloway (producers)"_qs, u"Declan Murtagh (producers)"_qs,
                           u"Imran Chaudhry (sound engineer)"_qs}));
}

TEST(SpeakerCreditLayouts, CreditsInsideSentencesAndRunOn)
{
    for (const char* text :
         {"This episode was produced by Gemma Holloway and edited by Declan Murtagh. Our "
          "executive producer is Marcus Delacroix. Sound design by Imran Chaudhry.",
          "Priya Natarajan talks to Tobias Renwick. Produced by Gemma Holloway. Edited by Declan "
          "Murtagh. Mixed by Luca Brenner. Executive Producer Marcus Delacroix.",
          "Priya Natarajan talks to Tobias Renwick.ProducerGemma HollowayEditorDeclan Murtagh",
          "Avec Maëlys Vautrin. Réalisation Gaspard Lemoine. Montage Inès Thibaudeau. Mixage "
          "Corentin Abalain.",
          "Avec Maëlys Vautrin \u2013 Réalisation : Gaspard Lemoine \u2013 Montage : Inès "
          "Thibaudeau \u2013 Prise de son : Yaël Roussillon",
          "Avec Maëlys Vautrin, historienne. Un épisode réalisé par Gaspard Lemoine, monté par "
          "Inès Thibaudeau et mixé par Corentin Abalain.",
          "Invitée : Maëlys Vautrin, historienne\nRéalisation\nGaspard Lemoine\nMontage\nInès "
          "Thibaudeau"})
        expectNoCreditSpoke(text);
}

} // namespace
} // namespace ondes
