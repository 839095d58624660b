#include "media/audiofixture.h"
#include "media/audiotags.h"
#include "support/qtprinters.h"
#include "support/skiporfail.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ondes;
using namespace ondes::test;

namespace {

// One set of clips for the whole suite: making them is most of the time these tests take.
class AudioTagsTest : public ::testing::Test
{
protected:
    // ctest runs each test in its own process, so clips are made when a test first asks.
    static void SetUpTestSuite()
    {
        if (haveAudioTools())
            s_dir = new QTemporaryDir;
    }
    // The suite's clip "name.extension", made on first use. The "ffchapters" clips have two
    // chapters written by ffmpeg.
    static QString clip(const QString& fileName)
    {
        const QString path = s_dir->filePath(fileName);
        if (QFile::exists(path))
            return path;
        const QString name = fileName.section(QLatin1Char('.'), 0, 0);
        const QString extension = fileName.section(QLatin1Char('.'), 1);
        if (name != QLatin1StringView("ffchapters"))
            return makeClip(s_dir->path(), name, extension);
        QFile meta(s_dir->filePath(QStringLiteral("chapters.txt")));
        meta.open(QIODevice::WriteOnly);
        meta.write(";FFMETADATA1\ntitle=Avec chapitres\n"
                   "[CHAPTER]\nTIMEBASE=1/1000\nSTART=0\nEND=1200\ntitle=Ouverture\n"
                   "[CHAPTER]\nTIMEBASE=1/1000\nSTART=1200\nEND=2500\ntitle=Suite élégante\n");
        meta.close();
        return makeClip(s_dir->path(), name, extension,
                        QStringLiteral("Premier chapitre. Deuxième chapitre."), {meta.fileName()});
    }
    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }
    void SetUp() override
    {
        if (!s_dir)
            ONDES_SKIP_OR_FAIL("espeak-ng, ffmpeg or ffprobe is missing");
    }

    // A fresh copy of a suite clip, so each test may change it.
    QString copyOf(const QString& name, const QString& newName = {})
    {
        const QString target = m_dir.filePath(newName.isEmpty() ? name : newName);
        QFile::copy(clip(name), target);
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
        return target;
    }

    static QTemporaryDir* s_dir;
    QTemporaryDir m_dir;
};

QTemporaryDir* AudioTagsTest::s_dir = nullptr;

// QFile::permissions() adds the "User" bits for whoever runs the test.
const QFile::Permissions ownerGroupOther(0x7077);

struct FormatCase
{
    const char* extension;
    AudioFormat format;
};

class AudioTagsFormatTest : public AudioTagsTest, public ::testing::WithParamInterface<FormatCase>
{
protected:
    QString extension() const { return QLatin1String(GetParam().extension); }
    QString clipName() const { return QStringLiteral("clip.") + extension(); }
};

} // namespace

TEST_P(AudioTagsFormatTest, RoundTripsTagsOnAPartFileWithAnExplicitFormat)
{
    // The download manager tags "episode.part", whose name says nothing about its format.
    const QString path = copyOf(clipName(), QStringLiteral("episode.part"));
    const QByteArray cover = coverImage();
    AudioTagUpdate update;
    update.title = QStringLiteral("Épisode 12 — « L'été » 日本");
    update.album = QStringLiteral("Les Ondes du Matin");
    update.artist = QStringLiteral("Alice Martin, Bob Durand");
    update.comment = QStringLiteral("Une description\nsur deux lignes.");
    update.year = 2023;
    update.coverData = cover;
    update.coverMimeType = QStringLiteral("image/png");
    QString error;
    ASSERT_TRUE(AudioTags::write(path, GetParam().format, update, &error)) << error.toStdString();

    const std::optional<AudioFileInfo> info = AudioTags::read(path, &error, GetParam().format);
    ASSERT_TRUE(info) << error.toStdString();
    EXPECT_EQ(info->format, GetParam().format);
    EXPECT_EQ(info->title, *update.title);
    EXPECT_EQ(info->album, *update.album);
    EXPECT_EQ(info->artist, *update.artist);
    EXPECT_EQ(info->comment, *update.comment);
    EXPECT_EQ(info->year, 2023);
    EXPECT_EQ(info->coverData, cover);
    EXPECT_EQ(info->coverMimeType, QStringLiteral("image/png"));
    // The audio survived.
    EXPECT_GT(info->durationMs, 1000);
    EXPECT_TRUE(ffmpegDecodes(path));
    // With no format given, the content tells it.
    const std::optional<AudioFileInfo> sniffed = AudioTags::read(path);
    ASSERT_TRUE(sniffed);
    EXPECT_EQ(sniffed->format, GetParam().format);
    EXPECT_EQ(sniffed->title, *update.title);
}

TEST_P(AudioTagsFormatTest, UnsetFieldsAreKeptAndAnEmptyCoverRemovesIt)
{
    const QString path = copyOf(clipName());
    AudioTagUpdate first;
    first.title = QStringLiteral("Titre");
    first.album = QStringLiteral("Émission");
    first.coverData = coverImage("JPEG");
    ASSERT_TRUE(AudioTags::write(path, AudioFormat::Unknown, first));
    const std::optional<AudioFileInfo> before = AudioTags::read(path);
    ASSERT_TRUE(before);
    EXPECT_EQ(before->coverMimeType, QStringLiteral("image/jpeg")); // sniffed

    AudioTagUpdate second;
    second.title = QStringLiteral("Nouveau titre");
    second.coverData = QByteArray();
    QString error;
    ASSERT_TRUE(AudioTags::write(path, AudioFormat::Unknown, second, &error))
        << error.toStdString();
    const std::optional<AudioFileInfo> after = AudioTags::read(path);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->title, QStringLiteral("Nouveau titre"));
    EXPECT_EQ(after->album, QStringLiteral("Émission"));
    EXPECT_TRUE(after->coverData.isEmpty());
}

TEST_P(AudioTagsFormatTest, DurationIsWithin50MsOfFfprobe)
{
    const QString path = clip(clipName());
    const qint64 expected = ffprobeDurationMs(path);
    ASSERT_GT(expected, 1000);
    const std::optional<AudioFileInfo> info = AudioTags::read(path);
    ASSERT_TRUE(info);
    EXPECT_NEAR(double(info->durationMs), double(expected), 50.0) << GetParam().extension;
    EXPECT_GT(info->sampleRate, 0);
    EXPECT_GT(info->channels, 0);
}

TEST_P(AudioTagsFormatTest, ChaptersRoundTripOrAreRefusedForMp4)
{
    const QString path = copyOf(clipName());
    const QList<Chapter> chapters{
        {1.5, QStringLiteral("Deuxième partie"), QStringLiteral("https://example.org/2"), {}},
        {0, QStringLiteral("Introduction"), {}, {}},
        {2.25, QStringLiteral("Fin"), {}, {}},
    };
    QString error;
    const bool written = AudioTags::writeChapters(path, GetParam().format, chapters, &error);
    if (GetParam().format == AudioFormat::Mp4) {
        EXPECT_FALSE(written);
        EXPECT_TRUE(error.contains(QStringLiteral("MP4"))) << error.toStdString();
        return;
    }
    ASSERT_TRUE(written) << error.toStdString();
    const std::optional<AudioFileInfo> info = AudioTags::read(path);
    ASSERT_TRUE(info);
    ASSERT_EQ(info->chapters.size(), 3);
    EXPECT_EQ(info->chapters[0].title, QStringLiteral("Introduction"));
    EXPECT_DOUBLE_EQ(info->chapters[0].start, 0);
    EXPECT_EQ(info->chapters[1].title, QStringLiteral("Deuxième partie"));
    EXPECT_DOUBLE_EQ(info->chapters[1].start, 1.5);
    EXPECT_EQ(info->chapters[1].href, QStringLiteral("https://example.org/2"));
    EXPECT_DOUBLE_EQ(info->chapters[2].start, 2.25);
    EXPECT_TRUE(ffmpegDecodes(path));

    // Writing again replaces them rather than adding to them.
    ASSERT_TRUE(
        AudioTags::writeChapters(path, GetParam().format, {{0.5, QStringLiteral("Seul"), {}, {}}}));
    const std::optional<AudioFileInfo> again = AudioTags::read(path);
    ASSERT_TRUE(again);
    ASSERT_EQ(again->chapters.size(), 1);
    EXPECT_EQ(again->chapters[0].title, QStringLiteral("Seul"));
}

INSTANTIATE_TEST_SUITE_P(Formats, AudioTagsFormatTest,
                         ::testing::Values(FormatCase{"mp3", AudioFormat::Mp3},
                                           FormatCase{"ogg", AudioFormat::OggVorbis},
                                           FormatCase{"opus", AudioFormat::Opus},
                                           FormatCase{"m4a", AudioFormat::Mp4},
                                           FormatCase{"flac", AudioFormat::Flac}),
                         [](const auto& info) { return std::string(info.param.extension); });

TEST_F(AudioTagsTest, ReadsId3ChapFramesWrittenByFfmpeg)
{
    const std::optional<AudioFileInfo> info =
        AudioTags::read(clip(QStringLiteral("ffchapters.mp3")));
    ASSERT_TRUE(info);
    ASSERT_EQ(info->chapters.size(), 2);
    EXPECT_EQ(info->chapters[0].title, QStringLiteral("Ouverture"));
    EXPECT_DOUBLE_EQ(info->chapters[0].start, 0);
    EXPECT_EQ(info->chapters[1].title, QStringLiteral("Suite élégante"));
    EXPECT_DOUBLE_EQ(info->chapters[1].start, 1.2);
    EXPECT_EQ(info->title, QStringLiteral("Avec chapitres"));
}

TEST_F(AudioTagsTest, ReadsOpusChapterCommentsWrittenByFfmpeg)
{
    // ffmpeg numbers them from CHAPTER000 (and writes none in Vorbis, hence Opus here).
    const std::optional<AudioFileInfo> info =
        AudioTags::read(clip(QStringLiteral("ffchapters.opus")));
    ASSERT_TRUE(info);
    ASSERT_EQ(info->chapters.size(), 2);
    EXPECT_EQ(info->chapters[0].title, QStringLiteral("Ouverture"));
    EXPECT_EQ(info->chapters[1].title, QStringLiteral("Suite élégante"));
    EXPECT_DOUBLE_EQ(info->chapters[1].start, 1.2);
}

TEST_F(AudioTagsTest, GarbageAndTruncatedFilesGiveAnErrorNotACrash)
{
    QFile garbage(m_dir.filePath(QStringLiteral("garbage.mp3")));
    ASSERT_TRUE(garbage.open(QIODevice::WriteOnly));
    QByteArray noise(20000, '\0');
    for (qsizetype i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919 + 13) % 251);
    garbage.write(noise);
    garbage.close();
    QString error;
    EXPECT_FALSE(AudioTags::read(garbage.fileName(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not a valid MP3 file"))) << error.toStdString();

    AudioTagUpdate update;
    update.title = QStringLiteral("x");
    error.clear();
    EXPECT_FALSE(AudioTags::write(garbage.fileName(), AudioFormat::Mp3, update, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(readAll(garbage.fileName()), noise);

    // Every format, cut after its first few hundred bytes: an error or a partial read, never a
    // crash, and never a write.
    for (const char* extension : {"mp3", "ogg", "opus", "m4a", "flac"}) {
        const QString cut = m_dir.filePath(QStringLiteral("cut.") + QLatin1String(extension));
        QFile file(cut);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        const QByteArray head =
            readAll(clip(QStringLiteral("clip.") + QLatin1String(extension))).left(300);
        file.write(head);
        file.close();
        (void)AudioTags::read(cut, &error);
        AudioTags::write(cut, AudioFormat::Unknown, update, &error);
        EXPECT_TRUE(readAll(cut) == head || AudioTags::read(cut)) << extension;
    }

    error.clear();
    EXPECT_FALSE(AudioTags::read(m_dir.filePath(QStringLiteral("missing.mp3")), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("no such file"))) << error.toStdString();
    EXPECT_FALSE(AudioTags::write(m_dir.filePath(QStringLiteral("missing.mp3")), AudioFormat::Mp3,
                                  update, &error));
}

TEST_F(AudioTagsTest, WritingAReadOnlyFileFailsAndLeavesItIntact)
{
    const QString path = copyOf(QStringLiteral("clip.mp3"));
    const QByteArray before = readAll(path);
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
    AudioTagUpdate update;
    update.title = QStringLiteral("Interdit");
    QString error;
    EXPECT_FALSE(AudioTags::write(path, AudioFormat::Mp3, update, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("read-only"))) << error.toStdString();
    EXPECT_FALSE(
        AudioTags::writeChapters(path, AudioFormat::Mp3, {{0, QStringLiteral("a"), {}, {}}}));
    EXPECT_EQ(readAll(path), before);
    EXPECT_EQ(QFile::permissions(path) & ownerGroupOther, QFile::ReadOwner | QFile::ReadGroup);
    // No working copy is left behind.
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

TEST_F(AudioTagsTest, AFailedWriteLeavesNoWorkingCopyAndKeepsPermissions)
{
    const QString path = copyOf(QStringLiteral("clip.ogg"));
    AudioTagUpdate update;
    update.album = QStringLiteral("Émission");
    // Ogg Vorbis content named .mp3 and forced as MP3: refused without harm.
    const QString wrong = copyOf(QStringLiteral("clip.ogg"), QStringLiteral("wrong.mp3"));
    const QByteArray before = readAll(wrong);
    QString error;
    EXPECT_FALSE(AudioTags::write(wrong, AudioFormat::Mp3, update, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("holds Ogg Vorbis, not MP3"))) << error.toStdString();
    EXPECT_TRUE(error.contains(wrong)) << error.toStdString();
    EXPECT_EQ(readAll(wrong), before);
    EXPECT_FALSE(AudioTags::read(wrong, &error, AudioFormat::Mp3));
    // Left to detect it, the content wins over the name.
    const std::optional<AudioFileInfo> detected = AudioTags::read(wrong, &error);
    ASSERT_TRUE(detected);
    EXPECT_EQ(detected->format, AudioFormat::OggVorbis);
    ASSERT_TRUE(AudioTags::write(path, AudioFormat::Unknown, update, &error))
        << error.toStdString();
    EXPECT_EQ(QFile::permissions(path) & ownerGroupOther,
              QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

TEST(AudioFormatsTest, TellsTheFormatFromMimeTypeNameAndContent)
{
    EXPECT_EQ(AudioFormats::fromMimeType(u"audio/mpeg"), AudioFormat::Mp3);
    EXPECT_EQ(AudioFormats::fromMimeType(u"Audio/MP3"), AudioFormat::Mp3);
    EXPECT_EQ(AudioFormats::fromMimeType(u"audio/ogg; codecs=opus"), AudioFormat::Opus);
    EXPECT_EQ(AudioFormats::fromMimeType(u"audio/ogg;codecs=\"vorbis\""), AudioFormat::OggVorbis);
    EXPECT_EQ(AudioFormats::fromMimeType(u"audio/ogg"), AudioFormat::Unknown);
    EXPECT_EQ(AudioFormats::fromMimeType(u"audio/x-m4a"), AudioFormat::Mp4);
    EXPECT_EQ(AudioFormats::fromMimeType(u"audio/flac"), AudioFormat::Flac);
    EXPECT_EQ(AudioFormats::fromMimeType(u"text/html"), AudioFormat::Unknown);
    EXPECT_EQ(AudioFormats::fromFileName(u"/d/Épisode 3.MP3"), AudioFormat::Mp3);
    EXPECT_EQ(AudioFormats::fromFileName(u"/d/e.m4b.part"), AudioFormat::Mp4);
    EXPECT_EQ(AudioFormats::fromFileName(u"/d.mp3/episode"), AudioFormat::Unknown);
    EXPECT_EQ(AudioFormats::fromFileName(u"e.part"), AudioFormat::Unknown);
    EXPECT_FALSE(AudioFormats::isAudioFileName(u"e.mp3.part"));
    EXPECT_TRUE(AudioFormats::isAudioFileName(u"e.opus"));
    EXPECT_EQ(AudioFormats::fromContent("ID3\x04\x00"), AudioFormat::Mp3);
    EXPECT_EQ(AudioFormats::fromContent("\xFF\xFB\x90\x00"), AudioFormat::Mp3);
    EXPECT_EQ(AudioFormats::fromContent("fLaC\x00"), AudioFormat::Flac);
    EXPECT_EQ(AudioFormats::fromContent(QByteArrayView("\0\0\0\x20"
                                                       "ftypM4A ",
                                                       12)),
              AudioFormat::Mp4);
    EXPECT_EQ(AudioFormats::fromContent("<html>"), AudioFormat::Unknown);
    EXPECT_EQ(AudioTags::sniffImageMimeType(coverImage("PNG")), QStringLiteral("image/png"));
    EXPECT_EQ(AudioTags::sniffImageMimeType(coverImage("JPEG")), QStringLiteral("image/jpeg"));
    EXPECT_EQ(AudioTags::sniffImageMimeType("hello"), QString());
}
