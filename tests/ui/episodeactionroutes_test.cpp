// One action, three ways in: the Episode menu of the window, its key, and the list's context
// menu (opened with the Menu key, the entry chosen by its mnemonic) do the same thing to a
// selection of several rows — and marking them is one transaction.

#include "application.h"
#include "episodeactions.h"
#include "episodelistview.h"
#include "library/database.h"
#include "library/episodelistmodel.h"
#include "library/library.h"
#include "mainwindow.h"
#include "playback/playqueue.h"
#include "support/qtprinters.h"
#include "support/sqlitecommits.h"
#include "ui/demowindowfixture.h"

#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

#include <gtest/gtest.h>

#include <functional>

namespace ondes {
namespace {

class EpisodeActionRoutesTest : public test::DemoWindowFixture
{
protected:
    EpisodeListView* list() const { return m_window->episodeList(); }

    // Rows 0, 2 and 3 selected (row 2 current), the list focused.
    QList<qint64> selectThree()
    {
        list()->setFocus();
        const QAbstractItemModel* model = list()->model();
        list()->selectionModel()->setCurrentIndex(
            model->index(2, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        for (const int row : {0, 3})
            list()->selectionModel()->select(model->index(row, 0), QItemSelectionModel::Select |
                                                                       QItemSelectionModel::Rows);
        return {episodeIdAt(0), episodeIdAt(2), episodeIdAt(3)};
    }

    QMenu* episodeMenu() const
    {
        for (QAction* action : m_window->menuBar()->actions()) {
            if (action->menu() && action->text() == QStringLiteral("Ep&isode"))
                return action->menu();
        }
        return nullptr;
    }

    // Triggers the entry of the Episode menu that reads text.
    bool chooseFromMenu(const QString& text) const
    {
        QMenu* menu = episodeMenu();
        if (!menu)
            return false;
        for (QAction* action : menu->actions()) {
            if (action->text() == text && action->isEnabled()) {
                action->trigger();
                return true;
            }
        }
        return false;
    }

    // Opens the list's context menu from the keyboard and types the entry's mnemonic.
    bool chooseFromContextMenu(Qt::Key mnemonic) const
    {
        QContextMenuEvent key(QContextMenuEvent::Keyboard, QPoint(), QPoint());
        QApplication::sendEvent(list(), &key);
        QMenu* menu = nullptr;
        if (!QTest::qWaitFor([&] {
                menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
                return menu != nullptr;
            }))
            return false;
        QTest::keyClick(menu, mnemonic);
        return QTest::qWaitFor([] { return QApplication::activePopupWidget() == nullptr; });
    }

    QList<qint64> playedOf(const QList<qint64>& ids)
    {
        QList<qint64> played;
        for (const qint64 id : ids) {
            if (m_app.library().episode(id)->played)
                played << id;
        }
        return played;
    }
};

TEST_F(EpisodeActionRoutesTest, AddToQueueFromTheMenuTheKeyAndTheContextMenu)
{
    const QList<std::pair<const char*, std::function<bool()>>> routes = {
        {"menu", [this] { return chooseFromMenu(QStringLiteral("Add to &Queue")); }},
        {"key",
         [this] {
             QTest::keyClick(list(), Qt::Key_Q);
             return true;
         }},
        {"context menu", [this] { return chooseFromContextMenu(Qt::Key_Q); }},
    };
    for (const auto& [route, choose] : routes) {
        const QList<qint64> ids = selectThree();
        ASSERT_TRUE(m_app.queue().isEmpty()) << route;
        ASSERT_TRUE(choose()) << route;
        EXPECT_EQ(m_app.queue().episodeIds(), ids) << route;
        m_app.queue().clear();
    }
}

TEST_F(EpisodeActionRoutesTest, RemoveFromQueueFromTheMenuAndTheContextMenu)
{
    const QList<std::pair<const char*, std::function<bool()>>> routes = {
        {"menu", [this] { return chooseFromMenu(QStringLiteral("&Remove from Queue")); }},
        {"context menu", [this] { return chooseFromContextMenu(Qt::Key_R); }},
    };
    for (const auto& [route, choose] : routes) {
        const QList<qint64> ids = selectThree();
        m_app.queue().add(QList<qint64>{episodeIdAt(1), ids.at(0), ids.at(1), ids.at(2)});
        ASSERT_TRUE(choose()) << route;
        EXPECT_EQ(m_app.queue().episodeIds(), QList<qint64>{episodeIdAt(1)}) << route;
        m_app.queue().clear();
    }
    // Nothing of the selection queued: there is nothing to remove.
    selectThree();
    EXPECT_FALSE(m_window->episodeActions()->dequeueAction()->isEnabled());
}

TEST_F(EpisodeActionRoutesTest, MarkPlayedFromTheMenuTheKeyAndTheContextMenu)
{
    const QList<std::pair<const char*, std::function<bool()>>> routes = {
        {"menu", [this] { return chooseFromMenu(QStringLiteral("Mark as Pla&yed")); }},
        {"menu toggle", [this] { return chooseFromMenu(QStringLiteral("&Mark Played/Unplayed")); }},
        {"key",
         [this] {
             QTest::keyClick(list(), Qt::Key_M);
             return true;
         }},
        {"context menu", [this] { return chooseFromContextMenu(Qt::Key_Y); }},
    };
    for (const auto& [route, choose] : routes) {
        const QList<qint64> ids = selectThree();
        ASSERT_TRUE(playedOf(ids).isEmpty()) << route;
        ASSERT_TRUE(choose()) << route;
        EXPECT_EQ(playedOf(ids), ids) << route;
        EXPECT_FALSE(m_app.library().episode(episodeIdAt(1))->played) << route;
        ASSERT_TRUE(m_app.library().setPlayed(ids, false));
    }
    // And back: the menu's Mark as Unplayed, the key once all are played, the context menu.
    const QList<std::pair<const char*, std::function<bool()>>> back = {
        {"menu", [this] { return chooseFromMenu(QStringLiteral("Mark as &Unplayed")); }},
        {"key",
         [this] {
             QTest::keyClick(list(), Qt::Key_M);
             return true;
         }},
        {"context menu", [this] { return chooseFromContextMenu(Qt::Key_U); }},
    };
    for (const auto& [route, choose] : back) {
        const QList<qint64> ids = selectThree();
        ASSERT_TRUE(m_app.library().setPlayed(ids, true));
        ASSERT_TRUE(choose()) << route;
        EXPECT_TRUE(playedOf(ids).isEmpty()) << route;
    }
}

TEST_F(EpisodeActionRoutesTest, MarkingSeveralPlayedIsOneTransaction)
{
    const QList<qint64> ids = selectThree();
    QSignalSpy changed(&m_app.library(), &Library::episodeChanged);
    const test::SqliteCommits commits(m_app.database().connection());
    QTest::keyClick(list(), Qt::Key_M);
    EXPECT_EQ(playedOf(ids), ids);
    EXPECT_EQ(commits.count(), 1);
    EXPECT_EQ(changed.count(), 3); // each row is told, from the one write
    // The list shows it at once.
    for (const int row : {0, 2, 3})
        EXPECT_TRUE(list()->model()->index(row, 0).data(EpisodeListModel::PlayedRole).toBool());
    // As the user reads it: in the interface's language, the plural chosen for 3.
    EXPECT_EQ(m_window->statusBar()->currentMessage(),
              QCoreApplication::translate("ondes::EpisodeActions", "%n episode(s) marked played.",
                                          nullptr, 3));
}

} // namespace
} // namespace ondes
