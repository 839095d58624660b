#include "feed/pageimporter.h"
#include "support/qtprinters.h"
#include "support/sanitizerslowdown.h"

#include <QElapsedTimer>
#include <QFile>

#include <gtest/gtest.h>

// Hostile and broken pages: no crash, no hang, no URL that is not http(s).

using namespace ondes;

namespace {

QByteArray readPage(const char* name)
{
    QFile file(QStringLiteral(ONDES_TEST_DATA_DIR "/pages/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

TEST(PageImporter, RefusesNonWebUrlsInBrokenMarkup)
{
    const PageImport page = PageImporter::parse(
        readPage("hostile-markup.html"), QUrl(QStringLiteral("https://hostile.example/page")));
    ASSERT_TRUE(page.episode.has_value());
    ASSERT_EQ(page.episode->enclosures.size(), 1);
    EXPECT_EQ(page.episode->enclosures[0].url,
              QStringLiteral("https://cdn.example/relative-scheme.mp3"));
}

TEST(PageImporter, SurvivesDeepNesting)
{
    QByteArray html = "<html><body>";
    for (int i = 0; i < 10000; ++i)
        html += (i % 3 == 0) ? "<div>" : (i % 3 == 1) ? "<span>" : "<b>";
    html += "<audio src=\"/deep.mp3\"></audio><p>Diffusée le 2 décembre 2022</p>";
    for (int i = 0; i < 10000; ++i)
        html += "</div>";
    html += "<a href=\"/prev\">émission précédente</a></body></html>";
    QElapsedTimer timer;
    timer.start();
    const PageImport page = PageImporter::parse(html, QUrl(QStringLiteral("https://r.example/")));
    EXPECT_LT(timer.elapsed(), 3000 * test::sanitizerSlowdown);
    Q_UNUSED(page);
}

TEST(PageImporter, SurvivesHugeAttributesAndPages)
{
    // A 4 MB href: no URL.
    QByteArray html = "<a href=\"https://r.example/" + QByteArray(4 * 1024 * 1024, 'x') +
                      ".mp3\">Télécharger</a><audio src=\"" + QByteArray(100000, ' ') + "\">";
    QElapsedTimer timer;
    timer.start();
    PageImport page = PageImporter::parse(html, QUrl(QStringLiteral("https://r.example/")));
    EXPECT_FALSE(page.episode.has_value());

    // Past the size limit the rest is ignored, not a crash or a hang.
    QByteArray big = "<html><head><title>Big | Show</title></head><body>";
    const QByteArray paragraph =
        "<p>Les intervenants étaient nombreux, le 2 décembre 2022 ; <a href=\"/x.mp3\">x</a></p>\n";
    while (big.size() < 20 * 1024 * 1024)
        big += paragraph;
    page = PageImporter::parse(big, QUrl(QStringLiteral("https://r.example/")));
    ASSERT_TRUE(page.episode.has_value());
    EXPECT_LE(page.episode->description.toString().size(), 4000);
    EXPECT_EQ(page.showTitle, QStringLiteral("Show"));
    EXPECT_LT(timer.elapsed(), 10000 * test::sanitizerSlowdown);
}

TEST(PageImporter, SurvivesGarbageAndManyElements)
{
    QElapsedTimer timer;
    timer.start();
    EXPECT_FALSE(PageImporter::parse(QByteArray(), QUrl()).episode.has_value());
    EXPECT_FALSE(PageImporter::parse("<", QUrl()).episode.has_value());
    EXPECT_FALSE(PageImporter::parse("<!--<audio src='/a.mp3'>", QUrl()).episode.has_value());
    EXPECT_FALSE(PageImporter::parse(QByteArray("\0\0\0<a\0>", 8), QUrl()).episode.has_value());

    QByteArray noise;
    quint32 state = 12345;
    for (int i = 0; i < 1024 * 1024; ++i) {
        state = state * 1103515245u + 12345u;
        const char alphabet[] = "<>/=\"' abc&;#\n\x80\xC3\xA9";
        noise += alphabet[(state >> 16) % (sizeof(alphabet) - 1)];
    }
    PageImporter::parse(noise, QUrl(QStringLiteral("https://r.example/")));

    QByteArray many = "<html><body>";
    for (int i = 0; i < 20000; ++i)
        many +=
            "<audio src=\"/a" + QByteArray::number(i) +
            ".mp3\"></audio>"
            "<a href=\"/p" +
            QByteArray::number(i) +
            "\">précédent</a>"
            "<time datetime=\"2022-12-02\"></time><meta property=\"og:audio\" content=\"/o.mp3\">";
    many += "<script type=\"application/ld+json\">" + QByteArray(100000, '[') + "</script>";
    const PageImport page = PageImporter::parse(many, QUrl(QStringLiteral("https://r.example/")));
    ASSERT_TRUE(page.episode.has_value());
    EXPECT_EQ(page.episode->enclosures.size(), 4);
    EXPECT_EQ(page.previousUrl, QStringLiteral("https://r.example/p0"));
    EXPECT_LT(timer.elapsed(), 10000 * test::sanitizerSlowdown);
}

TEST(PageImporter, IgnoresAudioInScriptsAndComments)
{
    const QByteArray html = R"html(<html><head>
        <script>var s = '<audio src="/script.mp3"></audio><a href="/s.mp3">x</a>';</script>
        <style>a[href$=".mp3"] { color: red }</style></head><body>
        <!-- <audio src="/comment.mp3"></audio> -->
        <template><audio src="/template.mp3"></audio></template>
        <p>Nothing to hear.</p></body></html>)html";
    const PageImport page = PageImporter::parse(html, QUrl(QStringLiteral("https://r.example/")));
    EXPECT_FALSE(page.episode.has_value());
}
