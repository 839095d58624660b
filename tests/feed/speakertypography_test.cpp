// Published French text uses typographic punctuation almost everywhere: ’ ‘ « » “ ” – — … and
// non-breaking spaces (U+00A0, U+202F) before : ; ! ?. Speakers must hold on it as they do on
// straight punctuation.

#include "feed/speakerextractor.h"

#include <QFile>

#include <gtest/gtest.h>

#include <iostream>

namespace ondes {

void PrintTo(const Speaker& speaker, std::ostream* os);

namespace {

using Speakers = QList<Speaker>;

QList<Speaker> extract(const QString& text)
{
    QList<Speaker> found = SpeakerExtractor().extract(text);
    for (Speaker& speaker : found)
        speaker.kind = SpeakerKind::Unknown;
    return found;
}

Speaker typed(const char* name, const char* role)
{
    return Speaker{QString::fromUtf8(name), QString::fromUtf8(role)};
}

const char* const kSeedSentence =
    "Les intervenants étaient Nadia Okbani, maîtresse de conférence en sciences politiques à "
    "l’Université Toulouse-Jean Jaurès et spécialiste des politiques sociales et de l’accès aux "
    "droits, et Yoan Piktoroff, conseiller au Pôle Emploi Aubervilliers (93) et délégué syndical "
    "à la CGT Pôle Emploi d’Île-de-France.";

const Speakers kSeedSpeakers{
    typed("Nadia Okbani", "maîtresse de conférence en sciences politiques à l’Université "
                          "Toulouse-Jean Jaurès et spécialiste des politiques sociales et de "
                          "l’accès aux droits"),
    typed("Yoan Piktoroff", "conseiller au Pôle Emploi Aubervilliers (93) et délégué syndical à la "
                            "CGT Pôle Emploi d’Île-de-France")};

TEST(SpeakerTypography, SeedSentenceGivesBothSpeakersWithWholeRoles)
{
    EXPECT_EQ(extract(QString::fromUtf8(kSeedSentence)), kSeedSpeakers);
}

TEST(SpeakerTypography, SeedSentenceWithStraightApostrophesToo)
{
    QString straight = QString::fromUtf8(kSeedSentence);
    straight.replace(u'\u2019', u'\'');
    Speakers expected = kSeedSpeakers;
    for (Speaker& s : expected)
        s.role.replace(u'\u2019', u'\'');
    EXPECT_EQ(extract(straight), expected);
}

// The whole description of the page Ondes was started from (../shared/seed): exactly the two
// speakers, whatever else the page says.
TEST(SpeakerTypography, SeedPageDescription)
{
    QFile file(QStringLiteral(ONDES_SOURCE_DIR "/../shared/seed/episode-page.txt"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    const QString page = QString::fromUtf8(file.readAll());
    const qsizetype start = page.indexOf(QStringLiteral("Télécharger"));
    ASSERT_GE(start, 0);
    EXPECT_EQ(extract(page.mid(start + 11)), kSeedSpeakers);
}

TEST(SpeakerTypography, NonBreakingSpacesBeforeColonsAndInsideNames)
{
    EXPECT_EQ(extract(QStringLiteral("Invités\u00a0: Zoé\u00a0Marchal et Kofi Mensah")),
              (Speakers{typed("Zoé Marchal", "guest"), typed("Kofi Mensah", "guest")}));
    EXPECT_EQ(extract(QStringLiteral("Présentation\u202f: Anne Quéré")),
              (Speakers{typed("Anne Quéré", "host")}));
    EXPECT_EQ(extract(QStringLiteral("Avec\u00a0Lina Haddad\u00a0(sociologue)\u202f!")),
              (Speakers{typed("Lina Haddad", "sociologue")}));
}

TEST(SpeakerTypography, GuillemetsAndCurlyQuotesInRoles)
{
    EXPECT_EQ(extract(QStringLiteral("Avec Hugo Ferrand, auteur de « La Ville lente » (Seuil), "
                                     "et Inès Barot, urbaniste.")),
              (Speakers{typed("Hugo Ferrand", "auteur de « La Ville lente » (Seuil)"),
                        typed("Inès Barot", "urbaniste")}));
    EXPECT_EQ(
        extract(QStringLiteral("With Dana Cole, author of “The Slow City”, and Ray Tan.")),
        (Speakers{typed("Dana Cole", "author of “The Slow City”"), typed("Ray Tan", "guest")}));
}

TEST(SpeakerTypography, DashesAndEllipsis)
{
    EXPECT_EQ(extract(QStringLiteral("Avec Frédéric Charvet – cofondateur du festival… et "
                                     "Marie Lenoir — violoncelliste")),
              (Speakers{typed("Frédéric Charvet", "cofondateur du festival"),
                        typed("Marie Lenoir", "violoncelliste")}));
}

TEST(SpeakerTypography, CurlyApostrophesInNamesAndElisions)
{
    EXPECT_EQ(extract(QStringLiteral("L’invitée : Aminata N’Diaye, chercheuse à l’Inserm")),
              (Speakers{typed("Aminata N’Diaye", "chercheuse à l’Inserm")}));
    EXPECT_EQ(extract(QStringLiteral("Avec l’historienne Odile d’Ornano.")),
              (Speakers{typed("Odile d’Ornano", "historienne")}));
}

} // namespace
} // namespace ondes
