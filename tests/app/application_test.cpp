#include "application.h"
#include "library/library.h"
#include "playback/player.h"
#include "subscriptions/demoshow.h"
#include "support/qtprinters.h"
#include "support/testdatadir.h"

#include <QTest>

#include <gtest/gtest.h>

namespace ondes {
namespace {

std::optional<ShowRow> demoShow(Library& library)
{
    const auto id = library.showIdForUrl(DemoShow::feedUrl());
    return id ? library.show(*id) : std::nullopt;
}

TEST(Application, FreshDataDirHoldsTheDemoShow)
{
    test::TestDataDir dir;
    Application app{dir.paths()};
    ASSERT_TRUE(app.start()) << app.errorString().toStdString();

    const auto show = demoShow(app.library());
    ASSERT_TRUE(show);
    EXPECT_EQ(show->title, QStringLiteral("Guichets fermés"));
    EXPECT_EQ(show->episodeCount, 5);

    const QList<EpisodeRow> episodes = app.library().episodes(show->id);
    ASSERT_EQ(episodes.size(), 5);
    EXPECT_EQ(episodes.first().title,
              QStringLiteral("Conseiller à distance : le métier a-t-il changé ?"));
    for (const EpisodeRow& episode : episodes) {
        EXPECT_GT(episode.published, 0) << episode.title.toStdString();
        EXPECT_GT(episode.durationSeconds, 10) << episode.title.toStdString();
        // Every clip is on disk, inside the data folder.
        const QUrl url(episode.playableUrl());
        ASSERT_TRUE(url.isLocalFile()) << episode.playableUrl().toStdString();
        EXPECT_TRUE(url.toLocalFile().startsWith(dir.path()));
        EXPECT_TRUE(QFileInfo::exists(url.toLocalFile()));
    }
    // Episode 1 names its speakers with podcast:person.
    const QList<SpeakerRow> speakers = app.library().speakers(episodes.at(3).id);
    ASSERT_EQ(speakers.size(), 3);
    EXPECT_EQ(speakers.at(0).name, QStringLiteral("Élise Marchand"));
    EXPECT_EQ(speakers.at(0).role, QStringLiteral("host"));
    EXPECT_EQ(speakers.at(1).name, QStringLiteral("Nadia Benali"));
    EXPECT_EQ(speakers.at(1).source, QStringLiteral("feed"));
}

TEST(Application, DemoShowIsInstalledOnlyOnce)
{
    test::TestDataDir dir;
    {
        Application app{dir.paths()};
        ASSERT_TRUE(app.start());
    }
    Application again{dir.paths()};
    ASSERT_TRUE(again.start());
    EXPECT_EQ(again.library().shows().size(), 1);
}

TEST(Application, PlaysTheDemoAndResumesAfterARestart)
{
    test::TestDataDir dir;
    qint64 episodeId = 0;
    qint64 stoppedAt = 0;
    {
        Application app{dir.paths()};
        ASSERT_TRUE(app.start());
        const auto show = demoShow(app.library());
        ASSERT_TRUE(show);
        episodeId = app.library().episodes(show->id).first().id;

        Player& player = app.player();
        ASSERT_TRUE(player.play(episodeId)) << player.errorString().toStdString();
        ASSERT_TRUE(QTest::qWaitFor([&] { return player.position() >= 1500; }, 10000))
            << "position stuck at " << player.position() << " "
            << player.errorString().toStdString();
        EXPECT_TRUE(player.isPlaying());
        player.pause();
        stoppedAt = player.position();
        EXPECT_GE(stoppedAt, 1000);
        app.shutdown();
    }

    Application app{dir.paths()};
    ASSERT_TRUE(app.start());
    EXPECT_NEAR(app.library().position(episodeId), stoppedAt, 1000);

    Player& player = app.player();
    ASSERT_TRUE(player.play(episodeId));
    // Once the media can seek, playback continues from the saved place, not from zero.
    ASSERT_TRUE(QTest::qWaitFor([&] { return player.isPlaying(); }, 10000));
    QTest::qWait(300);
    EXPECT_GE(player.position(), stoppedAt - 1000);
    EXPECT_LE(player.position(), stoppedAt + 2000);
    player.stop();
}

} // namespace
} // namespace ondes
