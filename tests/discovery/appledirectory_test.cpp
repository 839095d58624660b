#include "directoryfixture.h"
#include "discovery/appledirectory.h"
#include "support/directoryanswers.h"

#include <QUrlQuery>

namespace ondes {
namespace {

using test::Route;

class AppleDirectoryTest : public test::DirectoryFixture
{
protected:
    AppleDirectory m_apple{m_http, base()};
};

TEST_F(AppleDirectoryTest, SearchReadsTheDocumentedFieldsAndSendsTheDocumentedQuery)
{
    const auto entries =
        test::directoryEntries(3, QStringLiteral("Radio"), QStringLiteral("https://feeds.example"));
    m_server.setRoute(QStringLiteral("/search"),
                      Route::text(test::appleSearchAnswer(entries), json()));
    DirectoryQuery query = search(QStringLiteral("radio libre"), 3);
    query.country = QStringLiteral("FR");
    const DirectoryAnswer answer = ask(m_apple, query);
    ASSERT_TRUE(answer.ok()) << answer.error.toStdString();
    ASSERT_EQ(answer.shows.size(), 3);
    const DirectoryShow& show = answer.shows.first();
    EXPECT_EQ(show.feedUrl, QStringLiteral("https://feeds.example/feed/1.xml"));
    EXPECT_EQ(show.title, QStringLiteral("Radio 1"));
    EXPECT_EQ(show.author, QStringLiteral("Author 1"));
    EXPECT_EQ(show.artworkUrl, QStringLiteral("https://is1.example/1001/600x600.jpg"));
    EXPECT_EQ(show.episodeCount, 12);
    EXPECT_EQ(show.lastEpisodeAt, 1714550400);
    EXPECT_EQ(show.categories, QStringList{QStringLiteral("News")});
    EXPECT_EQ(answer.provider, QStringLiteral("apple"));

    const auto requests = m_server.requests(QStringLiteral("/search"));
    ASSERT_EQ(requests.size(), 1);
    const QUrlQuery sent(QUrl(QString::fromUtf8(requests.first().target)).query());
    EXPECT_EQ(sent.queryItemValue(QStringLiteral("term"), QUrl::FullyDecoded),
              QStringLiteral("radio libre"));
    EXPECT_EQ(sent.queryItemValue(QStringLiteral("media")), QStringLiteral("podcast"));
    EXPECT_EQ(sent.queryItemValue(QStringLiteral("country")), QStringLiteral("fr"));
    EXPECT_EQ(sent.queryItemValue(QStringLiteral("limit")), QStringLiteral("3"));
}

TEST_F(AppleDirectoryTest, ResultsWithoutAFetchableFeedAreLeftOutAndWrongTypesReadAsMissing)
{
    const QByteArray body = R"({"resultCount":4,"results":[
        {"collectionName":"No feed","artistName":"A"},
        {"collectionName":"Not the web","feedUrl":"file:///etc/passwd"},
        {"collectionName":42,"artistName":["x"],"feedUrl":"http://ok.example/rss","trackCount":"many",
         "releaseDate":17,"genres":"News"},
        "not an object"]})";
    m_server.setRoute(QStringLiteral("/search"), Route::text(body, json()));
    const DirectoryAnswer answer = ask(m_apple, search(QStringLiteral("x")));
    ASSERT_TRUE(answer.ok()) << answer.error.toStdString();
    ASSERT_EQ(answer.shows.size(), 1);
    EXPECT_EQ(answer.shows.first().feedUrl, QStringLiteral("http://ok.example/rss"));
    EXPECT_TRUE(answer.shows.first().title.isEmpty());
    EXPECT_EQ(answer.shows.first().episodeCount, -1);
    EXPECT_EQ(answer.shows.first().lastEpisodeAt, 0);
}

TEST_F(AppleDirectoryTest, AnEmptyAnswerIsNoResultsAndNoError)
{
    m_server.setRoute(QStringLiteral("/search"),
                      Route::text(R"({"resultCount":0,"results":[]})", json()));
    const DirectoryAnswer answer = ask(m_apple, search(QStringLiteral("zzzz")));
    EXPECT_TRUE(answer.ok());
    EXPECT_TRUE(answer.shows.isEmpty());
}

TEST_F(AppleDirectoryTest, TopShowsComeFromTheCountrysChartThenTheLookupInChartOrder)
{
    const auto entries =
        test::directoryEntries(3, QStringLiteral("Chart"), QStringLiteral("https://feeds.example"));
    m_server.setRoute(QStringLiteral("/fr/rss/toppodcasts/limit=3/genre=1489/json"),
                      Route::text(test::appleChartAnswer(entries), json()));
    // The lookup answers in another order, and without one of them.
    m_server.setRoute(QStringLiteral("/lookup"),
                      Route::text(test::appleSearchAnswer({entries[2], entries[0]}), json()));
    DirectoryQuery query;
    query.kind = DirectoryQuery::Kind::Top;
    query.country = QStringLiteral("fr");
    query.category = QStringLiteral("1489");
    query.limit = 3;
    const DirectoryAnswer answer = ask(m_apple, query);
    ASSERT_TRUE(answer.ok()) << answer.error.toStdString();
    ASSERT_EQ(answer.shows.size(), 2);
    EXPECT_EQ(answer.shows[0].title, QStringLiteral("Chart 1"));
    EXPECT_EQ(answer.shows[1].title, QStringLiteral("Chart 3"));
    const auto lookups = m_server.requests(QStringLiteral("/lookup"));
    ASSERT_EQ(lookups.size(), 1);
    const QUrlQuery sent(QUrl(QString::fromUtf8(lookups.first().target)).query());
    EXPECT_EQ(sent.queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded),
              QStringLiteral("1001,1002,1003"));
}

TEST_F(AppleDirectoryTest, HttpErrorsNameTheDirectory)
{
    m_server.setRoute(QStringLiteral("/search"), Route::error(503));
    m_apple.setTimeoutMs(2000);
    const DirectoryAnswer answer = ask(m_apple, search(QStringLiteral("x")));
    EXPECT_FALSE(answer.ok());
    EXPECT_TRUE(answer.error.startsWith(QStringLiteral("Apple Podcasts answered with an error")))
        << answer.error.toStdString();
}

TEST_F(AppleDirectoryTest, ASilentServerMeansTheDirectoryCannotBeReached)
{
    Route silent;
    silent.neverRespond = true;
    m_server.setRoute(QStringLiteral("/search"), silent);
    m_apple.setTimeoutMs(300);
    const DirectoryAnswer answer = ask(m_apple, search(QStringLiteral("x")));
    EXPECT_FALSE(answer.ok());
    EXPECT_TRUE(answer.error.startsWith(QStringLiteral("Apple Podcasts cannot be reached")))
        << answer.error.toStdString();
}

TEST_F(AppleDirectoryTest, MalformedAndOversizedAnswersAreReadableErrors)
{
    m_server.setRoute(QStringLiteral("/search"), Route::text(R"({"results":[{"feedUrl":)", json()));
    DirectoryAnswer answer = ask(m_apple, search(QStringLiteral("x")));
    EXPECT_TRUE(
        answer.error.startsWith(QStringLiteral("Apple Podcasts sent an answer Ondes cannot read")))
        << answer.error.toStdString();

    m_server.setRoute(QStringLiteral("/search"), Route::text(R"(["a list"])", json()));
    answer = ask(m_apple, search(QStringLiteral("y")));
    EXPECT_TRUE(answer.error.contains(QStringLiteral("cannot read"))) << answer.error.toStdString();

    // 5 MB of valid JSON: over the 4 MB a directory's answer may take.
    QByteArray huge = R"({"results":[)";
    while (huge.size() < 5 * 1024 * 1024)
        huge += R"({"feedUrl":"http://a.example/f","collectionName":"padding padding padding"},)";
    huge += R"({}]})";
    m_server.setRoute(QStringLiteral("/search"), Route::text(huge, json()));
    answer = ask(m_apple, search(QStringLiteral("z")));
    EXPECT_TRUE(answer.error.contains(QStringLiteral("larger than 4 MB")))
        << answer.error.toStdString();
}

TEST_F(AppleDirectoryTest, ANewQueryCancelsTheOneRunning)
{
    Route slow = Route::text(test::appleSearchAnswer(test::directoryEntries(
                                 1, QStringLiteral("Old"), QStringLiteral("https://f.example"))),
                             json());
    slow.delayMs = 400;
    m_server.setRoute(
        QStringLiteral("/search?term=old&media=podcast&entity=podcast&country=us&limit=50"), slow);
    m_server.setRoute(
        QStringLiteral("/search?term=new&media=podcast&entity=podcast&country=us&limit=50"),
        Route::text(test::appleSearchAnswer(test::directoryEntries(
                        1, QStringLiteral("New"), QStringLiteral("https://f.example"))),
                    json()));
    QSignalSpy spy(&m_apple, &DirectoryProvider::finished);
    m_apple.start(search(QStringLiteral("old")));
    m_apple.start(search(QStringLiteral("new")));
    ASSERT_TRUE(spy.wait(5000));
    QTest::qWait(600); // the old answer would have come by now
    ASSERT_EQ(spy.count(), 1);
    const auto answer = spy.first().first().value<DirectoryAnswer>();
    ASSERT_EQ(answer.shows.size(), 1);
    EXPECT_EQ(answer.shows.first().title, QStringLiteral("New 1"));
}

TEST_F(AppleDirectoryTest, PersonSearchIsRefusedWithoutAsking)
{
    DirectoryQuery query = search(QStringLiteral("Jane Doe"));
    query.kind = DirectoryQuery::Kind::Person;
    const DirectoryAnswer answer = ask(m_apple, query);
    EXPECT_FALSE(answer.ok());
    EXPECT_EQ(m_server.requests().size(), 0);
}

} // namespace
} // namespace ondes
