#pragma once

// A library on a real SQLite file and the loopback sync server, for the tests of app/sync.

#include "library/database.h"
#include "library/library.h"
#include "support/syncserverprocess.h"
#include "support/testdatadir.h"
#include "sync/syncengine.h"

#include <QSignalSpy>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace ondes::test {

class SyncFixture : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_db.open()) << m_db.errorString().toStdString(); }

    // A show at feedUrl whose episodes have these guids, enclosures <feedUrl>/<guid>.mp3 and
    // 3000 s each. Returns the show's id.
    qint64 addShow(const QString& feedUrl, const QStringList& guids)
    {
        ParsedFeed feed;
        feed.title = QStringLiteral("Show ") + feedUrl;
        qint64 published = 1000;
        for (const QString& guid : guids) {
            ParsedEpisode episode;
            episode.guid = guid;
            episode.title = guid;
            episode.published = published++;
            episode.durationSeconds = 3000;
            episode.enclosures << Enclosure{enclosure(feedUrl, guid), QStringLiteral("audio/mpeg"),
                                            1000};
            feed.episodes << episode;
        }
        const auto stored = m_library.storeFeed(feedUrl, ShowKind::Feed, feed);
        EXPECT_TRUE(stored);
        return stored ? stored->showId : 0;
    }
    static QString enclosure(const QString& feedUrl, const QString& guid)
    {
        return feedUrl + QStringLiteral("/") + guid + QStringLiteral(".mp3");
    }
    qint64 episodeId(const QString& guid)
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT id FROM episodes WHERE guid = ?"));
        q.addBindValue(guid);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }
    bool played(const QString& guid) { return m_library.episode(episodeId(guid))->played; }
    qint64 position(const QString& guid) { return m_library.position(episodeId(guid)); }
    int outboxCount(const QString& kind = {})
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE ? = '' OR kind = ?"));
        const QString bound = kind.isNull() ? QStringLiteral("") : kind; // NULL = '' is not true
        q.addBindValue(bound);
        q.addBindValue(bound);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    void startServer() { ASSERT_TRUE(m_server.start()) << m_server.error().toStdString(); }
    SyncRequest request(const QString& service = QStringLiteral("gpodder"),
                        const QString& password = QStringLiteral("secret"))
    {
        SyncRequest request;
        request.service = service;
        request.account = SyncAccountInfo{m_server.url(), QStringLiteral("alice"), password,
                                          QStringLiteral("ondes-test"), QStringLiteral("Ondes")};
        return request;
    }
    SyncReport runSync(SyncEngine& engine, const SyncRequest& request)
    {
        QSignalSpy finished(&engine, &SyncEngine::finished);
        engine.sync(request);
        EXPECT_TRUE(finished.wait(30000));
        return finished.isEmpty() ? SyncReport{} : finished.first().first().value<SyncReport>();
    }
    // Turns on recording for sync (as the first sync does) without a server.
    void enableRecording()
    {
        ASSERT_TRUE(SyncStore(m_db).setAccount(QStringLiteral("gpodder"),
                                               QStringLiteral("https://example.org"),
                                               QStringLiteral("alice"), QStringLiteral("d")));
    }

    TestDataDir m_dir;
    Database m_db{m_dir.path() + QStringLiteral("/library.sqlite")};
    Library m_library{m_db};
    SyncServerProcess m_server;
};

} // namespace ondes::test
