#include "application.h"
#include "ui/demowindowfixture.h"
#include "episodelistview.h"
#include "library/library.h"
#include "library/settings.h"
#include "mainwindow.h"
#include "playback/player.h"
#include "playback/playqueue.h"
#include "playerbar.h"
#include "shortcutmap.h"
#include "shortcutswindow.h"
#include "support/qtprinters.h"
#include "support/testdatadir.h"
#include "ui/demowindowfixture.h"

#include <QAction>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <memory>

namespace ondes {
namespace {

using ShortcutsTest = test::DemoWindowFixture;

QString keysOf(const QString& id, const ShortcutMap& map)
{
    return QKeySequence::listToString(map.keys(id), QKeySequence::PortableText);
}

TEST(ShortcutMapDefaults, EveryIdIsUniqueAndEveryKeyBelongsToOneAction)
{
    QStringList ids;
    for (const ShortcutMap::Definition& d : ShortcutMap::definitions()) {
        EXPECT_FALSE(ids.contains(d.id)) << d.id.toStdString();
        ids << d.id;
        EXPECT_FALSE(ShortcutMap::description(d.id).isEmpty()) << d.id.toStdString();
        EXPECT_TRUE(d.id.contains(QLatin1Char('.'))) << d.id.toStdString();
    }
    const ShortcutMap map(nullptr);
    const QHash<QString, QStringList> clashes = ShortcutMap::conflicts(map.assignment());
    EXPECT_TRUE(clashes.isEmpty()) << clashes.keys().join(QStringLiteral(", ")).toStdString();
}

TEST(ShortcutMapDefaults, AreTheOnesTheIssueAndTheReadmeList)
{
    const ShortcutMap map(nullptr);
    const QList<QPair<const char*, const char*>> expected = {
        {"playback.playPause", "Space"},
        {"playback.skipBack", "Left"},
        {"playback.skipForward", "Right"},
        {"playback.previousChapter", "Shift+Left"},
        {"playback.nextChapter", "Shift+Right"},
        {"playback.slower", "["},
        {"playback.faster", "]"},
        {"episode.selectPrevious", "Up"},
        {"episode.selectNext", "Down"},
        {"episode.play", "Return; Enter"},
        {"episode.download", "D"},
        {"episode.enqueue", "Q"},
        {"episode.togglePlayed", "M"},
        {"library.search", "Ctrl+F"},
        {"library.addShow", "Ctrl+L"},
        {"library.refresh", "F5; Ctrl+R"},
        {"window.settings", "Ctrl+,"},
        {"window.quit", "Ctrl+Q"},
        {"window.shortcuts", "F1; ?"},
    };
    for (const auto& [id, keys] : expected)
        EXPECT_EQ(keysOf(QLatin1String(id), map), QLatin1String(keys)) << id;
}

TEST_F(ShortcutsTest, EveryActionIsRegisteredAndCarriesItsKeys)
{
    ShortcutMap* map = m_window->shortcuts();
    for (const QString& id : map->ids()) {
        QAction* action = map->action(id);
        ASSERT_TRUE(action) << id.toStdString();
        EXPECT_EQ(action->shortcuts(), map->keys(id)) << id.toStdString();
        EXPECT_EQ(action->objectName(), id);
    }
    // The download action is there with its key, wired to the downloads.
    EXPECT_EQ(m_window->downloadAction(), map->action(QStringLiteral("episode.download")));
    EXPECT_EQ(m_window->downloadAction()->shortcut(), QKeySequence(Qt::Key_D));
    EXPECT_TRUE(m_window->downloadAction()->isEnabled());
}

TEST_F(ShortcutsTest, SingleKeysDoNotFireWhileTypingInTheSearchField)
{
    const QList<QAction*> actions = m_window->findChildren<QAction*>();
    QList<std::shared_ptr<QSignalSpy>> spies;
    for (QAction* action : actions)
        spies << std::make_shared<QSignalSpy>(action, &QAction::triggered);
    QLineEdit* field = m_window->searchField();
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("dqm[]? "));
    QTest::keyClick(field, Qt::Key_Space);
    EXPECT_EQ(field->text(), QStringLiteral("dqm[]?  "));
    // The arrows move the cursor (and select with Shift) instead of skipping.
    QTest::keyClick(field, Qt::Key_Left);
    QTest::keyClick(field, Qt::Key_Left);
    EXPECT_EQ(field->cursorPosition(), 6);
    QTest::keyClick(field, Qt::Key_Right);
    EXPECT_EQ(field->cursorPosition(), 7);
    QTest::keyClick(field, Qt::Key_Left, Qt::ShiftModifier);
    EXPECT_EQ(field->selectedText(), QStringLiteral(" "));
    QTest::keyClick(field, Qt::Key_Right, Qt::ShiftModifier);
    QTest::qWait(200);
    for (qsizetype i = 0; i < actions.size(); ++i)
        EXPECT_EQ(spies.at(i)->count(), 0) << actions.at(i)->objectName().toStdString();
    EXPECT_EQ(m_app.player().currentEpisode(), 0);
    EXPECT_TRUE(m_app.queue().isEmpty());
    EXPECT_FALSE(m_window->findChild<ShortcutsWindow*>());
}

TEST_F(ShortcutsTest, TheSameKeysActInTheEpisodeList)
{
    QTreeView* view = m_window->episodeView();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(1, 0));
    const qint64 id = episodeIdAt(1);
    ASSERT_FALSE(m_app.library().episode(id)->played);

    QTest::keyClick(view, Qt::Key_M);
    EXPECT_TRUE(m_app.library().episode(id)->played);
    QTest::keyClick(view, Qt::Key_M);
    EXPECT_FALSE(m_app.library().episode(id)->played);

    QTest::keyClick(view, Qt::Key_Q);
    EXPECT_EQ(m_app.queue().episodeIds(), QList<qint64>{id});

    QSignalSpy skipBack(m_window->playerBar()->skipBackwardAction(), &QAction::triggered);
    QSignalSpy skipForward(m_window->playerBar()->skipForwardAction(), &QAction::triggered);
    QTest::keyClick(view, Qt::Key_Left);
    QTest::keyClick(view, Qt::Key_Right);
    EXPECT_EQ(skipBack.count(), 1);
    EXPECT_EQ(skipForward.count(), 1);

    Player& player = m_app.player();
    ASSERT_TRUE(player.play(id));
    const double rate = player.playbackRate();
    QTest::keyClick(view, Qt::Key_BracketRight);
    EXPECT_DOUBLE_EQ(player.playbackRate(), rate + 0.1);
    QTest::keyClick(view, Qt::Key_BracketLeft);
    QTest::keyClick(view, Qt::Key_BracketLeft);
    EXPECT_DOUBLE_EQ(player.playbackRate(), rate - 0.1);

    // Up and down move in the list (and the details follow).
    QTest::keyClick(view, Qt::Key_Down);
    EXPECT_EQ(view->currentIndex().row(), 2);
    QTest::keyClick(view, Qt::Key_Up);
    QTest::keyClick(view, Qt::Key_Up);
    EXPECT_EQ(view->currentIndex().row(), 0);
    QTest::keyClick(view, Qt::Key_Up); // already first
    EXPECT_EQ(view->currentIndex().row(), 0);
}

TEST_F(ShortcutsTest, MarkPlayedAndQueueActOnEverySelectedEpisode)
{
    QTreeView* view = m_window->episodeView();
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    view->selectionModel()->select(view->model()->index(2, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QList<qint64> ids{episodeIdAt(0), episodeIdAt(2)};
    EXPECT_EQ(m_window->episodeList()->selectedEpisodeIds(), ids);

    QTest::keyClick(view, Qt::Key_M);
    for (const qint64 id : ids)
        EXPECT_TRUE(m_app.library().episode(id)->played) << id;
    EXPECT_FALSE(m_app.library().episode(episodeIdAt(1))->played);
    QTest::keyClick(view, Qt::Key_Q);
    EXPECT_EQ(m_app.queue().episodeIds(), ids);
    // Once more: both are played already, so both become unplayed; the queue keeps one of each.
    QTest::keyClick(view, Qt::Key_M);
    QTest::keyClick(view, Qt::Key_Q);
    for (const qint64 id : ids)
        EXPECT_FALSE(m_app.library().episode(id)->played) << id;
    EXPECT_EQ(m_app.queue().episodeIds(), ids);
}

TEST_F(ShortcutsTest, QuestionMarkAndF1OpenTheWindowListingEveryActionWithItsKeys)
{
    QTreeView* view = m_window->episodeView();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Question);
    auto* window = m_window->findChild<ShortcutsWindow*>();
    ASSERT_TRUE(window);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
    ShortcutMap* map = m_window->shortcuts();
    for (const QString& id : map->ids()) {
        const QString expected =
            map->keys(id).isEmpty() ? QStringLiteral("None") : ShortcutMap::toText(map->keys(id));
        EXPECT_EQ(window->keysShown(id), expected) << id.toStdString();
    }
    EXPECT_EQ(window->keysShown(QStringLiteral("playback.playPause")), QStringLiteral("Space"));
    EXPECT_EQ(window->keysShown(QStringLiteral("library.refresh")), QStringLiteral("F5, Ctrl+R"));
    // Four groups and the fixed keys of lists and fields.
    EXPECT_EQ(window->list()->topLevelItemCount(), 5);

    // It follows a change made meanwhile, and filters as you type.
    ASSERT_TRUE(map->setKeys(QStringLiteral("playback.mute"), {QKeySequence(Qt::Key_F9)}));
    EXPECT_EQ(window->keysShown(QStringLiteral("playback.mute")), QStringLiteral("F9"));
    QTest::keyClicks(window->filterEdit(), QStringLiteral("chapter"));
    int visible = 0;
    for (int g = 0; g < window->list()->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = window->list()->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            visible += group->isHidden() || group->child(i)->isHidden() ? 0 : 1;
    }
    EXPECT_EQ(visible, 2); // previous and next chapter

    window->close();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_window->findChild<ShortcutsWindow*>(); }));
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F1);
    ASSERT_TRUE(m_window->findChild<ShortcutsWindow*>());
    EXPECT_TRUE(m_window->findChild<ShortcutsWindow*>()->isVisible());
}

TEST_F(ShortcutsTest, AConflictingOrReservedKeyIsRefused)
{
    ShortcutMap* map = m_window->shortcuts();
    const QString search = QStringLiteral("library.search");
    EXPECT_EQ(map->conflictFor(QKeySequence(Qt::CTRL | Qt::Key_L), search),
              QStringLiteral("library.addShow"));
    EXPECT_FALSE(map->setKeys(search, {QKeySequence(Qt::CTRL | Qt::Key_L)}));
    EXPECT_FALSE(map->setKeys(search, {QKeySequence(Qt::Key_Tab)}));
    EXPECT_FALSE(map->setKeys(search, {QKeySequence(Qt::Key_Escape)}));
    EXPECT_EQ(map->keys(search), QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_F)});
    EXPECT_TRUE(m_app.settings().shortcutOverrides().isEmpty());

    // Two actions can swap their keys in one change.
    ASSERT_TRUE(map->setAll({{QStringLiteral("episode.enqueue"), {QKeySequence(Qt::Key_M)}},
                             {QStringLiteral("episode.togglePlayed"), {QKeySequence(Qt::Key_Q)}}}));
    EXPECT_EQ(map->action(QStringLiteral("episode.enqueue"))->shortcut(), QKeySequence(Qt::Key_M));
    EXPECT_TRUE(ShortcutMap::conflicts(map->assignment()).isEmpty());
}

TEST(ShortcutOverrides, AreSavedAppliedAtOnceAndAfterARestart)
{
    test::TestDataDir dir;
    const QKeySequence ctrlJ(Qt::CTRL | Qt::Key_J);
    const QString search = QStringLiteral("library.search");
    {
        Application app(dir.paths());
        ASSERT_TRUE(app.start());
        MainWindow window(app);
        window.show();
        window.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
        ASSERT_TRUE(window.shortcuts()->setKeys(search, {ctrlJ}));
        // Applied at once: the new key works, the old one no longer does.
        window.episodeView()->setFocus();
        QTest::keyClick(window.episodeView(), Qt::Key_F, Qt::ControlModifier);
        EXPECT_FALSE(window.searchField()->hasFocus());
        QTest::keyClick(window.episodeView(), Qt::Key_J, Qt::ControlModifier);
        EXPECT_TRUE(window.searchField()->hasFocus());
        // A comma survives the INI file, and so do several keys and "none".
        ASSERT_TRUE(window.shortcuts()->setKeys(
            QStringLiteral("playback.mute"),
            {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Comma), QKeySequence(Qt::Key_F9)}));
        ASSERT_TRUE(window.shortcuts()->setKeys(QStringLiteral("window.quit"), {}));
        app.shutdown();
    }
    {
        const QSettings file(dir.paths().settingsPath(), QSettings::IniFormat);
        EXPECT_EQ(file.value(QStringLiteral("shortcuts/library.search")).toString(),
                  QStringLiteral("Ctrl+J"));
    }
    Application app(dir.paths());
    ASSERT_TRUE(app.start());
    MainWindow window(app);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    EXPECT_EQ(window.shortcuts()->keys(search), QList<QKeySequence>{ctrlJ});
    EXPECT_EQ(window.shortcuts()->action(QStringLiteral("playback.mute"))->shortcuts(),
              (QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Comma),
                                   QKeySequence(Qt::Key_F9)}));
    EXPECT_TRUE(window.shortcuts()->action(QStringLiteral("window.quit"))->shortcuts().isEmpty());
    window.episodeView()->setFocus();
    QTest::keyClick(window.episodeView(), Qt::Key_J, Qt::ControlModifier);
    EXPECT_TRUE(window.searchField()->hasFocus());

    // Back to the default: the override leaves the file.
    window.shortcuts()->resetAll();
    EXPECT_TRUE(app.settings().shortcutOverrides().isEmpty());
    EXPECT_EQ(window.shortcuts()->action(search)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_F));
    app.player().stop();
}

} // namespace
} // namespace ondes
