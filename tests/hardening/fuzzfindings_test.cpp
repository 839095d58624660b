// Every input the fuzz targets (bench/fuzz) found a problem with, kept in tests/data/hostile
// and checked with the same rules as the target that found it, plus what each fix promises.
// File names say which parser reads them: feed-*, opml-*, page-*, description-*, speakers-*,
// chapters-*, dates-*.

#include "feed/chaptersjson.h"
#include "feed/descriptionsanitizer.h"
#include "feed/feeddates.h"
#include "feed/feedduration.h"
#include "feed/feedentities.h"
#include "feed/feedparser.h"
#include "feed/opml.h"
#include "feed/pageimporter.h"
#include "feed/speakerextractor.h"
#include "hardening/hostileinput.h"
#include "support/testdatadir.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <gtest/gtest.h>

namespace ondes {
namespace {

QByteArray hostile(const QString& name)
{
    QFile file(test::testDataPath(QStringLiteral("hostile/") + name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(name);
    return file.readAll();
}

QStringList hostileFiles(const QString& prefix)
{
    return QDir(test::testDataPath(QStringLiteral("hostile")))
        .entryList({prefix + QStringLiteral("-*")}, QDir::Files, QDir::Name);
}

bool isWebUrl(const QString& url)
{
    return url.startsWith(QLatin1String("http://")) || url.startsWith(QLatin1String("https://"));
}

TEST(FuzzFindings, EveryKeptInputPassesItsTargetsRules)
{
    int checked = 0;
    for (const QString& name : hostileFiles(QStringLiteral("feed"))) {
        const FeedParseResult result = FeedParser::parse(hostile(name));
        EXPECT_TRUE(result.ok() || !result.error.isEmpty()) << qPrintable(name);
        ++checked;
    }
    for (const QString& name : hostileFiles(QStringLiteral("opml"))) {
        const OpmlParseResult result = Opml::parse(hostile(name));
        ASSERT_TRUE(result.ok() || !result.error.isEmpty()) << qPrintable(name);
        if (result.ok()) {
            for (const OpmlOutline& outline : result.document->outlines)
                EXPECT_TRUE(isWebUrl(outline.xmlUrl)) << qPrintable(outline.xmlUrl);
            const OpmlParseResult again = Opml::parse(Opml::write(*result.document));
            ASSERT_TRUE(again.ok()) << qPrintable(name);
            EXPECT_EQ(*again.document, *result.document) << qPrintable(name);
        }
        ++checked;
    }
    for (const QString& name : hostileFiles(QStringLiteral("page"))) {
        const PageImport page =
            PageImporter::parse(hostile(name), QUrl(QStringLiteral("https://r.example/ep/1")));
        for (const QString& url : {page.previousUrl, page.nextUrl, page.showImageUrl})
            EXPECT_TRUE(url.isEmpty() || isWebUrl(url)) << qPrintable(name);
        ++checked;
    }
    for (const QString& name : hostileFiles(QStringLiteral("description"))) {
        SanitizeOptions options;
        options.allowRemoteImages = true;
        const QString out =
            DescriptionSanitizer::toSafeHtml(QString::fromUtf8(hostile(name)), options);
        EXPECT_FALSE(out.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        ++checked;
    }
    for (const QString& name : hostileFiles(QStringLiteral("speakers"))) {
        for (const Speaker& speaker : SpeakerExtractor().extract(QString::fromUtf8(hostile(name))))
            EXPECT_FALSE(speaker.name.trimmed().isEmpty()) << qPrintable(name);
        ++checked;
    }
    for (const QString& name : hostileFiles(QStringLiteral("chapters"))) {
        QString error;
        const auto chapters = ChaptersJson::parse(hostile(name), &error);
        EXPECT_TRUE(chapters || !error.isEmpty()) << qPrintable(name);
        ++checked;
    }
    for (const QString& name : hostileFiles(QStringLiteral("dates"))) {
        const QByteArray bytes = hostile(name);
        const std::string_view text(bytes.constData(), std::size_t(bytes.size()));
        parseFeedDate(text);
        const qint64 duration = parseFeedDuration(text);
        EXPECT_GE(duration, 0);
        EXPECT_LE(duration, 1000000000);
        ++checked;
    }
    EXPECT_GE(checked, 2);
}

// sanitizer target (found in CI's 10 s run): `<a href="http:st…">` has a web scheme and no host,
// and browsers guess a host from the path. Only absolute web addresses become links now.
TEST(FuzzFindings, WebLinksWithoutAHostAreNotLinks)
{
    SanitizeOptions options;
    options.allowRemoteImages = true;
    options.linkUrls = true;
    options.baseUrl = QStringLiteral("https://fuzz.example.org/show/episode.html");
    const QString out = DescriptionSanitizer::toSafeHtml(
        QString::fromUtf8(hostile(QStringLiteral("description-http-without-host.html")).mid(1)),
        options);
    qsizetype at = 0;
    int links = 0;
    while ((at = out.indexOf(QLatin1String("href=\""), at)) >= 0) {
        at += 6;
        const QStringView href = QStringView(out).sliced(at);
        EXPECT_TRUE(href.startsWith(u"http://") || href.startsWith(u"https://") ||
                    href.startsWith(u"mailto:") || href.startsWith(u"seek:"))
            << qPrintable(href.left(40).toString());
        ++links;
    }
    EXPECT_GE(links, 1); // the good link in it stays a link
    EXPECT_FALSE(DescriptionSanitizer::toSafeHtml(QStringLiteral("<a href=\"http:st\">x</a>"))
                     .contains(QLatin1String("href")));
    EXPECT_FALSE(DescriptionSanitizer::toSafeHtml(QStringLiteral("<a href=\"https:\">x</a>"))
                     .contains(QLatin1String("href")));
}

// feedparser target: 3 KB of references to a 1 KB entity made the parser expand 16 MB of
// title (seconds under the sanitizers). The expansion budget now grows with the document.
TEST(FuzzFindings, EntityExpansionIsBoundedByTheDocumentsSize)
{
    const QByteArray document = hostile(QStringLiteral("feed-entity-amplification.xml"));
    ASSERT_LT(document.size(), 8 * 1024);
    QElapsedTimer timer;
    timer.start();
    const FeedParseResult result = FeedParser::parse(document);
    EXPECT_LT(timer.elapsed(), 2000 * test::sanitizerSlowdown);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error.contains(QLatin1String("entit"))) << qPrintable(result.error);

    EXPECT_EQ(FeedEntities::expansionBudget(0), FeedEntities::kBaseExpansion);
    EXPECT_EQ(FeedEntities::expansionBudget(1000),
              FeedEntities::kBaseExpansion + 1000 * FeedEntities::kMaxAmplification);
    EXPECT_EQ(FeedEntities::expansionBudget(std::size_t(1) << 40),
              FeedEntities::kMaxTotalExpansion);

    // A large feed that uses a declared entity in every item is still read.
    QByteArray big = "<!DOCTYPE rss [<!ENTITY c \"" + QByteArray(500, 'c') +
                     "\">]><rss version=\"2.0\"><channel><title>t</title>";
    for (int i = 0; i < 4000; ++i)
        big += "<item><guid>" + QByteArray::number(i) + "</guid><title>e</title><description>&c; " +
               QByteArray(300, 'd') + "</description></item>";
    big += "</channel></rss>";
    const FeedParseResult read = FeedParser::parse(big);
    ASSERT_TRUE(read.ok()) << qPrintable(read.error);
    EXPECT_EQ(read.feed->episodes.size(), 4000);
}

// opml target: "hTtps://…" was kept as written, so a written and re-read list differed from
// what other parts of Ondes compare by text. Schemes now come out in lower case.
TEST(FuzzFindings, OpmlSchemesComeOutInLowerCase)
{
    const OpmlParseResult result = Opml::parse(hostile(QStringLiteral("opml-scheme-case.opml")));
    ASSERT_TRUE(result.ok()) << qPrintable(result.error);
    ASSERT_EQ(result.document->outlines.size(), 3);
    EXPECT_EQ(result.document->outlines.at(0).xmlUrl,
              QStringLiteral("https://radio.example/emissions/jardin/"));
    EXPECT_EQ(result.document->outlines.at(1).xmlUrl,
              QStringLiteral("http://upper.example/feed.xml"));
    EXPECT_EQ(result.document->outlines.at(1).htmlUrl, QStringLiteral("https://upper.example/"));
    EXPECT_EQ(result.document->outlines.at(2).xmlUrl,
              QStringLiteral("http://apple.example/podcast.rss"));
}

// opml target: the category attribute kept runs of spaces that folder names lose, so a list
// written and read again had another category.
TEST(FuzzFindings, OpmlCategoriesCollapseSpacesLikeFolders)
{
    const OpmlParseResult result =
        Opml::parse(hostile(QStringLiteral("opml-category-spaces.opml")));
    ASSERT_TRUE(result.ok()) << qPrintable(result.error);
    ASSERT_EQ(result.document->outlines.size(), 2);
    EXPECT_EQ(result.document->outlines.at(0).category, QStringLiteral("Musique et Jazz"));
    EXPECT_EQ(result.document->outlines.at(1).category, QStringLiteral("Radio/Jazz"));
    EXPECT_EQ(Opml::parse(Opml::write(*result.document)).document, result.document);
}

} // namespace
} // namespace ondes
