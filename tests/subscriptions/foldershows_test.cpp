// Local folders as shows: tags become episodes, rescans follow added, removed and retagged
// files, and the watcher rescans by itself.

#include "library/database.h"
#include "library/library.h"
#include "media/audiofixture.h"
#include "media/audiotags.h"
#include "subscriptions/foldershows.h"
#include "support/skiporfail.h"
#include "support/testdatadir.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QUrl>

#include <gtest/gtest.h>

namespace ondes::test {
namespace {

class FolderShowsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!haveAudioTools())
            ONDES_SKIP_OR_FAIL("espeak-ng and ffmpeg are needed");
        ASSERT_TRUE(m_database.open());
        m_workers.setMaxThreadCount(1);
        m_folder = m_dir.path() + QStringLiteral("/Cours de philosophie");
        ASSERT_TRUE(QDir().mkpath(m_folder + QStringLiteral("/Saison 2")));
        m_first = makeClip(m_folder, QStringLiteral("01 Introduction"), QStringLiteral("mp3"));
        m_second = makeClip(m_folder + QStringLiteral("/Saison 2"), QStringLiteral("02 Suite"),
                            QStringLiteral("ogg"));
        ASSERT_FALSE(m_first.isEmpty());
        ASSERT_FALSE(m_second.isEmpty());
        AudioTagUpdate tags;
        tags.title = QStringLiteral("La liberté");
        tags.artist = QStringLiteral("Claire Dumas");
        tags.album = QStringLiteral("Philosophie pour tous");
        tags.comment = QStringLiteral("Première leçon.");
        tags.year = 2021;
        ASSERT_TRUE(AudioTags::write(m_first, AudioFormat::Mp3, tags));
        tags.title = QStringLiteral("Le devoir");
        tags.comment.reset();
        ASSERT_TRUE(AudioTags::write(m_second, AudioFormat::OggVorbis, tags));
    }

    void TearDown() override { m_workers.waitForDone(); }

    // Scans and waits for the outcome; returns the show's id.
    qint64 addAndWait(FolderShows& shows, const QString& folder)
    {
        QSignalSpy scanned(&shows, &FolderShows::scanned);
        shows.add(folder);
        EXPECT_TRUE(scanned.wait(20000));
        return scanned.isEmpty() ? 0 : scanned.first().first().toLongLong();
    }

    QStringList titles(qint64 showId)
    {
        QStringList list;
        for (const EpisodeRow& row : m_library.episodes(showId))
            list << row.title;
        list.sort();
        return list;
    }

    TestDataDir m_dir;
    Database m_database{m_dir.path() + QStringLiteral("/library.sqlite")};
    Library m_library{m_database};
    QThreadPool m_workers;
    QString m_folder;
    QString m_first;
    QString m_second;
};

TEST_F(FolderShowsTest, EachFileBecomesAnEpisodeFromItsTags)
{
    FolderShows shows(m_library, m_workers);
    const qint64 showId = addAndWait(shows, m_folder);
    ASSERT_NE(showId, 0);
    const auto show = m_library.show(showId);
    EXPECT_EQ(show->kind, ShowKind::Folder);
    EXPECT_EQ(show->title, QStringLiteral("Philosophie pour tous")); // the album all files share
    EXPECT_EQ(show->author, QStringLiteral("Claire Dumas"));
    EXPECT_EQ(titles(showId),
              (QStringList{QStringLiteral("La liberté"), QStringLiteral("Le devoir")}));
    for (const EpisodeRow& row : m_library.episodes(showId)) {
        EXPECT_GT(row.durationSeconds, 0) << row.title.toStdString();
        EXPECT_TRUE(QUrl(row.playableUrl()).isLocalFile()) << row.playableUrl().toStdString();
        EXPECT_TRUE(QFile::exists(QUrl(row.playableUrl()).toLocalFile()));
        EXPECT_EQ(row.author, QStringLiteral("Claire Dumas"));
        if (row.title == QStringLiteral("La liberté")) {
            EXPECT_EQ(row.description, QStringLiteral("Première leçon."));
        }
    }
    // Adding the same folder again is a rescan, not a second show.
    EXPECT_EQ(addAndWait(shows, m_folder + QStringLiteral("/")), showId);
    EXPECT_EQ(m_library.shows().size(), 1);
}

TEST_F(FolderShowsTest, RescanFollowsAddedRemovedAndRetaggedFiles)
{
    FolderShows shows(m_library, m_workers);
    const qint64 showId = addAndWait(shows, m_folder);
    ASSERT_NE(showId, 0);

    // An untagged file is named after its file name.
    ASSERT_FALSE(
        makeClip(m_folder, QStringLiteral("03 Questions du public"), QStringLiteral("opus"))
            .isEmpty());
    ASSERT_TRUE(QFile::remove(m_second));
    AudioTagUpdate retag;
    retag.title = QStringLiteral("La liberté (version longue)");
    ASSERT_TRUE(AudioTags::write(m_first, AudioFormat::Mp3, retag));

    QSignalSpy scanned(&shows, &FolderShows::scanned);
    shows.rescan(showId);
    ASSERT_TRUE(scanned.wait(20000));
    EXPECT_EQ(scanned.first().at(1).toInt(), 1); // added
    EXPECT_EQ(scanned.first().at(2).toInt(), 1); // removed
    EXPECT_EQ(titles(showId), (QStringList{QStringLiteral("03 Questions du public"),
                                           QStringLiteral("La liberté (version longue)")}));
}

TEST_F(FolderShowsTest, AnEpisodeInProgressOutlivesItsFile)
{
    FolderShows shows(m_library, m_workers);
    const qint64 showId = addAndWait(shows, m_folder);
    qint64 devoir = 0;
    for (const EpisodeRow& row : m_library.episodes(showId)) {
        if (row.title == QStringLiteral("Le devoir"))
            devoir = row.id;
    }
    ASSERT_NE(devoir, 0);
    ASSERT_TRUE(m_library.savePosition(devoir, 4000));
    ASSERT_TRUE(QFile::remove(m_second));
    QSignalSpy scanned(&shows, &FolderShows::scanned);
    shows.rescan(showId);
    ASSERT_TRUE(scanned.wait(20000));
    EXPECT_TRUE(m_library.episode(devoir).has_value());
    EXPECT_EQ(m_library.position(devoir), 4000);
}

TEST_F(FolderShowsTest, TheWatcherRescansWhenAFileArrives)
{
    FolderShows shows(m_library, m_workers);
    shows.setRescanDelay(200);
    const qint64 showId = addAndWait(shows, m_folder);
    ASSERT_EQ(m_library.episodes(showId).size(), 2);
    shows.setWatching(true);

    QSignalSpy scanned(&shows, &FolderShows::scanned);
    // Made elsewhere and moved in, as a file manager or a download does.
    const QString made =
        makeClip(m_dir.path(), QStringLiteral("04 Conclusion"), QStringLiteral("mp3"));
    ASSERT_TRUE(QFile::rename(made, m_folder + QStringLiteral("/Saison 2/04 Conclusion.mp3")));
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_library.episodes(showId).size() == 3; }, 20000));
    EXPECT_GE(scanned.size(), 1);
}

TEST_F(FolderShowsTest, NotAFolderIsAClearError)
{
    FolderShows shows(m_library, m_workers);
    QSignalSpy failed(&shows, &FolderShows::failed);
    shows.add(m_first); // a file
    ASSERT_EQ(failed.size(), 1);
    EXPECT_TRUE(failed.first().at(1).toString().contains(QStringLiteral("not a folder")));
    shows.add(m_dir.path() + QStringLiteral("/nowhere"));
    EXPECT_EQ(failed.size(), 2);
    EXPECT_TRUE(m_library.shows().isEmpty());
}

} // namespace
} // namespace ondes::test
