#include "subscriptions/refresher.h"
#include "subscriptions/subscriber.h"
#include "subscriptions/subscriptionfixture.h"
#include "support/feedbuilder.h"
#include "support/qtprinters.h"

#include <QSignalSpy>

namespace ondes {
namespace {

using test::Route;

class RefresherTest : public test::SubscriptionFixture
{
protected:
    void SetUp() override
    {
        SubscriptionFixture::SetUp();
        m_refresher.setWebShowLimits(50, 0);
    }

    qint64 addFeedShow(const QString& path, Route route)
    {
        m_server.setRoute(path, std::move(route));
        Subscriber subscriber(m_http, m_library, m_workers);
        QSignalSpy done(&subscriber, &Subscriber::subscribed);
        subscriber.subscribe(m_server.url(path).toString());
        if (!done.wait(10000))
            return 0;
        return done.first().at(1).toLongLong();
    }

    // Refreshes and waits; returns the number of failed shows.
    int refresh(const QList<qint64>& ids)
    {
        QSignalSpy finished(&m_refresher, &Refresher::finished);
        m_refresher.refresh(ids);
        if (finished.isEmpty() && !finished.wait(15000))
            return -1;
        return finished.first().at(0).toInt();
    }

    Refresher m_refresher{m_http, m_library, m_workers};
};

Route feedRoute(const test::FeedSpec& spec = {})
{
    return Route::text(test::buildFeed(spec), "application/rss+xml");
}

TEST_F(RefresherTest, EtagAnswerNotModifiedSkipsTheFeed)
{
    Route route = feedRoute();
    route.etag = "v1";
    const qint64 showId = addFeedShow(QStringLiteral("/feed.xml"), route);
    ASSERT_NE(showId, 0);
    ASSERT_EQ(refresh({showId}), 0);
    const QList<test::RecordedRequest> requests = m_server.requests(QStringLiteral("/feed.xml"));
    ASSERT_EQ(requests.size(), 2);
    EXPECT_EQ(requests.last().header("If-None-Match"), QByteArray("\"v1\""));
    EXPECT_EQ(requests.last().status, 304);
    EXPECT_EQ(m_library.episodes(showId).size(), 3);
}

TEST_F(RefresherTest, LastModifiedAnswerNotModified)
{
    Route route = feedRoute();
    route.lastModified = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    const qint64 showId = addFeedShow(QStringLiteral("/lm.xml"), route);
    ASSERT_NE(showId, 0);
    ASSERT_EQ(refresh({showId}), 0);
    const auto requests = m_server.requests(QStringLiteral("/lm.xml"));
    ASSERT_EQ(requests.size(), 2);
    EXPECT_FALSE(requests.last().header("If-Modified-Since").isEmpty());
    EXPECT_EQ(requests.last().status, 304);
}

TEST_F(RefresherTest, NewEpisodesAreAddedAndTheListenersStateKept)
{
    const qint64 showId = addFeedShow(QStringLiteral("/grow.xml"), feedRoute());
    ASSERT_NE(showId, 0);
    const EpisodeRow oldest = m_library.episodes(showId).last();
    ASSERT_TRUE(m_library.savePosition(oldest.id, 90000));

    test::FeedSpec bigger;
    bigger.episodes = 5;
    m_server.setRoute(QStringLiteral("/grow.xml"), feedRoute(bigger));
    QSignalSpy refreshed(&m_refresher, &Refresher::showRefreshed);
    ASSERT_EQ(refresh({showId}), 0);
    ASSERT_EQ(refreshed.size(), 1);
    EXPECT_EQ(refreshed.first().at(1).toInt(), 2);
    const QList<EpisodeRow> episodes = m_library.episodes(showId);
    ASSERT_EQ(episodes.size(), 5);
    EXPECT_EQ(episodes.last().id, oldest.id);
    EXPECT_EQ(episodes.last().positionMs, 90000);
}

TEST_F(RefresherTest, GuidChangeDoesNotDuplicateAnEpisode)
{
    const qint64 showId = addFeedShow(QStringLiteral("/guid.xml"), feedRoute());
    ASSERT_NE(showId, 0);
    QByteArray changed = test::buildFeed({});
    changed.replace("<guid>ep-2</guid>", "<guid>https://new-host.example/ep-2</guid>");
    m_server.setRoute(QStringLiteral("/guid.xml"), Route::text(changed, "application/rss+xml"));
    ASSERT_EQ(refresh({showId}), 0);
    EXPECT_EQ(m_library.episodes(showId).size(), 3);
}

TEST_F(RefresherTest, GoneEpisodesLeaveUnlessTheListenerNeedsThem)
{
    test::FeedSpec four;
    four.episodes = 4;
    const qint64 showId = addFeedShow(QStringLiteral("/trim.xml"), feedRoute(four));
    ASSERT_NE(showId, 0);
    const QList<EpisodeRow> before = m_library.episodes(showId);
    // Episode 1 is in progress; episode 2 is not: the feed drops both.
    ASSERT_TRUE(m_library.savePosition(before.at(3).id, 5000));
    test::FeedSpec trimmed;
    trimmed.episodes = 2;
    trimmed.firstNumber = 3;
    m_server.setRoute(QStringLiteral("/trim.xml"), feedRoute(trimmed));
    ASSERT_EQ(refresh({showId}), 0);
    const QList<EpisodeRow> after = m_library.episodes(showId);
    ASSERT_EQ(after.size(), 3);
    EXPECT_EQ(after.last().title, QStringLiteral("Episode 1"));
}

TEST_F(RefresherTest, ServerErrorKeepsThePreviousEpisodesAndSaysWhy)
{
    const qint64 showId = addFeedShow(QStringLiteral("/flaky.xml"), feedRoute());
    ASSERT_NE(showId, 0);
    m_server.setRoute(QStringLiteral("/flaky.xml"), Route::error(500));
    QSignalSpy failed(&m_refresher, &Refresher::showFailed);
    EXPECT_EQ(refresh({showId}), 1);
    ASSERT_EQ(failed.size(), 1);
    EXPECT_TRUE(failed.first().at(1).toString().contains(QStringLiteral("500")));
    EXPECT_EQ(m_library.episodes(showId).size(), 3);
    EXPECT_TRUE(m_library.show(showId)->lastError.contains(QStringLiteral("500")));

    // The next good refresh clears the error.
    m_server.setRoute(QStringLiteral("/flaky.xml"), feedRoute());
    EXPECT_EQ(refresh({showId}), 0);
    EXPECT_TRUE(m_library.show(showId)->lastError.isEmpty());
}

TEST_F(RefresherTest, NotFoundAndSilentServersKeepThePreviousEpisodes)
{
    const qint64 gone = addFeedShow(QStringLiteral("/gone.xml"), feedRoute());
    const qint64 silent = addFeedShow(QStringLiteral("/silent.xml"), feedRoute());
    ASSERT_NE(gone, 0);
    ASSERT_NE(silent, 0);
    m_server.setRoute(QStringLiteral("/gone.xml"), Route::error(404));
    Route never;
    never.neverRespond = true;
    m_server.setRoute(QStringLiteral("/silent.xml"), never);
    m_refresher.setTimeout(300);
    EXPECT_EQ(refresh({gone, silent}), 2);
    EXPECT_TRUE(m_library.show(gone)->lastError.contains(QStringLiteral("404")))
        << m_library.show(gone)->lastError.toStdString();
    EXPECT_TRUE(m_library.show(silent)->lastError.contains(QStringLiteral("timed out")))
        << m_library.show(silent)->lastError.toStdString();
    EXPECT_EQ(m_library.episodes(gone).size(), 3);
    EXPECT_EQ(m_library.episodes(silent).size(), 3);
}

TEST_F(RefresherTest, BrokenFeedKeepsThePreviousEpisodes)
{
    const qint64 showId = addFeedShow(QStringLiteral("/broken.xml"), feedRoute());
    ASSERT_NE(showId, 0);
    QByteArray truncated = test::buildFeed({});
    truncated.truncate(truncated.size() / 2);
    m_server.setRoute(QStringLiteral("/broken.xml"), Route::text(truncated, "application/rss+xml"));
    EXPECT_EQ(refresh({showId}), 1);
    EXPECT_EQ(m_library.episodes(showId).size(), 3);
    EXPECT_FALSE(m_library.show(showId)->lastError.isEmpty());
}

TEST_F(RefresherTest, PermanentRedirectUpdatesTheStoredAddress)
{
    const qint64 showId = addFeedShow(QStringLiteral("/a.xml"), feedRoute());
    ASSERT_NE(showId, 0);
    m_server.setRoute(QStringLiteral("/a.xml"), Route::redirect(301, "/b.xml"));
    m_server.setRoute(QStringLiteral("/b.xml"), feedRoute());
    ASSERT_EQ(refresh({showId}), 0);
    EXPECT_EQ(m_library.show(showId)->feedUrl, m_server.url(QStringLiteral("/b.xml")).toString());
}

TEST_F(RefresherTest, TemporaryRedirectKeepsTheStoredAddress)
{
    const qint64 showId = addFeedShow(QStringLiteral("/c.xml"), feedRoute());
    ASSERT_NE(showId, 0);
    m_server.setRoute(QStringLiteral("/c.xml"), Route::redirect(302, "/d.xml"));
    m_server.setRoute(QStringLiteral("/d.xml"), feedRoute());
    ASSERT_EQ(refresh({showId}), 0);
    EXPECT_EQ(m_library.show(showId)->feedUrl, m_server.url(QStringLiteral("/c.xml")).toString());
}

TEST_F(RefresherTest, NewFeedUrlMovesTheShow)
{
    const qint64 showId = addFeedShow(QStringLiteral("/moving.xml"), feedRoute());
    ASSERT_NE(showId, 0);
    test::FeedSpec moved;
    moved.newFeedUrl = m_server.url(QStringLiteral("/moved.xml")).toString();
    m_server.setRoute(QStringLiteral("/moving.xml"), feedRoute(moved));
    ASSERT_EQ(refresh({showId}), 0);
    EXPECT_EQ(m_library.show(showId)->feedUrl, moved.newFeedUrl);
}

TEST_F(RefresherTest, RedirectLoopIsBounded)
{
    const qint64 showId = addFeedShow(QStringLiteral("/loop.xml"), feedRoute());
    ASSERT_NE(showId, 0);
    m_server.setRoute(QStringLiteral("/loop.xml"), Route::redirect(302, "/loop2.xml"));
    m_server.setRoute(QStringLiteral("/loop2.xml"), Route::redirect(302, "/loop.xml"));
    EXPECT_EQ(refresh({showId}), 1);
    EXPECT_LE(m_server.requestCount(QStringLiteral("/loop.xml")), 12);
    EXPECT_EQ(m_library.episodes(showId).size(), 3);
}

TEST_F(RefresherTest, GzipFeedIsRead)
{
    Route route = feedRoute();
    route.gzip = true;
    const qint64 showId = addFeedShow(QStringLiteral("/gz.xml"), route);
    ASSERT_NE(showId, 0);
    EXPECT_EQ(m_library.episodes(showId).size(), 3);
    EXPECT_TRUE(m_server.requests(QStringLiteral("/gz.xml"))
                    .first()
                    .header("Accept-Encoding")
                    .contains("gzip"));
}

TEST_F(RefresherTest, WebShowFindsNewerPages)
{
    const QString base = QStringLiteral("/emissions/voix-des-quartiers/");
    auto serve = [&](const char* date) {
        m_server.setRoute(
            base + QLatin1String(date) + QLatin1Char('/'),
            Route::text(fixture(QStringLiteral("pages/archive-%1.html").arg(QLatin1String(date))),
                        "text/html; charset=utf-8"));
    };
    // At first the site's newest page is the 2 December one; its "next" link is dead.
    serve("2022-11-18");
    serve("2022-11-25");
    serve("2022-12-02");
    Subscriber subscriber(m_http, m_library, m_workers);
    subscriber.setWebShowLimits(50, 0);
    QSignalSpy done(&subscriber, &Subscriber::subscribed);
    subscriber.subscribe(m_server.url(base + QStringLiteral("2022-12-02/")).toString());
    ASSERT_TRUE(done.wait(15000));
    const qint64 showId = done.first().at(1).toLongLong();
    ASSERT_EQ(m_library.episodes(showId).size(), 3);

    serve("2022-12-09");
    ASSERT_EQ(refresh({showId}), 0);
    const QList<EpisodeRow> episodes = m_library.episodes(showId);
    ASSERT_EQ(episodes.size(), 4);
    EXPECT_EQ(QDateTime::fromSecsSinceEpoch(episodes.first().published).date(), QDate(2022, 12, 9));
}

} // namespace
} // namespace ondes
