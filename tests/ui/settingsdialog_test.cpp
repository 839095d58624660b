#include "application.h"
#include "descriptionbrowser.h"
#include "downloads/downloadmanager.h"
#include "downloadsettingspage.h"
#include "episodedetailsview.h"
#include "keyrecorder.h"
#include "languagesettingspage.h"
#include "library/settings.h"
#include "librarysettingspage.h"
#include "mainwindow.h"
#include "playback/player.h"
#include "playback/positionkeeper.h"
#include "playbacksettingspage.h"
#include "playerbar.h"
#include "privacysettingspage.h"
#include "settingsdialog.h"
#include "shortcutmap.h"
#include "shortcutsettingspage.h"
#include "subscriptions/refreshschedule.h"
#include "support/qtprinters.h"
#include "ui/demowindowfixture.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace ondes {
namespace {

class SettingsDialogTest : public test::DemoWindowFixture
{
protected:
    SettingsDialog* open()
    {
        m_window->episodeView()->setFocus();
        QTest::keyClick(m_window->episodeView(), Qt::Key_Comma, Qt::ControlModifier);
        auto* dialog = m_window->findChild<SettingsDialog*>();
        if (dialog) {
            EXPECT_TRUE(QTest::qWaitForWindowExposed(dialog));
        }
        return dialog;
    }
    void click(SettingsDialog* dialog, QDialogButtonBox::StandardButton which)
    {
        QTest::mouseClick(dialog->buttons()->button(which), Qt::LeftButton);
    }
    // The settings as the file has them, read afresh.
    Settings saved() const { return Settings(m_dir.paths().settingsPath()); }
};

TEST_F(SettingsDialogTest, CtrlCommaOpensOnePagePerArea)
{
    SettingsDialog* dialog = open();
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isModal() || dialog->windowModality() != Qt::NonModal);
    QStringList titles;
    for (const SettingsPage* page : dialog->pages())
        titles << page->title();
    EXPECT_EQ(titles, (QStringList{QStringLiteral("Playback"), QStringLiteral("Downloads"),
                                   QStringLiteral("Library"), QStringLiteral("Privacy"),
                                   QStringLiteral("Discovery"), QStringLiteral("Sync"),
                                   QStringLiteral("Language"), QStringLiteral("Shortcuts")}));
    EXPECT_NE(dialog->buttons()->button(QDialogButtonBox::Ok), nullptr);
    EXPECT_NE(dialog->buttons()->button(QDialogButtonBox::Apply), nullptr);
    EXPECT_NE(dialog->buttons()->button(QDialogButtonBox::Cancel), nullptr);
}

TEST_F(SettingsDialogTest, EveryPageShowsTheSavedValues)
{
    Settings& s = m_app.settings();
    s.setDefaultPlaybackRate(1.3);
    s.setSkipBackwardMs(15000);
    s.setSkipForwardMs(45000);
    s.setSmartRewindAfterMs(10 * 60000);
    s.setSmartRewindMs(5000);
    s.setPlayedThresholdMs(60000);
    s.setAutoAdvance(false);
    s.setDownloadFolder(QStringLiteral("/srv/podcasts"));
    s.setParallelDownloads(5);
    s.setWriteTags(false);
    s.setCleanupAfterDays(14);
    s.setRefreshOnStart(false);
    s.setRefreshIntervalHours(12);
    s.setRemoteImages(true);
    s.setLanguage(QStringLiteral("fr"));

    SettingsDialog* dialog = open();
    ASSERT_TRUE(dialog);
    const PlaybackSettingsPage* playback = dialog->playbackPage();
    EXPECT_DOUBLE_EQ(playback->defaultSpeedBox()->value(), 1.3);
    EXPECT_EQ(playback->skipBackwardBox()->value(), 15);
    EXPECT_EQ(playback->skipForwardBox()->value(), 45);
    EXPECT_EQ(playback->smartRewindAfterBox()->value(), 10);
    EXPECT_EQ(playback->smartRewindBox()->value(), 5);
    EXPECT_EQ(playback->playedThresholdBox()->value(), 60);
    EXPECT_FALSE(playback->autoAdvanceBox()->isChecked());
    const DownloadSettingsPage* downloads = dialog->downloadPage();
    EXPECT_EQ(downloads->folderEdit()->text(), QStringLiteral("/srv/podcasts"));
    EXPECT_EQ(downloads->parallelBox()->value(), 5);
    EXPECT_FALSE(downloads->writeTagsBox()->isChecked());
    EXPECT_EQ(downloads->cleanupBox()->value(), 14);
    EXPECT_FALSE(dialog->libraryPage()->refreshOnStartBox()->isChecked());
    EXPECT_EQ(dialog->libraryPage()->intervalBox()->value(), 12);
    EXPECT_TRUE(dialog->privacyPage()->remoteImagesBox()->isChecked());
    EXPECT_EQ(dialog->languagePage()->languageBox()->currentData().toString(),
              QStringLiteral("fr"));
    EXPECT_EQ(dialog->languagePage()->languageBox()->currentText(), QStringLiteral("Français"));
}

TEST_F(SettingsDialogTest, OkSavesEveryPageToTheSettingsFile)
{
    SettingsDialog* dialog = open();
    ASSERT_TRUE(dialog);
    const PlaybackSettingsPage* playback = dialog->playbackPage();
    playback->defaultSpeedBox()->setValue(1.5);
    playback->skipBackwardBox()->setValue(5);
    playback->skipForwardBox()->setValue(60);
    playback->smartRewindAfterBox()->setValue(2);
    playback->smartRewindBox()->setValue(0);
    playback->playedThresholdBox()->setValue(45);
    playback->autoAdvanceBox()->setChecked(false);
    const DownloadSettingsPage* downloads = dialog->downloadPage();
    const QString folder = m_dir.path() + QStringLiteral("/Épisodes");
    downloads->folderEdit()->setText(folder);
    downloads->parallelBox()->setValue(3);
    downloads->writeTagsBox()->setChecked(false);
    downloads->cleanupBox()->setValue(30);
    dialog->libraryPage()->refreshOnStartBox()->setChecked(false);
    dialog->libraryPage()->intervalBox()->setValue(0);
    dialog->privacyPage()->remoteImagesBox()->setChecked(true);
    QComboBox* language = dialog->languagePage()->languageBox();
    language->setCurrentIndex(language->findData(QStringLiteral("en")));

    m_app.startRefreshSchedule();
    ASSERT_GT(m_app.refreshSchedule()->intervalHours(), 0);
    const QString previousFolder = m_app.downloads().folder();
    ASSERT_NE(previousFolder, folder);
    ASSERT_FALSE(m_window->detailsView()->descriptionBrowser()->remoteImagesAllowed());
    QSignalSpy settingsChanged(&m_app, &Application::settingsChanged);
    QPointer<SettingsDialog> guard(dialog);
    click(dialog, QDialogButtonBox::Ok);
    EXPECT_TRUE(QTest::qWaitFor([&] { return guard.isNull(); })) << "OK closes the dialog";

    const Settings s = saved();
    EXPECT_DOUBLE_EQ(s.defaultPlaybackRate(), 1.5);
    EXPECT_EQ(s.skipBackwardMs(), 5000);
    EXPECT_EQ(s.skipForwardMs(), 60000);
    EXPECT_EQ(s.smartRewindAfterMs(), 2 * 60000);
    EXPECT_EQ(s.smartRewindMs(), 0);
    EXPECT_EQ(s.playedThresholdMs(), 45000);
    EXPECT_FALSE(s.autoAdvance());
    EXPECT_EQ(s.downloadFolder(), folder);
    EXPECT_EQ(s.parallelDownloads(), 3);
    EXPECT_FALSE(s.writeTags());
    EXPECT_EQ(s.cleanupAfterDays(), 30);
    EXPECT_FALSE(s.refreshOnStart());
    EXPECT_EQ(s.refreshIntervalHours(), 0);
    EXPECT_TRUE(s.remoteImages());
    EXPECT_EQ(s.language(), QStringLiteral("en"));

    // One signal, and every service and view took the new values at once: the downloads
    // moved to the new folder, the schedule stopped, descriptions may show remote images.
    EXPECT_EQ(settingsChanged.count(), 1);
    EXPECT_EQ(m_app.downloads().folder(), folder);
    EXPECT_EQ(m_app.refreshSchedule()->intervalHours(), 0);
    EXPECT_TRUE(m_window->detailsView()->descriptionBrowser()->remoteImagesAllowed());
    EXPECT_EQ(m_app.positionKeeper().playedThresholdMs(), 45000);
    EXPECT_EQ(m_app.player().skipBackwardMs(), 5000);
    EXPECT_EQ(m_app.player().skipForwardMs(), 60000);
    EXPECT_DOUBLE_EQ(m_app.player().defaultPlaybackRate(), 1.5);
}

TEST_F(SettingsDialogTest, OkWithoutChangesKeepsValuesFinerThanTheBoxes)
{
    m_app.settings().setSkipBackwardMs(1500); // shown as 2 s
    m_app.settings().sync();
    SettingsDialog* dialog = open();
    ASSERT_TRUE(dialog);
    const QString folder = m_app.downloads().folder();
    ASSERT_TRUE(dialog->apply());
    EXPECT_EQ(m_app.settings().skipBackwardMs(), 1500);
    EXPECT_EQ(m_app.downloads().folder(), folder);
    EXPECT_TRUE(m_app.settings().shortcutOverrides().isEmpty());
}

TEST_F(SettingsDialogTest, CancelChangesNothing)
{
    SettingsDialog* dialog = open();
    ASSERT_TRUE(dialog);
    dialog->playbackPage()->skipBackwardBox()->setValue(3);
    dialog->downloadPage()->parallelBox()->setValue(7);
    dialog->privacyPage()->remoteImagesBox()->setChecked(true);
    ShortcutSettingsPage* shortcuts = dialog->shortcutPage();
    EXPECT_EQ(shortcuts->setPendingKeys(QStringLiteral("library.search"),
                                        {QKeySequence(Qt::CTRL | Qt::Key_J)}),
              QString());
    QPointer<SettingsDialog> guard(dialog);
    click(dialog, QDialogButtonBox::Cancel);
    EXPECT_TRUE(QTest::qWaitFor([&] { return guard.isNull(); }));

    const Settings s = saved();
    EXPECT_EQ(s.skipBackwardMs(), 10000);
    EXPECT_EQ(s.parallelDownloads(), 2);
    EXPECT_FALSE(s.remoteImages());
    EXPECT_TRUE(s.shortcutOverrides().isEmpty());
    EXPECT_EQ(m_app.player().skipBackwardMs(), 10000);
    EXPECT_EQ(m_window->shortcuts()->action(QStringLiteral("library.search"))->shortcut(),
              QKeySequence(Qt::CTRL | Qt::Key_F));
}

TEST_F(SettingsDialogTest, AnInvalidFolderIsRefusedAndNothingIsSaved)
{
    SettingsDialog* dialog = open();
    ASSERT_TRUE(dialog);
    dialog->playbackPage()->skipForwardBox()->setValue(20);
    dialog->downloadPage()->folderEdit()->setText(QStringLiteral("relative/folder"));
    EXPECT_FALSE(dialog->apply());
    EXPECT_EQ(dialog->currentPage(), dialog->downloadPage());
    EXPECT_TRUE(dialog->errorLabel()->isVisible());
    EXPECT_TRUE(dialog->errorLabel()->text().contains(QStringLiteral("full path")))
        << dialog->errorLabel()->text().toStdString();
    EXPECT_EQ(saved().skipForwardMs(), 30000);

    dialog->downloadPage()->folderEdit()->clear();
    EXPECT_FALSE(dialog->apply());
    QFile file(m_dir.path() + QStringLiteral("/a-file"));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    dialog->downloadPage()->folderEdit()->setText(file.fileName());
    EXPECT_FALSE(dialog->apply());

    dialog->downloadPage()->folderEdit()->setText(m_dir.path() + QStringLiteral("/new"));
    EXPECT_TRUE(dialog->apply());
    EXPECT_FALSE(dialog->errorLabel()->isVisible());
    EXPECT_EQ(saved().skipForwardMs(), 20000);
}

TEST_F(SettingsDialogTest, ANewSkipLengthChangesWhatTheSkipKeysDo)
{
    Player& player = m_app.player();
    ASSERT_TRUE(player.play(episodeIdAt(0)));
    ASSERT_TRUE(QTest::qWaitFor([&] { return player.isPlaying() && player.isSeekable(); }, 10000))
        << player.errorString().toStdString();
    player.pause();

    SettingsDialog* dialog = open();
    ASSERT_TRUE(dialog);
    dialog->playbackPage()->skipBackwardBox()->setValue(2);
    dialog->playbackPage()->skipForwardBox()->setValue(3);
    QPointer<SettingsDialog> guard(dialog);
    click(dialog, QDialogButtonBox::Ok);
    ASSERT_TRUE(QTest::qWaitFor([&] { return guard.isNull(); }));
    EXPECT_EQ(player.skipBackwardMs(), 2000);
    EXPECT_TRUE(m_window->playerBar()->skipBackwardAction()->text().contains(QStringLiteral("2 s")))
        << m_window->playerBar()->skipBackwardAction()->text().toStdString();

    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    QTreeView* view = m_window->episodeView();
    view->setFocus();
    player.seek(6000);
    ASSERT_TRUE(QTest::qWaitFor([&] { return qAbs(player.position() - 6000) < 300; }));
    QTest::keyClick(view, Qt::Key_Left);
    EXPECT_TRUE(QTest::qWaitFor([&] { return qAbs(player.position() - 4000) < 300; }))
        << player.position();
    QTest::keyClick(view, Qt::Key_Right);
    EXPECT_TRUE(QTest::qWaitFor([&] { return qAbs(player.position() - 7000) < 300; }))
        << player.position();
}

TEST_F(SettingsDialogTest, TheShortcutPageRefusesAConflictAndAppliesANewKeyAtOnce)
{
    SettingsDialog* dialog = open();
    ASSERT_TRUE(dialog);
    dialog->setCurrentPage(dialog->shortcutPage());
    ShortcutSettingsPage* page = dialog->shortcutPage();
    const QString search = QStringLiteral("library.search");
    page->selectAction(search);
    EXPECT_EQ(page->primaryEdit()->key(), QKeySequence(Qt::CTRL | Qt::Key_F));
    EXPECT_EQ(page->primaryEdit()->accessibleName(),
              QStringLiteral("Shortcut for Search the library"));
    // Space starts recording in a key field, the next key is offered.
    const auto record = [](KeyRecorder* field, Qt::Key key, Qt::KeyboardModifiers modifiers) {
        field->setFocus();
        QTest::keyClick(field, Qt::Key_Space);
        QTest::keyClick(field, key, modifiers);
    };

    // Ctrl+L belongs to "Add a show": refused on the spot, with that action named.
    record(page->primaryEdit(), Qt::Key_L, Qt::ControlModifier);
    EXPECT_TRUE(page->messageLabel()->isVisibleTo(page));
    EXPECT_TRUE(page->messageLabel()->text().contains(QStringLiteral("Add a show")))
        << page->messageLabel()->text().toStdString();
    EXPECT_EQ(page->pendingKeys(search), QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_F)});
    EXPECT_EQ(page->primaryEdit()->key(), QKeySequence(Qt::CTRL | Qt::Key_F));

    // A free key is taken, with an alternative.
    record(page->primaryEdit(), Qt::Key_J, Qt::ControlModifier);
    record(page->alternativeEdit(), Qt::Key_F3, Qt::NoModifier);
    EXPECT_FALSE(page->messageLabel()->isVisibleTo(page));
    EXPECT_EQ(page->pendingKeys(search),
              (QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_J), QKeySequence(Qt::Key_F3)}));
    EXPECT_TRUE(page->resetButton()->isEnabled());
    // Nothing is applied before Apply.
    EXPECT_EQ(m_window->shortcuts()->action(search)->shortcut(),
              QKeySequence(Qt::CTRL | Qt::Key_F));

    // Reset to default, then choose again, then apply.
    QTest::mouseClick(page->resetButton(), Qt::LeftButton);
    EXPECT_EQ(page->pendingKeys(search), ShortcutMap::defaultKeys(search));
    record(page->primaryEdit(), Qt::Key_J, Qt::ControlModifier);
    ASSERT_TRUE(dialog->apply());
    EXPECT_EQ(m_window->shortcuts()->action(search)->shortcuts(),
              QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_J)});
    EXPECT_EQ(saved().shortcutOverrides().value(search), QStringLiteral("Ctrl+J"));

    // Tab leaves the key field instead of becoming a shortcut.
    page->primaryEdit()->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->primaryEdit()->hasFocus(); }));
    QTest::keyClick(page->primaryEdit(), Qt::Key_Tab);
    EXPECT_FALSE(page->primaryEdit()->hasFocus());
    EXPECT_EQ(page->pendingKeys(search), QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_J)});
    EXPECT_FALSE(page->messageLabel()->isVisibleTo(page));

    // Reset All gives every default back once applied.
    QTest::mouseClick(page->resetAllButton(), Qt::LeftButton);
    ASSERT_TRUE(dialog->apply());
    EXPECT_TRUE(saved().shortcutOverrides().isEmpty());
    EXPECT_EQ(m_window->shortcuts()->action(search)->shortcut(),
              QKeySequence(Qt::CTRL | Qt::Key_F));
}

// A control the listener works with, not a part inside one (a spin box's line edit…).
bool isOwnControl(const QWidget* w)
{
    const QWidget* parent = w->parentWidget();
    if (qobject_cast<const QAbstractSpinBox*>(parent) || qobject_cast<const QComboBox*>(parent) ||
        qobject_cast<const QLineEdit*>(parent))
        return false;
    return qobject_cast<const QAbstractSpinBox*>(w) || qobject_cast<const QComboBox*>(w) ||
           qobject_cast<const QLineEdit*>(w) || qobject_cast<const QAbstractButton*>(w) ||
           qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QLabel*>(w);
}

TEST_F(SettingsDialogTest, EveryControlHasANameAndEveryFieldALabel)
{
    SettingsDialog* dialog = open();
    ASSERT_TRUE(dialog);
    QList<QWidget*> buddies;
    for (const QLabel* label : dialog->findChildren<QLabel*>()) {
        if (label->buddy())
            buddies << label->buddy();
    }
    int fields = 0;
    int controls = 0;
    for (QWidget* control : dialog->findChildren<QWidget*>()) {
        if (!isOwnControl(control) || qobject_cast<QLabel*>(control) || !control->focusPolicy())
            continue;
        ++controls;
        const auto* button = qobject_cast<QAbstractButton*>(control);
        // A key field is a button that records: a field, with its label.
        if (button && !qobject_cast<const KeyRecorder*>(button)) {
            EXPECT_FALSE(button->accessibleName().isEmpty() && button->text().isEmpty());
            continue;
        }
        EXPECT_FALSE(control->accessibleName().isEmpty()) << control->metaObject()->className();
        if (qobject_cast<QAbstractItemView*>(control))
            continue;
        ++fields;
        EXPECT_TRUE(buddies.contains(control))
            << control->accessibleName().toStdString() << " has no label";
    }
    EXPECT_GE(fields, 14);
    EXPECT_GE(controls, 25);
}

TEST_F(SettingsDialogTest, FitsTheScreenAtTwiceTheFontSize)
{
    const QFont normal = QApplication::font();
    QFont big = normal;
    big.setPointSizeF(normal.pointSizeF() * 2);
    QApplication::setFont(big);
    SettingsDialog* dialog = open();
    ASSERT_TRUE(dialog);
    const QSize size = dialog->sizeHint();
    EXPECT_LE(size.width(), 1920) << size.width();
    EXPECT_LE(size.height(), 1080) << size.height();
    dialog->resize(size);
    for (SettingsPage* page : dialog->pages()) {
        dialog->setCurrentPage(page);
        QTest::qWait(10);
        QList<const QWidget*> shown;
        for (const QWidget* child : page->findChildren<QWidget*>()) {
            if (isOwnControl(child) && child->isVisibleTo(page))
                shown << child;
        }
        for (const QWidget* child : std::as_const(shown)) {
            // Nothing is fixed in size, and everything gets the room its text needs...
            EXPECT_FALSE(child->minimumSize() == child->maximumSize())
                << child->metaObject()->className();
            const auto* label = qobject_cast<const QLabel*>(child);
            if (label && !label->wordWrap()) {
                EXPECT_GE(label->width(), label->minimumSizeHint().width())
                    << label->text().toStdString();
            }
            // ...without covering another control.
            const QRect area(child->mapTo(dialog, QPoint(0, 0)), child->size());
            for (const QWidget* other : std::as_const(shown)) {
                if (other == child || other->isAncestorOf(child) || child->isAncestorOf(other))
                    continue;
                const QRect otherArea(other->mapTo(dialog, QPoint(0, 0)), other->size());
                EXPECT_FALSE(area.intersects(otherArea))
                    << page->title().toStdString() << ": " << child->metaObject()->className()
                    << " over " << other->metaObject()->className();
            }
        }
    }
    // The page names are not cut.
    const auto* list = dialog->findChild<QListWidget*>();
    ASSERT_TRUE(list);
    EXPECT_GE(list->viewport()->width(), list->sizeHintForColumn(0));
    QApplication::setFont(normal);
}

} // namespace
} // namespace ondes
