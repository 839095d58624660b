// A big first sync (tens of thousands of episode actions) leaves the event loop free: the
// answers are parsed and the actions applied off this thread, the changed episodes announced a
// slice per turn. The bench (ondes_sync_bench, gui_max_stall_ms) has the real figure at 50,000.

#include "support/eventloopheartbeat.h"
#include "sync/syncjson.h"
#include "syncfixture.h"

#include <QJsonArray>
#include <QSet>

#include <iostream>

namespace ondes::test {
namespace {

constexpr int kShows = 200;
constexpr int kEpisodesPerShow = 100;

class SyncResponsiveTest : public SyncFixture
{
};

TEST_F(SyncResponsiveTest, ABigFirstSyncNeverHoldsTheEventLoop)
{
    startServer();
    QJsonArray subscriptions;
    QJsonArray actions;
    for (int show = 0; show < kShows; ++show) {
        const QString feed = QStringLiteral("https://show%1.example/feed").arg(show);
        QStringList guids;
        for (int e = 0; e < kEpisodesPerShow; ++e) {
            const QString guid = QStringLiteral("s%1e%2").arg(show).arg(e);
            guids << guid;
            actions.append(
                QJsonObject{{QStringLiteral("podcast"), feed},
                            {QStringLiteral("episode"), enclosure(feed, guid)},
                            {QStringLiteral("guid"), guid},
                            {QStringLiteral("action"), QStringLiteral("play")},
                            {QStringLiteral("timestamp"), syncjson::isoTimestamp(2000000000 + e)},
                            {QStringLiteral("started"), 0},
                            {QStringLiteral("position"), 60 + e},
                            {QStringLiteral("total"), 3000}});
        }
        ASSERT_GT(addShow(feed, guids), 0);
        subscriptions.append(feed);
    }
    ASSERT_TRUE(
        m_server.control(QStringLiteral("seed"), {{QStringLiteral("user"), QStringLiteral("alice")},
                                                  {QStringLiteral("add"), subscriptions},
                                                  {QStringLiteral("actions"), actions}}));

    QSet<qint64> announced;
    QObject::connect(&m_library, &Library::episodeChanged,
                     [&](qint64 episodeId) { announced.insert(episodeId); });
    SyncEngine engine(m_library);
    EventLoopHeartbeat heartbeat(10);
    const SyncReport report = runSync(engine, request());
    heartbeat.stop();
    ASSERT_TRUE(report.ok()) << report.error.toStdString();
    EXPECT_EQ(report.actions.positions, kShows * kEpisodesPerShow);
    EXPECT_EQ(announced.size(), kShows * kEpisodesPerShow);
    EXPECT_EQ(position(QStringLiteral("s7e42")), (60 + 42) * 1000);
    // Generous for a loaded machine; the bench reports the real figure.
    EXPECT_LT(heartbeat.maxGapMs(), 250) << heartbeat.ticks() << " ticks";
    std::cout << "[          ] longest event-loop gap: " << heartbeat.maxGapMs() << " ms over "
              << heartbeat.ticks() << " ticks\n";
}

} // namespace
} // namespace ondes::test
