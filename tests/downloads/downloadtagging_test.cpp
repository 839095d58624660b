// DownloadManager writing the tags of a downloaded MP3 into the room kept before its body: the
// tags and cover read back through TagLib, the audio after the tag is the served file's byte for
// byte, and nothing is copied. Crash safety: a download cut mid-body resumes after the room, a
// .part left tagged by a killed run is downloaded afresh (never tagged twice), and a body that is
// not MP3 (whatever the server calls it) gets no room and is tagged in its own format.

#include "downloads/downloadmanagerfixture.h"
#include "downloads/downloadstore.h"
#include "media/audiofixture.h"
#include "media/audiotags.h"
#include "media/id3room.h"
#include "support/id3v2size.h"
#include "support/skiporfail.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>

namespace ondes::test {
namespace {

// The MPEG frames after the ID3v2 tag.
QByteArray audioOf(const QByteArray& bytes)
{
    return bytes.mid(id3v2Size(bytes));
}

class DownloadTaggingTest : public DownloadManagerTest
{
protected:
    void SetUp() override
    {
        DownloadManagerTest::SetUp();
        if (!haveAudioTools())
            ONDES_SKIP_OR_FAIL("espeak-ng, ffmpeg and ffprobe are needed");
        QFile meta(m_dir.path() + QStringLiteral("/chapters.txt"));
        ASSERT_TRUE(meta.open(QIODevice::WriteOnly));
        meta.write(";FFMETADATA1\ntitle=Titre du fichier\n"
                   "[CHAPTER]\nTIMEBASE=1/1000\nSTART=0\nEND=1500\ntitle=Ouverture\n"
                   "[CHAPTER]\nTIMEBASE=1/1000\nSTART=1500\nEND=3000\ntitle=Suite\n");
        meta.close();
        m_clip = makeClip(m_dir.path(), QStringLiteral("served"), QStringLiteral("mp3"),
                          QStringLiteral("Bonjour et bienvenue. Voici le premier chapitre, puis "
                                         "le second, pour un fichier un peu plus long."),
                          {meta.fileName()});
        ASSERT_FALSE(m_clip.isEmpty());
        m_served = readFile(m_clip);
        ASSERT_GT(id3v2Size(m_served), 0);
        m_cover = coverImage("PNG", Qt::darkRed);
        m_server.setRoute(QStringLiteral("/cover.png"), Route::text(m_cover, "image/png"));
    }

    // A one-episode show whose episode has /cover.png as its image and /ep-1 as its enclosure.
    qint64 addEpisode()
    {
        ParsedFeed feed;
        feed.title = QStringLiteral("Radio Test");
        feed.author = QStringLiteral("Station");
        ParsedEpisode e;
        e.guid = QStringLiteral("ep-1");
        e.title = QStringLiteral("Episode 1");
        e.description = Utf8Text::fromString(QStringLiteral("What episode 1 is about."));
        e.published = 1700000000;
        e.imageUrl = m_server.url(QStringLiteral("/cover.png")).toString();
        e.enclosures << Enclosure{m_server.url(QStringLiteral("/ep-1")).toString(),
                                  QStringLiteral("audio/mpeg"), -1};
        feed.episodes << e;
        const auto result = m_library.storeFeed(
            m_server.url(QStringLiteral("/feed.xml")).toString(), ShowKind::Feed, feed);
        EXPECT_TRUE(result.has_value());
        return m_library.episodes(result ? result->showId : 0).value(0).id;
    }

    Route served(int bytesPerSecond = 0) const
    {
        Route route;
        route.body = m_served;
        route.contentType = "audio/mpeg";
        route.etag = "take-1";
        route.bytesPerSecond = bytesPerSecond;
        return route;
    }

    // Runs the manager until the episode's download finished; its file.
    QString downloadAll()
    {
        QSignalSpy finished(m_manager.get(), &DownloadManager::downloadFinished);
        m_manager->start();
        EXPECT_TRUE(waitFor([&] { return finished.size() == 1; }));
        return finished.isEmpty() ? QString() : finished.at(0).at(1).toString();
    }

    void expectEpisodeTags(const QString& file)
    {
        QString error;
        const auto info = AudioTags::read(file, &error);
        ASSERT_TRUE(info.has_value()) << error.toStdString();
        EXPECT_EQ(info->title, QStringLiteral("Episode 1"));
        EXPECT_EQ(info->album, QStringLiteral("Radio Test"));
        EXPECT_EQ(info->artist, QStringLiteral("Station"));
        EXPECT_EQ(info->comment, QStringLiteral("What episode 1 is about."));
        EXPECT_EQ(info->year, 2023);
        EXPECT_EQ(info->coverData, m_cover);
        ASSERT_EQ(info->chapters.size(), 2); // the served tag's chapters stay
        EXPECT_EQ(info->chapters[0].title, QStringLiteral("Ouverture"));
        EXPECT_GT(info->durationMs, 2000);
    }

    QString m_clip;
    QByteArray m_served;
    QByteArray m_cover;
};

TEST_F(DownloadTaggingTest, AnMp3IsTaggedInTheRoomBeforeItsBodyWithoutACopy)
{
    const qint64 id = addEpisode();
    m_server.setRoute(QStringLiteral("/ep-1"), served());
    ASSERT_EQ(m_manager->enqueue(id), QString());

    const QString file = downloadAll();

    ASSERT_FALSE(file.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(file + QStringLiteral(".part")));
    const QByteArray bytes = readFile(file);
    EXPECT_EQ(audioOf(bytes), audioOf(m_served)); // the audio, byte for byte
    // One tag where the room and the served tag were: the audio never moved.
    EXPECT_GT(id3v2Size(bytes), id3v2Size(m_served) + m_cover.size());
    EXPECT_EQ(bytes.size(), id3v2Size(bytes) + audioOf(m_served).size());
    expectEpisodeTags(file);
    EXPECT_TRUE(ffmpegDecodes(file));
    EXPECT_EQ(m_server.requestCount(QStringLiteral("/ep-1")), 1);
    // Nothing else in the show's folder: no working copy.
    EXPECT_EQ(QDir(QFileInfo(file).absolutePath()).entryList(QDir::Files | QDir::Hidden),
              QStringList{QFileInfo(file).fileName()});
}

TEST_F(DownloadTaggingTest, ACrashMidBodyResumesRightAfterTheRoom)
{
    const qint64 id = addEpisode();
    m_server.setRoute(QStringLiteral("/ep-1"), served(m_served.size() / 3));
    m_manager->start();
    ASSERT_EQ(m_manager->enqueue(id), QString());
    ASSERT_TRUE(waitFor([&] {
        const auto s = m_manager->status(id);
        return s && s->received > m_served.size() / 4;
    }));
    const QString part = m_manager->status(id)->targetPath + QStringLiteral(".part");
    m_manager.reset(); // the process goes away mid-body
    const qint64 room = Id3Room::sizeIn(part);
    ASSERT_GT(room, 0) << "no room at the start of the .part";
    const qint64 kept = QFileInfo(part).size() - room;
    ASSERT_GT(kept, 0);
    ASSERT_LT(kept, m_served.size());
    EXPECT_EQ(readFile(part).mid(room), m_served.first(kept));

    m_server.setRoute(QStringLiteral("/ep-1"), served());
    m_manager = makeManager();
    const QString file = downloadAll();

    const RecordedRequest last = m_server.requests(QStringLiteral("/ep-1")).last();
    EXPECT_EQ(last.header("Range"), "bytes=" + QByteArray::number(kept) + '-');
    EXPECT_EQ(last.status, 206);
    EXPECT_EQ(audioOf(readFile(file)), audioOf(m_served));
    expectEpisodeTags(file);
}

TEST_F(DownloadTaggingTest, APartLeftTaggedByAKilledRunIsDownloadedAfreshNotTaggedTwice)
{
    // A run was killed after the tags went into the complete .part and before the rename: its
    // validators were withdrawn first, so the .part is never resumed.
    const qint64 id = addEpisode();
    ASSERT_EQ(m_manager->enqueue(id), QString());
    const QString target = m_manager->status(id)->targetPath;
    const QString part = target + QStringLiteral(".part");
    ASSERT_TRUE(QDir().mkpath(QFileInfo(part).absolutePath()));
    AudioTagUpdate old;
    old.title = QStringLiteral("Tagged by the killed run");
    ASSERT_TRUE(writeFile(part, Id3Room::placeholder(Id3Room::sizeFor(old)) + m_served));
    ASSERT_TRUE(Id3Room::fill(part, old));
    DownloadStore store(m_database);
    ASSERT_TRUE(store.setState(id, DownloadState::Running));
    ASSERT_TRUE(store.download(id)->etag.isEmpty());

    m_server.setRoute(QStringLiteral("/ep-1"), served());
    m_manager = makeManager();
    const QString file = downloadAll();

    ASSERT_EQ(file, target);
    EXPECT_TRUE(m_server.requests(QStringLiteral("/ep-1")).last().header("Range").isEmpty());
    const QByteArray bytes = readFile(file);
    EXPECT_EQ(audioOf(bytes), audioOf(m_served)); // one tag, then the audio
    expectEpisodeTags(file);
}

TEST_F(DownloadTaggingTest, TaggingTurnedOffMidDownloadLeavesTheServedTags)
{
    const qint64 id = addEpisode();
    m_server.setRoute(QStringLiteral("/ep-1"), served(m_served.size() / 2));
    m_manager->start();
    ASSERT_EQ(m_manager->enqueue(id), QString());
    ASSERT_TRUE(waitFor([&] {
        const auto s = m_manager->status(id);
        return s && s->received > 0;
    }));
    m_manager->setWriteTags(false);
    QSignalSpy finished(m_manager.get(), &DownloadManager::downloadFinished);
    ASSERT_TRUE(waitFor([&] { return finished.size() == 1; }));

    const QString file = finished.at(0).at(1).toString();
    const QByteArray bytes = readFile(file);
    EXPECT_EQ(Id3Room::sizeIn(file), 0);
    EXPECT_EQ(audioOf(bytes), audioOf(m_served));
    const auto info = AudioTags::read(file);
    ASSERT_TRUE(info.has_value());
    EXPECT_EQ(info->title, QStringLiteral("Titre du fichier"));
    EXPECT_TRUE(info->coverData.isEmpty());
    EXPECT_EQ(info->chapters.size(), 2);
}

TEST_F(DownloadTaggingTest, AnOggServedAsMp3IsTaggedAsOgg)
{
    const QString ogg =
        makeClip(m_dir.path(), QStringLiteral("mislabelled"), QStringLiteral("ogg"));
    ASSERT_FALSE(ogg.isEmpty());
    const qint64 id = addEpisode();
    m_server.serveFile(QStringLiteral("/ep-1"), ogg, "audio/mpeg");
    ASSERT_EQ(m_manager->enqueue(id), QString());

    const QString file = downloadAll();

    ASSERT_TRUE(file.endsWith(QStringLiteral(".mp3"))) << file.toStdString();
    EXPECT_TRUE(readFile(file).startsWith("OggS"));
    QString error;
    const auto info = AudioTags::read(file, &error);
    ASSERT_TRUE(info.has_value()) << error.toStdString();
    EXPECT_EQ(info->format, AudioFormat::OggVorbis);
    EXPECT_EQ(info->title, QStringLiteral("Episode 1"));
    EXPECT_EQ(info->coverData, m_cover);
    EXPECT_TRUE(ffmpegDecodes(file));
}

} // namespace
} // namespace ondes::test
