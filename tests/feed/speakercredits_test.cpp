// Production credits (réalisation, montage, mixage, producer, editor…) are credits, never
// speakers, in the layouts real shows write them; and hosts credited with a production verb
// ("Interview réalisée par X", "l’émission produite par X") are hosts. Names are invented.

#include "feed/speakerextractor.h"

#include <gtest/gtest.h>

#include <iostream>

namespace ondes {

void PrintTo(const Speaker& speaker, std::ostream* os);

namespace {

using Speakers = QList<Speaker>;

Speakers creditsIn(const char* utf8)
{
    Speakers found;
    for (const Speaker& s : SpeakerExtractor().extract(QString::fromUtf8(utf8))) {
        if (s.kind == SpeakerKind::Credit)
            found << s;
    }
    return found;
}

QStringList speakerNamesIn(const char* utf8)
{
    QStringList names;
    for (const Speaker& s : SpeakerExtractor().extract(QString::fromUtf8(utf8))) {
        if (s.kind != SpeakerKind::Credit)
            names << s.name;
    }
    return names;
}

Speaker creditOf(const char* name, const char* role)
{
    return Speaker{QString::fromUtf8(name), QString::fromUtf8(role), SpeakerKind::Credit};
}

TEST(SpeakerCredits, RadioCreditLabels)
{
    const char* text = "Un podcast de Léa Delacroix, pour Le Monde. Réalisation\u00a0: Diane "
                       "Rousseau. Suivi éditorial\u00a0: Joséphine Larrieux, Mathieu Darrieu. "
                       "Mixage\u00a0: Eyeshot. Identité graphique\u00a0: Julien Steinhof. "
                       "Partenariat\u00a0: Inès Jourdain.";
    EXPECT_EQ(creditsIn(text), (Speakers{creditOf("Diane Rousseau", "réalisation"),
                                         creditOf("Joséphine Larrieux", "suivi éditorial"),
                                         creditOf("Mathieu Darrieu", "suivi éditorial"),
                                         creditOf("Julien Steinhof", "identité graphique"),
                                         creditOf("Inès Jourdain", "partenariat")}));
    EXPECT_EQ(speakerNamesIn(text), QStringList{QStringLiteral("Léa Delacroix")});
    EXPECT_EQ(creditsIn("Chargée de réalisation\u202f: Agnès Forestier\nCoordination\u00a0: Paul "
                        "Lassalle\nProgrammation musicale : Marion Vautrin\nAttachée de "
                        "production : Inès Amrane"),
              (Speakers{creditOf("Agnès Forestier", "chargée de réalisation"),
                        creditOf("Paul Lassalle", "coordination"),
                        creditOf("Marion Vautrin", "programmation musicale"),
                        creditOf("Inès Amrane", "attachée de production")}));
    EXPECT_EQ(creditsIn("Producer: Simon Tilbury\nSound: Anna Leland\nEditor: Joe Blakeley"),
              (Speakers{creditOf("Simon Tilbury", "producer"), creditOf("Anna Leland", "sound"),
                        creditOf("Joe Blakeley", "editor")}));
}

// A credit needs a person's name, as a speaker does: a picture library or a studio is none.
TEST(SpeakerCredits, APictureLibraryOrAStudioIsNoCredit)
{
    EXPECT_EQ(creditsIn("Photo\u00a0: Visual Hunt\nMixage : Studio Grand Large"), Speakers{});
    EXPECT_EQ(creditsIn("Photo\u00a0: Sandrine Wagner / Rue89"),
              (Speakers{creditOf("Sandrine Wagner", "photo")}));
}

// The episode's own credits inside a sentence, not a song's.
TEST(SpeakerCredits, TheEpisodesCreditsInsideASentence)
{
    EXPECT_EQ(creditsIn("<p>This episode was edited and produced by Rob Weinstein.</p>"),
              (Speakers{creditOf("Rob Weinstein", "producer")}));
    EXPECT_EQ(creditsIn("The broadcast will be hosted by Pauline Armand. It is also prepared by "
                        "Pierre-Antoine Kleber, Émilie Stumpf and Jean-François Gérard."),
              (Speakers{creditOf("Pierre-Antoine Kleber", "producer"),
                        creditOf("Émilie Stumpf", "producer"),
                        creditOf("Jean-François Gérard", "producer")}));
    // (What follows the comma is a sentence that a place opens, not the credit's role.)
    EXPECT_EQ(creditsIn("Créé par Ambre Gaudin et mis en musique par Morgan Peyrou, Lorient "
                        "accueille le festival."),
              (Speakers{creditOf("Morgan Peyrou", "mis en musique par")}));
    // "'Moon River' was written by X" is about a song: nobody is credited for the episode.
    EXPECT_EQ(creditsIn("The song Moon River was produced by Henry Manson in 1961."), Speakers{});
}

// "l’une des attachées de production –avec Inès Amrani–": who works on the production with
// someone is credited with them, not a guest.
TEST(SpeakerCredits, WithSomeoneInACreditIsCredited)
{
    const char* text = "On m’a annoncé que j’allais devenir l’une des attachées de production "
                       "–avec Inès Amrane– du nouveau podcast.";
    EXPECT_EQ(creditsIn(text), (Speakers{creditOf("Inès Amrane", "attachées de production")}));
    EXPECT_EQ(speakerNamesIn(text), QStringList{});
}

// "Interview réalisée par X", "l’émission produite par X": the one who interviews, the producer
// of a radio programme, speaks in it (France Culture's producers are its hosts).
TEST(SpeakerCredits, HostsCreditedWithAProductionVerb)
{
    EXPECT_EQ(SpeakerExtractor().extract(
                  QString::fromUtf8("Interview réalisée par Aurélie Santos, en stage à RPH.")),
              (Speakers{Speaker{QStringLiteral("Aurélie Santos"), QStringLiteral("host"),
                                SpeakerKind::Host}}));
    EXPECT_EQ(SpeakerExtractor().extract(QString::fromUtf8(
                  "« L’expérience », l’émission produite par Aurélie Vassor, est diffusée le "
                  "dimanche.")),
              (Speakers{Speaker{QStringLiteral("Aurélie Vassor"), QStringLiteral("host"),
                                SpeakerKind::Host}}));
    // The studio's "réalisée par" stays a credit.
    EXPECT_EQ(creditsIn("Une série d’Aline Périer, réalisée par Angélique Morand."),
              (Speakers{creditOf("Angélique Morand", "réalisation")}));
}

// One credit a line without a colon, the label then the name ("Réalisation Cédric Aubrac"); and
// a label run into the names before it once HTML is removed ("… Hélène Maquet Réalisation : X").
TEST(SpeakerCredits, CreditLinesWithoutAColonAndLabelsRunTogether)
{
    EXPECT_EQ(creditsIn("Coproduction France Culture\nRéalisation Cédric Aubrey\nChoix des textes "
                        "Pierre Sorel\nConseillère littéraire Emmanuelle Chevrot\n\nÀ l’occasion "
                        "de la reprise de la pièce."),
              (Speakers{creditOf("Cédric Aubrey", "réalisation"),
                        creditOf("Pierre Sorel", "choix des textes"),
                        creditOf("Emmanuelle Chevrot", "conseillère littéraire")}));
    EXPECT_EQ(creditsIn("<p>Sound Design Anna Leland</p><p>Executive producer Joe Blakeley</p>"),
              (Speakers{creditOf("Anna Leland", "sound design"),
                        creditOf("Joe Blakeley", "executive producer")}));
    const char* together = "Invité : Barthélémy Gaillard, auteur. Présentation : Bertrand Hennard "
                           "et Hélène Maquet Réalisation : Bao-Anh Dinh";
    EXPECT_EQ(creditsIn(together), (Speakers{creditOf("Bao-Anh Dinh", "réalisation")}));
    EXPECT_EQ(speakerNamesIn(together),
              (QStringList{QStringLiteral("Barthélémy Gaillard"),
                           QStringLiteral("Bertrand Hennard"), QStringLiteral("Hélène Maquet")}));
    // A line that opens on a word that is no credit label is left alone.
    EXPECT_EQ(creditsIn("Bienvenue Claire Dupuis\nMerci Paul Roybet\n"), Speakers{});
}

// "our producer X" credits X where it opens a line or a sentence; told of inside a sentence (a
// transcript's "thanks to our producer X", "one of our producers, X, who coached her") it names
// someone the story is about, neither a credit nor a speaker.
TEST(SpeakerCredits, OurProducerOnlyWhereACreditStands)
{
    EXPECT_EQ(creditsIn("Our producer is Lynne Levine.\nThis week, Ana Reyes joins us."),
              Speakers{creditOf("Lynne Levine", "producer")});
    const char* told = "JAD: But we got interested in him thanks to our producer Lynne Levine. "
                       "She sat in the studio with one of our producers, Diana Woo, who coached "
                       "her through it \u2013 “a get-well card”, she says.";
    EXPECT_EQ(creditsIn(told), Speakers{});
    EXPECT_FALSE(speakerNamesIn(told).contains(QStringLiteral("Lynne Levine")));
    EXPECT_FALSE(speakerNamesIn(told).contains(QStringLiteral("Diana Woo")));
    const char* toldFr = "Grâce à notre productrice Lina Morel, on a retrouvé la lettre\u202f! "
                         "« C’est elle qui l’a lue », raconte l’une de nos productrices, Inès "
                         "Amrane.";
    EXPECT_EQ(creditsIn(toldFr), Speakers{});
    EXPECT_FALSE(speakerNamesIn(toldFr).contains(QStringLiteral("Lina Morel")));
}

// A credit label then a name that ends the line, after a dash, a semicolon or a sentence ("…
// – Réalisation Monique Talbert"), is a credit line as on a line of its own; and a label then a
// name after a dash ("– Lecture Roland Keriven") is no description of the name before it.
TEST(SpeakerCredits, CreditSegmentsAfterADash)
{
    const char* fr = "Par Anne-Sophie Ravanel \u2013 Avec Luc Deschamps-Méry \u2013 Lecture "
                     "Roland Keriven \u2013 Réalisation Monique Talbert\nRoland Keriven lit des "
                     "pages du récit\u00a0; « c’est la route », dit-il.";
    EXPECT_EQ(creditsIn(fr), Speakers{creditOf("Monique Talbert", "réalisation")});
    for (const Speaker& s : SpeakerExtractor().extract(QString::fromUtf8(fr))) {
        if (s.name == u"Luc Deschamps-Méry") {
            EXPECT_EQ(s.role, QStringLiteral("guest"));
        }
    }
    const char* en = "With Dana Whitfield \u2013 Sound Design Anna Leland\nDana talks about "
                     "whales\u2014and “The Deep”.";
    EXPECT_EQ(creditsIn(en), Speakers{creditOf("Anna Leland", "sound design")});
    EXPECT_EQ(speakerNamesIn(en), QStringList{QStringLiteral("Dana Whitfield")});
    // A label word then no name stays a description: "– Réalisation du festival".
    EXPECT_EQ(creditsIn("Avec Luc Deschamps-Méry \u2013 Réalisation du festival d’Avignon"),
              Speakers{});
}

// "Image: X Credit: Y": who a picture shows is no credit when its credit follows on the line;
// the one after "Credit:" / "Crédit :" is.
TEST(SpeakerCredits, APicturesSubjectBeforeItsCredit)
{
    EXPECT_EQ(creditsIn("Life Without a Womb \u2013 “I was born this way”.\nImage: Natasha "
                        "Bishton Credit: Natalie Thomsett"),
              Speakers{creditOf("Natalie Thomsett", "credit")});
    EXPECT_EQ(creditsIn("Picture: Robbie and Sheryl Lowe Credit: Brandon Stallworth"),
              Speakers{creditOf("Brandon Stallworth", "credit")});
    EXPECT_EQ(creditsIn("« Vivre sans » \u2013 Photo\u00a0: Léa Morel et Paul Roybet, "
                        "Crédit\u00a0: Hélène Marcq"),
              Speakers{creditOf("Hélène Marcq", "crédit")});
    // Without a credit after it, the picture label credits its names, as before.
    EXPECT_EQ(creditsIn("« Vivre sans »\nPhoto\u00a0: Hélène Marcq"),
              Speakers{creditOf("Hélène Marcq", "photo")});
}

// A credit run on after the line before it, its punctuation lost with the HTML ("Presented by X
// Produced by Y", "Audio source: CTV News Produced by Y"), and "Music by X": credits, not
// speakers. Controls: a lower-case "produced by" inside a sentence, "music by" about a song.
TEST(SpeakerCredits, ACreditRunOnAfterTheLineBeforeIt)
{
    EXPECT_EQ(creditsIn("Presented by Gordon Fellowes Produced by Olive Clarridge"),
              Speakers{creditOf("Olive Clarridge", "producer")});
    EXPECT_EQ(speakerNamesIn("Presented by Gordon Fellowes Produced by Olive Clarridge"),
              QStringList{QStringLiteral("Gordon Fellowes")});
    EXPECT_EQ(creditsIn("Audio source: CTV News Produced by Saba Eitzman"),
              Speakers{creditOf("Saba Eitzman", "producer")});
    EXPECT_EQ(creditsIn("Host: Dana Cole.\nMusic by Kenny Dorsett."),
              Speakers{creditOf("Kenny Dorsett", "music")});
    EXPECT_TRUE(speakerNamesIn("Host: Dana Cole.\nMusic by Kenny Dorsett.")
                    .contains(QStringLiteral("Dana Cole")));
    EXPECT_FALSE(speakerNamesIn("Host: Dana Cole.\nMusic by Kenny Dorsett.")
                     .contains(QStringLiteral("Kenny Dorsett")));
    // Controls.
    EXPECT_TRUE(
        creditsIn("The film Cold Harbour was produced by Marta Quillon in 1998.").isEmpty());
    EXPECT_TRUE(creditsIn("We played a song with music by Kenny Dorsett and lyrics by Ada "
                          "Brennan.")
                    .isEmpty());
}

TEST(SpeakerCredits, ComplicityInMakingTheShowIsACredit)
{
    // Inside the sentence that credits the show's making: who helped make it.
    const char* made = "Cette émission a été préparée et présentée par Ondine Vasseur avec la "
                       "complicité de Maëlle Benhamou, Maïwenn Le Gall et Tobias Ferrand.";
    EXPECT_EQ(creditsIn(made), (Speakers{creditOf("Maëlle Benhamou", "complicité"),
                                         creditOf("Maïwenn Le Gall", "complicité"),
                                         creditOf("Tobias Ferrand", "complicité")}));
    EXPECT_EQ(speakerNamesIn(made), QStringList{QStringLiteral("Ondine Vasseur")});
    EXPECT_TRUE(creditsIn("Réalisé par Ondine Vasseur avec la complicité de Maëlle Benhamou.")
                    .contains(creditOf("Maëlle Benhamou", "complicité")));
    // Control: opening its own sentence after the host's, it names who is on air with the host.
    const char* onAir = "Une émission animée par Ondine Vasseur. Avec la complicité de Maëlle "
                        "Benhamou et Tobias Ferrand.";
    EXPECT_EQ(speakerNamesIn(onAir),
              (QStringList{QStringLiteral("Ondine Vasseur"), QStringLiteral("Maëlle Benhamou"),
                           QStringLiteral("Tobias Ferrand")}));
    EXPECT_TRUE(creditsIn(onAir).isEmpty());
}

} // namespace
} // namespace ondes
