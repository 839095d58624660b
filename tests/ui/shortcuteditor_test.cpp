// Issue 21, "the shortcut editor never loses a shortcut": Settings ▸ Shortcuts with real keys.
// A refused key leaves the old one; Tab, Shift+Tab, Return and Escape keep their dialog meaning
// until Space (or a click) starts recording; the refusal stays until the next key.

#include "application.h"
#include "keyrecorder.h"
#include "library/settings.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "shortcutmap.h"
#include "shortcutsettingspage.h"
#include "ui/demowindowfixture.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTest>

#include <gtest/gtest.h>

namespace ondes {
namespace {

const QString kToggle = QStringLiteral("episode.togglePlayed"); // M
const QKeySequence kM(Qt::Key_M);

class ShortcutEditorTest : public test::DemoWindowFixture
{
protected:
    void SetUp() override
    {
        DemoWindowFixture::SetUp();
        m_dialog = m_window->openSettings();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_dialog));
        m_dialog->setCurrentPage(m_dialog->shortcutPage());
        page()->selectAction(kToggle);
        ASSERT_EQ(page()->pendingKeys(kToggle), QList<QKeySequence>{kM});
        focus(field());
    }
    ShortcutSettingsPage* page() const { return m_dialog->shortcutPage(); }
    KeyRecorder* field() const { return page()->primaryEdit(); }
    static void focus(QWidget* widget)
    {
        widget->setFocus(Qt::TabFocusReason);
        ASSERT_TRUE(QTest::qWaitFor([widget] { return widget->hasFocus(); }));
    }
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget(), key, modifiers);
    }
    bool messageShown() const { return page()->messageLabel()->isVisibleTo(page()); }
    // What the settings file says of the action ("" when not there).
    QString savedOverride() const
    {
        const QSettings file(m_dir.paths().settingsPath(), QSettings::IniFormat);
        return file.contains(QStringLiteral("shortcuts/") + kToggle)
                   ? QStringLiteral("[") +
                         file.value(QStringLiteral("shortcuts/") + kToggle).toString() +
                         QStringLiteral("]")
                   : QString();
    }

    QPointer<SettingsDialog> m_dialog;
};

TEST_F(ShortcutEditorTest, AKeyAnotherActionHasIsRefusedAndTheOldOneKept)
{
    press(Qt::Key_Space); // record
    ASSERT_TRUE(field()->isRecording());
    press(Qt::Key_Q); // "Add to the queue"'s
    EXPECT_FALSE(field()->isRecording());
    EXPECT_TRUE(messageShown());
    EXPECT_TRUE(page()->messageLabel()->text().contains(QStringLiteral("Q")))
        << page()->messageLabel()->text().toStdString();
    EXPECT_EQ(page()->pendingKeys(kToggle), QList<QKeySequence>{kM});
    EXPECT_EQ(field()->key(), kM);
    EXPECT_EQ(field()->text(), QStringLiteral("M"));

    // OK saves nothing for it: M stays, in the window and in the file.
    QTest::mouseClick(m_dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    EXPECT_TRUE(QTest::qWaitFor([this] { return !m_dialog || !m_dialog->isVisible(); }));
    EXPECT_EQ(m_window->shortcuts()->keys(kToggle), QList<QKeySequence>{kM});
    EXPECT_EQ(m_window->shortcuts()->action(kToggle)->shortcut(), kM);
    EXPECT_EQ(savedOverride(), QString());
}

TEST_F(ShortcutEditorTest, ShiftTabLeavesTheFieldWithoutTouchingTheKey)
{
    press(Qt::Key_Backtab, Qt::ShiftModifier);
    EXPECT_FALSE(field()->hasFocus());
    EXPECT_TRUE(m_dialog->isVisible());
    EXPECT_EQ(page()->pendingKeys(kToggle), QList<QKeySequence>{kM});
    EXPECT_FALSE(messageShown());
    // And Tab too.
    focus(field());
    press(Qt::Key_Tab);
    EXPECT_FALSE(field()->hasFocus());
    EXPECT_EQ(page()->pendingKeys(kToggle), QList<QKeySequence>{kM});
}

TEST_F(ShortcutEditorTest, ReturnInTheFieldIsTheDialogsOkAndKeepsTheKey)
{
    press(Qt::Key_Return);
    EXPECT_TRUE(QTest::qWaitFor([this] { return !m_dialog || !m_dialog->isVisible(); }));
    EXPECT_EQ(m_window->shortcuts()->keys(kToggle), QList<QKeySequence>{kM});
    EXPECT_EQ(savedOverride(), QString());
}

TEST_F(ShortcutEditorTest, EscapeInTheFieldClosesTheDialogAndWhileRecordingCancels)
{
    press(Qt::Key_Space);
    ASSERT_TRUE(field()->isRecording());
    press(Qt::Key_Escape); // cancels the recording only
    EXPECT_FALSE(field()->isRecording());
    EXPECT_TRUE(m_dialog->isVisible());
    EXPECT_EQ(field()->key(), kM);
    EXPECT_EQ(page()->pendingKeys(kToggle), QList<QKeySequence>{kM});
    press(Qt::Key_Escape); // the dialog's Cancel
    EXPECT_TRUE(QTest::qWaitFor([this] { return !m_dialog || !m_dialog->isVisible(); }));
    EXPECT_EQ(m_window->shortcuts()->keys(kToggle), QList<QKeySequence>{kM});
}

TEST_F(ShortcutEditorTest, AfterTheRecordStepTabAndReturnAreTakenAndRefusedOrChecked)
{
    // Tab is kept for moving between controls: refused, the key kept, focus stays.
    press(Qt::Key_Space);
    press(Qt::Key_Tab);
    EXPECT_TRUE(field()->hasFocus());
    EXPECT_TRUE(messageShown());
    EXPECT_EQ(page()->pendingKeys(kToggle), QList<QKeySequence>{kM});
    // Return is Play's: refused too, and the dialog stays open.
    press(Qt::Key_Space);
    press(Qt::Key_Return);
    EXPECT_TRUE(m_dialog->isVisible());
    EXPECT_TRUE(page()->messageLabel()->text().contains(
        ShortcutMap::description(QStringLiteral("episode.play"))))
        << page()->messageLabel()->text().toStdString();
    EXPECT_EQ(page()->pendingKeys(kToggle), QList<QKeySequence>{kM});
    // A free key with its modifiers is taken, and applied with OK.
    press(Qt::Key_Space);
    press(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_FALSE(messageShown());
    const QKeySequence wanted(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
    EXPECT_EQ(page()->pendingKeys(kToggle), QList<QKeySequence>{wanted});
    EXPECT_EQ(field()->key(), wanted);
    press(Qt::Key_Return);
    EXPECT_TRUE(QTest::qWaitFor([this] { return !m_dialog || !m_dialog->isVisible(); }));
    EXPECT_EQ(m_window->shortcuts()->action(kToggle)->shortcut(), wanted);
    EXPECT_EQ(savedOverride(), QStringLiteral("[Ctrl+Shift+P]"));
}

TEST_F(ShortcutEditorTest, TheRefusalStaysUntilTheNextKey)
{
    press(Qt::Key_Space);
    press(Qt::Key_D); // Download's
    ASSERT_TRUE(messageShown());
    const QString refusal = page()->messageLabel()->text();
    // Time passes, the listener moves around, another action is chosen: still said.
    QTest::qWait(1200);
    press(Qt::Key_Tab);
    press(Qt::Key_Backtab, Qt::ShiftModifier);
    EXPECT_TRUE(messageShown());
    EXPECT_EQ(page()->messageLabel()->text(), refusal);
    // The next key, taken: the message goes.
    focus(field());
    press(Qt::Key_Space);
    press(Qt::Key_F7);
    EXPECT_FALSE(messageShown());
    EXPECT_EQ(page()->pendingKeys(kToggle), QList<QKeySequence>{QKeySequence(Qt::Key_F7)});
}

TEST_F(ShortcutEditorTest, TheAlternativeIsRecordedAndEachKeyClearedOnItsOwn)
{
    focus(page()->alternativeEdit());
    press(Qt::Key_Space);
    press(Qt::Key_F8);
    EXPECT_EQ(page()->pendingKeys(kToggle), (QList<QKeySequence>{kM, QKeySequence(Qt::Key_F8)}));
    // A symbol typed with Shift is the symbol: "!" not "Shift+!".
    focus(page()->alternativeEdit());
    press(Qt::Key_Space);
    QKeyEvent bang(QEvent::KeyPress, Qt::Key_Exclam, Qt::ShiftModifier, QStringLiteral("!"));
    QApplication::sendEvent(page()->alternativeEdit(), &bang);
    EXPECT_EQ(page()->pendingKeys(kToggle),
              (QList<QKeySequence>{kM, QKeySequence(Qt::Key_Exclam)}));

    focus(page()->clearPrimaryButton());
    press(Qt::Key_Space);
    EXPECT_EQ(page()->pendingKeys(kToggle), QList<QKeySequence>{QKeySequence(Qt::Key_Exclam)});
    EXPECT_EQ(field()->text(), QStringLiteral("!"));
    EXPECT_EQ(page()->alternativeEdit()->text(), QStringLiteral("None"));
    EXPECT_FALSE(page()->clearAlternativeButton()->isEnabled());
}

TEST_F(ShortcutEditorTest, LeavingTheFieldWhileRecordingCancels)
{
    press(Qt::Key_Space);
    ASSERT_TRUE(field()->isRecording());
    focus(page()->alternativeEdit());
    EXPECT_FALSE(field()->isRecording());
    EXPECT_EQ(field()->text(), QStringLiteral("M"));
    EXPECT_EQ(page()->pendingKeys(kToggle), QList<QKeySequence>{kM});
}

} // namespace
} // namespace ondes
