#pragma once

// The DownloadManager tests' fixture: a library in a fresh data folder, a manager on the
// loopback TestHttpServer (fast retries, one worker) and shows whose enclosures it serves.

#include "downloads/downloadmanager.h"
#include "downloads/downloadtestsupport.h"
#include "library/database.h"
#include "library/library.h"
#include "net/httpclient.h"
#include "support/testdatadir.h"
#include "support/testhttpserver.h"

#include <QThreadPool>

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <memory>

namespace ondes::test {

class DownloadManagerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_database.open()) << m_database.errorString().toStdString();
        ASSERT_TRUE(m_server.isListening());
        m_workers.setMaxThreadCount(1);
        m_manager = makeManager();
    }

    void TearDown() override
    {
        m_manager.reset();
        m_workers.waitForDone();
    }

    std::unique_ptr<DownloadManager> makeManager()
    {
        auto manager = std::make_unique<DownloadManager>(m_database, m_library, m_http, m_workers);
        manager->setFolder(folder());
        manager->setRetryPolicy(0, 50, 3000);
        return manager;
    }

    QString folder() const { return m_dir.path() + QStringLiteral("/Podcasts"); }

    // A show of `count` episodes whose enclosures are /ep-N on the server (newest first).
    QList<qint64> addShow(int count, const QString& title = QStringLiteral("Radio Test"),
                          const QString& enclosureType = QStringLiteral("audio/mpeg"))
    {
        ParsedFeed feed;
        feed.title = title;
        feed.author = QStringLiteral("Station");
        for (int n = count; n >= 1; --n) {
            ParsedEpisode e;
            e.guid = QStringLiteral("ep-%1").arg(n);
            e.title = QStringLiteral("Episode %1").arg(n);
            e.description =
                Utf8Text::fromString(QStringLiteral("What episode %1 is about.").arg(n));
            e.published = 1700000000 + n * 86400;
            e.enclosures << Enclosure{m_server.url(QStringLiteral("/ep-%1").arg(n)).toString(),
                                      enclosureType, -1};
            e.persons << Person{QStringLiteral("Nadia Benali"),
                                QStringLiteral("host"),
                                QStringLiteral("cast"),
                                {},
                                {}};
            feed.episodes << e;
        }
        const auto result = m_library.storeFeed(
            m_server.url(QStringLiteral("/feed-%1.xml").arg(title.size())).toString(),
            ShowKind::Feed, feed);
        EXPECT_TRUE(result.has_value());
        QList<qint64> ids;
        for (const EpisodeRow& row : m_library.episodes(result ? result->showId : 0))
            ids << row.id;
        std::sort(ids.begin(), ids.end());
        return ids; // ids[0] is episode 1
    }

    qint64 showOf(qint64 episodeId) { return m_library.episode(episodeId)->showId; }

    // Waits until the episode has left the queue (finished, failed, cancelled) or times out.
    bool waitFor(const std::function<bool()>& done, int timeoutMs = 15000)
    {
        return QTest::qWaitFor(done, timeoutMs);
    }

    bool downloaded(qint64 episodeId)
    {
        const auto episode = m_library.episode(episodeId);
        return episode && !episode->localFile.isEmpty() && !m_manager->status(episodeId);
    }

    TestDataDir m_dir;
    Database m_database{m_dir.path() + QStringLiteral("/library.sqlite")};
    Library m_library{m_database};
    HttpClient m_http;
    QThreadPool m_workers;
    TestHttpServer m_server;
    std::unique_ptr<DownloadManager> m_manager;
};

} // namespace ondes::test
