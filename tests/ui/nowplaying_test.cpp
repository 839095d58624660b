// What the window says about the episode playing (issue 21), with the real player on the demo
// show's clips: its row in the list is marked (and described to screen readers), the list and
// the player bar give the same length (the media's own, stored), the remaining time follows a
// seek made while paused, and an episode shown in the list is no longer New.

#include "episodedetailsview.h"
#include "episodelistview.h"
#include "library/episodelistmodel.h"
#include "library/library.h"
#include "library/showlistmodel.h"
#include "library/timeformat.h"
#include "mainwindow.h"
#include "playback/player.h"
#include "playerbar.h"
#include "support/qtprinters.h"
#include "ui/demowindowfixture.h"

#include <QLabel>
#include <QListView>
#include <QTest>

#include <gtest/gtest.h>

namespace ondes {
namespace {

class NowPlayingTest : public test::DemoWindowFixture
{
protected:
    EpisodeListView* list() const { return m_window->episodeList(); }
    QModelIndex rowOf(qint64 episodeId) const
    {
        return list()->episodeModel()->indexOfEpisode(episodeId);
    }
    EpisodeListModel::NowPlaying markOf(qint64 episodeId) const
    {
        return EpisodeListModel::NowPlaying(
            rowOf(episodeId).data(EpisodeListModel::NowPlayingRole).toInt());
    }
    // The labels of the player bar: "0:03 / 0:12" and "−0:09".
    QString elapsedAndTotal() const
    {
        for (QLabel* label : m_window->playerBar()->findChildren<QLabel*>()) {
            if (label->accessibleName() == QLatin1String("Elapsed and total time"))
                return label->text();
        }
        return {};
    }
    Player& player() { return m_app.player(); }
};

TEST_F(NowPlayingTest, ThePlayingEpisodeIsMarkedInTheListAndDescribed)
{
    const qint64 first = episodeIdAt(0);
    const qint64 second = episodeIdAt(1);
    EXPECT_EQ(markOf(first), EpisodeListModel::NowPlaying::No);
    EXPECT_TRUE(rowOf(first).data(Qt::AccessibleDescriptionRole).toString().isEmpty());

    ASSERT_TRUE(player().play(first));
    ASSERT_TRUE(QTest::qWaitFor([&] { return player().isPlaying(); }, 10000));
    EXPECT_EQ(markOf(first), EpisodeListModel::NowPlaying::Playing);
    EXPECT_EQ(rowOf(first)
                  .siblingAtColumn(EpisodeListModel::TitleColumn)
                  .data(Qt::AccessibleDescriptionRole)
                  .toString(),
              QStringLiteral("Now playing"));
    EXPECT_TRUE(rowOf(first)
                    .siblingAtColumn(EpisodeListModel::StateColumn)
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .startsWith(QLatin1String("Now playing, ")));
    EXPECT_EQ(markOf(second), EpisodeListModel::NowPlaying::No);

    player().pause();
    ASSERT_TRUE(QTest::qWaitFor([&] { return player().state() == Player::State::Paused; }, 5000));
    EXPECT_EQ(markOf(first), EpisodeListModel::NowPlaying::Paused);
    EXPECT_EQ(rowOf(first).data(Qt::AccessibleDescriptionRole).toString(),
              QStringLiteral("Now playing, paused"));

    // Another episode: the mark moves.
    ASSERT_TRUE(player().play(second));
    ASSERT_TRUE(QTest::qWaitFor([&] { return player().isPlaying(); }, 10000));
    EXPECT_EQ(markOf(second), EpisodeListModel::NowPlaying::Playing);
    EXPECT_EQ(markOf(first), EpisodeListModel::NowPlaying::No);
    // The row is painted with it (the delegate reads the role); grabbing paints every row.
    EXPECT_FALSE(list()->viewport()->grab().isNull());
}

TEST_F(NowPlayingTest, TheListAndThePlayerBarGiveTheMediasOwnLength)
{
    const qint64 episode = episodeIdAt(0);
    ASSERT_TRUE(player().play(episode));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return player().isPlaying() && player().isSeekable() && player().duration() > 0; },
        10000));
    const QString total = formatClock(player().duration() / 1000);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return rowOf(episode).siblingAtColumn(EpisodeListModel::DurationColumn).data() == total;
        },
        2000))
        << "list: "
        << rowOf(episode)
               .siblingAtColumn(EpisodeListModel::DurationColumn)
               .data()
               .toString()
               .toStdString()
        << ", player: " << total.toStdString();
    EXPECT_TRUE(elapsedAndTotal().endsWith(QStringLiteral(" / ") + total))
        << elapsedAndTotal().toStdString();
    EXPECT_EQ(m_app.library().episode(episode)->durationSeconds, player().duration() / 1000);
    // The details pane of the shown episode says the same.
    ASSERT_EQ(m_window->detailsView()->episodeId(), episode);
    bool found = false;
    for (QLabel* label : m_window->detailsView()->findChildren<QLabel*>())
        found = found || label->text().endsWith(QStringLiteral(" · ") + total);
    EXPECT_TRUE(found) << "no line of the details ends with " << total.toStdString();
}

TEST_F(NowPlayingTest, TheRemainingTimeFollowsSeeksMadeWhilePaused)
{
    ASSERT_TRUE(player().play(episodeIdAt(0)));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return player().isPlaying() && player().isSeekable() && player().position() > 2500; },
        10000));
    player().pause();
    ASSERT_TRUE(QTest::qWaitFor([&] { return player().state() == Player::State::Paused; }, 5000));
    const qint64 duration = player().duration();
    auto expected = [&](qint64 positionMs) {
        const QString time = formatClock(positionMs / 1000, QStringLiteral("0:00")) +
                             QStringLiteral(" / ") + formatClock(duration / 1000);
        const QString remaining = QStringLiteral("−") + formatClock((duration - positionMs) / 1000,
                                                                    QStringLiteral("0:00"));
        return std::pair<QString, QString>{time, remaining};
    };
    // Back to the start (Left skips 10 s), then forward, as the keys do; the labels must agree
    // with the place once the media has settled, not only at the moment of the seek.
    for (const qint64 target : {qint64(0), qint64(5000), qint64(1000)}) {
        player().seek(target);
        QTest::qWait(700);
        ASSERT_EQ(player().position() / 1000, target / 1000);
        const auto [time, remaining] = expected(player().position());
        EXPECT_EQ(elapsedAndTotal(), time) << "after a seek to " << target;
        EXPECT_EQ(m_window->playerBar()->remainingText(), remaining)
            << "after a seek to " << target;
    }
    // At another speed the time left is the time it takes at that speed, and says so.
    player().setPlaybackRate(1.2);
    player().seek(0);
    QTest::qWait(700);
    ASSERT_EQ(player().position() / 1000, 0);
    const auto atSpeed = static_cast<qint64>(double(duration - player().position()) / 1.2);
    EXPECT_EQ(m_window->playerBar()->remainingText(),
              QStringLiteral("−") + formatClock(atSpeed / 1000, QStringLiteral("0:00")) +
                  QStringLiteral(" at 1.2×"));
    EXPECT_EQ(elapsedAndTotal(), expected(player().position()).first);
}

TEST_F(NowPlayingTest, AnEpisodeShownInTheListIsNoLongerNew)
{
    m_window->showView()->setCurrentIndex(
        m_window->showView()->model()->index(int(EpisodeView::All), 0));
    const int newBefore = m_app.library().viewCounts().fresh;
    // Shown: the first episode, made current when the list was chosen.
    const qint64 shown = list()->currentEpisodeId();
    ASSERT_GT(shown, 0);
    EXPECT_FALSE(rowOf(shown).data(EpisodeListModel::StatesRole).toInt() & EpisodeListRow::New);
    const qint64 next = episodeIdAt(2);
    EXPECT_TRUE(rowOf(next).data(EpisodeListModel::StatesRole).toInt() & EpisodeListRow::New);
    list()->setCurrentIndex(rowOf(next));
    EXPECT_FALSE(rowOf(next).data(EpisodeListModel::StatesRole).toInt() & EpisodeListRow::New);
    EXPECT_EQ(m_app.library().viewCounts().fresh, newBefore - 1);
    // The New view's count follows.
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return m_window->showView()
                       ->model()
                       ->index(int(EpisodeView::New), 0)
                       .data(ShowListModel::CountRole)
                       .toInt() == newBefore - 1;
        },
        2000));
}

} // namespace
} // namespace ondes
