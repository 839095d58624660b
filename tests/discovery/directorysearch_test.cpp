#include "discovery/directorycache.h"
#include "discovery/directoryprovider.h"
#include "discovery/directoryresultmodel.h"
#include "discovery/directorysearch.h"
#include "discovery/podcastindexdirectory.h"
#include "library/settings.h"
#include "net/httpclient.h"
#include "support/directoryanswers.h"
#include "support/testhttpserver.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace ondes {
namespace {

using test::Route;

QByteArray json()
{
    return "application/json";
}

// Four directories on four loopback hosts (HttpClient asks one host at a time).
class DirectorySearchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        for (const char* id : {"apple", "podcastindex", "gpodder", "fyyd"})
            m_search.provider(QLatin1String(id))
                ->setBaseUrl(server(QLatin1String(id)).url(QString()));
        m_search.setPodcastIndexCredentials(QStringLiteral("key"), QStringLiteral("secret"));
        m_search.setEnabled({QStringLiteral("apple"), QStringLiteral("podcastindex"),
                             QStringLiteral("gpodder"), QStringLiteral("fyyd")});
    }

    test::TestHttpServer& server(const QString& id)
    {
        if (id == QLatin1String("apple"))
            return m_apple;
        if (id == QLatin1String("podcastindex"))
            return m_index;
        return id == QLatin1String("gpodder") ? m_gpodder : m_fyyd;
    }

    void answerAll(const QList<test::DirectoryEntry>& entries)
    {
        m_apple.setRoute(QStringLiteral("/search"),
                         Route::text(test::appleSearchAnswer(entries), json()));
        m_index.setRoute(
            QStringLiteral("/api/1.0/search/byterm"),
            test::podcastIndexSigned(QStringLiteral("key"), QStringLiteral("secret"),
                                     Route::text(test::podcastIndexFeedsAnswer(entries), json())));
        m_gpodder.setRoute(QStringLiteral("/search.json"),
                           Route::text(test::gpodderAnswer(entries), json()));
        m_fyyd.setRoute(QStringLiteral("/0.2/search/podcast"),
                        Route::text(test::fyydAnswer(entries), json()));
    }

    bool run(const QString& term)
    {
        QSignalSpy finished(&m_search, &DirectorySearch::finished);
        DirectoryQuery query;
        query.term = term;
        m_search.start(query);
        return finished.wait(10000);
    }

    int requestCount() const
    {
        return int(m_apple.requests().size() + m_index.requests().size() +
                   m_gpodder.requests().size() + m_fyyd.requests().size());
    }

    test::TestHttpServer m_apple{QHostAddress(QStringLiteral("127.0.0.11"))};
    test::TestHttpServer m_index{QHostAddress(QStringLiteral("127.0.0.12"))};
    test::TestHttpServer m_gpodder{QHostAddress(QStringLiteral("127.0.0.13"))};
    test::TestHttpServer m_fyyd{QHostAddress(QStringLiteral("127.0.0.14"))};
    QTemporaryDir m_cacheDir;
    HttpClient m_http;
    DirectoryCache m_cache{m_cacheDir.path() + QStringLiteral("/discovery")};
    DirectorySearch m_search{m_http, &m_cache};
};

TEST_F(DirectorySearchTest, ResultsOfAllDirectoriesAreMergedByFeedAddress)
{
    auto entries =
        test::directoryEntries(3, QStringLiteral("Show"), QStringLiteral("https://feeds.example"));
    answerAll(entries);
    // fyyd knows show 1 by its http address with a trailing slash and an upper-case host.
    auto fyyd = entries;
    fyyd[0].feedUrl = QStringLiteral("http://FEEDS.example:80/feed/1.xml/");
    fyyd.append(test::directoryEntries(4, QStringLiteral("Only fyyd"),
                                       QStringLiteral("https://other.example"))
                    .last());
    m_fyyd.setRoute(QStringLiteral("/0.2/search/podcast"),
                    Route::text(test::fyydAnswer(fyyd), json()));

    DirectoryResultModel model(m_search);
    ASSERT_TRUE(run(QStringLiteral("show")));
    ASSERT_EQ(m_search.shows().size(), 4);
    EXPECT_EQ(model.rowCount(), 4);
    EXPECT_TRUE(m_search.failures().isEmpty());
    EXPECT_EQ(m_search.answered(), 4);
    for (int i = 0; i < 3; ++i) {
        const DirectoryShow& show = m_search.shows()[i];
        EXPECT_EQ(show.providers.size(), 4) << show.title.toStdString();
        EXPECT_TRUE(show.feedUrl.startsWith(QLatin1String("https://")))
            << show.feedUrl.toStdString();
    }
    EXPECT_EQ(m_search.shows()[3].providers, QStringList{QStringLiteral("fyyd")});
    EXPECT_EQ(m_search.shows()[3].title, QStringLiteral("Only fyyd 4"));
    EXPECT_EQ(model.data(model.index(3), DirectoryResultModel::ProviderNamesRole).toString(),
              QStringLiteral("fyyd"));
    EXPECT_EQ(model.data(model.index(0), DirectoryResultModel::ProviderNamesRole)
                  .toString()
                  .count(QLatin1Char(',')),
              3);
}

TEST_F(DirectorySearchTest, SettledShowsDoNotDependOnWhichDirectoryAnsweredFirst)
{
    const auto entries =
        test::directoryEntries(2, QStringLiteral("Show"), QStringLiteral("https://feeds.example"));
    answerAll(entries);
    // fyyd answers first and alone knows a third show; Apple answers last.
    Route late = Route::text(test::appleSearchAnswer(entries), json());
    late.delayMs = 200;
    m_apple.setRoute(QStringLiteral("/search"), late);
    auto fyyd =
        test::directoryEntries(3, QStringLiteral("Show"), QStringLiteral("https://feeds.example"));
    std::reverse(fyyd.begin(), fyyd.end());
    m_fyyd.setRoute(QStringLiteral("/0.2/search/podcast"),
                    Route::text(test::fyydAnswer(fyyd), json()));
    ASSERT_TRUE(run(QStringLiteral("show")));
    EXPECT_NE(m_search.shows().first().providers.first(), QStringLiteral("apple"));
    const QList<DirectoryShow> settled = m_search.settledShows();
    ASSERT_EQ(settled.size(), 3);
    EXPECT_EQ(settled[0].title, QStringLiteral("Show 1"));
    EXPECT_EQ(settled[0].providers,
              (QStringList{QStringLiteral("apple"), QStringLiteral("podcastindex"),
                           QStringLiteral("gpodder"), QStringLiteral("fyyd")}));
    EXPECT_EQ(settled[2].title, QStringLiteral("Show 3"));
}

TEST_F(DirectorySearchTest, AFailingDirectoryIsOneLineAndTheOthersStillShow)
{
    answerAll(
        test::directoryEntries(2, QStringLiteral("Show"), QStringLiteral("https://feeds.example")));
    Route silent;
    silent.neverRespond = true;
    m_apple.setRoute(QStringLiteral("/search"), silent);
    m_search.provider(QStringLiteral("apple"))->setTimeoutMs(300);
    m_gpodder.setRoute(QStringLiteral("/search.json"), Route::text("{not json", json()));
    QSignalSpy failed(&m_search, &DirectorySearch::providerFailed);
    ASSERT_TRUE(run(QStringLiteral("show")));
    EXPECT_EQ(m_search.shows().size(), 2);
    EXPECT_EQ(failed.count(), 2);
    EXPECT_TRUE(m_search.failures()
                    .value(QStringLiteral("apple"))
                    .startsWith(QStringLiteral("Apple Podcasts cannot be reached")))
        << m_search.failures().value(QStringLiteral("apple")).toStdString();
    EXPECT_TRUE(m_search.failures()
                    .value(QStringLiteral("gpodder"))
                    .contains(QStringLiteral("cannot read")));
    EXPECT_EQ(m_search.answered(), 2);
}

TEST_F(DirectorySearchTest, ADirectorySwitchedOffIsNeverAsked)
{
    answerAll(
        test::directoryEntries(2, QStringLiteral("Show"), QStringLiteral("https://feeds.example")));
    m_search.setEnabled({QStringLiteral("gpodder")});
    ASSERT_TRUE(run(QStringLiteral("private words")));
    EXPECT_EQ(m_gpodder.requests().size(), 1);
    EXPECT_EQ(m_apple.requests().size(), 0);
    EXPECT_EQ(m_index.requests().size(), 0);
    EXPECT_EQ(m_fyyd.requests().size(), 0);
}

TEST_F(DirectorySearchTest, SettingsSwitchPodcastIndexOnOnlyWithAKey)
{
    QTemporaryDir dir;
    Settings settings(dir.path() + QStringLiteral("/ondes.conf"));
    const QStringList keyless{QStringLiteral("apple"), QStringLiteral("gpodder"),
                              QStringLiteral("fyyd")};
    EXPECT_EQ(DirectorySearch::enabledBySettings(settings, false), keyless);
    EXPECT_EQ(DirectorySearch::enabledBySettings(settings, true), keyless); // not switched on
    settings.setDiscoveryProviderEnabled(QStringLiteral("podcastindex"), true);
    EXPECT_EQ(DirectorySearch::enabledBySettings(settings, false), keyless); // no key
    EXPECT_EQ(DirectorySearch::enabledBySettings(settings, true).size(), 4);
    settings.setDiscoveryProviderEnabled(QStringLiteral("apple"), false);
    EXPECT_FALSE(
        DirectorySearch::enabledBySettings(settings, true).contains(QStringLiteral("apple")));
    EXPECT_EQ(settings.discoveryCountry(), QString());
    settings.setDiscoveryCountry(QStringLiteral("FR"));
    EXPECT_EQ(settings.discoveryCountry(), QStringLiteral("fr"));
    settings.setDiscoveryCountry(QStringLiteral("not a country"));
    EXPECT_EQ(settings.discoveryCountry(), QString());
}

TEST_F(DirectorySearchTest, AnswersAreKeptForHoursInMemoryAndOnDisk)
{
    answerAll(
        test::directoryEntries(2, QStringLiteral("Show"), QStringLiteral("https://feeds.example")));
    qint64 now = 1'800'000'000;
    m_cache.setClock([&now] { return now; });
    ASSERT_TRUE(run(QStringLiteral("show")));
    EXPECT_EQ(requestCount(), 4);
    ASSERT_TRUE(run(QStringLiteral("Show "))); // the same question
    EXPECT_EQ(requestCount(), 4);
    EXPECT_EQ(m_search.shows().size(), 2);
    EXPECT_EQ(m_search.shows().first().providers.size(), 4);

    // A new run reads the cache folder.
    DirectoryCache second(m_cache.folder());
    second.setClock([&now] { return now + 60; });
    DirectoryQuery query;
    query.term = QStringLiteral("show");
    const auto kept = second.find(QStringLiteral("fyyd"), query);
    ASSERT_TRUE(kept.has_value());
    ASSERT_EQ(kept->shows.size(), 2);
    EXPECT_EQ(kept->shows[1].title, QStringLiteral("Show 2"));
    EXPECT_EQ(QDir(m_cache.folder()).entryList(QDir::Files).size(), 4);

    now += 4 * 60 * 60; // stale after a few hours
    ASSERT_TRUE(run(QStringLiteral("show")));
    EXPECT_EQ(requestCount(), 8);
}

TEST_F(DirectorySearchTest, FailuresAreNotKept)
{
    m_search.setEnabled({QStringLiteral("gpodder")});
    m_gpodder.setRouteSequence(
        QStringLiteral("/search.json"),
        {Route::text("[oops", json()),
         Route::text(test::gpodderAnswer(test::directoryEntries(
                         1, QStringLiteral("S"), QStringLiteral("https://f.example"))),
                     json())});
    ASSERT_TRUE(run(QStringLiteral("s")));
    EXPECT_EQ(m_search.shows().size(), 0);
    ASSERT_TRUE(run(QStringLiteral("s")));
    EXPECT_EQ(m_search.shows().size(), 1);
    EXPECT_EQ(m_gpodder.requests().size(), 2);
}

TEST_F(DirectorySearchTest, ANewSearchDropsTheLateAnswersOfTheOldOne)
{
    m_search.setEnabled({QStringLiteral("apple")});
    Route slow = Route::text(test::appleSearchAnswer(test::directoryEntries(
                                 1, QStringLiteral("Old"), QStringLiteral("https://f.example"))),
                             json());
    slow.delayMs = 300;
    m_apple.setRouteSequence(
        QStringLiteral("/search"),
        {slow, Route::text(test::appleSearchAnswer(test::directoryEntries(
                               2, QStringLiteral("New"), QStringLiteral("https://g.example"))),
                           json())});
    DirectoryQuery old;
    old.term = QStringLiteral("old");
    m_search.start(old);
    QTest::qWait(50);
    ASSERT_TRUE(run(QStringLiteral("new")));
    QTest::qWait(500);
    ASSERT_EQ(m_search.shows().size(), 2);
    EXPECT_EQ(m_search.shows().first().title, QStringLiteral("New 1"));
}

TEST_F(DirectorySearchTest, PersonSearchListsEpisodesInOtherShows)
{
    test::PersonEpisode episode;
    episode.title = QStringLiteral("Interview");
    episode.feedUrl = QStringLiteral("https://elsewhere.example/rss");
    episode.feedTitle = QStringLiteral("Elsewhere");
    episode.enclosureUrl = QStringLiteral("https://elsewhere.example/1.mp3");
    m_index.setRoute(QStringLiteral("/api/1.0/search/byperson"),
                     test::podcastIndexSigned(
                         QStringLiteral("key"), QStringLiteral("secret"),
                         Route::text(test::podcastIndexPersonAnswer({episode, episode}), json())));
    QSignalSpy finished(&m_search, &DirectorySearch::finished);
    DirectoryQuery query;
    query.kind = DirectoryQuery::Kind::Person;
    query.term = QStringLiteral("Jane Doe");
    EXPECT_EQ(m_search.start(query), 1); // only Podcast Index searches people
    ASSERT_TRUE(finished.wait(10000));
    ASSERT_EQ(m_search.episodes().size(), 2);
    EXPECT_EQ(m_search.episodes().first().feedTitle, QStringLiteral("Elsewhere"));
    EXPECT_EQ(m_search.episodes().first().provider, QStringLiteral("podcastindex"));
    EXPECT_EQ(requestCount(), 1);
}

TEST(DirectoryAddresses, TheEnvironmentReplacesSchemeHostAndPort)
{
    qputenv("ONDES_DIRECTORY_FYYD", "http://127.0.0.1:8080/ignored/path");
    qputenv("ONDES_DIRECTORY_APPLE", "not an address");
    HttpClient http;
    DirectorySearch search(http, nullptr);
    qunsetenv("ONDES_DIRECTORY_FYYD");
    qunsetenv("ONDES_DIRECTORY_APPLE");
    EXPECT_EQ(search.provider(QStringLiteral("fyyd"))->baseUrl(),
              QUrl(QStringLiteral("http://127.0.0.1:8080")));
    EXPECT_EQ(search.provider(QStringLiteral("apple"))->baseUrl(),
              QUrl(QStringLiteral("https://itunes.apple.com")));
    EXPECT_EQ(search.provider(QStringLiteral("podcastindex"))->baseUrl(),
              QUrl(QStringLiteral("https://api.podcastindex.org")));
    EXPECT_EQ(search.provider(QStringLiteral("gpodder"))->baseUrl(),
              QUrl(QStringLiteral("https://gpodder.net")));
}

} // namespace
} // namespace ondes
