#include "support/feedbuilder.h"
#include "support/ondesprocess.h"
#include "support/qtprinters.h"
#include "support/syncserverprocess.h"
#include "support/testhttpserver.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace ondes {
namespace {

class SyncCommands : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_sync.start({QStringLiteral("alice:Zq7wXk")})) << m_sync.error().toStdString();
        test::FeedSpec feed;
        feed.title = QStringLiteral("Synced show");
        m_feeds.setRoute(QStringLiteral("/feed.xml"),
                         test::Route::text(test::buildFeed(feed), "application/rss+xml"));
    }

    test::SyncServerProcess m_sync;
    test::TestHttpServer m_feeds;
    QTemporaryDir m_data;
};

TEST_F(SyncCommands, LoginSyncStatusAndUndoFromTheCommandLine)
{
    const QString feedUrl = m_feeds.url(QStringLiteral("/feed.xml")).toString();
    ASSERT_EQ(test::runOndes(m_data.path(), {QStringLiteral("subscribe"), feedUrl}).exitCode, 0);

    // The password comes from standard input, never from the arguments.
    const test::CommandRun login = test::runOndesWithInput(
        m_data.path(),
        {QStringLiteral("sync"), QStringLiteral("--login"), m_sync.url().toString(),
         QStringLiteral("alice"), QStringLiteral("--device"), QStringLiteral("Desk")},
        "Zq7wXk\n");
    ASSERT_EQ(login.exitCode, 0) << login.err.toStdString();
    EXPECT_TRUE(login.out.contains(QStringLiteral("Sent 1 subscription change")))
        << login.out.toStdString();
    EXPECT_FALSE(login.out.contains(QStringLiteral("Zq7wXk")));
    EXPECT_FALSE(login.err.contains(QStringLiteral("Zq7wXk")));
    EXPECT_EQ(m_sync.subscriptions(), QStringList{feedUrl});

    // Another device unsubscribes: removed here, and it can be undone.
    ASSERT_TRUE(
        m_sync.control(QStringLiteral("seed"), {{QStringLiteral("user"), QStringLiteral("alice")},
                                                {QStringLiteral("remove"), QJsonArray{feedUrl}}}));
    const test::CommandRun synced = test::runOndesWithInput(
        m_data.path(), {QStringLiteral("sync"), QStringLiteral("--password-stdin")}, "Zq7wXk\n");
    ASSERT_EQ(synced.exitCode, 0) << synced.err.toStdString();
    EXPECT_TRUE(synced.out.contains(QStringLiteral("removed here: ") + feedUrl))
        << synced.out.toStdString();
    const test::CommandRun status =
        test::runOndes(m_data.path(), {QStringLiteral("sync"), QStringLiteral("--status")});
    EXPECT_TRUE(status.out.contains(QStringLiteral("Device: desk"))) << status.out.toStdString();
    EXPECT_TRUE(status.out.contains(QStringLiteral("Removed by another device: ") + feedUrl));
    EXPECT_FALSE(test::runOndes(m_data.path(), {QStringLiteral("shows")}).out.contains(feedUrl));
    ASSERT_EQ(
        test::runOndes(m_data.path(), {QStringLiteral("sync"), QStringLiteral("--undo"), feedUrl})
            .exitCode,
        0);
    const test::CommandRun again = test::runOndesWithInput(
        m_data.path(), {QStringLiteral("sync"), QStringLiteral("--password-stdin")}, "Zq7wXk\n");
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(m_sync.subscriptions(), QStringList{feedUrl});

    const test::CommandRun wrong = test::runOndesWithInput(
        m_data.path(), {QStringLiteral("sync"), QStringLiteral("--password-stdin")}, "nope\n");
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("user name or password")))
        << wrong.err.toStdString();
}

TEST_F(SyncCommands, WithoutSetupOrWithABadServerItSaysSo)
{
    const test::CommandRun notSetUp = test::runOndes(m_data.path(), {QStringLiteral("sync")});
    EXPECT_EQ(notSetUp.exitCode, 1);
    EXPECT_TRUE(notSetUp.err.contains(QStringLiteral("not set up")));
    const test::CommandRun plain =
        test::runOndesWithInput(m_data.path(),
                                {QStringLiteral("sync"), QStringLiteral("--login"),
                                 QStringLiteral("http://sync.invalid"), QStringLiteral("alice")},
                                "Zq7wXk\n");
    EXPECT_EQ(plain.exitCode, 1);
    EXPECT_TRUE(plain.err.contains(QStringLiteral("plain HTTP"))) << plain.err.toStdString();
    const test::CommandRun noPassword =
        test::runOndesWithInput(m_data.path(),
                                {QStringLiteral("sync"), QStringLiteral("--login"),
                                 m_sync.url().toString(), QStringLiteral("alice")},
                                "");
    EXPECT_EQ(noPassword.exitCode, 2);
}

} // namespace
} // namespace ondes
