#include "media/audiofixture.h"
#include "media/localfolderscan.h"
#include "support/qtprinters.h"
#include "support/skiporfail.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ondes;
using namespace ondes::test;

namespace {

class LocalFolderScanTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        if (!haveAudioTools())
            return;
        s_clips = new QTemporaryDir;
    }
    static void TearDownTestSuite()
    {
        delete s_clips;
        s_clips = nullptr;
    }
    void SetUp() override
    {
        if (!s_clips)
            ONDES_SKIP_OR_FAIL("espeak-ng or ffmpeg is missing");
    }

    QString add(const QString& relative, const QString& clip = QStringLiteral("clip.mp3"))
    {
        const QString target = m_dir.filePath(relative);
        QDir().mkpath(QFileInfo(target).absolutePath());
        const QString source = s_clips->filePath(clip);
        if (!QFile::exists(source)) // made on first use: ctest runs each test alone
            makeClip(s_clips->path(), clip.section(QLatin1Char('.'), 0, 0),
                     clip.section(QLatin1Char('.'), 1));
        QFile::copy(source, target);
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
        return target;
    }

    static QStringList paths(const QList<LocalAudioFile>& files)
    {
        QStringList result;
        for (const LocalAudioFile& file : files)
            result.append(file.relativePath);
        return result;
    }

    static QTemporaryDir* s_clips;
    QTemporaryDir m_dir;
};

QTemporaryDir* LocalFolderScanTest::s_clips = nullptr;

} // namespace

TEST_F(LocalFolderScanTest, ListsAudioFilesRecursivelyInNaturalOrder)
{
    add(QStringLiteral("Episode 10.mp3"));
    add(QStringLiteral("Episode 2.mp3"));
    add(QStringLiteral("saison 1/b.ogg"), QStringLiteral("clip.ogg"));
    add(QStringLiteral("saison 1/A.mp3"));
    add(QStringLiteral(".cache/hidden.mp3"));
    add(QStringLiteral("download.mp3.part"));
    QFile notes(m_dir.filePath(QStringLiteral("notes.txt")));
    notes.open(QIODevice::WriteOnly);
    notes.write("pas de l'audio");
    notes.close();

    const QList<LocalAudioFile> files = LocalFolderScan::scan(m_dir.path());
    EXPECT_EQ(paths(files),
              (QStringList{QStringLiteral("Episode 2.mp3"), QStringLiteral("Episode 10.mp3"),
                           QStringLiteral("saison 1/A.mp3"), QStringLiteral("saison 1/b.ogg")}));
    ASSERT_EQ(files.size(), 4);
    EXPECT_EQ(files[0].title, QStringLiteral("Episode 2")); // untagged: the file name
    EXPECT_TRUE(files[0].readable);
    EXPECT_GT(files[0].info.durationMs, 1000);
    EXPECT_EQ(files[3].info.format, AudioFormat::OggVorbis);
    EXPECT_EQ(files[0].path,
              QFileInfo(m_dir.filePath(QStringLiteral("Episode 2.mp3"))).absoluteFilePath());
    EXPECT_EQ(files[0].date, files[0].modified); // no date in the tags
    // The same folder scanned again gives the same list.
    EXPECT_EQ(paths(LocalFolderScan::scan(m_dir.path())), paths(files));
}

TEST_F(LocalFolderScanTest, RescanFollowsAddedRemovedRenamedAndRetaggedFiles)
{
    const QString first = add(QStringLiteral("a.mp3"));
    add(QStringLiteral("b.mp3"));
    const QList<LocalAudioFile> before = LocalFolderScan::scan(m_dir.path());
    ASSERT_EQ(paths(before), (QStringList{QStringLiteral("a.mp3"), QStringLiteral("b.mp3")}));

    add(QStringLiteral("c.ogg"), QStringLiteral("clip.ogg"));
    ASSERT_TRUE(QFile::remove(m_dir.filePath(QStringLiteral("b.mp3"))));
    AudioTagUpdate update;
    update.title = QStringLiteral("Le premier épisode");
    update.year = 2019;
    ASSERT_TRUE(AudioTags::write(first, AudioFormat::Mp3, update));
    ASSERT_TRUE(QFile::rename(first, m_dir.filePath(QStringLiteral("z.mp3"))));

    const QList<LocalAudioFile> after = LocalFolderScan::scan(m_dir.path(), before);
    ASSERT_EQ(paths(after), (QStringList{QStringLiteral("c.ogg"), QStringLiteral("z.mp3")}));
    EXPECT_EQ(after[0].title, QStringLiteral("c"));
    EXPECT_EQ(after[1].title, QStringLiteral("Le premier épisode"));
    // Only the year is tagged and the file is from another year: 1 January of that year.
    EXPECT_EQ(after[1].date, QDate(2019, 1, 1).startOfDay(Qt::UTC));
}

TEST_F(LocalFolderScanTest, UnchangedFilesAreNotReadAgainAndBrokenOnesStayListed)
{
    add(QStringLiteral("a.mp3"));
    QFile broken(m_dir.filePath(QStringLiteral("broken.ogg")));
    broken.open(QIODevice::WriteOnly);
    broken.write("OggS but not really");
    broken.close();

    QList<LocalAudioFile> first = LocalFolderScan::scan(m_dir.path());
    ASSERT_EQ(first.size(), 2);
    EXPECT_TRUE(first[0].readable);
    EXPECT_FALSE(first[1].readable);
    EXPECT_EQ(first[1].title, QStringLiteral("broken"));

    // A previous result whose size and time still match is trusted as it is.
    first[0].info.title = QStringLiteral("from the previous scan");
    const QList<LocalAudioFile> second = LocalFolderScan::scan(m_dir.path(), first);
    EXPECT_EQ(second[0].title, QStringLiteral("from the previous scan"));

    EXPECT_TRUE(LocalFolderScan::scan(m_dir.filePath(QStringLiteral("missing"))).isEmpty());
}
