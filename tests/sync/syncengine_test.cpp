#include "support/qtprinters.h"
#include "sync/syncjson.h"
#include "syncfixture.h"

#include <QElapsedTimer>
#include <QJsonArray>

namespace ondes::test {
namespace {

const QString kEngineShow = QStringLiteral("https://a.example/feed");
const QString kOther = QStringLiteral("https://b.example/feed");

// Every test runs against both protocols.
class SyncEngineTest : public SyncFixture, public ::testing::WithParamInterface<const char*>
{
protected:
    void SetUp() override
    {
        SyncFixture::SetUp();
        startServer();
    }
    SyncRequest request(const QString& password = QStringLiteral("secret"))
    {
        return SyncFixture::request(QString::fromLatin1(GetParam()), password);
    }
    // Another device's changes, straight into the server.
    void seed(const QJsonObject& changes)
    {
        QJsonObject body = changes;
        body.insert(QStringLiteral("user"), QStringLiteral("alice"));
        ASSERT_TRUE(m_server.control(QStringLiteral("seed"), body));
    }
    QJsonObject phonePlay(const QString& guid, int position, qint64 timestamp)
    {
        return QJsonObject{{QStringLiteral("podcast"), kEngineShow},
                           {QStringLiteral("episode"), enclosure(kEngineShow, guid)},
                           {QStringLiteral("guid"), guid},
                           {QStringLiteral("action"), QStringLiteral("play")},
                           {QStringLiteral("timestamp"), syncjson::isoTimestamp(timestamp)},
                           {QStringLiteral("started"), 0},
                           {QStringLiteral("position"), position},
                           {QStringLiteral("total"), 3000}};
    }

    SyncEngine m_engine{m_library};
};

TEST_P(SyncEngineTest, SendsWhatChangedHereOnce)
{
    addShow(kEngineShow, {QStringLiteral("e1")});
    ASSERT_TRUE(m_library.savePosition(episodeId(QStringLiteral("e1")), 1421000));
    SyncReport report = runSync(m_engine, request());
    ASSERT_TRUE(report.ok()) << report.error.toStdString();
    EXPECT_EQ(report.sentSubscriptionChanges, 1);
    EXPECT_EQ(report.sentEpisodeActions, 1);
    EXPECT_EQ(m_server.subscriptions(), QStringList{kEngineShow});
    const QList<QJsonObject> actions = m_server.actions();
    ASSERT_EQ(actions.size(), 1);
    EXPECT_EQ(actions.first().value(QStringLiteral("position")).toInt(), 1421);
    EXPECT_EQ(actions.first().value(QStringLiteral("guid")).toString(), QStringLiteral("e1"));
    EXPECT_EQ(outboxCount(), 0);

    // Nothing new: nothing sent, nothing changed.
    report = runSync(m_engine, request());
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report.sentEpisodeActions, 0);
    EXPECT_EQ(report.actions.positions, 0);
    EXPECT_EQ(m_server.actions().size(), 1);
    EXPECT_GT(m_engine.store().account()->lastSync, 0);
}

TEST_P(SyncEngineTest, AppliesWhatChangedElsewhere)
{
    addShow(kEngineShow, {QStringLiteral("e1"), QStringLiteral("e2")});
    addShow(kOther, {QStringLiteral("x1")});
    ASSERT_TRUE(runSync(m_engine, request()).ok());
    const qint64 future = QDateTime::currentSecsSinceEpoch() + 60;
    seed({{QStringLiteral("add"), QJsonArray{QStringLiteral("https://c.example/rss")}},
          {QStringLiteral("remove"), QJsonArray{kOther}},
          {QStringLiteral("actions"), QJsonArray{phonePlay(QStringLiteral("e1"), 1421, future),
                                                 phonePlay(QStringLiteral("e2"), 3000, future)}}});
    const SyncReport report = runSync(m_engine, request());
    ASSERT_TRUE(report.ok()) << report.error.toStdString();
    EXPECT_EQ(position(QStringLiteral("e1")), 1421000);
    EXPECT_TRUE(played(QStringLiteral("e2")));
    EXPECT_TRUE(m_library.showIdForUrl(QStringLiteral("https://c.example/rss")));
    EXPECT_FALSE(m_library.showIdForUrl(kOther));
    EXPECT_EQ(report.subscriptions.removed, QStringList{kOther});
    EXPECT_EQ(report.subscriptions.addedShowIds.size(), 1);
    // Applied, not echoed.
    EXPECT_EQ(outboxCount(), 0);
}

TEST_P(SyncEngineTest, AddressesTheServerRewroteStillMatch)
{
    const QString rewritten = QStringLiteral("https://a.example/feed.xml");
    ASSERT_TRUE(
        m_server.control(QStringLiteral("behaviour"),
                         {{QStringLiteral("rewrites"), QJsonObject{{kEngineShow, rewritten}}}}));
    addShow(kEngineShow, {QStringLiteral("e1")});
    ASSERT_TRUE(runSync(m_engine, request()).ok());
    // gpodder.net rewrites addresses (update_urls); Nextcloud's app keeps them as sent.
    const QString onServer = GetParam() == std::string("gpodder") ? rewritten : kEngineShow;
    EXPECT_EQ(m_server.subscriptions(), QStringList{onServer});
    QJsonObject play =
        phonePlay(QStringLiteral("e1"), 600, QDateTime::currentSecsSinceEpoch() + 60);
    play.insert(QStringLiteral("podcast"), onServer);
    play.remove(QStringLiteral("guid"));
    seed({{QStringLiteral("actions"), QJsonArray{play}}});
    const SyncReport report = runSync(m_engine, request());
    ASSERT_TRUE(report.ok()) << report.error.toStdString();
    // The library keeps its own address; the server's is read through the rewrite.
    EXPECT_TRUE(m_library.showIdForUrl(kEngineShow));
    EXPECT_FALSE(m_library.showIdForUrl(rewritten));
    EXPECT_EQ(position(QStringLiteral("e1")), 600000);
}

TEST_P(SyncEngineTest, AWrongPasswordIsSaidAndNothingIsLost)
{
    addShow(kEngineShow, {QStringLiteral("e1")});
    const SyncReport report = runSync(m_engine, request(QStringLiteral("wrong")));
    EXPECT_FALSE(report.ok());
    EXPECT_TRUE(report.error.contains(QStringLiteral("user name or password")))
        << report.error.toStdString();
    EXPECT_EQ(outboxCount(), 1);
    EXPECT_EQ(m_engine.store().account()->lastError, report.error);
    EXPECT_FALSE(report.error.contains(QStringLiteral("wrong")));
}

TEST_P(SyncEngineTest, AFailingServerKeepsTheOutboxForTheNextSync)
{
    addShow(kEngineShow, {QStringLiteral("e1")});
    ASSERT_TRUE(m_library.savePosition(episodeId(QStringLiteral("e1")), 5000));
    ASSERT_TRUE(
        m_server.control(QStringLiteral("behaviour"), {{QStringLiteral("fail_next"), 1000}}));
    SyncReport report = runSync(m_engine, request());
    EXPECT_FALSE(report.ok());
    EXPECT_EQ(outboxCount(), 2);
    ASSERT_TRUE(m_server.control(QStringLiteral("behaviour"), {{QStringLiteral("fail_next"), 0}}));
    report = runSync(m_engine, request());
    ASSERT_TRUE(report.ok()) << report.error.toStdString();
    EXPECT_EQ(m_server.actions().size(), 1);
    EXPECT_EQ(outboxCount(), 0);
}

TEST_P(SyncEngineTest, ALostAnswerMeansAResendThatIsNotADuplicate)
{
    addShow(kEngineShow, {QStringLiteral("e1"), QStringLiteral("e2")});
    ASSERT_TRUE(runSync(m_engine, request()).ok());
    ASSERT_TRUE(m_library.savePosition(episodeId(QStringLiteral("e1")), 5000));
    ASSERT_TRUE(m_library.setPlayed(episodeId(QStringLiteral("e2")), true));
    // The server stores the upload but its answer never arrives (nor that of the network
    // layer's own resend).
    ASSERT_TRUE(
        m_server.control(QStringLiteral("behaviour"), {{QStringLiteral("lose_answers"), 2}}));
    EXPECT_FALSE(runSync(m_engine, request()).ok());
    EXPECT_EQ(m_server.actions().size(), 2);
    // Meanwhile the listener goes on: a new action, not a change of the one being sent.
    ASSERT_TRUE(m_library.savePosition(episodeId(QStringLiteral("e1")), 9000));
    const SyncReport report = runSync(m_engine, request());
    ASSERT_TRUE(report.ok()) << report.error.toStdString();
    EXPECT_EQ(report.sentEpisodeActions, 3);
    EXPECT_EQ(m_server.subscriptions(), QStringList{kEngineShow});
    const QList<QJsonObject> actions = m_server.actions();
    ASSERT_EQ(actions.size(), 3);
    EXPECT_EQ(actions.last().value(QStringLiteral("position")).toInt(), 9);
    EXPECT_EQ(outboxCount(), 0);
}

TEST_P(SyncEngineTest, ASlowServerNeverBlocksTheCaller)
{
    ASSERT_TRUE(m_server.control(QStringLiteral("behaviour"), {{QStringLiteral("delay_ms"), 400}}));
    QSignalSpy finished(&m_engine, &SyncEngine::finished);
    QElapsedTimer timer;
    timer.start();
    m_engine.sync(request());
    EXPECT_LT(timer.elapsed(), 200);
    EXPECT_TRUE(m_engine.isRunning());
    // Asked again while running: once more afterwards, not twice at the same time.
    m_engine.sync(request());
    ASSERT_TRUE(finished.wait(30000));
    ASSERT_TRUE(finished.size() == 2 || finished.wait(30000));
    EXPECT_TRUE(finished.at(0).first().value<SyncReport>().ok());
}

TEST_P(SyncEngineTest, TlsErrorsAreShownNeverIgnored)
{
    SyncRequest https = request();
    https.account.server.setScheme(QStringLiteral("https"));
    const SyncReport report = runSync(m_engine, https);
    EXPECT_FALSE(report.ok());
    EXPECT_FALSE(report.error.isEmpty());
    EXPECT_TRUE(m_server.actions().isEmpty());
}

TEST_P(SyncEngineTest, PlainHttpElsewhereIsRefusedBeforeAnyRequest)
{
    SyncRequest remote = request();
    remote.account.server = QUrl(QStringLiteral("http://sync.invalid"));
    const SyncReport report = runSync(m_engine, remote);
    EXPECT_TRUE(report.error.contains(QStringLiteral("plain HTTP"))) << report.error.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Protocols, SyncEngineTest, ::testing::Values("gpodder", "nextcloud"));

} // namespace
} // namespace ondes::test
