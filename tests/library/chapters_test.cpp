#include "library/chaptersource.h"
#include "library/database.h"
#include "library/library.h"
#include "support/qtprinters.h"
#include "support/testdatadir.h"

#include <QSignalSpy>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace ondes {
namespace {

Chapter chapter(double start, const QString& title, const QString& href = {},
                const QString& image = {})
{
    Chapter c;
    c.start = start;
    c.title = title;
    c.href = href;
    c.image = image;
    return c;
}

class LibraryChaptersTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_db.open()) << m_db.errorString().toStdString();
        m_feed.title = QStringLiteral("Show");
        ParsedEpisode episode;
        episode.guid = QStringLiteral("e1");
        episode.title = QStringLiteral("Episode");
        episode.published = 1000;
        episode.enclosures << Enclosure{QStringLiteral("https://example.org/e1.mp3"),
                                        QStringLiteral("audio/mpeg"), 1000};
        episode.chapters << chapter(0, QStringLiteral("Intro"))
                         << chapter(90.5, QStringLiteral("News"),
                                    QStringLiteral("https://example.org/news"));
        episode.chaptersUrl = QStringLiteral("https://example.org/e1.json");
        m_feed.episodes << episode;
        store();
    }

    void store()
    {
        QString error;
        const auto stored = m_library.storeFeed(QStringLiteral("https://example.org/feed"),
                                                ShowKind::Feed, m_feed, &error);
        ASSERT_TRUE(stored) << error.toStdString();
        m_episodeId = m_library.episodes(stored->showId).first().id;
    }

    test::TestDataDir m_dir;
    Database m_db{m_dir.path() + QStringLiteral("/library.sqlite")};
    Library m_library{m_db};
    ParsedFeed m_feed;
    qint64 m_episodeId = 0;
};

TEST_F(LibraryChaptersTest, TheFeedsInlineChaptersAreStoredInOrder)
{
    const QList<Chapter> stored = m_library.chapters(m_episodeId, ChapterSource::Psc);
    ASSERT_EQ(stored.size(), 2);
    EXPECT_DOUBLE_EQ(stored.at(0).start, 0.0);
    EXPECT_EQ(stored.at(0).title, QStringLiteral("Intro"));
    EXPECT_DOUBLE_EQ(stored.at(1).start, 90.5);
    EXPECT_EQ(stored.at(1).title, QStringLiteral("News"));
    EXPECT_EQ(stored.at(1).href, QStringLiteral("https://example.org/news"));
    EXPECT_TRUE(m_library.chapters(m_episodeId, ChapterSource::Json).isEmpty());
    EXPECT_EQ(m_library.chaptersUrl(m_episodeId), QStringLiteral("https://example.org/e1.json"));
}

TEST_F(LibraryChaptersTest, ARefreshReplacesOnlyTheFeedsChapters)
{
    ASSERT_TRUE(m_library.storeChapters(m_episodeId, ChapterSource::Json,
                                        {chapter(0, QStringLiteral("Json intro"), {},
                                                 QStringLiteral("https://example.org/i.png"))}));
    m_feed.episodes.first().chapters = {chapter(10, QStringLiteral("Only one"))};
    store();
    const QList<Chapter> psc = m_library.chapters(m_episodeId, ChapterSource::Psc);
    ASSERT_EQ(psc.size(), 1);
    EXPECT_EQ(psc.first().title, QStringLiteral("Only one"));
    const QList<Chapter> json = m_library.chapters(m_episodeId, ChapterSource::Json);
    ASSERT_EQ(json.size(), 1);
    EXPECT_EQ(json.first().image, QStringLiteral("https://example.org/i.png"));

    // A feed that drops its chapters drops the stored ones.
    m_feed.episodes.first().chapters.clear();
    store();
    EXPECT_TRUE(m_library.chapters(m_episodeId, ChapterSource::Psc).isEmpty());
    EXPECT_EQ(m_library.chapters(m_episodeId, ChapterSource::Json).size(), 1);
}

TEST_F(LibraryChaptersTest, StoringASourceReplacesItAndSaysSo)
{
    QSignalSpy changed(&m_library, &Library::chaptersChanged);
    ASSERT_TRUE(m_library.storeChapters(m_episodeId, ChapterSource::Embedded,
                                        {chapter(0, QStringLiteral("A")),
                                         chapter(1.234, QStringLiteral("B")),
                                         chapter(2, QStringLiteral("C"))}));
    ASSERT_TRUE(m_library.storeChapters(m_episodeId, ChapterSource::Embedded,
                                        {chapter(5, QStringLiteral("Z"))}));
    ASSERT_EQ(changed.size(), 2);
    EXPECT_EQ(changed.at(0).at(0).toLongLong(), m_episodeId);
    const QList<Chapter> embedded = m_library.chapters(m_episodeId, ChapterSource::Embedded);
    ASSERT_EQ(embedded.size(), 1);
    EXPECT_EQ(embedded.first().title, QStringLiteral("Z"));
    EXPECT_EQ(m_library.chapters(m_episodeId, ChapterSource::Psc).size(), 2);
    ASSERT_TRUE(m_library.storeChapters(m_episodeId, ChapterSource::Embedded, {}));
    EXPECT_TRUE(m_library.chapters(m_episodeId, ChapterSource::Embedded).isEmpty());
}

TEST_F(LibraryChaptersTest, StartsAreKeptToTheMillisecond)
{
    ASSERT_TRUE(m_library.storeChapters(m_episodeId, ChapterSource::Json,
                                        {chapter(3723.456, QStringLiteral("Late"))}));
    EXPECT_DOUBLE_EQ(m_library.chapters(m_episodeId, ChapterSource::Json).first().start, 3723.456);
}

TEST_F(LibraryChaptersTest, DeletingTheEpisodeDeletesItsChapters)
{
    QSqlQuery q(m_db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM episodes")));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM chapters")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
}

} // namespace
} // namespace ondes
