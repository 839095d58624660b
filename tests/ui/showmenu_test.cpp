// The Shows list's context menu: auto-download choices and marking a show played.

#include "application.h"
#include "downloads/downloadmanager.h"
#include "downloads/downloadstore.h"
#include "library/library.h"
#include "showmenu.h"
#include "support/testdatadir.h"

#include <QAction>

#include <gtest/gtest.h>

namespace ondes {
namespace {

TEST(ShowMenu, AutoDownloadChoicesAndMarkAllPlayed)
{
    test::TestDataDir dir;
    Application app{dir.paths()};
    ASSERT_TRUE(app.start());
    ParsedFeed feed;
    feed.title = QStringLiteral("Menu show");
    for (int n = 1; n <= 4; ++n) {
        ParsedEpisode e;
        e.guid = QString::number(n);
        e.title = QStringLiteral("E%1").arg(n);
        e.published = 1700000000 + n;
        e.enclosures << Enclosure{QStringLiteral("http://127.0.0.1:9/%1.mp3").arg(n),
                                  QStringLiteral("audio/mpeg"), -1};
        feed.episodes << e;
    }
    const auto stored =
        app.library().storeFeed(QStringLiteral("https://menu.test/feed"), ShowKind::Feed, feed);
    ASSERT_TRUE(stored.has_value());
    const qint64 showId = stored->showId;

    {
        ShowMenu menu(app, showId);
        const QList<QAction*> choices = menu.autoDownloadActions();
        ASSERT_EQ(choices.size(), 6);
        EXPECT_TRUE(choices.at(0)->isChecked()); // off by default
        EXPECT_EQ(choices.at(3)->text(), QStringLiteral("Keep the Latest 3 Downloaded"));
        choices.at(3)->trigger();
    }
    int keep = 0;
    EXPECT_EQ(app.downloads().store().autoDownload(showId, &keep), AutoDownload::Latest);
    EXPECT_EQ(keep, 3);
    EXPECT_EQ(app.downloads().downloads().size(), 3); // queued at once (not started here)
    {
        ShowMenu menu(app, showId);
        EXPECT_TRUE(menu.autoDownloadActions().at(3)->isChecked());
        menu.autoDownloadActions().at(1)->trigger(); // every new episode
        EXPECT_TRUE(menu.markPlayedAction()->isEnabled());
        menu.markPlayedAction()->trigger();
    }
    EXPECT_EQ(app.downloads().store().autoDownload(showId), AutoDownload::New);
    for (const EpisodeRow& episode : app.library().episodes(showId))
        EXPECT_TRUE(episode.played) << episode.title.toStdString();
    ShowMenu menu(app, showId);
    EXPECT_FALSE(menu.markPlayedAction()->isEnabled());
}

} // namespace
} // namespace ondes
