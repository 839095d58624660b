#include "application.h"
#include "episodedetailsview.h"
#include "library/episodelistmodel.h"
#include "library/library.h"
#include "library/peoplelistmodel.h"
#include "mainwindow.h"
#include "playback/player.h"
#include "support/qtprinters.h"
#include "support/testdatadir.h"
#include "ui/demowindowfixture.h"

#include <QListView>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

namespace ondes {
namespace {

using MainWindowTest = test::DemoWindowFixture;

TEST_F(MainWindowTest, OpensOnTheDemoShowWithItsEpisodes)
{
    EXPECT_EQ(m_window->episodeView()->model()->rowCount(), 5);
    EXPECT_EQ(m_window->detailsView()->titleText(),
              QStringLiteral("Conseiller à distance : le métier a-t-il changé ?"));
}

TEST_F(MainWindowTest, SelectingAnEpisodeShowsItsTitleAndSpeakers)
{
    QTreeView* view = m_window->episodeView();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(3, 0));
    EXPECT_EQ(m_window->detailsView()->titleText(),
              QStringLiteral("Quand le guichet devient un écran"));
    const QString speakers = m_window->detailsView()->speakersText();
    EXPECT_TRUE(speakers.contains(QStringLiteral("Élise Marchand — host")))
        << speakers.toStdString();
    EXPECT_TRUE(speakers.contains(QStringLiteral("Nadia Benali"))) << speakers.toStdString();
    EXPECT_TRUE(speakers.contains(QStringLiteral("Thomas Lefèvre"))) << speakers.toStdString();

    // Down arrow moves to the next episode and the details follow.
    QTest::keyClick(view, Qt::Key_Down);
    EXPECT_EQ(m_window->detailsView()->titleText(),
              QStringLiteral("Bande-annonce : Guichets fermés"));
}

TEST_F(MainWindowTest, SpaceStartsAndPausesPlayback)
{
    Player& player = m_app.player();
    QTreeView* view = m_window->episodeView();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(1, 0));

    QTest::keyClick(view, Qt::Key_Space);
    ASSERT_TRUE(QTest::qWaitFor([&] { return player.isPlaying(); }, 10000))
        << player.errorString().toStdString();
    EXPECT_EQ(player.currentEpisode(), episodeIdAt(1));
    ASSERT_TRUE(QTest::qWaitFor([&] { return player.position() > 300; }, 10000));

    QTest::keyClick(view, Qt::Key_Space);
    ASSERT_TRUE(QTest::qWaitFor([&] { return player.state() == Player::State::Paused; }, 5000));
    const qint64 pausedAt = player.position();
    QTest::qWait(400);
    EXPECT_NEAR(player.position(), pausedAt, 50);

    QTest::keyClick(view, Qt::Key_Space);
    ASSERT_TRUE(QTest::qWaitFor([&] { return player.isPlaying(); }, 5000));
}

TEST_F(MainWindowTest, EnterPlaysTheCurrentEpisode)
{
    Player& player = m_app.player();
    QTreeView* view = m_window->episodeView();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(2, 0));
    QTest::keyClick(view, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return player.isPlaying(); }, 10000));
    EXPECT_EQ(player.currentEpisode(), episodeIdAt(2));
}

} // namespace
} // namespace ondes

namespace ondes {
namespace {

TEST_F(MainWindowTest, ClickingASpeakerListsTheirEpisodesAcrossTheLibrary)
{
    const auto person = m_app.library().findPerson(QStringLiteral("Élise Marchand"));
    ASSERT_TRUE(person);
    // The details pane links each speaker to the People view.
    Q_EMIT m_window->detailsView()->personActivated(person->id);
    EXPECT_EQ(
        m_window->peopleView()->currentIndex().data(PeopleListModel::PersonIdRole).toLongLong(),
        person->id);
    EXPECT_EQ(m_window->episodeView()->model()->rowCount(), 4);
    EXPECT_FALSE(m_window->episodeView()->isColumnHidden(EpisodeListModel::ShowColumn));
}

} // namespace
} // namespace ondes

namespace ondes {
namespace {

TEST_F(MainWindowTest, TimestampsInTheDescriptionSeek)
{
    QTreeView* view = m_window->episodeView();
    view->setCurrentIndex(view->model()->index(3, 0));
    const QString html = m_window->detailsView()->descriptionHtml();
    EXPECT_TRUE(html.contains(QStringLiteral("seek:8"))) << html.toStdString();

    Player& player = m_app.player();
    Q_EMIT m_window->detailsView()->seekRequested(episodeIdAt(3), 8000);
    EXPECT_EQ(player.currentEpisode(), episodeIdAt(3));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return player.isPlaying() && player.position() >= 8000; }, 10000))
        << player.position();
    EXPECT_LT(player.position(), 11000);
}

} // namespace
} // namespace ondes
