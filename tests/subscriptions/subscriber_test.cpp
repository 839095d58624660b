#include "subscriptions/feedaddress.h"
#include "subscriptions/subscriber.h"
#include "subscriptions/subscriptionfixture.h"
#include "support/feedbuilder.h"
#include "support/qtprinters.h"

#include <QPromise>
#include <QSignalSpy>
#include <QTest>

namespace ondes {
namespace {

using test::Route;

class SubscriberTest : public test::SubscriptionFixture
{
protected:
    void SetUp() override
    {
        SubscriptionFixture::SetUp();
        m_subscriber.setWebShowLimits(50, 0);
    }

    // Subscribes and waits for the outcome: the show id, or 0 with *error set.
    qint64 subscribe(const QString& address, QString* error = nullptr)
    {
        QSignalSpy done(&m_subscriber, &Subscriber::subscribed);
        QSignalSpy failed(&m_subscriber, &Subscriber::failed);
        m_subscriber.subscribe(address);
        if (!QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 15000))
            return 0;
        if (!failed.isEmpty()) {
            if (error)
                *error = failed.first().at(1).toString();
            return 0;
        }
        return done.first().at(1).toLongLong();
    }

    Subscriber m_subscriber{m_http, m_library, m_workers};
};

TEST(FeedAddress, AcceptsTheSchemesDesktopsHandOver)
{
    EXPECT_EQ(feedAddress(QStringLiteral("podcast://example.org/feed.xml")),
              QUrl(QStringLiteral("https://example.org/feed.xml")));
    EXPECT_EQ(feedAddress(QStringLiteral("itpc://example.org/feed.xml")),
              QUrl(QStringLiteral("https://example.org/feed.xml")));
    EXPECT_EQ(feedAddress(QStringLiteral("feed:http://example.org/rss")),
              QUrl(QStringLiteral("http://example.org/rss")));
    EXPECT_EQ(feedAddress(QStringLiteral("  example.org/rss  ")),
              QUrl(QStringLiteral("https://example.org/rss")));
    QString error;
    EXPECT_FALSE(feedAddress(QStringLiteral("file:///etc/passwd"), &error).isValid());
    EXPECT_TRUE(error.contains(QStringLiteral("only http and https")));
    EXPECT_FALSE(feedAddress(QStringLiteral(""), &error).isValid());
}

TEST_F(SubscriberTest, FeedBecomesAShowWithItsEpisodes)
{
    m_server.setRoute(QStringLiteral("/feed.xml"),
                      Route::text(test::buildFeed({}), "application/rss+xml"));
    const qint64 showId = subscribe(m_server.url(QStringLiteral("/feed.xml")).toString());
    ASSERT_NE(showId, 0);
    const auto show = m_library.show(showId);
    ASSERT_TRUE(show);
    EXPECT_EQ(show->title, QStringLiteral("Test show"));
    EXPECT_EQ(show->kind, ShowKind::Feed);
    EXPECT_EQ(m_library.episodes(showId).size(), 3);
}

TEST_F(SubscriberTest, PageWithOneFeedLinkSubscribesToTheFeed)
{
    m_server.setRoute(
        QStringLiteral("/"),
        Route::text(fixture(QStringLiteral("pages/feed-single.html")), "text/html; charset=utf-8"));
    m_server.setRoute(QStringLiteral("/podcast.xml"),
                      Route::text(test::buildFeed({}), "application/rss+xml"));
    const qint64 showId = subscribe(m_server.url(QStringLiteral("/")).toString());
    ASSERT_NE(showId, 0);
    EXPECT_EQ(m_library.show(showId)->feedUrl,
              m_server.url(QStringLiteral("/podcast.xml")).toString());
}

test::FeedSpec atomOne()
{
    test::FeedSpec spec;
    spec.title = QStringLiteral("Atom one");
    return spec;
}

TEST_F(SubscriberTest, PageWithSeveralFeedsAsksWhichOne)
{
    m_server.setRoute(QStringLiteral("/shows/"),
                      Route::text(fixture(QStringLiteral("pages/feed-several.html")), "text/html"));
    m_server.setRoute(QStringLiteral("/feed/atom/"),
                      Route::text(test::buildFeed(atomOne()), "application/atom+xml"));
    QSignalSpy choice(&m_subscriber, &Subscriber::feedChoiceNeeded);
    QSignalSpy done(&m_subscriber, &Subscriber::subscribed);
    const int request = m_subscriber.subscribe(m_server.url(QStringLiteral("/shows/")).toString());
    ASSERT_TRUE(choice.wait(10000));
    const auto feeds = choice.first().at(1).value<QList<FeedLink>>();
    ASSERT_GE(feeds.size(), 2);
    EXPECT_EQ(m_library.shows().size(), 0);

    m_subscriber.chooseFeed(request, m_server.url(QStringLiteral("/feed/atom/")).toString());
    ASSERT_TRUE(done.wait(10000));
    EXPECT_EQ(m_library.show(done.first().at(1).toLongLong())->title, QStringLiteral("Atom one"));
}

TEST_F(SubscriberTest, EpisodePagesWithNoFeedBecomeAWebShow)
{
    const QString base = QStringLiteral("/emissions/voix-des-quartiers/");
    for (const char* date : {"2022-11-18", "2022-11-25", "2022-12-02", "2022-12-09"}) {
        m_server.setRoute(
            base + QLatin1String(date) + QLatin1Char('/'),
            Route::text(fixture(QStringLiteral("pages/archive-%1.html").arg(QLatin1String(date))),
                        "text/html; charset=utf-8"));
    }
    const qint64 showId = subscribe(m_server.url(base + QStringLiteral("2022-12-09/")).toString());
    ASSERT_NE(showId, 0);
    const auto show = m_library.show(showId);
    EXPECT_EQ(show->kind, ShowKind::Web);
    EXPECT_EQ(show->title, QStringLiteral("La Voix des Quartiers"));
    const QList<EpisodeRow> episodes = m_library.episodes(showId);
    ASSERT_EQ(episodes.size(), 4);
    EXPECT_EQ(episodes.first().title, QStringLiteral("Le vélo-école du centre social"));
    EXPECT_EQ(QDateTime::fromSecsSinceEpoch(episodes.first().published).date(), QDate(2022, 12, 9));
    EXPECT_EQ(QDateTime::fromSecsSinceEpoch(episodes.last().published).date(), QDate(2022, 11, 18));
    // The player's first source is the audio.
    for (const EpisodeRow& episode : episodes) {
        EXPECT_TRUE(episode.enclosureUrl.startsWith(
            m_server.url(QStringLiteral("/media/voix-des-quartiers/")).toString()))
            << episode.enclosureUrl.toStdString();
    }
    // The pages were read one at a time, never two at once.
    const QList<test::RecordedRequest> requests = m_server.requests();
    for (int i = 1; i < requests.size(); ++i)
        EXPECT_GE(requests.at(i).receivedMs, requests.at(i - 1).finishedMs);
    // The description names who speaks.
    EXPECT_FALSE(m_library.speakers(episodes.first().id).isEmpty());
}

TEST_F(SubscriberTest, NotFoundIsAReadableErrorAndStoresNothing)
{
    m_server.setRoute(QStringLiteral("/gone.xml"), Route::error(404));
    QString error;
    EXPECT_EQ(subscribe(m_server.url(QStringLiteral("/gone.xml")).toString(), &error), 0);
    EXPECT_TRUE(error.contains(QStringLiteral("404"))) << error.toStdString();
    EXPECT_TRUE(m_library.shows().isEmpty());
}

TEST_F(SubscriberTest, PageWithNothingToListenToIsRefused)
{
    m_server.setRoute(QStringLiteral("/about"),
                      Route::text(fixture(QStringLiteral("pages/no-audio.html")), "text/html"));
    QString error;
    EXPECT_EQ(subscribe(m_server.url(QStringLiteral("/about")).toString(), &error), 0);
    EXPECT_TRUE(error.contains(QStringLiteral("no podcast feed"))) << error.toStdString();
}

TEST_F(SubscriberTest, PermanentRedirectStoresTheNewAddress)
{
    m_server.setRoute(QStringLiteral("/old.xml"), Route::redirect(301, "/new.xml"));
    m_server.setRoute(QStringLiteral("/new.xml"),
                      Route::text(test::buildFeed({}), "application/rss+xml"));
    const qint64 showId = subscribe(m_server.url(QStringLiteral("/old.xml")).toString());
    ASSERT_NE(showId, 0);
    EXPECT_EQ(m_library.show(showId)->feedUrl, m_server.url(QStringLiteral("/new.xml")).toString());
}

TEST_F(SubscriberTest, StoresNothingBeforeTheLibraryIsOpen)
{
    // The command line opens the library while the feed downloads.
    QPromise<QString> opening;
    opening.start();
    m_subscriber.setLibraryOpening(opening.future());
    m_server.setRoute(QStringLiteral("/feed.xml"),
                      Route::text(test::buildFeed({}), "application/rss+xml"));
    QSignalSpy answered(&m_http, &HttpClient::answered);
    QSignalSpy done(&m_subscriber, &Subscriber::subscribed);
    QSignalSpy failed(&m_subscriber, &Subscriber::failed);
    m_subscriber.subscribe(m_server.url(QStringLiteral("/feed.xml")).toString());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !answered.isEmpty(); }, 15000));
    // The whole feed is in and parsed by now; it waits for the library.
    QTest::qWait(200);
    EXPECT_TRUE(done.isEmpty());
    EXPECT_TRUE(failed.isEmpty());
    EXPECT_TRUE(m_library.shows().isEmpty());
    opening.addResult(QString());
    opening.finish();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 15000));
    ASSERT_TRUE(failed.isEmpty()) << failed.first().at(1).toString().toStdString();
    EXPECT_EQ(m_library.episodes(done.first().at(1).toLongLong()).size(), 3);
}

TEST_F(SubscriberTest, ALibraryThatDoesNotOpenFailsTheSubscription)
{
    QPromise<QString> opening;
    opening.start();
    m_subscriber.setLibraryOpening(opening.future());
    m_server.setRoute(QStringLiteral("/feed.xml"),
                      Route::text(test::buildFeed({}), "application/rss+xml"));
    QSignalSpy failed(&m_subscriber, &Subscriber::failed);
    m_subscriber.subscribe(m_server.url(QStringLiteral("/feed.xml")).toString());
    opening.addResult(QStringLiteral("The library is damaged; it was left untouched."));
    opening.finish();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !failed.isEmpty(); }, 15000));
    EXPECT_EQ(failed.first().at(1).toString(),
              QStringLiteral("The library is damaged; it was left untouched."));
    EXPECT_EQ(failed.first().at(2).value<Subscriber::Failure>(), Subscriber::Failure::NotSaved);
    EXPECT_TRUE(m_library.shows().isEmpty());
}

} // namespace
} // namespace ondes
