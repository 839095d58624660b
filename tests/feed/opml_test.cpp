#include "feed/opml.h"
#include "support/qtprinters.h"
#include "support/sanitizerslowdown.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

using namespace ondes;

namespace {

QByteArray readOpml(const char* name)
{
    QFile file(QStringLiteral(ONDES_TEST_DATA_DIR "/opml/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

OpmlDocument parseOpmlFixture(const char* name)
{
    const QByteArray bytes = readOpml(name);
    EXPECT_FALSE(bytes.isEmpty()) << name;
    const OpmlParseResult result = Opml::parse(bytes);
    EXPECT_TRUE(result.ok()) << name << ": " << result.error.toStdString();
    return result.document.value_or(OpmlDocument{});
}

OpmlOutline outline(const char* title, const char* xmlUrl, const char* category = "",
                    const char* htmlUrl = "", const char* type = "rss")
{
    return OpmlOutline{QString::fromUtf8(title), QString::fromUtf8(xmlUrl),
                       QString::fromUtf8(htmlUrl), QString::fromUtf8(type),
                       QString::fromUtf8(category)};
}

void expectOutlines(const OpmlDocument& document, const QList<OpmlOutline>& expected)
{
    ASSERT_EQ(document.outlines.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(document.outlines[i].title, expected[i].title);
        EXPECT_EQ(document.outlines[i].xmlUrl, expected[i].xmlUrl);
        EXPECT_EQ(document.outlines[i].htmlUrl, expected[i].htmlUrl);
        EXPECT_EQ(document.outlines[i].type, expected[i].type);
        EXPECT_EQ(document.outlines[i].category, expected[i].category);
    }
}

void expectRoundTrip(const OpmlDocument& document)
{
    const QByteArray written = Opml::write(document);
    const OpmlParseResult reread = Opml::parse(written);
    ASSERT_TRUE(reread.ok()) << reread.error.toStdString() << "\n" << written.toStdString();
    EXPECT_EQ(reread.document->title, document.title);
    expectOutlines(*reread.document, document.outlines);
    EXPECT_TRUE(*reread.document == document) << written.toStdString();
}

} // namespace

TEST(Opml, ReadsAGpodderExport)
{
    const OpmlDocument document = parseOpmlFixture("gpodder.opml");
    EXPECT_EQ(document.title, QStringLiteral("gPodder subscriptions"));
    // gPodder puts the description in text: the title wins.
    expectOutlines(
        document,
        {outline("La Voix des Quartiers",
                 "https://radio-trois-rivieres.example/emissions/voix-des-quartiers/"
                 "podcast.xml"),
         outline("Harbour Stories", "https://feeds.harbourstories.example/rss"),
         outline("Valley Voices", "http://valleyvoices.example/feed.xml?format=mp3&quality=high")});
    expectRoundTrip(document);
}

TEST(Opml, ReadsAnAntennaPodExport)
{
    const OpmlDocument document = parseOpmlFixture("antennapod.opml");
    EXPECT_EQ(document.title, QStringLiteral("AntennaPod Subscriptions"));
    // The local folder feed has no web URL and is skipped.
    expectOutlines(document,
                   {outline("Les Ondes du Marché", "https://ondes-du-marche.example/podcast.xml",
                            "", "https://ondes-du-marche.example/"),
                    outline("Tide Tables", "https://blog.harbourradio.example/feed/atom/", "",
                            "https://blog.harbourradio.example/shows/tide-tables/", "atom"),
                    outline("Le Quart d'Heure Bricolage 🔧", "https://bricolage.example/rss")});
    expectRoundTrip(document);
}

TEST(Opml, ReadsAKastsExport)
{
    const OpmlDocument document = parseOpmlFixture("kasts.opml");
    EXPECT_TRUE(document.title.isEmpty());
    expectOutlines(document,
                   {outline("La Voix des Quartiers",
                            "https://radio-trois-rivieres.example/emissions/voix-des-quartiers/"
                            "podcast.xml"),
                    outline("Harbour Stories", "https://feeds.harbourstories.example/rss"),
                    outline("Les Ondes du Marché", "https://ondes-du-marche.example/podcast.xml")});
    expectRoundTrip(document);
}

TEST(Opml, ReadsOpml1InLatin1)
{
    const OpmlDocument document = parseOpmlFixture("opml1.opml");
    EXPECT_EQ(document.title, QStringLiteral("mySubscriptions"));
    expectOutlines(document, {outline("Radio Libre Café", "http://radio-libre-cafe.example/rss.xml",
                                      "", "http://radio-libre-cafe.example/"),
                              outline("Scripting News", "http://scripting.example/rss.xml", "",
                                      "http://scripting.example/")});
    expectRoundTrip(document);
}

TEST(Opml, FlattensFoldersAndSkipsWhatIsNoFeed)
{
    const OpmlDocument document = parseOpmlFixture("nested-folders.opml");
    EXPECT_EQ(document.title, QStringLiteral("Mes abonnements"));
    expectOutlines(
        document,
        {outline("La Voix des Quartiers",
                 "https://radio-trois-rivieres.example/emissions/voix-des-quartiers/podcast.xml",
                 "Radios associatives/Bretagne"),
         outline("Les Ondes du Marché", "https://ondes-du-marche.example/podcast.xml",
                 "Radios associatives/Bretagne"),
         outline("Valley Voices", "http://valleyvoices.example/feed.xml",
                 "Radios associatives/Pays de Galles", "http://valleyvoices.example/"),
         outline("Harbour Stories", "http://feeds.harbourstories.example/rss", "English"),
         outline("Apple-style link", "http://itpc.example/podcast.rss", "English"),
         outline("Page without a feed",
                 "https://radio-trois-rivieres.example/emissions/le-jardin-sonore/", "", "",
                 "link"),
         outline("Tagged", "https://tagged.example/rss", "Musique/Jazz")});
    expectRoundTrip(document);
}

TEST(Opml, RepairsBareAmpersands)
{
    const OpmlDocument document = parseOpmlFixture("broken-ampersands.opml");
    expectOutlines(document, {outline("Player FM & friends",
                                      "https://feeds.example/show?id=12&format=rss&lang=fr"),
                              outline("Second", "https://feeds.example/other?a=1&b=2")});
}

TEST(Opml, WritesOpml2ThatOthersRead)
{
    const OpmlDocument document{
        QStringLiteral("Ondes — abonnements <export> & \"sauvegarde\""),
        {outline("Jazz & <Blues> \"live\" l'été", "https://a.example/feed?x=1&y=2", "Musique",
                 "https://a.example/"),
         outline("Deux", "https://b.example/rss", "Musique"),
         outline("Sans dossier 🎙", "https://c.example/rss"),
         outline("Encore de la musique", "https://d.example/rss", "Musique"),
         outline("Lien", "https://e.example/page/", "Radios/Bretagne", "", "link"),
         outline("", "https://f.example/untitled.xml")}};
    const QByteArray written = Opml::write(document);
    EXPECT_TRUE(written.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    EXPECT_TRUE(written.contains("<opml version=\"2.0\">"));
    EXPECT_TRUE(written.contains("text=\"Deux\" title=\"Deux\" type=\"rss\" "
                                 "xmlUrl=\"https://b.example/rss\""));
    EXPECT_TRUE(written.contains("xmlUrl=\"https://a.example/feed?x=1&amp;y=2\""));
    EXPECT_TRUE(written.contains("htmlUrl=\"https://a.example/\""));
    EXPECT_TRUE(written.contains("Jazz &amp; &lt;Blues&gt; &quot;live&quot; l'été"));
    expectRoundTrip(document);
}

TEST(Opml, WritesAnEmptyDocument)
{
    expectRoundTrip(OpmlDocument{});
}

TEST(Opml, ReportsWhatIsNotOpml)
{
    for (const char* bytes :
         {"", "   \n", "not xml at all", "<?xml version=\"1.0\"?><rss><channel/></rss>",
          "<html><body><p>hello</p></body></html>", "\xEF\xBB\xBF"}) {
        SCOPED_TRACE(bytes);
        const OpmlParseResult result = Opml::parse(QByteArray(bytes));
        EXPECT_FALSE(result.ok());
        EXPECT_FALSE(result.error.isEmpty());
    }
    // A cut file is an error, not a shorter list.
    const OpmlParseResult truncated = Opml::parse(
        "<opml version=\"2.0\"><body><outline text=\"a\" xmlUrl=\"https://a.example/rss\"/>"
        "<outline text=\"b\" xmlUrl=\"https://b.example/rs");
    EXPECT_FALSE(truncated.ok());
    EXPECT_FALSE(truncated.error.isEmpty());
}

TEST(Opml, NeverReadsExternalEntities)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile secret(dir.filePath(QStringLiteral("secret.txt")));
    ASSERT_TRUE(secret.open(QIODevice::WriteOnly));
    secret.write("TOP-SECRET-MARKER");
    secret.close();
    QFile dtd(dir.filePath(QStringLiteral("evil.dtd")));
    ASSERT_TRUE(dtd.open(QIODevice::WriteOnly));
    dtd.write("<!ENTITY leaked \"DTD-MARKER\">");
    dtd.close();
    const QByteArray secretUrl = QUrl::fromLocalFile(secret.fileName()).toEncoded();
    const QByteArray dtdUrl = QUrl::fromLocalFile(dtd.fileName()).toEncoded();

    const QByteArray bytes = "<?xml version=\"1.0\"?>\n"
                             "<!DOCTYPE opml SYSTEM \"" +
                             dtdUrl +
                             "\" [\n"
                             "  <!ENTITY xxe SYSTEM \"" +
                             secretUrl +
                             "\">\n"
                             "  <!ENTITY % remote SYSTEM \"" +
                             dtdUrl +
                             "\">\n"
                             "  %remote;\n"
                             "]>\n"
                             "<opml version=\"2.0\"><head><title>A &xxe; &leaked; B</title></head>"
                             "<body><outline text=\"&#x26;\" xmlUrl=\"https://a.example/rss\"/>"
                             "</body></opml>";
    const OpmlParseResult result = Opml::parse(bytes);
    if (result.ok()) {
        EXPECT_FALSE(result.document->title.contains(QLatin1String("MARKER")));
        for (const OpmlOutline& outline : result.document->outlines) {
            EXPECT_FALSE(outline.title.contains(QLatin1String("MARKER")));
            EXPECT_FALSE(outline.xmlUrl.contains(QLatin1String("MARKER")));
        }
        EXPECT_EQ(result.document->title, QStringLiteral("A B"));
    }
    EXPECT_FALSE(Opml::write(result.document.value_or(OpmlDocument{})).contains("MARKER"));
}

TEST(Opml, RefusesOrBoundsEntityBombs)
{
    QByteArray bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE opml [\n <!ENTITY lol \"lol\">\n";
    for (int i = 1; i <= 9; ++i) {
        bomb += " <!ENTITY lol" + QByteArray::number(i) + " \"";
        for (int k = 0; k < 10; ++k)
            bomb += "&lol" + (i > 1 ? QByteArray::number(i - 1) : QByteArray()) + ";";
        bomb += "\">\n";
    }
    bomb += "]>\n<opml version=\"2.0\"><head><title>&lol9;</title></head><body>"
            "<outline text=\"&lol9;\" xmlUrl=\"https://a.example/rss\"/></body></opml>";
    QElapsedTimer timer;
    timer.start();
    const OpmlParseResult result = Opml::parse(bomb);
    EXPECT_LT(timer.elapsed(), 2000 * test::sanitizerSlowdown);
    if (result.ok()) {
        EXPECT_LT(result.document->title.size(), 1000);
        for (const OpmlOutline& outline : result.document->outlines)
            EXPECT_LT(outline.title.size(), 1000);
    } else {
        EXPECT_FALSE(result.error.isEmpty());
    }

    // Quadratic blowup: one big entity used many times.
    QByteArray quadratic = "<?xml version=\"1.0\"?>\n<!DOCTYPE opml [<!ENTITY a \"" +
                           QByteArray(50000, 'a') + "\">]>\n<opml><head><title>";
    for (int i = 0; i < 50000; ++i)
        quadratic += "&a;";
    quadratic += "</title></head><body/></opml>";
    timer.restart();
    const OpmlParseResult second = Opml::parse(quadratic);
    EXPECT_LT(timer.elapsed(), 5000 * test::sanitizerSlowdown);
    if (second.ok()) {
        EXPECT_LT(second.document->title.size(), 100000);
    }
}

TEST(Opml, SurvivesDeepAndWideDocuments)
{
    QByteArray deep = "<opml><body>";
    for (int i = 0; i < 10000; ++i)
        deep += "<outline text=\"f" + QByteArray::number(i) + "\">";
    deep += "<outline text=\"x\" xmlUrl=\"https://deep.example/rss\"/>";
    for (int i = 0; i < 10000; ++i)
        deep += "</outline>";
    deep += "</body></opml>";
    QElapsedTimer timer;
    timer.start();
    Opml::parse(deep); // too deep for libxml2: an error or a partial document, no crash
    EXPECT_LT(timer.elapsed(), 2000 * test::sanitizerSlowdown);

    QByteArray wide = "<opml version=\"2.0\"><body>";
    for (int i = 0; i < 20000; ++i)
        wide += "<outline text=\"Show " + QByteArray::number(i) + "\" xmlUrl=\"https://w.example/" +
                QByteArray::number(i % 15000) + "\"/>";
    wide += "</body></opml>";
    const OpmlParseResult result = Opml::parse(wide);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.document->outlines.size(), 15000); // duplicates dropped
    EXPECT_LT(timer.elapsed(), 5000 * test::sanitizerSlowdown);
}
