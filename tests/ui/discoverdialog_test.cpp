// Discover (File ▸ Discover Shows…, Ctrl+Shift+L): the directories' top shows for the country
// and language chosen, by category, drawn with their pictures; nothing is asked before it
// opens; a directory down is a line of its own; Enter subscribes, Space previews, and the
// preview plays an episode streamed without storing it.

#include "application.h"
#include "discoverdialog.h"
#include "discovery/directoryartwork.h"
#include "discovery/directoryresultmodel.h"
#include "discovery/directorysearch.h"
#include "library/library.h"
#include "library/settings.h"
#include "libraryactions.h"
#include "mainwindow.h"
#include "playback/player.h"
#include "showpreviewdialog.h"
#include "support/directoryanswers.h"
#include "support/testdatadir.h"
#include "support/testhttpserver.h"

#include <QBuffer>
#include <QComboBox>
#include <QFileInfo>
#include <QListView>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace ondes {
namespace {

using test::Route;

const QByteArray kJson = "application/json";
const QString kChart = QStringLiteral("/fr/rss/toppodcasts/limit=50/json");
const QString kNewsChart = QStringLiteral("/fr/rss/toppodcasts/limit=50/genre=1489/json");

QByteArray artworkPng()
{
    QImage image(200, 200, QImage::Format_RGB32);
    image.fill(Qt::darkMagenta);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

class DiscoverDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        qputenv("ONDES_DIRECTORY_APPLE", m_apple.url(QString()).toString().toUtf8());
        qputenv("ONDES_DIRECTORY_GPODDER", m_gpodder.url(QString()).toString().toUtf8());
        qputenv("ONDES_DIRECTORY_FYYD", m_fyyd.url(QString()).toString().toUtf8());
        const QString base = m_apple.url(QString()).toString();
        auto entries = test::directoryEntries(3, QStringLiteral("Chart"), base);
        for (test::DirectoryEntry& entry : entries) {
            entry.artworkUrl = m_apple.url(QStringLiteral("/art/%1.png").arg(entry.id)).toString();
            m_apple.setRoute(QStringLiteral("/art/%1.png").arg(entry.id),
                             Route::text(artworkPng(), "image/png"));
        }
        m_apple.setRoute(kChart, Route::text(test::appleChartAnswer(entries), kJson));
        m_apple.setRoute(kNewsChart, Route::text(test::appleChartAnswer(entries.mid(2, 1)), kJson));
        m_apple.setRoute(QStringLiteral("/lookup"),
                         Route::text(test::appleSearchAnswer(entries), kJson));
        // gpodder.net lists the first chart show too, and one of its own.
        auto toplist = entries.mid(0, 1);
        toplist.append(test::directoryEntries(1, QStringLiteral("World"),
                                              m_gpodder.url(QString()).toString()));
        toplist.last().artworkUrl = entries.first().artworkUrl;
        m_gpodder.setRoute(QStringLiteral("/toplist/50.json"),
                           Route::text(test::gpodderAnswer(toplist), kJson));
        m_fyyd.setRoute(QStringLiteral("/0.2/feature/podcast/hot"), Route::error(500));
        m_apple.setRoute(QStringLiteral("/feed/1.xml"), Route::text(feed(), "application/rss+xml"));

        ASSERT_TRUE(m_app.start());
        m_app.settings().setDiscoveryCountry(QStringLiteral("fr"));
        m_window = std::make_unique<MainWindow>(m_app);
        m_window->show();
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }

    void TearDown() override
    {
        m_app.player().stop();
        for (const char* name :
             {"ONDES_DIRECTORY_APPLE", "ONDES_DIRECTORY_GPODDER", "ONDES_DIRECTORY_FYYD"})
            qunsetenv(name);
    }

    QByteArray feed() const
    {
        return QStringLiteral(R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Chart 1</title>
<item><title>Les comètes</title><guid>c-1</guid>
<pubDate>Wed, 01 May 2024 08:00:00 GMT</pubDate>
<enclosure url="%1" type="audio/ogg" length="1000"/></item>
</channel></rss>)")
            .arg(m_apple.url(QStringLiteral("/audio/1.ogg")).toString())
            .toUtf8();
    }

    int requests() const
    {
        return int(m_apple.requests().size() + m_gpodder.requests().size() +
                   m_fyyd.requests().size());
    }

    // Opens Discover with its keys and waits for rows results.
    DiscoverDialog* open(int rows)
    {
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        auto* dialog = m_window->findChild<DiscoverDialog*>();
        if (!dialog)
            return nullptr;
        EXPECT_TRUE(QTest::qWaitFor(
            [&] {
                return dialog->resultList()->model()->rowCount() == rows &&
                       dialog->statusText().contains(QStringLiteral("Enter to subscribe"));
            },
            10000))
            << dialog->statusText().toStdString();
        return dialog;
    }

    test::TestHttpServer m_apple{QHostAddress(QStringLiteral("127.0.0.61"))};
    test::TestHttpServer m_gpodder{QHostAddress(QStringLiteral("127.0.0.62"))};
    test::TestHttpServer m_fyyd{QHostAddress(QStringLiteral("127.0.0.63"))};
    test::TestDataDir m_dir;
    Application m_app{m_dir.paths()};
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(DiscoverDialogTest, NothingIsAskedBeforeItOpensThenTheChartsWithTheirPictures)
{
    QTest::qWait(200);
    EXPECT_EQ(requests(), 0);
    DiscoverDialog* dialog = open(4);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->countryBox()->currentData().toString(), QStringLiteral("fr"));
    EXPECT_EQ(dialog->languageBox()->currentData().toString(), DirectorySearch::systemLanguage());
    EXPECT_EQ(dialog->categoryBox()->currentData().toString(), QString());
    EXPECT_EQ(m_apple.requestCount(kChart), 1);
    EXPECT_EQ(m_gpodder.requestCount(QStringLiteral("/toplist/50.json")), 1);
    // fyyd is down: a line of its own, the others' shows are there.
    EXPECT_TRUE(dialog->statusText().contains(QStringLiteral("fyyd answered with an error")))
        << dialog->statusText().toStdString();
    // Whichever directory answered first, the first show of both lists comes first, once.
    QAbstractItemModel* model = dialog->resultList()->model();
    EXPECT_EQ(model->index(0, 0).data().toString(), QStringLiteral("Chart 1"));
    const QString names =
        model->index(0, 0).data(DirectoryResultModel::ProviderNamesRole).toString();
    EXPECT_TRUE(names.contains(QStringLiteral("Apple Podcasts")) &&
                names.contains(QStringLiteral("gpodder.net")))
        << names.toStdString();
    QStringList titles;
    for (int row = 0; row < model->rowCount(); ++row)
        titles << model->index(row, 0).data().toString();
    titles.sort();
    EXPECT_EQ(titles, (QStringList{QStringLiteral("Chart 1"), QStringLiteral("Chart 2"),
                                   QStringLiteral("Chart 3"), QStringLiteral("World 1")}));

    // The pictures of the rows drawn come, each fetched once; the list shows them.
    DirectoryArtwork& artwork = m_window->libraryActions()->directoryArtwork();
    const QString first = model->index(0, 0).data(DirectoryResultModel::ArtworkUrlRole).toString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !artwork.image(first).isNull(); }, 10000));
    EXPECT_LE(qMax(artwork.image(first).width(), artwork.image(first).height()),
              artwork.limits().side);
    EXPECT_EQ(m_apple.requestCount(QStringLiteral("/art/1001.png")), 1);
    EXPECT_TRUE(QFileInfo::exists(artwork.fileFor(first)));
}

TEST_F(DiscoverDialogTest, ACategoryAsksTheChartsThatHaveOneAndSaysWhichHaveNone)
{
    DiscoverDialog* dialog = open(4);
    ASSERT_NE(dialog, nullptr);
    const int news = dialog->categoryBox()->findData(QStringLiteral("news"));
    ASSERT_GE(news, 0);
    dialog->categoryBox()->setCurrentIndex(news);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return dialog->resultList()->model()->rowCount() == 1 &&
                   dialog->statusText().contains(QStringLiteral("Enter to subscribe"));
        },
        10000))
        << dialog->statusText().toStdString();
    EXPECT_EQ(dialog->resultList()->model()->index(0, 0).data().toString(),
              QStringLiteral("Chart 3"));
    EXPECT_EQ(m_apple.requestCount(kNewsChart), 1);
    EXPECT_EQ(m_gpodder.requestCount(QStringLiteral("/toplist/50.json")), 1); // not again
    EXPECT_TRUE(dialog->statusText().contains(
        QStringLiteral("gpodder.net has no list for this category: its top shows are under All "
                       "categories.")))
        << dialog->statusText().toStdString();
}

TEST_F(DiscoverDialogTest, AppleDownIsALineOfItsOwn)
{
    m_apple.setRoute(kChart, Route::error(503));
    DiscoverDialog* dialog = open(2);
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->statusText().contains(QStringLiteral("Apple Podcasts answered with an "
                                                             "error")))
        << dialog->statusText().toStdString();
    EXPECT_EQ(dialog->resultList()->model()->index(1, 0).data().toString(),
              QStringLiteral("World 1"));
}

TEST_F(DiscoverDialogTest, SpacePreviewsAndPlaysStreamedEnterSubscribes)
{
    DiscoverDialog* dialog = open(4);
    ASSERT_NE(dialog, nullptr);
    QListView* list = dialog->resultList();
    ASSERT_EQ(list->currentIndex().row(), 0); // the first show is chosen as it comes
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Space);
    ShowPreviewDialog* preview = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            preview = dialog->findChild<ShowPreviewDialog*>();
            return preview && preview->episodeList()->topLevelItemCount() == 1;
        },
        10000));
    // Enter on the episode plays it through the app's player, stored nowhere.
    preview->episodeList()->setFocus();
    QTest::keyClick(preview->episodeList(), Qt::Key_Return);
    Player& player = m_app.player();
    EXPECT_TRUE(player.isPlayingStream());
    EXPECT_EQ(player.stream().title, QStringLiteral("Les comètes"));
    EXPECT_EQ(player.stream().showTitle, QStringLiteral("Chart 1"));
    EXPECT_TRUE(preview->isVisible()); // Enter did not press Subscribe
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return m_apple.requestCount(QStringLiteral("/audio/1.ogg")) >= 1; }, 10000));
    player.stop();
    preview->reject();
    EXPECT_EQ(m_app.library().shows().size(), 1); // the demo show only

    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Up);
    QTest::keyClick(list, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_app.library().shows().size() == 2; }, 10000))
        << dialog->statusText().toStdString();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return dialog->statusText().contains(QStringLiteral("Subscribed to “Chart 1”")); },
        5000))
        << dialog->statusText().toStdString();
    EXPECT_TRUE(dialog->isVisible()); // to subscribe to more
}

} // namespace
} // namespace ondes
