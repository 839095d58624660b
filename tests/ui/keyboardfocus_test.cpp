// Issue 21, "the first key works": where focus starts, the player bar's and the settings'
// Tab order, the panels' keys, the search field's ↓ and Enter, F10. Real key events on the real
// window (offscreen).

#include "application.h"
#include "downloadactions.h"
#include "downloadsview.h"
#include "mainwindow.h"
#include "playback/player.h"
#include "playback/playqueue.h"
#include "playerbar.h"
#include "queueview.h"
#include "settingsdialog.h"
#include "settingspage.h"
#include "shortcutmap.h"
#include "ui/demowindowfixture.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSlider>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

#include <algorithm>

namespace ondes {
namespace {

class KeyboardFocusTest : public test::DemoWindowFixture
{
protected:
    // A key as the listener presses it: to whatever has focus.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* target = QApplication::focusWidget();
        ASSERT_TRUE(target);
        QTest::keyClick(target, key, modifiers);
    }
    static QWidget* focused() { return QApplication::focusWidget(); }
    QDockWidget* queueDock() const
    {
        return m_window->findChild<QDockWidget*>(QStringLiteral("queueDock"));
    }
};

TEST_F(KeyboardFocusTest, FocusStartsInTheEpisodeListOnItsCurrentRow)
{
    QTreeView* list = m_window->episodeView();
    ASSERT_GE(list->model()->rowCount(), 2);
    EXPECT_EQ(focused(), list);
    ASSERT_TRUE(list->currentIndex().isValid());
    const int row = list->currentIndex().row();

    // ↓ and Enter at once, no Tab first.
    press(Qt::Key_Down);
    EXPECT_EQ(list->currentIndex().row(), row + 1);
    press(Qt::Key_Return);
    EXPECT_EQ(m_app.player().currentEpisode(), episodeIdAt(row + 1));
}

// The focus stops from first on with Tab, until Tab leaves within or comes back to first.
QList<QWidget*> tabStops(QWidget* within, QWidget* first)
{
    QList<QWidget*> stops;
    first->setFocus(Qt::TabFocusReason);
    EXPECT_TRUE(QTest::qWaitFor([&] { return first->hasFocus(); }));
    for (int i = 0; i < 30 && within->isAncestorOf(QApplication::focusWidget()); ++i) {
        if (i > 0 && QApplication::focusWidget() == first)
            break; // round
        stops << QApplication::focusWidget();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    return stops;
}

TEST_F(KeyboardFocusTest, ThePlayerBarsTabOrderFollowsTheScreenLeftToRight)
{
    PlayerBar* bar = m_window->playerBar();
    const QList<QWidget*> stops = tabStops(bar, bar->playPauseButton());
    ASSERT_EQ(stops.size(), 8);
    const auto button = [bar](QAction* action) {
        for (QToolButton* b : bar->findChildren<QToolButton*>()) {
            if (b->defaultAction() == action)
                return static_cast<QWidget*>(b);
        }
        return static_cast<QWidget*>(nullptr);
    };
    QSlider* seek = nullptr;
    for (QSlider* slider : bar->findChildren<QSlider*>()) {
        if (slider != bar->volumeSlider())
            seek = slider;
    }
    const QList<QWidget*> expected = {bar->playPauseButton(),
                                      button(bar->skipBackwardAction()),
                                      button(bar->skipForwardAction()),
                                      seek,
                                      bar->speedBox(),
                                      button(bar->muteAction()),
                                      bar->volumeSlider(),
                                      bar->sleepButton()};
    int previousX = -1;
    for (int i = 0; i < stops.size(); ++i) {
        QWidget* stop = stops.at(i);
        // The speed box's focus goes to its line edit.
        const bool same = stop == expected.at(i) || expected.at(i)->isAncestorOf(stop);
        EXPECT_TRUE(same) << "stop " << i << ": " << stop->metaObject()->className() << " "
                          << stop->accessibleName().toStdString();
        const int x = stop->mapTo(bar, QPoint(0, 0)).x();
        EXPECT_GT(x, previousX) << "stop " << i;
        previousX = x;
    }
}

TEST_F(KeyboardFocusTest, TheSettingsGoPageListThenTheFieldsThenTheButtons)
{
    SettingsDialog* dialog = m_window->openSettings();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    auto* pages = dialog->findChild<QListWidget*>();
    ASSERT_TRUE(pages);
    for (SettingsPage* page : dialog->pages()) {
        dialog->setCurrentPage(page);
        const QList<QWidget*> stops = tabStops(dialog, pages);
        ASSERT_GE(stops.size(), 3) << page->title().toStdString();
        EXPECT_EQ(stops.first(), pages);
        // Then the page's fields, then the buttons to the end.
        int i = 1;
        while (i < stops.size() && page->isAncestorOf(stops.at(i)))
            ++i;
        EXPECT_GT(i, 1) << page->title().toStdString() << ": Tab from the list left the page";
        ASSERT_LT(i, stops.size());
        for (; i < stops.size(); ++i) {
            EXPECT_TRUE(dialog->buttons()->isAncestorOf(stops.at(i)))
                << page->title().toStdString() << ": " << stops.at(i)->metaObject()->className()
                << " after the page's fields";
        }
    }
    dialog->reject();
}

TEST_F(KeyboardFocusTest, CtrlUShowsTheQueueAndMovesFocusInASecondPressHidesIt)
{
    PlayQueue& queue = m_app.queue();
    queue.clear();
    ASSERT_TRUE(queue.add(episodeIdAt(0)));
    ASSERT_TRUE(queue.add(episodeIdAt(1)));
    QListView* queueList = m_window->queueView()->listView();

    // Shown already but not focused: the key moves focus in, on its first row.
    press(Qt::Key_U, Qt::ControlModifier);
    EXPECT_TRUE(queueDock()->isVisible());
    EXPECT_EQ(focused(), queueList);
    EXPECT_EQ(queueList->currentIndex().row(), 0);
    // Reordered and emptied from the keyboard.
    press(Qt::Key_Down, Qt::ControlModifier);
    EXPECT_EQ(queue.episodeIds(), (QList<qint64>{episodeIdAt(1), episodeIdAt(0)}));
    press(Qt::Key_Delete);
    EXPECT_EQ(queue.episodeIds(), QList<qint64>{episodeIdAt(1)});

    // Pressed again with focus inside: hidden, focus back in the episode list.
    press(Qt::Key_U, Qt::ControlModifier);
    EXPECT_FALSE(queueDock()->isVisible());
    EXPECT_EQ(focused(), m_window->episodeView());
    QAction* action = m_window->shortcuts()->action(QStringLiteral("window.showQueue"));
    EXPECT_FALSE(action->isChecked());

    // Hidden: shown and focused.
    press(Qt::Key_U, Qt::ControlModifier);
    EXPECT_TRUE(queueDock()->isVisible());
    EXPECT_TRUE(action->isChecked());
    EXPECT_EQ(focused(), queueList);
    // Tab reaches Clear, Space empties the queue.
    for (int i = 0; i < 4 && focused()->accessibleName() != QStringLiteral("Clear the queue"); ++i)
        press(Qt::Key_Tab);
    ASSERT_EQ(focused()->accessibleName(), QStringLiteral("Clear the queue"));
    press(Qt::Key_Space);
    EXPECT_TRUE(queue.isEmpty());
}

TEST_F(KeyboardFocusTest, CtrlShiftDShowsTheDownloadsAndMovesFocusInASecondPressHidesIt)
{
    QDockWidget* dock = m_window->downloadActions()->dock();
    QListView* downloads = m_window->downloadActions()->view()->listView();
    ASSERT_FALSE(dock->isVisible());
    ASSERT_EQ(downloads->model()->rowCount(), 0); // empty, and still somewhere to go
    press(Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(dock->isVisible());
    EXPECT_EQ(focused(), downloads);
    press(Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_FALSE(dock->isVisible());
    EXPECT_EQ(focused(), m_window->episodeView());
}

TEST_F(KeyboardFocusTest, InTheSearchFieldDownGoesToTheResultsAndEnterPlaysTheCurrentOne)
{
    // A word of the second title, typed.
    const QString title = listedTitles().value(1);
    QString word;
    for (const QString& w : title.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (w.size() >= 4 && std::all_of(w.cbegin(), w.cend(), [](QChar c) {
                return c.unicode() < 128 && c.isLetter();
            })) {
            word = w;
            break;
        }
    }
    ASSERT_FALSE(word.isEmpty()) << title.toStdString();
    press(Qt::Key_F, Qt::ControlModifier);
    ASSERT_EQ(focused(), m_window->searchField());
    QTest::keyClicks(m_window->searchField(), word);
    QTreeView* list = m_window->episodeView();
    ASSERT_TRUE(QTest::qWaitFor([&] { return listedTitles().contains(title); }));
    const qint64 first = episodeIdAt(0);
    ASSERT_TRUE(first);

    // Enter plays the current result, focus staying in the field.
    press(Qt::Key_Return);
    EXPECT_EQ(m_app.player().currentEpisode(), first);
    EXPECT_EQ(focused(), m_window->searchField());
    m_app.player().stop();

    // ↓ moves into the results, on the current one.
    press(Qt::Key_Down);
    EXPECT_EQ(focused(), list);
    EXPECT_EQ(list->currentIndex().row(), 0);
    EXPECT_EQ(m_window->searchField()->text(), word);
}

TEST_F(KeyboardFocusTest, F10OpensTheMenuBar)
{
    EXPECT_EQ(m_window->shortcuts()->keys(QStringLiteral("window.menuBar")),
              QList<QKeySequence>{QKeySequence(Qt::Key_F10)});
    press(Qt::Key_F10);
    ASSERT_TRUE(QTest::qWaitFor([] { return QApplication::activePopupWidget() != nullptr; }));
    auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
    ASSERT_TRUE(menu);
    EXPECT_EQ(menu, m_window->menuBar()->actions().constFirst()->menu());
    EXPECT_EQ(m_window->menuBar()->activeAction(), m_window->menuBar()->actions().constFirst());
    QTest::keyClick(menu, Qt::Key_Escape);
    QTest::keyClick(QApplication::activePopupWidget() ? QApplication::activePopupWidget()
                                                      : static_cast<QWidget*>(m_window.get()),
                    Qt::Key_Escape);
    EXPECT_TRUE(QTest::qWaitFor([] { return QApplication::activePopupWidget() == nullptr; }));
}

} // namespace
} // namespace ondes
