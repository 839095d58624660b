// Big feeds through the user's path: Subscriber (File ▸ Add Show…) and Refresher take the
// document into the parser as it arrives, whatever its size and however the server cuts it.

#include "subscriptions/refresher.h"
#include "subscriptions/subscriber.h"
#include "subscriptions/subscriptionfixture.h"
#include "support/feedbuilder.h"
#include "support/qtprinters.h"

#include <QSignalSpy>
#include <QTest>

namespace ondes {
namespace {

using test::Route;

class BigFeedTest : public test::SubscriptionFixture
{
protected:
    void SetUp() override
    {
        SubscriptionFixture::SetUp();
        m_workers.setMaxThreadCount(2);
    }

    // Subscribes and waits for the outcome: the show id, or 0 with *error set.
    qint64 subscribe(const QString& path, QString* error = nullptr)
    {
        QSignalSpy done(&m_subscriber, &Subscriber::subscribed);
        QSignalSpy failed(&m_subscriber, &Subscriber::failed);
        m_subscriber.subscribe(m_server.url(path).toString());
        if (!QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 120000))
            return 0;
        if (!failed.isEmpty()) {
            if (error)
                *error = failed.first().at(1).toString();
            return 0;
        }
        return done.first().at(1).toLongLong();
    }

    int refresh(qint64 showId)
    {
        QSignalSpy finished(&m_refresher, &Refresher::finished);
        m_refresher.refresh({showId});
        if (finished.isEmpty() && !finished.wait(120000))
            return -1;
        return finished.first().at(0).toInt();
    }

    // Items of realistic show notes (6 KB) with some bulk the parser skips, so that a 100 MB
    // document does not take minutes to store under the sanitizers.
    static test::FeedSpec bigSpec(int episodes, int paddingBytes)
    {
        test::FeedSpec spec;
        spec.title = QStringLiteral("Une émission au long cours");
        spec.episodes = episodes;
        spec.descriptionBytes = 6000;
        spec.paddingBytes = paddingBytes;
        return spec;
    }

    Subscriber m_subscriber{m_http, m_library, m_workers};
    Refresher m_refresher{m_http, m_library, m_workers};
};

TEST_F(BigFeedTest, FifteenMegabyteFeedSubscribes)
{
    const QByteArray feed = test::buildFeed(bigSpec(600, 20000));
    ASSERT_GT(feed.size(), 15 * 1000 * 1000);
    Route route = Route::text(feed, "application/rss+xml");
    route.pieceBytes = 1024 * 1024;
    m_server.setRoute(QStringLiteral("/long.xml"), route);
    QString error;
    const qint64 showId = subscribe(QStringLiteral("/long.xml"), &error);
    ASSERT_NE(showId, 0) << error.toStdString();
    const QList<EpisodeRow> episodes = m_library.episodes(showId);
    ASSERT_EQ(episodes.size(), 600);
    EXPECT_EQ(m_library.show(showId)->title, QStringLiteral("Une émission au long cours"));
    // Newest first; the last item of the document (the oldest episode) arrived whole.
    EXPECT_EQ(episodes.first().title, QStringLiteral("Episode 600"));
    EXPECT_EQ(episodes.last().title, QStringLiteral("Episode 1"));
    EXPECT_TRUE(episodes.last().description.startsWith(QStringLiteral("About episode 1: ")));
    EXPECT_GT(episodes.last().description.size(), 5000);
}

TEST_F(BigFeedTest, HundredMegabyteChunkedFeedSubscribesAndRefreshes)
{
    test::FeedSpec spec = bigSpec(2000, 45000);
    Route route = Route::text(test::buildFeed(spec), "application/rss+xml");
    ASSERT_GT(route.body.size(), 100 * 1000 * 1000);
    route.chunked = true; // no Content-Length: the size is known only at the end
    route.pieceBytes = 1024 * 1024;
    m_server.setRoute(QStringLiteral("/archive.xml"), route);
    QString error;
    const qint64 showId = subscribe(QStringLiteral("/archive.xml"), &error);
    ASSERT_NE(showId, 0) << error.toStdString();
    EXPECT_EQ(m_library.episodes(showId).size(), 2000);

    // Two new episodes: the refresh reads the whole 100 MB again and adds just those.
    spec.episodes = 2002;
    route.body = test::buildFeed(spec);
    m_server.setRoute(QStringLiteral("/archive.xml"), route);
    QSignalSpy refreshed(&m_refresher, &Refresher::showRefreshed);
    ASSERT_EQ(refresh(showId), 0) << m_library.show(showId)->lastError.toStdString();
    ASSERT_EQ(refreshed.size(), 1);
    EXPECT_EQ(refreshed.first().at(1).toInt(), 2);
    EXPECT_EQ(m_library.episodes(showId).size(), 2002);
}

TEST_F(BigFeedTest, FeedSentOneByteAtATimeSubscribes)
{
    test::FeedSpec spec;
    spec.episodes = 40;
    spec.descriptionBytes = 500;
    Route route = Route::text(test::buildFeed(spec), "application/rss+xml");
    route.chunked = true;
    route.pieceBytes = 1;
    m_server.setRoute(QStringLiteral("/drip.xml"), route);
    QString error;
    const qint64 showId = subscribe(QStringLiteral("/drip.xml"), &error);
    ASSERT_NE(showId, 0) << error.toStdString();
    EXPECT_EQ(m_library.episodes(showId).size(), 40);
}

TEST_F(BigFeedTest, RefreshOfAFifteenMegabyteChunkedFeed)
{
    test::FeedSpec spec = bigSpec(600, 20000);
    Route route = Route::text(test::buildFeed(spec), "application/rss+xml");
    m_server.setRoute(QStringLiteral("/feed.xml"), route);
    const qint64 showId = subscribe(QStringLiteral("/feed.xml"));
    ASSERT_NE(showId, 0);
    ASSERT_TRUE(m_library.setPlayed(m_library.episodes(showId).first().id, true));

    spec.episodes = 601;
    route.body = test::buildFeed(spec);
    route.chunked = true;
    route.pieceBytes = 1024 * 1024;
    m_server.setRoute(QStringLiteral("/feed.xml"), route);
    ASSERT_EQ(refresh(showId), 0) << m_library.show(showId)->lastError.toStdString();
    const QList<EpisodeRow> episodes = m_library.episodes(showId);
    ASSERT_EQ(episodes.size(), 601);
    EXPECT_EQ(episodes.at(0).title, QStringLiteral("Episode 601"));
    EXPECT_FALSE(episodes.at(0).played);
    EXPECT_TRUE(episodes.at(1).played); // the listener's state survives the big refresh
}

TEST_F(BigFeedTest, TransferCutOffAndRetriedStartsTheFeedAgain)
{
    // The first answer breaks off mid-document; the retry sends it whole. The parser must not
    // see the first half twice.
    Route whole = Route::text(test::buildFeed(bigSpec(300, 20000)), "application/rss+xml");
    Route cut = whole;
    cut.cutAfterBytes = whole.body.size() / 2;
    m_server.setRouteSequence(QStringLiteral("/flaky.xml"), {cut, whole});
    QString error;
    const qint64 showId = subscribe(QStringLiteral("/flaky.xml"), &error);
    ASSERT_NE(showId, 0) << error.toStdString();
    EXPECT_EQ(m_server.requests(QStringLiteral("/flaky.xml")).size(), 2);
    EXPECT_EQ(m_library.episodes(showId).size(), 300);
}

TEST_F(BigFeedTest, BrokenBigFeedKeepsTheShowAsItWas)
{
    test::FeedSpec spec = bigSpec(600, 20000);
    Route route = Route::text(test::buildFeed(spec), "application/rss+xml");
    m_server.setRoute(QStringLiteral("/feed.xml"), route);
    const qint64 showId = subscribe(QStringLiteral("/feed.xml"));
    ASSERT_NE(showId, 0);

    // The new document is cut off in the middle of an item, yet well-formed up to there.
    spec.episodes = 700;
    route.body = test::buildFeed(spec);
    route.body.truncate(route.body.size() / 2);
    m_server.setRoute(QStringLiteral("/feed.xml"), route);
    ASSERT_EQ(refresh(showId), 1);
    EXPECT_TRUE(m_library.show(showId)->lastError.contains(QStringLiteral("truncated")))
        << m_library.show(showId)->lastError.toStdString();
    EXPECT_EQ(m_library.episodes(showId).size(), 600);
}

TEST_F(BigFeedTest, AudioFileGivenAsAFeedIsRefusedWithoutReadingItAll)
{
    // Someone pastes the address of an episode's MP3: Ondes says so after its first bytes
    // instead of reading 300 MB.
    m_server.setRoute(QStringLiteral("/episode.mp3"),
                      Route::generated(300LL * 1024 * 1024, "audio/mpeg"));
    QString error;
    EXPECT_EQ(subscribe(QStringLiteral("/episode.mp3"), &error), 0);
    EXPECT_TRUE(error.contains(QStringLiteral("is not a podcast feed"))) << error.toStdString();
    EXPECT_TRUE(m_library.shows().isEmpty());
    ASSERT_EQ(m_server.requests(QStringLiteral("/episode.mp3")).size(), 1);
    EXPECT_EQ(m_server.requests(QStringLiteral("/episode.mp3")).first().finishedMs, -1);
}

} // namespace
} // namespace ondes
