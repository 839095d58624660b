#include "support/qtprinters.h"
#include "sync/syncjson.h"
#include "sync/syncserverpolicy.h"

#include <gtest/gtest.h>

namespace ondes {
namespace {

TEST(SyncJsonTest, TimestampsAreIso8601InUtc)
{
    EXPECT_EQ(syncjson::isoTimestamp(1260608400), QStringLiteral("2009-12-12T09:00:00"));
    EXPECT_EQ(syncjson::parseTimestamp(QJsonValue(QStringLiteral("2009-12-12T09:00:00"))),
              1260608400);
    EXPECT_EQ(syncjson::parseTimestamp(QJsonValue(QStringLiteral("2009-12-12T10:00:00+01:00"))),
              1260608400);
    EXPECT_EQ(syncjson::parseTimestamp(QJsonValue(1260608400)), 1260608400);
    EXPECT_EQ(syncjson::parseTimestamp(QJsonValue(QStringLiteral("yesterday"))), 0);
}

TEST(SyncJsonTest, AddressesFromAServerAreAcceptedOnlyAsHttp)
{
    int rejected = 0;
    QString error;
    const auto changes = syncjson::parseSubscriptionChanges(
        R"j({"add": ["https://a.example/feed", "file:///etc/passwd", "javascript:alert(1)",
                    "http://b.example/rss"],
            "remove": ["ftp://c.example/x"], "timestamp": 12})j",
        &error, &rejected);
    ASSERT_TRUE(changes) << error.toStdString();
    EXPECT_EQ(changes->add, (QStringList{QStringLiteral("https://a.example/feed"),
                                         QStringLiteral("http://b.example/rss")}));
    EXPECT_TRUE(changes->remove.isEmpty());
    EXPECT_EQ(changes->timestamp, 12);
    EXPECT_EQ(rejected, 3);

    rejected = 0;
    const auto actions = syncjson::parseEpisodeActions(
        R"j({"actions": [
              {"podcast": "https://a.example/feed", "episode": "https://a.example/1.mp3",
               "action": "PLAY", "timestamp": "2021-10-07T13:27:14", "position": 120,
               "started": 15, "total": 500, "guid": "g1"},
              {"podcast": "https://a.example/feed", "episode": "data:audio/mp3,xx",
               "action": "play", "timestamp": "2021-10-07T13:27:14", "position": 1}],
            "timestamp": 99})j",
        &error, &rejected);
    ASSERT_TRUE(actions);
    ASSERT_EQ(actions->actions.size(), 1);
    EXPECT_EQ(actions->actions.first().action, QStringLiteral("play"));
    EXPECT_EQ(actions->actions.first().position, 120);
    EXPECT_EQ(actions->actions.first().guid, QStringLiteral("g1"));
    EXPECT_EQ(rejected, 1);
}

TEST(SyncJsonTest, BadAnswersSayWhy)
{
    QString error;
    EXPECT_FALSE(syncjson::parseEpisodeActions("<html>", &error, nullptr));
    EXPECT_FALSE(error.isEmpty());
    error.clear();
    EXPECT_FALSE(syncjson::parseSubscriptionChanges(R"j({"add": 3})j", &error, nullptr));
    EXPECT_FALSE(error.isEmpty());
    // Nextcloud's subscription upload answers nothing at all: that is fine.
    EXPECT_TRUE(syncjson::parseUploadResult("", &error));
    const auto rewritten = syncjson::parseUploadResult(
        R"j({"timestamp": 5, "update_urls": [["http://a/x ", "http://a/x"],
                                            ["http://b/y", "file:///tmp/y"], ["http://c/z", ""]]})j",
        &error);
    ASSERT_TRUE(rewritten);
    ASSERT_EQ(rewritten->updateUrls.size(), 1);
    EXPECT_EQ(rewritten->updateUrls.first().second, QStringLiteral("http://a/x"));
}

TEST(SyncJsonTest, UploadsCarryTheProtocolsFields)
{
    const EpisodeAction play{QStringLiteral("https://a.example/feed"),
                             QStringLiteral("https://a.example/1.mp3"),
                             QStringLiteral("g1"),
                             QStringLiteral("play"),
                             1260608400,
                             0,
                             1421,
                             3000,
                             {}};
    const QJsonObject json = syncjson::actionToJson(play, QStringLiteral("laptop"));
    EXPECT_EQ(json.value(QStringLiteral("timestamp")).toString(),
              QStringLiteral("2009-12-12T09:00:00"));
    EXPECT_EQ(json.value(QStringLiteral("position")).toInt(), 1421);
    EXPECT_EQ(json.value(QStringLiteral("started")).toInt(), 0);
    EXPECT_EQ(json.value(QStringLiteral("total")).toInt(), 3000);
    EXPECT_EQ(json.value(QStringLiteral("device")).toString(), QStringLiteral("laptop"));
    EXPECT_EQ(json.value(QStringLiteral("guid")).toString(), QStringLiteral("g1"));
    EpisodeAction download = play;
    download.action = QStringLiteral("download");
    EXPECT_FALSE(syncjson::actionToJson(download, {}).contains(QStringLiteral("position")));
}

TEST(SyncServerPolicyTest, HttpsIsRequiredExceptOnLoopbackOrWhenAllowed)
{
    using syncserverpolicy::refusal;
    EXPECT_TRUE(refusal(QUrl(QStringLiteral("https://gpodder.net")), false).isEmpty());
    EXPECT_TRUE(refusal(QUrl(QStringLiteral("http://127.0.0.1:8080")), false).isEmpty());
    EXPECT_TRUE(refusal(QUrl(QStringLiteral("http://localhost")), false).isEmpty());
    EXPECT_TRUE(refusal(QUrl(QStringLiteral("http://[::1]:80")), false).isEmpty());
    EXPECT_FALSE(refusal(QUrl(QStringLiteral("http://gpodder.example")), false).isEmpty());
    EXPECT_TRUE(refusal(QUrl(QStringLiteral("http://gpodder.example")), true).isEmpty());
    EXPECT_FALSE(refusal(QUrl(QStringLiteral("ftp://gpodder.example")), true).isEmpty());
    EXPECT_FALSE(refusal(QUrl(QStringLiteral("gpodder.net")), true).isEmpty());
}

} // namespace
} // namespace ondes
