#include "feed/chaptersjson.h"
#include "media/audiofixture.h"
#include "media/audiotags.h"
#include "playback/chapterlist.h"
#include "support/qtprinters.h"
#include "support/skiporfail.h"
#include "support/testdatadir.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ondes;

namespace {

Chapter chapter(double start, const char* title, const char* href = "", const char* image = "")
{
    return {start, QString::fromUtf8(title), QString::fromUtf8(href), QString::fromUtf8(image)};
}

QStringList titles(const QList<Chapter>& chapters)
{
    QStringList result;
    for (const Chapter& c : chapters)
        result.append(c.title);
    return result;
}

// Chapters as each source would deliver them for the same episode.
const QList<Chapter> psc{chapter(0, "Intro"), chapter(120, "Chapter 2"), chapter(300, "Débat"),
                         chapter(900, "Conclusion")};
const QList<Chapter> embedded{chapter(0.4, "Ouverture"),
                              chapter(120.6, "Interview", "https://a.example/"),
                              chapter(600, "Musique")};
const QList<Chapter> json{chapter(0, "Générique", "", "https://img.example/0.jpg"),
                          chapter(121.2, "Chapitre 2"), chapter(302.5, "Débat")};

} // namespace

TEST(ChapterListTest, EachSourceAloneIsUsedAsItIs)
{
    for (ChapterSource source :
         {ChapterSource::Psc, ChapterSource::Embedded, ChapterSource::Json}) {
        const QList<Chapter>& chapters = source == ChapterSource::Psc        ? psc
                                         : source == ChapterSource::Embedded ? embedded
                                                                             : json;
        ChapterList list;
        list.setChapters(source, chapters);
        EXPECT_EQ(titles(list.chapters()), titles(chapters));
        EXPECT_EQ(list.chaptersFrom(source).size(), chapters.size());
    }
}

TEST(ChapterListTest, ReadsEmbeddedId3AndVorbisChaptersAndJsonFiles)
{
    if (!test::haveAudioTools())
        ONDES_SKIP_OR_FAIL("espeak-ng or ffmpeg is missing");
    QTemporaryDir dir;
    const QList<Chapter> written{chapter(0, "Un"), chapter(1.25, "Deux", "https://deux.example/")};
    for (const char* extension : {"mp3", "ogg"}) {
        const QString path =
            test::makeClip(dir.path(), QStringLiteral("c"), QLatin1String(extension));
        ASSERT_FALSE(path.isEmpty());
        ASSERT_TRUE(AudioTags::writeChapters(path, AudioFormat::Unknown, written));
        const std::optional<AudioFileInfo> info = AudioTags::read(path);
        ASSERT_TRUE(info);
        ChapterList list;
        list.setChapters(ChapterSource::Embedded, info->chapters);
        EXPECT_EQ(titles(list.chapters()),
                  (QStringList{QStringLiteral("Un"), QStringLiteral("Deux")}));
        EXPECT_EQ(list.startMs(1), 1250) << extension;
        EXPECT_EQ(list.chapters()[1].href, QStringLiteral("https://deux.example/"));
    }
    QFile file(test::testDataPath(QStringLiteral("chapters/basic.json")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    ChapterList list;
    list.setChapters(ChapterSource::Json, *ChaptersJson::parse(file.readAll()));
    EXPECT_EQ(list.count(), 5);
    EXPECT_EQ(list.indexAt(200000), 1);
}

TEST(ChapterListTest, MergesSourcesByPrecedenceAndDeduplicatesNearStarts)
{
    ChapterList list;
    list.setChapters(ChapterSource::Psc, psc);
    list.setChapters(ChapterSource::Embedded, embedded);
    list.setChapters(ChapterSource::Json, json);
    const QList<Chapter>& merged = list.chapters();
    // 0 / 0.4 / 0: one chapter, JSON's. 120 / 120.6 / 121.2: one, at JSON's start, but with the
    // embedded title since JSON's and the feed's are placeholders. 300 / 302.5 "Débat": the same
    // title within 5 s. 600 and 900 come from one source each.
    EXPECT_EQ(titles(merged), (QStringList{QStringLiteral("Générique"), QStringLiteral("Interview"),
                                           QStringLiteral("Débat"), QStringLiteral("Musique"),
                                           QStringLiteral("Conclusion")}));
    ASSERT_EQ(merged.size(), 5);
    EXPECT_DOUBLE_EQ(merged[0].start, 0);
    EXPECT_EQ(merged[0].image, QStringLiteral("https://img.example/0.jpg"));
    EXPECT_DOUBLE_EQ(merged[1].start, 121.2);
    EXPECT_EQ(merged[1].href, QStringLiteral("https://a.example/")); // filled from embedded
    EXPECT_DOUBLE_EQ(merged[2].start, 302.5);

    // The order sources arrive in does not matter.
    ChapterList other;
    other.setChapters(ChapterSource::Json, json);
    other.setChapters(ChapterSource::Psc, psc);
    other.setChapters(ChapterSource::Embedded, embedded);
    EXPECT_EQ(titles(other.chapters()), titles(merged));

    // Replacing a source recomputes the list; clearing empties it.
    list.setChapters(ChapterSource::Json, {});
    EXPECT_EQ(list.chapters().first().title, QStringLiteral("Ouverture"));
    list.clear();
    EXPECT_TRUE(list.isEmpty());
}

TEST(ChapterListTest, OrdersUnsortedInputAndDropsInvalidStarts)
{
    ChapterList list;
    list.setChapters(ChapterSource::Psc,
                     {chapter(50, "C"), chapter(-1, "négatif"), chapter(10, "B"),
                      chapter(std::nan(""), "nan"), chapter(0, "A"), chapter(10.5, "B bis")});
    EXPECT_EQ(titles(list.chapters()),
              (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
}

TEST(ChapterListTest, PlaceholderTitles)
{
    for (const char* title :
         {"", "  ", "Chapter 3", "chapitre 03", "Ch. 4", "#2", "7", "Part 1", "Kapitel 12"})
        EXPECT_TRUE(ChapterList::isPlaceholderTitle(QString::fromUtf8(title))) << title;
    for (const char* title : {"Intro", "Chapter 3: the end", "2001, l'odyssée", "Top 10"})
        EXPECT_FALSE(ChapterList::isPlaceholderTitle(QString::fromUtf8(title))) << title;
}

TEST(ChapterListTest, CurrentNextAndPreviousChapter)
{
    ChapterList list;
    EXPECT_EQ(list.indexAt(1000), -1);
    EXPECT_FALSE(list.nextStart(0));
    EXPECT_FALSE(list.previousStart(0));

    list.setChapters(ChapterSource::Json, {chapter(10, "A"), chapter(60, "B"), chapter(120, "C")});
    EXPECT_EQ(list.indexAt(0), -1); // before the first chapter
    EXPECT_EQ(list.indexAt(10000), 0);
    EXPECT_EQ(list.indexAt(59000), 0);
    EXPECT_EQ(list.indexAt(59900), 1); // within the seek slack of B
    EXPECT_EQ(list.indexAt(60000), 1);
    EXPECT_EQ(list.indexAt(500000), 2);

    EXPECT_EQ(list.nextStart(0), 10000);
    EXPECT_EQ(list.nextStart(30000), 60000);
    EXPECT_EQ(list.nextStart(59990), 120000); // just seeked to B: next is C
    EXPECT_FALSE(list.nextStart(130000));

    EXPECT_EQ(list.previousStart(5000), 0);      // before the first chapter: the beginning
    EXPECT_EQ(list.previousStart(11000), 10000); // early in the first chapter: restart it
    EXPECT_EQ(list.previousStart(30000), 10000); // well into A: its start
    EXPECT_EQ(list.previousStart(62000), 10000); // 2 s into B: back to A
    EXPECT_EQ(list.previousStart(63001), 60000); // just over 3 s into B: B's start
    EXPECT_EQ(list.previousStart(59990), 10000); // just seeked to B
    EXPECT_EQ(list.previousStart(200000), 120000);

    EXPECT_EQ(list.endMs(0, 300000), 60000);
    EXPECT_EQ(list.endMs(2, 300000), 300000);
}
