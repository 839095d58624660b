#include "feed/speakerchars.h"
#include "feed/speakerextractor.h"
#include "feed/speakerhtml.h"
#include "feed/speakerprescan.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace ondes {
namespace {

// The descriptions of both speaker corpora.
QStringList corpusTexts()
{
    QStringList texts;
    for (const char* name : {"/speakers/corpus.json", "/speakers/real-shapes.json"}) {
        QFile file(QString::fromUtf8(ONDES_TEST_DATA_DIR) + QString::fromUtf8(name));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
        for (const QJsonValue& value : QJsonDocument::fromJson(file.readAll()).array())
            texts << value.toObject().value(u"text").toString();
    }
    return texts;
}

// Texts whose markup, entities and characters the UTF-8 and UTF-16 readings could tell apart.
QStringList edgeTexts()
{
    QStringList texts = {
        QStringLiteral("<p>Avec Nadia Okbani &amp; Yoan Piktoroff</p>"),
        QStringLiteral("a < b, <é>Zoé</é> <Émile> <\U0001D400x> x <"),
        QStringLiteral("&#233; &#xE9; &#XE9; &#xD800; &#xDFFF; &#x1F600; &#0; &#x110000; &#;"),
        QStringLiteral("&# 12; &#12 ; &#+12; &#12\u00a0; &#١٢; &#xé; &#12é;"),
        QStringLiteral("&#160;x&#x202F;y&#8201;z&#173;w &shy;v &nbsp;u"),
        QStringLiteral("&abcdefghij; &abcdefghijk; &éacute; &eacute &amp &lt;b&gt;"),
        QStringLiteral("&aaaaaaaaaa; &ééééééééééé; &éééééééééééé; &\U0001F600\U0001F600;"),
        QStringLiteral("<a href=\"x>y\" title='a>b'>Léa</a><!-- Jean Dupont --><!-- open"),
        QStringLiteral("<br/>Invités\u00a0: <b>Zoé\u00a0Marchal</b><li>Jean</li></ul>"),
        QStringLiteral("<BLOCKQUOTE>Marc</blockquote><FigCaption>Ana dos Santos</figcaption>"),
        QStringLiteral("Présenté par Hervé Le Tellier\u2028avec Kylian, et Josiane\u2029"),
        QStringLiteral("\U0001D400 Paul ESNAULT, \U0001D400Jerome L. Pettaway et J. R. Tolkien"),
        QStringLiteral("x\U0001F600, Kylian raconte ; l’historienne Agrippa d’Aubigné"),
        QStringLiteral("invité.e.s : marc-antoine de la tour, Karim al-Rashid, ﬁn Æsa"),
        QStringLiteral("Avec Zoe\u0301 Marchal, E\u0301mile Ba\u0302, Дмитрий Иванов, 山田 太郎"),
        QStringLiteral(
            "Jean\u2010Pierre N\u02BCDiaye, d\u02BCAubigné, qu’Ana, L’Invité, ΑΒΓ Δέλτα"),
    };
    for (const QString& filler : {QStringLiteral("é"), QStringLiteral("’"), QStringLiteral("a")}) {
        for (int k = 0; k < 36; ++k)
            texts << filler.repeated(k) + u" avec Nadia Okbani &amp; <p>L’invité</p>";
    }
    return texts;
}

// htmlToTextUtf8() gives htmlToText()'s text, as UTF-8, or declines.
TEST(SpeakerUtf8, HtmlToTextUtf8GivesTheSameText)
{
    int read = 0;
    for (const QString& text : corpusTexts() + edgeTexts()) {
        std::string plain;
        const std::string utf8 = text.toStdString();
        ASSERT_TRUE(speakers::isValidUtf8(utf8)) << utf8;
        if (!speakers::htmlToTextUtf8(utf8, plain))
            continue;
        ++read;
        EXPECT_EQ(QString::fromStdString(plain), speakers::htmlToText(text)) << utf8;
    }
    EXPECT_GT(read, 1000);
}

TEST(SpeakerUtf8, HtmlToTextUtf8DeclinesWhatOnlyUtf16Reads)
{
    std::string plain;
    // Unicode case folding reads "ſcript" as "script": left to htmlToText().
    EXPECT_FALSE(speakers::htmlToTextUtf8("<ſcript>x</script>Zoé", plain));
    EXPECT_FALSE(speakers::htmlToTextUtf8("a<script>var Jean</script>b", plain));
    EXPECT_FALSE(speakers::htmlToTextUtf8("a<STYLE>p{}</STYLE>b", plain));
    // UTF-16 holds a lone surrogate, UTF-8 does not.
    EXPECT_FALSE(speakers::htmlToTextUtf8("Zoé &#xD800; Marchal", plain));
    EXPECT_TRUE(speakers::htmlToTextUtf8("a</script>b<scripts>c", plain));
    EXPECT_EQ(plain, "abc");
}

// mayNameSomeoneUtf8() answers as mayNameSomeone() on every line and whole description of the
// corpora and on the edge texts, both answers being common.
TEST(SpeakerUtf8, PrescanAnswersTheSameOnUtf8)
{
    int kept = 0;
    int skipped = 0;
    for (const QString& text : corpusTexts() + edgeTexts()) {
        const QString plain = speakers::htmlToText(text);
        QStringList pieces = plain.split(u'\n');
        pieces << plain << text;
        for (const QString& piece : pieces) {
            const bool expected = speakers::mayNameSomeone(piece);
            EXPECT_EQ(speakers::mayNameSomeoneUtf8(piece.toStdString()), expected)
                << piece.toStdString();
            ++(expected ? kept : skipped);
        }
    }
    EXPECT_GT(kept, 1000);
    EXPECT_GT(skipped, 1000);
}

TEST(SpeakerUtf8, OnlyWellFormedUtf8IsValid)
{
    EXPECT_TRUE(speakers::isValidUtf8(""));
    EXPECT_TRUE(speakers::isValidUtf8("Zoé ’ \U0001F600 \u07FF \uFFFD"));
    EXPECT_FALSE(speakers::isValidUtf8("Zo\xe9"));           // Latin-1
    EXPECT_FALSE(speakers::isValidUtf8("\xc3"));             // cut
    EXPECT_FALSE(speakers::isValidUtf8("\xc0\xaf"));         // overlong
    EXPECT_FALSE(speakers::isValidUtf8("\xe0\x80\xaf"));     // overlong
    EXPECT_FALSE(speakers::isValidUtf8("\xed\xa0\x80"));     // surrogate
    EXPECT_FALSE(speakers::isValidUtf8("\xf4\x90\x80\x80")); // past U+10FFFF
    EXPECT_FALSE(speakers::isValidUtf8("\xef\xbb\xbf"
                                       "Zoé")); // byte-order mark
    EXPECT_FALSE(speakers::isValidUtf8("abcdefgh\x80"));
}

// The UTF-8 entry point finds what the QString one finds, on the corpora, on the edge texts and on
// bytes that are not UTF-8 (a Latin-1 feed, cut or overlong sequences, a byte-order mark).
TEST(SpeakerUtf8, ExtractFromUtf8FindsWhatExtractFromQStringFinds)
{
    const SpeakerExtractor extractor;
    int found = 0;
    for (const QString& text : corpusTexts() + edgeTexts()) {
        const QList<Speaker> expected = extractor.extract(text);
        EXPECT_EQ(extractor.extract(std::string_view(text.toStdString())), expected)
            << text.toStdString();
        found += expected.isEmpty() ? 0 : 1;
    }
    EXPECT_GT(found, 500);
    for (const std::string& bytes :
         {std::string("Avec Nadia Okbani, historienne \xe0 l'Universit\xe9 de Toulouse."),
          std::string(
              "Avec Zo\xc3\xa9 Marchal \xc0\xaf et Yoan Piktoroff \xed\xa0\x80, invit\xc3s"),
          std::string("\xef\xbb\xbfPr\xc3\xa9sent\xc3\xa9 par Herv\xc3\xa9 Le Tellier")}) {
        const QList<Speaker> expected =
            extractor.extract(QString::fromUtf8(bytes.data(), qsizetype(bytes.size())));
        EXPECT_FALSE(expected.isEmpty()) << bytes;
        EXPECT_EQ(extractor.extract(std::string_view(bytes)), expected) << bytes;
    }
}

} // namespace
} // namespace ondes
