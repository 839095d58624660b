#include "application.h"
#include "library/library.h"
#include "media/audiotags.h"
#include "playback/chapterfetcher.h"
#include "playback/chapterlist.h"
#include "playback/playbacktestsupport.h"
#include "playback/player.h"
#include "support/qtprinters.h"
#include "support/skiporfail.h"
#include "support/testdatadir.h"
#include "support/testhttpserver.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace ondes {
namespace {

Chapter chapter(double start, const QString& title, const QString& image = {})
{
    Chapter c;
    c.start = start;
    c.title = title;
    c.image = image;
    return c;
}

class PlayerChaptersTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_app.start()) << m_app.errorString().toStdString();
        m_clip = test::generatedClip(QStringLiteral("mp3"));
        if (m_clip.isEmpty())
            ONDES_SKIP_OR_FAIL("espeak-ng or ffmpeg is missing");
    }
    void TearDown() override { m_app.player().stop(); }

    // One episode playing file, with these inline chapters and chapters address.
    qint64 addEpisode(const QString& file, const QList<Chapter>& chapters,
                      const QString& chaptersUrl = {})
    {
        ParsedFeed feed;
        feed.title = QStringLiteral("Chaptered show");
        ParsedEpisode episode;
        episode.guid = file;
        episode.title = QStringLiteral("Chaptered episode");
        episode.published = 1700000000;
        episode.durationSeconds = 4;
        episode.enclosures << Enclosure{QUrl::fromLocalFile(file).toString(),
                                        QStringLiteral("audio/mpeg"), -1};
        episode.chapters = chapters;
        episode.chaptersUrl = chaptersUrl;
        feed.episodes << episode;
        // A local test show: a feed from the network may not name local files.
        const QString feedUrl = QStringLiteral("test:chapters/") + file;
        QString error;
        EXPECT_TRUE(m_app.library().storeFeed(feedUrl, ShowKind::Feed, feed, &error))
            << error.toStdString();
        const auto showId = m_app.library().showIdForUrl(feedUrl);
        return showId ? m_app.library().episodes(*showId).value(0).id : 0;
    }

    Player& player() { return m_app.player(); }

    test::TestDataDir m_dir;
    Application m_app{m_dir.paths()};
    QString m_clip;
};

TEST_F(PlayerChaptersTest, ReportsTheFeedsChaptersAndTheCurrentOneWhilePlaying)
{
    const qint64 id = addEpisode(m_clip, {chapter(0, QStringLiteral("Bonjour")),
                                          chapter(1.0, QStringLiteral("Extrait")),
                                          chapter(2.0, QStringLiteral("Lecture"))});
    ASSERT_TRUE(id);
    QSignalSpy chaptersChanged(&player(), &Player::chaptersChanged);
    QSignalSpy current(&player(), &Player::currentChapterChanged);
    ASSERT_TRUE(player().play(id));
    EXPECT_GE(chaptersChanged.size(), 1);
    ASSERT_EQ(player().chapters().count(), 3);
    EXPECT_EQ(player().chapters().chapters().at(1).title, QStringLiteral("Extrait"));
    EXPECT_EQ(player().currentChapter(), 0);

    ASSERT_TRUE(test::waitPlayingPast(player(), 1200));
    EXPECT_EQ(player().currentChapter(), 1);
    bool sawSecond = false;
    for (const QList<QVariant>& args : current)
        sawSecond = sawSecond || args.at(0).toInt() == 1;
    EXPECT_TRUE(sawSecond);

    player().pause();
    ASSERT_TRUE(QTest::qWaitFor([&] { return player().state() == Player::State::Paused; }));
    player().nextChapter();
    EXPECT_EQ(player().currentChapter(), 2);
    EXPECT_TRUE(QTest::qWaitFor([&] { return qAbs(player().position() - 2000) < 300; }))
        << player().position();
    // In the last chapter there is no next one: nothing moves.
    player().nextChapter();
    EXPECT_EQ(player().currentChapter(), 2);

    // Less than 3 s into a chapter, back goes to the one before.
    player().previousChapter();
    EXPECT_EQ(player().currentChapter(), 1);
    EXPECT_TRUE(QTest::qWaitFor([&] { return qAbs(player().position() - 1000) < 300; }))
        << player().position();
}

TEST_F(PlayerChaptersTest, ChaptersEmbeddedInALocalFileAreMergedIn)
{
    const QString copy = m_dir.path() + QStringLiteral("/embedded.mp3");
    ASSERT_TRUE(QFile::copy(m_clip, copy));
    QString error;
    ASSERT_TRUE(AudioTags::writeChapters(
        copy, AudioFormat::Mp3,
        {chapter(0, QStringLiteral("Chapter 1")), chapter(1.5, QStringLiteral("Embedded second"))},
        &error))
        << error.toStdString();
    const qint64 id = addEpisode(copy, {chapter(0, QStringLiteral("Feed intro"))});
    ASSERT_TRUE(id);
    ASSERT_TRUE(player().play(id));
    ASSERT_TRUE(QTest::qWaitFor([&] { return player().chapters().count() == 2; }))
        << player().chapters().count();
    // The placeholder title of the file gives way to the feed's real one.
    EXPECT_EQ(player().chapters().chapters().at(0).title, QStringLiteral("Feed intro"));
    EXPECT_EQ(player().chapters().chapters().at(1).title, QStringLiteral("Embedded second"));
}

TEST_F(PlayerChaptersTest, TheChaptersFileIsFetchedStoredAndMerged)
{
    test::TestHttpServer server;
    ASSERT_TRUE(server.isListening());
    server.setRoute(QStringLiteral("/chapters.json"),
                    test::Route::text(R"({"version": "1.2.0", "chapters": [
                        {"startTime": 0, "title": "Json intro", "img": "intro.png"},
                        {"startTime": 2.5, "title": "Json only"}]})",
                                      "application/json+chapters"));
    const QString address = server.url(QStringLiteral("/chapters.json")).toString();
    const qint64 id = addEpisode(
        m_clip,
        {chapter(0, QStringLiteral("Feed intro")), chapter(1.0, QStringLiteral("Feed only"))},
        address);
    ASSERT_TRUE(id);
    QSignalSpy fetched(&m_app.chapterFetcher(), &ChapterFetcher::fetched);
    QSignalSpy failed(&m_app.chapterFetcher(), &ChapterFetcher::failed);
    ASSERT_TRUE(player().play(id));
    ASSERT_TRUE(fetched.wait(10000))
        << (failed.isEmpty() ? std::string("no answer")
                             : failed.first().at(1).toString().toStdString());
    EXPECT_EQ(fetched.first().at(1).toInt(), 2);

    const QList<Chapter> stored = m_app.library().chapters(id, ChapterSource::Json);
    ASSERT_EQ(stored.size(), 2);
    EXPECT_EQ(stored.at(0).image, server.url(QStringLiteral("/intro.png")).toString());
    const QList<Chapter>& merged = player().chapters().chapters();
    ASSERT_EQ(merged.size(), 3);
    EXPECT_EQ(merged.at(0).title, QStringLiteral("Json intro"));
    EXPECT_EQ(merged.at(1).title, QStringLiteral("Feed only"));
    EXPECT_EQ(merged.at(2).title, QStringLiteral("Json only"));

    // Stored once: playing it again asks for nothing.
    player().stop();
    EXPECT_FALSE(m_app.chapterFetcher().fetch(id));
    EXPECT_EQ(server.requestCount(QStringLiteral("/chapters.json")), 1);
}

TEST_F(PlayerChaptersTest, ABrokenChaptersFileIsReportedAndNothingStored)
{
    test::TestHttpServer server;
    server.setRoute(QStringLiteral("/bad.json"), test::Route::text("{\"chapters\": 3}"));
    const qint64 id = addEpisode(m_clip, {}, server.url(QStringLiteral("/bad.json")).toString());
    QSignalSpy failed(&m_app.chapterFetcher(), &ChapterFetcher::failed);
    ASSERT_TRUE(player().play(id));
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_TRUE(m_app.library().chapters(id, ChapterSource::Json).isEmpty());
    EXPECT_TRUE(player().chapters().isEmpty());
}

} // namespace
} // namespace ondes
