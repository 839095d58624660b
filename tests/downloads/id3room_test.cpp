// Id3Room and EpisodeTagger::writePart on real clips: the tags go into the room kept before the
// body without the audio moving (compared byte for byte with the served file's), a tag larger
// than the room moves the audio once and intact, an ID3v1 tag gets the text too, and a body that
// is not MP3 loses the room and is tagged in its own format.

#include "downloads/episodetagger.h"
#include "media/audiofixture.h"
#include "media/audiotags.h"
#include "media/id3room.h"
#include "support/id3v2size.h"
#include "support/qtprinters.h"
#include "support/skiporfail.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ondes;
using namespace ondes::test;

namespace {

// What follows the ID3v2 tag: the MPEG frames (and an ID3v1 tag, if any).
QByteArray afterTag(const QByteArray& bytes)
{
    return bytes.mid(id3v2Size(bytes));
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// An ID3v1 tag (128 bytes) with the given title.
QByteArray id3v1(const QByteArray& title)
{
    QByteArray tag("TAG");
    tag += title.left(30).leftJustified(30, '\0');
    tag.resize(127, '\0');
    tag += char(255); // no genre
    return tag;
}

class Id3RoomTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        if (!haveAudioTools())
            return;
        s_dir = new QTemporaryDir;
        // A clip with ffmpeg's own ID3v2 tag: a title and two chapters.
        QFile meta(s_dir->filePath(QStringLiteral("chapters.txt")));
        meta.open(QIODevice::WriteOnly);
        meta.write(";FFMETADATA1\ntitle=Titre du fichier\ngenre=Podcast\n"
                   "[CHAPTER]\nTIMEBASE=1/1000\nSTART=0\nEND=1000\ntitle=Ouverture\n"
                   "[CHAPTER]\nTIMEBASE=1/1000\nSTART=1000\nEND=2000\ntitle=Suite\n");
        meta.close();
        s_mp3 = makeClip(s_dir->path(), QStringLiteral("served"), QStringLiteral("mp3"),
                         QStringLiteral("Premier chapitre. Deuxième chapitre."), {meta.fileName()});
        s_ogg = makeClip(s_dir->path(), QStringLiteral("served"), QStringLiteral("ogg"));
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }
    void SetUp() override
    {
        if (!s_dir || s_mp3.isEmpty() || s_ogg.isEmpty())
            ONDES_SKIP_OR_FAIL("espeak-ng, ffmpeg or ffprobe is missing");
        m_served = readAll(s_mp3);
        ASSERT_GT(id3v2Size(m_served), 0) << "ffmpeg wrote no ID3v2 tag";
    }

    static AudioTagUpdate episodeUpdate(const QByteArray& cover = coverImage())
    {
        AudioTagUpdate update;
        update.title = QStringLiteral("Épisode 12 : la mer");
        update.album = QStringLiteral("Radio Test");
        update.artist = QStringLiteral("Nadia Benali, Paul Martin");
        update.comment = QStringLiteral("De quoi parle l'épisode.");
        update.year = 2024;
        update.coverData = cover;
        return update;
    }

    // dir/name holding a room of roomSize bytes, then body.
    QString partWith(qint64 roomSize, const QByteArray& body,
                     const QString& name = QStringLiteral("episode.mp3.part"))
    {
        const QString path = m_dir.filePath(name);
        EXPECT_TRUE(writeBytes(path, Id3Room::placeholder(roomSize) + body));
        return path;
    }

    static QTemporaryDir* s_dir;
    static QString s_mp3;
    static QString s_ogg;
    QByteArray m_served;
    QTemporaryDir m_dir;
};

QTemporaryDir* Id3RoomTest::s_dir = nullptr;
QString Id3RoomTest::s_mp3;
QString Id3RoomTest::s_ogg;

} // namespace

TEST(Id3RoomPlaceholderTest, IsRecognisedAndNothingElseIs)
{
    const QByteArray room = Id3Room::placeholder(5000);
    ASSERT_EQ(room.size(), 5000);
    EXPECT_EQ(id3v2Size(room), 5000); // a valid ID3v2 tag of that size
    EXPECT_EQ(Id3Room::sizeAtStart(room), 5000);
    EXPECT_EQ(Id3Room::sizeAtStart(room.first(Id3Room::headBytes)), 5000);
    EXPECT_EQ(Id3Room::placeholder(1).size(), Id3Room::minSize);

    EXPECT_EQ(Id3Room::sizeAtStart(room.first(20)), 0); // too short to tell
    EXPECT_EQ(Id3Room::sizeAtStart(QByteArray("garbage, not a tag at all")), 0);
    EXPECT_EQ(Id3Room::sizeAtStart(QByteArray()), 0);
    QByteArray otherOwner = room;
    otherOwner[22] = 'X'; // another program's PRIV frame
    EXPECT_EQ(Id3Room::sizeAtStart(otherOwner), 0);
    // An ordinary tag, as ffmpeg writes it.
    const QByteArray ffmpegTag("ID3\x04\x00\x00\x00\x00\x00\x23TSSE\x00\x00\x00\x0f\x00\x00\x03"
                               "Lavf59.27.100\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00",
                               45);
    EXPECT_EQ(Id3Room::sizeAtStart(ffmpegTag), 0);

    // A file cut inside its room (while the placeholder was written) still has it: no body yet.
    QTemporaryDir dir;
    const QString cut = dir.filePath(QStringLiteral("cut.part"));
    ASSERT_TRUE(writeBytes(cut, room.first(100)));
    EXPECT_EQ(Id3Room::sizeIn(cut), 5000);
    EXPECT_EQ(Id3Room::sizeIn(dir.filePath(QStringLiteral("missing.part"))), 0);
    const QString whole = dir.filePath(QStringLiteral("whole.part"));
    ASSERT_TRUE(writeBytes(whole, room + "body"));
    EXPECT_EQ(Id3Room::sizeIn(whole), 5000);
}

TEST(Id3RoomPlaceholderTest, SizeForHoldsTheFramesOfTheUpdate)
{
    AudioTagUpdate small;
    small.title = QStringLiteral("Court");
    AudioTagUpdate withCover = small;
    withCover.coverData = QByteArray("\xFF\xD8\xFF") + QByteArray(300'000, 'j');
    const qint64 smallRoom = Id3Room::sizeFor(small);
    EXPECT_GE(smallRoom, Id3Room::minSize);
    EXPECT_LT(smallRoom, 8 * 1024);
    EXPECT_GT(Id3Room::sizeFor(withCover), 300'000);
    EXPECT_LT(Id3Room::sizeFor(withCover), 300'000 + 8 * 1024);
}

TEST_F(Id3RoomTest, FillWritesTheTagsWithoutMovingTheAudio)
{
    const AudioTagUpdate update = episodeUpdate();
    const qint64 room = Id3Room::sizeFor(update);
    const QString part = partWith(room, m_served);
    const qint64 before = QFileInfo(part).size();

    QString error;
    ASSERT_TRUE(Id3Room::fill(part, update, &error)) << error.toStdString();

    const QByteArray bytes = readAll(part);
    EXPECT_EQ(bytes.size(), before); // the tag took the room and the served tag's place
    EXPECT_EQ(id3v2Size(bytes), room + id3v2Size(m_served));
    EXPECT_EQ(Id3Room::sizeIn(part), 0);
    EXPECT_EQ(afterTag(bytes), afterTag(m_served)); // the audio, byte for byte

    const auto info = AudioTags::read(part, &error, AudioFormat::Mp3);
    ASSERT_TRUE(info.has_value()) << error.toStdString();
    EXPECT_EQ(info->title, *update.title);
    EXPECT_EQ(info->album, *update.album);
    EXPECT_EQ(info->artist, *update.artist);
    EXPECT_EQ(info->comment, *update.comment);
    EXPECT_EQ(info->year, 2024);
    EXPECT_EQ(info->coverData, *update.coverData);
    EXPECT_EQ(info->coverMimeType, QStringLiteral("image/png"));
    EXPECT_EQ(info->genre, QStringLiteral("Podcast")); // the served tag's other frames stay
    ASSERT_EQ(info->chapters.size(), 2);
    EXPECT_EQ(info->chapters[1].title, QStringLiteral("Suite"));
    EXPECT_GT(info->durationMs, 1000);
    EXPECT_TRUE(ffmpegDecodes(part));
}

TEST_F(Id3RoomTest, AnUntaggedBodyGetsTheWholeRoom)
{
    const QByteArray frames = afterTag(m_served);
    const QString part = partWith(Id3Room::sizeFor(episodeUpdate()), frames);

    QString error;
    ASSERT_TRUE(Id3Room::fill(part, episodeUpdate(), &error)) << error.toStdString();

    const QByteArray bytes = readAll(part);
    EXPECT_EQ(afterTag(bytes), frames);
    const auto info = AudioTags::read(part, &error, AudioFormat::Mp3);
    ASSERT_TRUE(info.has_value()) << error.toStdString();
    EXPECT_EQ(info->title, QStringLiteral("Épisode 12 : la mer"));
    EXPECT_TRUE(info->chapters.isEmpty());
}

TEST_F(Id3RoomTest, ATagLargerThanTheRoomMovesTheAudioOnceAndIntact)
{
    // A real picture (ffmpeg decodes it too), of noise so that it stays large.
    QImage noise(400, 400, QImage::Format_RGB32);
    for (int y = 0; y < noise.height(); ++y) {
        for (int x = 0; x < noise.width(); ++x)
            noise.setPixel(x, y, QRandomGenerator::global()->generate() | 0xFF000000u);
    }
    QByteArray cover;
    QBuffer buffer(&cover);
    ASSERT_TRUE(buffer.open(QIODevice::WriteOnly) && noise.save(&buffer, "PNG"));
    ASSERT_GT(cover.size(), 400'000);
    const AudioTagUpdate update = episodeUpdate(cover);
    const QString part = partWith(Id3Room::minSize, m_served); // room for nearly nothing

    QString error;
    ASSERT_TRUE(Id3Room::fill(part, update, &error)) << error.toStdString();

    const QByteArray bytes = readAll(part);
    EXPECT_GT(id3v2Size(bytes), 400'000);
    EXPECT_EQ(afterTag(bytes), afterTag(m_served));
    const auto info = AudioTags::read(part, &error, AudioFormat::Mp3);
    ASSERT_TRUE(info.has_value()) << error.toStdString();
    EXPECT_EQ(info->coverData, cover);
    EXPECT_EQ(info->coverMimeType, QStringLiteral("image/png"));
    EXPECT_EQ(info->chapters.size(), 2);
    EXPECT_TRUE(ffmpegDecodes(part));
}

TEST_F(Id3RoomTest, AnId3v1TagAtTheEndGetsTheTextToo)
{
    const QByteArray served = m_served + id3v1("Old title");
    const QString part = partWith(Id3Room::sizeFor(episodeUpdate()), served);

    QString error;
    ASSERT_TRUE(Id3Room::fill(part, episodeUpdate(), &error)) << error.toStdString();

    const QByteArray bytes = readAll(part);
    ASSERT_EQ(bytes.size(), id3v2Size(bytes) + afterTag(m_served).size() + 128);
    const QByteArray tail = bytes.last(128);
    EXPECT_TRUE(tail.startsWith("TAG"));
    EXPECT_TRUE(tail.mid(3, 30).contains("pisode 12 : la mer"))
        << tail.mid(3, 30).toHex().constData();
    EXPECT_EQ(afterTag(bytes).chopped(128), afterTag(m_served));
}

TEST_F(Id3RoomTest, FillRefusesAFileWithoutRoomAndLeavesIt)
{
    const QString path = m_dir.filePath(QStringLiteral("plain.mp3.part"));
    ASSERT_TRUE(writeBytes(path, m_served));
    QString error;
    EXPECT_FALSE(Id3Room::fill(path, episodeUpdate(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("no room"))) << error.toStdString();
    EXPECT_EQ(readAll(path), m_served);
    EXPECT_FALSE(
        Id3Room::fill(m_dir.filePath(QStringLiteral("missing.part")), episodeUpdate(), &error));
}

TEST_F(Id3RoomTest, WritePartFillsTheRoomOfAnMp3)
{
    const QString part = partWith(Id3Room::sizeFor(episodeUpdate()), m_served);
    EXPECT_EQ(EpisodeTagger::writePart(part, episodeUpdate()), QString());
    const QByteArray bytes = readAll(part);
    EXPECT_EQ(afterTag(bytes), afterTag(m_served));
    EXPECT_EQ(AudioTags::read(part)->title, QStringLiteral("Épisode 12 : la mer"));
    // No working copy beside it.
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("episode.mp3.part")});
}

TEST_F(Id3RoomTest, ABodyThatIsNotMp3LosesTheRoomAndIsTaggedInItsFormat)
{
    // Served as audio/mpeg, but Ogg Vorbis: the room goes, then the Vorbis comment is written.
    const QByteArray ogg = readAll(s_ogg);
    const QString part = partWith(Id3Room::sizeFor(episodeUpdate()), ogg);
    EXPECT_EQ(EpisodeTagger::writePart(part, episodeUpdate()), QString());
    const QByteArray bytes = readAll(part);
    EXPECT_TRUE(bytes.startsWith("OggS"));
    QString error;
    const auto info = AudioTags::read(part, &error);
    ASSERT_TRUE(info.has_value()) << error.toStdString();
    EXPECT_EQ(info->format, AudioFormat::OggVorbis);
    EXPECT_EQ(info->title, QStringLiteral("Épisode 12 : la mer"));
    EXPECT_EQ(info->coverData, coverImage());
    EXPECT_TRUE(ffmpegDecodes(part));
}

TEST_F(Id3RoomTest, ReleaseRoomKeepsTheServedFileAsItWas)
{
    // MP3: the room joins the served tag, whose frames stay; the audio does not move.
    const QString mp3 = partWith(10'000, m_served);
    EXPECT_EQ(EpisodeTagger::releaseRoom(mp3), QString());
    const QByteArray bytes = readAll(mp3);
    EXPECT_EQ(bytes.size(), 10'000 + m_served.size());
    EXPECT_EQ(afterTag(bytes), afterTag(m_served));
    const auto info = AudioTags::read(mp3);
    ASSERT_TRUE(info.has_value());
    EXPECT_EQ(info->title, QStringLiteral("Titre du fichier"));
    EXPECT_EQ(info->chapters.size(), 2);

    // Anything else: the room goes and the file is the served one, byte for byte.
    const QByteArray ogg = readAll(s_ogg);
    const QString other = partWith(10'000, ogg, QStringLiteral("other.ogg.part"));
    EXPECT_EQ(EpisodeTagger::releaseRoom(other), QString());
    EXPECT_EQ(readAll(other), ogg);

    // Without a room there is nothing to do.
    const QString plain = m_dir.filePath(QStringLiteral("plain.mp3.part"));
    ASSERT_TRUE(writeBytes(plain, m_served));
    EXPECT_EQ(EpisodeTagger::releaseRoom(plain), QString());
    EXPECT_EQ(readAll(plain), m_served);
}

TEST_F(Id3RoomTest, WritePartWithoutRoomTagsInPlace)
{
    // A .part without room (an M4A, or tagging turned on mid-download): TagLib on the file
    // itself, no copy.
    const QString part = m_dir.filePath(QStringLiteral("episode.mp3.part"));
    ASSERT_TRUE(writeBytes(part, m_served));
    EXPECT_EQ(EpisodeTagger::writePart(part, episodeUpdate()), QString());
    const auto info = AudioTags::read(part);
    ASSERT_TRUE(info.has_value());
    EXPECT_EQ(info->title, QStringLiteral("Épisode 12 : la mer"));
    EXPECT_EQ(afterTag(readAll(part)), afterTag(m_served));
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("episode.mp3.part")});
}
