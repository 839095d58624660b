// One category for every chart: Apple Podcasts is asked for its genre, Podcast Index for its
// category names, and the directories whose charts do not take the category (gpodder.net's
// toplist, fyyd) are not asked at all and are named as such.

#include "discovery/directorycategories.h"
#include "discovery/directoryprovider.h"
#include "discovery/directorysearch.h"
#include "net/httpclient.h"
#include "support/directoryanswers.h"
#include "support/testhttpserver.h"

#include <QSignalSpy>
#include <QUrlQuery>

#include <gtest/gtest.h>

namespace ondes {
namespace {

using test::Route;

TEST(DirectoryCategories, MapToEachDirectorysOwnIds)
{
    EXPECT_EQ(DirectoryCategories::appleGenre(QStringLiteral("news")), QStringLiteral("1489"));
    EXPECT_EQ(DirectoryCategories::podcastIndexCategory(QStringLiteral("news")),
              QStringLiteral("News"));
    EXPECT_EQ(DirectoryCategories::podcastIndexCategory(QStringLiteral("tv")),
              QStringLiteral("TV,Film"));
    // A directory's own id goes through as it is.
    EXPECT_EQ(DirectoryCategories::appleGenre(QStringLiteral("1318")), QStringLiteral("1318"));
    EXPECT_EQ(DirectoryCategories::podcastIndexCategory(QStringLiteral("55")),
              QStringLiteral("55"));
    QStringList keys;
    for (const DirectoryCategory& category : DirectoryCategories::all()) {
        EXPECT_FALSE(keys.contains(category.key)) << category.key.toStdString();
        keys << category.key;
        bool numeric = false;
        category.appleGenre.toInt(&numeric);
        EXPECT_TRUE(numeric) << category.key.toStdString();
        EXPECT_FALSE(DirectoryCategories::displayName(category).isEmpty());
    }
    EXPECT_EQ(DirectoryCategories::find(QStringLiteral("nope")), nullptr);
}

TEST(DirectoryCategories, AChartOfACategoryAsksOnlyTheDirectoriesThatHaveIt)
{
    test::TestHttpServer apple;
    test::TestHttpServer index;
    test::TestHttpServer gpodder;
    const auto entries =
        test::directoryEntries(2, QStringLiteral("News"), QStringLiteral("https://n.example"));
    const QByteArray json = "application/json";
    apple.setRoute(QStringLiteral("/de/rss/toppodcasts/limit=20/genre=1489/json"),
                   Route::text(test::appleChartAnswer(entries.mid(0, 1)), json));
    apple.setRoute(QStringLiteral("/lookup"), Route::text(test::appleSearchAnswer(entries), json));
    index.setRoute(QStringLiteral("/api/1.0/podcasts/trending"),
                   test::podcastIndexSigned(
                       QStringLiteral("k"), QStringLiteral("s"),
                       Route::text(test::podcastIndexFeedsAnswer(entries.mid(1, 1)), json)));
    gpodder.setRoute(QStringLiteral("/toplist/20.json"),
                     Route::text(test::gpodderAnswer(entries), json));

    HttpClient http;
    DirectorySearch search(http, nullptr);
    search.provider(QStringLiteral("apple"))->setBaseUrl(apple.url({}));
    search.provider(QStringLiteral("podcastindex"))->setBaseUrl(index.url({}));
    search.provider(QStringLiteral("gpodder"))->setBaseUrl(gpodder.url({}));
    search.setPodcastIndexCredentials(QStringLiteral("k"), QStringLiteral("s"));
    search.setEnabled(
        {QStringLiteral("apple"), QStringLiteral("podcastindex"), QStringLiteral("gpodder")});
    DirectoryQuery query;
    query.kind = DirectoryQuery::Kind::Top;
    query.country = QStringLiteral("de");
    query.language = QStringLiteral("de");
    query.category = QStringLiteral("news");
    query.limit = 20;
    QSignalSpy finished(&search, &DirectorySearch::finished);
    EXPECT_EQ(search.start(query), 2);
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_TRUE(search.failures().isEmpty())
        << search.failures().values().join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(search.shows().size(), 2);
    EXPECT_EQ(search.withoutCategories(), QStringList{QStringLiteral("gpodder")});
    EXPECT_EQ(gpodder.requests().size(), 0);
    const auto trending = index.requests(QStringLiteral("/api/1.0/podcasts/trending"));
    ASSERT_EQ(trending.size(), 1);
    const QUrlQuery sent(QUrl(QString::fromUtf8(trending.first().target)).query());
    EXPECT_EQ(sent.queryItemValue(QStringLiteral("cat")), QStringLiteral("News"));
    EXPECT_EQ(sent.queryItemValue(QStringLiteral("lang")), QStringLiteral("de"));

    // All categories: gpodder.net's toplist is asked again.
    query.category.clear();
    apple.setRoute(QStringLiteral("/de/rss/toppodcasts/limit=20/json"),
                   Route::text(test::appleChartAnswer(entries), json));
    finished.clear();
    EXPECT_EQ(search.start(query), 3);
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_TRUE(search.withoutCategories().isEmpty());
    EXPECT_EQ(gpodder.requests().size(), 1);
}

} // namespace
} // namespace ondes
