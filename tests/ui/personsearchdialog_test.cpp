#include "application.h"
#include "discovery/directoryartwork.h"
#include "discovery/directoryprovider.h"
#include "discovery/directorysearch.h"
#include "library/library.h"
#include "personsearchdialog.h"
#include "playback/player.h"
#include "showpreviewdialog.h"
#include "support/directoryanswers.h"
#include "support/feedbuilder.h"
#include "support/testdatadir.h"
#include "support/testhttpserver.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace ondes {
namespace {

using test::Route;

class PersonSearchDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_app.start());
        m_search.provider(QStringLiteral("podcastindex"))->setBaseUrl(m_index.url(QString()));
        test::FeedSpec spec;
        spec.title = QStringLiteral("Elsewhere");
        m_index.setRoute(QStringLiteral("/elsewhere.xml"),
                         Route::text(test::buildFeed(spec), "application/rss+xml"));
        test::PersonEpisode episode;
        episode.title = QStringLiteral("A long conversation");
        episode.feedUrl = m_index.url(QStringLiteral("/elsewhere.xml")).toString();
        episode.feedTitle = QStringLiteral("Elsewhere");
        episode.enclosureUrl = m_index.url(QStringLiteral("/1.mp3")).toString();
        episode.feedImage = m_index.url(QStringLiteral("/show.png")).toString();
        m_index.setRoute(
            QStringLiteral("/api/1.0/search/byperson"),
            test::podcastIndexSigned(
                QStringLiteral("key"), QStringLiteral("secret"),
                Route::text(test::podcastIndexPersonAnswer({episode}), "application/json")));
    }

    test::TestHttpServer m_index{QHostAddress(QStringLiteral("127.0.0.51"))};
    test::TestDataDir m_dir;
    Application m_app{m_dir.paths()};
    DirectorySearch m_search{m_app.http(), nullptr};
};

TEST_F(PersonSearchDialogTest, ListsThePersonsEpisodesInOtherShowsAndPreviewsOne)
{
    m_search.setPodcastIndexCredentials(QStringLiteral("key"), QStringLiteral("secret"));
    m_search.setEnabled({QStringLiteral("podcastindex"), QStringLiteral("apple")});
    PersonSearchDialog dialog(m_search, m_app.http(), m_app.subscriber(),
                              QStringLiteral("Marie Dupont"));
    dialog.show();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return dialog.episodeList()->topLevelItemCount() == 1; }, 10000))
        << dialog.statusText().toStdString();
    EXPECT_EQ(dialog.episodeList()->topLevelItem(0)->text(1), QStringLiteral("Elsewhere"));
    EXPECT_EQ(dialog.episodeList()->topLevelItem(0)->text(2),
              QStringLiteral("A long conversation"));
    EXPECT_EQ(dialog.episodeList()->topLevelItem(0)->text(3), QStringLiteral("30:00"));
    const auto asked = m_index.requests(QStringLiteral("/api/1.0/search/byperson"));
    ASSERT_EQ(asked.size(), 1);
    EXPECT_TRUE(asked.first().target.contains("q=Marie%20Dupont")) << asked.first().target.data();

    dialog.previewCurrent();
    ShowPreviewDialog* preview = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            preview = dialog.findChild<ShowPreviewDialog*>();
            return preview && preview->episodeList()->topLevelItemCount() == 3;
        },
        10000));
    EXPECT_EQ(m_app.library().shows().size(), 1); // the demo show: nothing stored
}

TEST_F(PersonSearchDialogTest, ShowsTheShowsPictureAndPlaysAnEpisodeStreamed)
{
    QImage cover(120, 120, QImage::Format_RGB32);
    cover.fill(Qt::darkGreen);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    cover.save(&buffer, "PNG");
    m_index.setRoute(QStringLiteral("/show.png"), Route::text(png, "image/png"));
    m_search.setPodcastIndexCredentials(QStringLiteral("key"), QStringLiteral("secret"));
    m_search.setEnabled({QStringLiteral("podcastindex")});
    QTemporaryDir art;
    DirectoryArtwork artwork(art.path());
    PersonSearchDialog dialog(m_search, m_app.http(), m_app.subscriber(),
                              QStringLiteral("Marie Dupont"));
    dialog.setArtwork(&artwork);
    dialog.setPlayer(&m_app.player());
    dialog.show();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return dialog.episodeList()->topLevelItemCount() == 1; }, 10000));
    const QString address = m_index.url(QStringLiteral("/show.png")).toString();
    // Drawing the row asks for its picture.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !artwork.image(address).isNull(); }, 10000));
    EXPECT_EQ(m_index.requestCount(QStringLiteral("/show.png")), 1);

    ASSERT_TRUE(dialog.playCurrent());
    Player& player = m_app.player();
    EXPECT_TRUE(player.isPlayingStream());
    EXPECT_EQ(player.currentEpisode(), 0);
    EXPECT_EQ(player.stream().title, QStringLiteral("A long conversation"));
    EXPECT_EQ(player.stream().showTitle, QStringLiteral("Elsewhere"));
    EXPECT_EQ(player.stream().url, m_index.url(QStringLiteral("/1.mp3")));
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("nothing is stored")));
    player.stop();
    EXPECT_EQ(m_app.library().shows().size(), 1); // the demo show: nothing stored
}

TEST_F(PersonSearchDialogTest, WithoutPodcastIndexItSaysWhatIsNeeded)
{
    m_search.setEnabled({QStringLiteral("apple"), QStringLiteral("fyyd")});
    PersonSearchDialog dialog(m_search, m_app.http(), m_app.subscriber(),
                              QStringLiteral("Marie Dupont"));
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("needs Podcast Index")))
        << dialog.statusText().toStdString();
    EXPECT_EQ(m_index.requests().size(), 0);
}

} // namespace
} // namespace ondes
