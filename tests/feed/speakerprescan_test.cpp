#include "feed/namegrammar.h"
#include "feed/speakerprescan.h"
#include "feed/speakertext.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace ondes {
namespace {

bool mayName(const char* utf8)
{
    return speakers::mayNameSomeone(QString::fromUtf8(utf8));
}

TEST(SpeakerPrescan, TextWithoutNameShapeIsSkipped)
{
    EXPECT_FALSE(mayName(""));
    EXPECT_FALSE(mayName("Écoute café société données réseau. Mémoire fenêtre été hiver."));
    EXPECT_FALSE(mayName("Invités : nos amis du quartier, et la CGT."));
    EXPECT_FALSE(mayName("Paris\nMarseille")); // a line break ends a name
    EXPECT_FALSE(mayName("Lyon, Paris, Lille"));
    EXPECT_FALSE(mayName("Episode 12 Saison 3"));
}

TEST(SpeakerPrescan, EveryNameShapeIsKept)
{
    EXPECT_TRUE(mayName("Avec Nadia Okbani"));
    EXPECT_TRUE(mayName("avec Paul ESNAULT"));
    EXPECT_TRUE(mayName("with J. R. Tolkien"));
    EXPECT_TRUE(mayName("Jerome L. Pettaway"));
    EXPECT_TRUE(mayName("Marc-Antoine de La Tour"));
    EXPECT_TRUE(mayName("Agrippa d’Aubigné"));
    EXPECT_TRUE(mayName("Karim al-Rashid"));
    EXPECT_TRUE(mayName("Ana dos Santos"));
    EXPECT_TRUE(mayName("Invités\u00a0: Zoé\u00a0Marchal"));
}

// The pre-scan skips lower-case text a block of units at a time: a name is found wherever it
// starts in a block (each offset over two blocks), after ASCII, Latin-1 lower case (é, ß, ÿ), a
// no-break space or a character past Latin-1 (’); the same text without the name is skipped.
TEST(SpeakerPrescan, ANameIsFoundAtEveryOffsetOfTheSkippedText)
{
    for (const QString& filler :
         {QStringLiteral("a"), QStringLiteral("é"), QStringLiteral("ÿ"), QStringLiteral("ß"),
          QStringLiteral("\u00a0"), QStringLiteral("’"), QStringLiteral("z0")}) {
        for (int k = 0; k < 20; ++k) {
            const QString before = filler.repeated(k) + u' ';
            EXPECT_TRUE(speakers::mayNameSomeone(QString(before + u"avec Nadia Okbani, ça va")))
                << qPrintable(filler) << " " << k;
            EXPECT_TRUE(speakers::mayNameSomeone(QString(before + u"Élodie Ïrvine")))
                << qPrintable(filler) << " " << k;
            EXPECT_FALSE(speakers::mayNameSomeone(QString(before + u"avec nadia okbani, ça va")))
                << qPrintable(filler) << " " << k;
        }
    }
}

bool grammarFindsAName(const QString& text)
{
    const speakers::TokenizedText tokenized = speakers::tokenize(text);
    const QList<speakers::Token>& tokens = tokenized.tokens;
    const speakers::NameGrammar names(tokens);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (names.nameAt(i).isValid())
            return true;
    }
    return false;
}

// The pre-scan must never hide a name: on every line of every description of the corpora, when
// it says "no name", NameGrammar finds none at any token (and it does say "no name" often).
TEST(SpeakerPrescan, AgreesWithTheNameGrammarOnTheCorpora)
{
    int skipped = 0;
    int kept = 0;
    for (const char* name : {"/speakers/corpus.json", "/speakers/real-shapes.json"}) {
        QFile file(QString::fromUtf8(ONDES_TEST_DATA_DIR) + QString::fromUtf8(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << name;
        for (const QJsonValue& value : QJsonDocument::fromJson(file.readAll()).array()) {
            const QString text = speakers::htmlToText(value.toObject().value(u"text").toString());
            QStringList pieces = text.split(u'\n');
            pieces << text;
            for (const QString& piece : pieces) {
                if (speakers::mayNameSomeone(piece)) {
                    ++kept;
                    continue;
                }
                ++skipped;
                EXPECT_FALSE(grammarFindsAName(piece)) << piece.toStdString();
            }
        }
    }
    EXPECT_GT(skipped, 100);
    EXPECT_GT(kept, 100);
}

} // namespace
} // namespace ondes
