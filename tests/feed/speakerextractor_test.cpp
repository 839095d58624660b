#include "feed/personkey.h"
#include "feed/speakerextractor.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <iostream>

namespace ondes {

void PrintTo(const Speaker& speaker, std::ostream* os)
{
    *os << '{' << speaker.name.toStdString() << ", " << speaker.role.toStdString() << '}';
}

namespace {

// Names and roles; kinds are checked by the tests of their own (speakerkinds_test.cpp).
QList<Speaker> extract(const char* utf8)
{
    QList<Speaker> found = SpeakerExtractor().extract(QString::fromUtf8(utf8));
    for (Speaker& speaker : found)
        speaker.kind = SpeakerKind::Unknown;
    return found;
}

Speaker sp(const char* name, const char* role)
{
    return Speaker{QString::fromUtf8(name), QString::fromUtf8(role)};
}

using Speakers = QList<Speaker>;

// --- The shapes descriptions use -------------------------------------------------------------

TEST(SpeakerExtractor, IntervenantsWithAppositions)
{
    EXPECT_EQ(extract("Les intervenants étaient Odile Mercadier, maîtresse de conférences à "
                      "Lyon 2, et Tristan Cobos, conseiller à la Cour de cassation. Ils débattent "
                      "de la prescription."),
              (Speakers{sp("Odile Mercadier", "maîtresse de conférences à Lyon 2"),
                        sp("Tristan Cobos", "conseiller à la Cour de cassation")}));
}

TEST(SpeakerExtractor, AvecWithParentheses)
{
    EXPECT_EQ(extract("Avec Lina Haddad (sociologue) et Paul Ricard-Simon (juriste)."),
              (Speakers{sp("Lina Haddad", "sociologue"), sp("Paul Ricard-Simon", "juriste")}));
}

TEST(SpeakerExtractor, InclusiveInvitesLabel)
{
    EXPECT_EQ(extract("Invité·e·s : Zoé Marchal, Kofi Mensah et Irène Bouvier"),
              (Speakers{sp("Zoé Marchal", "guest"), sp("Kofi Mensah", "guest"),
                        sp("Irène Bouvier", "guest")}));
    EXPECT_EQ(extract("Invité(e)s : Zoé Marchal et Kofi Mensah").size(), 2);
}

TEST(SpeakerExtractor, InvitesSeparatedBySemicolons)
{
    EXPECT_EQ(extract("Invités : Agathe Rivière, chercheuse au CNRS ; Malik Oumar, avocat."),
              (Speakers{sp("Agathe Rivière", "chercheuse au CNRS"), sp("Malik Oumar", "avocat")}));
}

TEST(SpeakerExtractor, CreditLabels)
{
    EXPECT_EQ(extract("Présentation : Anne Quéré / Interview : Loïc Tanguy / Chronique : Sarah "
                      "Lévy / Réalisation : Marc Olivier Petit"),
              (Speakers{sp("Anne Quéré", "host"), sp("Loïc Tanguy", "interview"),
                        sp("Sarah Lévy", "chronique"), sp("Marc Olivier Petit", "réalisation")}));
}

TEST(SpeakerExtractor, NousAccueillons)
{
    EXPECT_EQ(extract("Le vélo en ville progresse-t-il ? Pour en parler, nous accueillons Basile "
                      "Fontaine, porte-parole de la Fédération des usagers de la bicyclette."),
              (Speakers{sp("Basile Fontaine",
                           "porte-parole de la Fédération des usagers de la bicyclette")}));
}

TEST(SpeakerExtractor, AnimeParAvec)
{
    EXPECT_EQ(extract("Animé par Clément Royer, avec Yasmine Chaouch."),
              (Speakers{sp("Clément Royer", "host"), sp("Yasmine Chaouch", "guest")}));
}

TEST(SpeakerExtractor, EntretienAvec)
{
    EXPECT_EQ(extract("Entretien avec Ghislaine Ober, autrice de « La Nuit des fermes »."),
              (Speakers{sp("Ghislaine Ober", "autrice de « La Nuit des fermes »")}));
}

TEST(SpeakerExtractor, GuestsLabel)
{
    EXPECT_EQ(extract("Guests: Hannah Brooks and Yusuf Demir"),
              (Speakers{sp("Hannah Brooks", "guest"), sp("Yusuf Demir", "guest")}));
}

TEST(SpeakerExtractor, HostTalksWithAuthor)
{
    EXPECT_EQ(extract("Host Megan Ellis talks with Arturo Vidal-Reyes, author of Rivers of "
                      "Dust, about the Dust Bowl."),
              (Speakers{sp("Megan Ellis", "host"),
                        sp("Arturo Vidal-Reyes", "author of Rivers of Dust")}));
}

TEST(SpeakerExtractor, Featuring)
{
    EXPECT_EQ(extract("Featuring Nia Coleman, Pavel Horak & Ines Bauer."),
              (Speakers{sp("Nia Coleman", "guest"), sp("Pavel Horak", "guest"),
                        sp("Ines Bauer", "guest")}));
}

TEST(SpeakerExtractor, HostedAndProducedBy)
{
    EXPECT_EQ(extract("Hosted by Corey Madsen. Produced by Leah Goldfarb."),
              (Speakers{sp("Corey Madsen", "host"), sp("Leah Goldfarb", "producer")}));
}

TEST(SpeakerExtractor, OurGuestToday)
{
    EXPECT_EQ(extract("Our guest today is Dr. Wei Zhang, an epidemiologist at Johns Hopkins."),
              (Speakers{sp("Wei Zhang", "epidemiologist at Johns Hopkins")}));
}

TEST(SpeakerExtractor, HostVerbGuest)
{
    EXPECT_EQ(extract("Cette semaine, Hélène Morvan reçoit l'architecte Idriss Benjelloun."),
              (Speakers{sp("Hélène Morvan", "host"), sp("Idriss Benjelloun", "architecte")}));
    EXPECT_EQ(extract("Valeria Conti joins us from Rome."),
              (Speakers{sp("Valeria Conti", "guest")}));
}

TEST(SpeakerExtractor, MultilineHtmlList)
{
    EXPECT_EQ(extract("<p><b>Invités&nbsp;:</b></p><ul><li>Rose Kerhervé, historienne</li>"
                      "<li>Samuel Attal (Inserm)</li></ul><p>Montage : Jade Nguyen</p>"),
              (Speakers{sp("Rose Kerhervé", "historienne"), sp("Samuel Attal", "Inserm"),
                        sp("Jade Nguyen", "montage")}));
}

TEST(SpeakerExtractor, HeadingWithoutColon)
{
    EXPECT_EQ(
        extract("<h4>Guests</h4><p>Dr. Ruth Alvarez &mdash; Rice University<br>Kwame Asante "
                "&mdash; Houston Food Bank</p>"),
        (Speakers{sp("Ruth Alvarez", "Rice University"), sp("Kwame Asante", "Houston Food Bank")}));
}

TEST(SpeakerExtractor, GuestsOfAHost)
{
    EXPECT_EQ(extract("Ce mardi, Anouk Ferrer et Paul Diallo sont les invités de Marc Kessler."),
              (Speakers{sp("Anouk Ferrer", "guest"), sp("Paul Diallo", "guest"),
                        sp("Marc Kessler", "host")}));
}

TEST(SpeakerExtractor, SubjectOfASpeakingVerb)
{
    EXPECT_EQ(extract("Former diplomat Ingrid Solberg explains how treaties are negotiated."),
              (Speakers{sp("Ingrid Solberg", "Former diplomat")}));
    EXPECT_EQ(extract("Depuis Dakar, notre correspondante Awa Ndiaye raconte la campagne."),
              (Speakers{sp("Awa Ndiaye", "correspondante")}));
}

// --- Names -----------------------------------------------------------------------------------

TEST(SpeakerExtractor, NameForms)
{
    const Speakers found =
        extract("Avec Jean-Baptiste Morel, Hortense de La Tour, Aïssatou N'Diaye, María José "
                "Ruiz, Gwenn Le Gall, Jeroen van der Berg, Hélène d'Aubigny, Omar bin Said, "
                "J. K. Lindqvist et Sami al-Khouri.");
    QStringList names;
    for (const Speaker& s : found)
        names << s.name;
    EXPECT_EQ(names.join(u'|').toStdString(),
              "Jean-Baptiste Morel|Hortense de La Tour|Aïssatou N'Diaye|María José Ruiz|"
              "Gwenn Le Gall|Jeroen van der Berg|Hélène d'Aubigny|Omar bin Said|J. K. Lindqvist|"
              "Sami al-Khouri");
}

TEST(SpeakerExtractor, CurlyApostropheAndUpperCaseSurname)
{
    EXPECT_EQ(extract("Avec Fatou N’Diaye et Bernard LEROUX, pharmacien."),
              (Speakers{sp("Fatou N’Diaye", "guest"), sp("Bernard LEROUX", "pharmacien")}));
}

TEST(SpeakerExtractor, DeduplicatesByPersonKeyKeepingFirst)
{
    // The name as first written; the later description fills the role the cue alone gave.
    EXPECT_EQ(extract("Avec Éloïse Marin. Animé par Tom Brault, avec ELOISE MARIN, géographe."),
              (Speakers{sp("Éloïse Marin", "géographe"), sp("Tom Brault", "host")}));
}

// --- Negatives -------------------------------------------------------------------------------

TEST(SpeakerExtractor, MentionedPeopleAreNotSpeakers)
{
    EXPECT_TRUE(extract("Les annonces d'Emmanuel Macron ont surpris la majorité.").isEmpty());
    EXPECT_TRUE(extract("Margaret Thatcher's government closed the mines.").isEmpty());
    EXPECT_TRUE(extract("Le rapport de Jean Dupont recommande la prudence.").isEmpty());
    EXPECT_TRUE(extract("En 1995, Jacques Chirac reprend les essais nucléaires.").isEmpty());
}

TEST(SpeakerExtractor, PlacesOrganisationsAndSentenceStarts)
{
    EXPECT_TRUE(extract("Depuis Marseille, reportage. Cette semaine, Le Monde révèle tout. Dans "
                        "les Hauts-de-France, la grève continue.")
                    .isEmpty());
    EXPECT_TRUE(extract("Avec Radio France et le Centre Pompidou.").isEmpty());
    EXPECT_TRUE(extract("Avec le soutien de la Région Bretagne.").isEmpty());
    EXPECT_TRUE(extract("With New York University and the Ford Foundation.").isEmpty());
    EXPECT_TRUE(extract("Invités : Mardi Gras, Janvier 2024").isEmpty());
    EXPECT_TRUE(extract("Music: Blue Dot Sessions. Musique : Les Gens du Quai").isEmpty());
}

TEST(SpeakerExtractor, EmptyAndHostileInput)
{
    EXPECT_TRUE(extract("").isEmpty());
    EXPECT_TRUE(extract("<<<>>>&&&;;; Avec , et : / ( ) & Invités :").isEmpty());
    EXPECT_TRUE(
        extract("<script>var a = 'Avec Jean Dupont';</script><style>p{}</style>").isEmpty());
    EXPECT_EQ(extract("Avec Jean Dupont (").size(), 1);
    EXPECT_EQ(extract("reçoit Jean Dupont").size(), 1); // a verb cue first: nothing before it
    EXPECT_EQ(extract(", joins us").size(), 0);
}

TEST(SpeakerExtractor, HtmlEntitiesAndLinks)
{
    EXPECT_EQ(extract("<p>Nos invit&eacute;s&#160;: <a href=\"https://x.fr/a>b\">L&eacute;a "
                      "Petit</a>, juge, et <b>No&euml;l Vidal</b>.</p>"),
              (Speakers{sp("Léa Petit", "juge"), sp("Noël Vidal", "guest")}));
}

// --- Person keys -----------------------------------------------------------------------------

TEST(PersonKey, FoldsCaseAccentsApostrophesHyphensAndSpaces)
{
    EXPECT_EQ(personKey(u"Aminata N’Diaye"), personKey(u"aminata n'diaye"));
    EXPECT_EQ(personKey(u"  Éloïse   MARIN "), QStringLiteral("eloise marin"));
    EXPECT_EQ(personKey(u"Jean‐Baptiste Œuvray"), QStringLiteral("jean-baptiste oeuvray"));
    EXPECT_EQ(personKey(u"J.R. Tolkien"), personKey(u"J. R. Tolkien"));
    EXPECT_EQ(personKey(u"Søren Łukasz"), QStringLiteral("soren lukasz"));
    EXPECT_EQ(personKey(u"Ana dos Santos"), personKey(u"Ana Dos Santos"));
    EXPECT_NE(personKey(u"Jean-Baptiste Morel"), personKey(u"Jean Baptiste Morel"));
    EXPECT_TRUE(personKey(u" . ").isEmpty());
}

// --- The labelled corpus ---------------------------------------------------------------------

QString normalisedRole(const QString& role)
{
    return personKey(role);
}

TEST(SpeakerExtractor, CorpusPrecisionRecallAndRoles)
{
    QFile file(QStringLiteral(ONDES_TEST_DATA_DIR "/speakers/corpus.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    const QJsonArray corpus = QJsonDocument::fromJson(file.readAll()).array();
    ASSERT_GE(corpus.size(), 80);

    const bool verbose = qEnvironmentVariableIsSet("ONDES_SPEAKERS_VERBOSE");
    const SpeakerExtractor extractor;
    int truePositives = 0, falsePositives = 0, falseNegatives = 0, roleMatches = 0;
    int index = 0;
    for (const QJsonValue& value : corpus) {
        const QJsonObject entry = value.toObject();
        QHash<QString, QString> expected; // key → role
        for (const QJsonValue& s : entry.value(QStringLiteral("speakers")).toArray()) {
            const QJsonObject o = s.toObject();
            expected.insert(personKey(o.value(QStringLiteral("name")).toString()),
                            o.value(QStringLiteral("role")).toString());
        }
        const QString text = entry.value(QStringLiteral("text")).toString();
        QSet<QString> seen;
        for (const Speaker& found : extractor.extract(text)) {
            const QString key = personKey(found.name);
            seen.insert(key);
            if (!expected.contains(key)) {
                ++falsePositives;
                if (verbose)
                    std::cout << "  #" << index << " extra: " << found.name.toStdString() << '\n';
                continue;
            }
            ++truePositives;
            if (normalisedRole(found.role) == normalisedRole(expected.value(key)))
                ++roleMatches;
            else if (verbose)
                std::cout << "  #" << index << " role of " << found.name.toStdString() << ": \""
                          << found.role.toStdString() << "\" instead of \""
                          << expected.value(key).toStdString() << "\"\n";
        }
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (!seen.contains(it.key())) {
                ++falseNegatives;
                if (verbose)
                    std::cout << "  #" << index << " missed: " << it.key().toStdString() << '\n';
            }
        }
        ++index;
    }
    const double precision = double(truePositives) / std::max(1, truePositives + falsePositives);
    const double recall = double(truePositives) / std::max(1, truePositives + falseNegatives);
    const double roles = double(roleMatches) / std::max(1, truePositives);
    std::cout << "speakers: precision " << precision << " recall " << recall << " roles " << roles
              << " over " << corpus.size() << " descriptions (" << truePositives << " found, "
              << falsePositives << " extra, " << falseNegatives << " missed)\n";
    EXPECT_GE(precision, 0.95);
    EXPECT_GE(recall, 0.90);
    EXPECT_GE(roles, 0.80);
}

} // namespace
} // namespace ondes
