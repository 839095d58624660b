// The Alt keys (the &-letters) of every window, in every language Ondes speaks: the menu bar's
// titles are unique, so are the items of each menu, and in one window no visible button, tab or
// labelled field takes a letter that another one, or a menu title, already has (Qt then only
// moves the focus between them instead of acting).

#include "addshowdialog.h"
#include "application.h"
#include "library/episodelistmodel.h"
#include "library/library.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "playback/player.h"
#include "settingsdialog.h"
#include "settingspage.h"
#include "shortcutswindow.h"
#include "speakersdialog.h"
#include "support/testdatadir.h"
#include "translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDockWidget>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

#include <map>
#include <memory>

namespace ondes {
namespace {

// Alt+letter → the texts that claim it.
using Claims = std::map<QString, QStringList>;

void claim(Claims& claims, const QString& text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (!key.isEmpty())
        claims[key.toString(QKeySequence::PortableText)] << text;
}

QString clashes(const Claims& claims)
{
    QStringList lines;
    for (const auto& [key, texts] : claims)
        if (texts.size() > 1)
            lines << key + QStringLiteral(": ") + texts.join(QStringLiteral(" | "));
    return lines.join(u'\n');
}

// Each menu's items, and its submenus' (checked the same way).
QString menuClashes(const QMenu& menu)
{
    Claims claims;
    QStringList problems;
    for (QAction* action : menu.actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        claim(claims, action->text());
        if (action->menu())
            problems << menuClashes(*action->menu());
    }
    if (const QString own = clashes(claims); !own.isEmpty())
        problems.prepend(menu.title() + QStringLiteral(" — ") + own);
    problems.removeAll(QString());
    return problems.join(u'\n');
}

// Everything with an Alt key that the user can reach in window now: the menu bar's titles, the
// visible buttons, group boxes, tabs and the labels that name a field.
Claims windowClaims(QWidget& window)
{
    Claims claims;
    if (auto* menuBar = window.findChild<QMenuBar*>(); menuBar && menuBar->window() == &window)
        for (const QAction* action : menuBar->actions())
            claim(claims, action->text());
    const auto reachable = [&window](const QWidget* widget) {
        return widget->window() == &window && widget->isVisibleTo(&window);
    };
    for (const QAbstractButton* button : window.findChildren<QAbstractButton*>())
        if (reachable(button))
            claim(claims, button->text());
    for (const QGroupBox* box : window.findChildren<QGroupBox*>())
        if (reachable(box))
            claim(claims, box->title());
    for (const QLabel* label : window.findChildren<QLabel*>())
        if (reachable(label) && label->buddy())
            claim(claims, label->text());
    for (const QTabBar* tabs : window.findChildren<QTabBar*>())
        if (reachable(tabs))
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->isTabVisible(i))
                    claim(claims, tabs->tabText(i));
    return claims;
}

int claimCount(const Claims& claims)
{
    int count = 0;
    for (const auto& entry : claims)
        count += int(entry.second.size());
    return count;
}

class MnemonicsTest : public ::testing::TestWithParam<const char*>
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(Translations::install(*qApp, language()), language());
        ASSERT_TRUE(m_app.start()) << m_app.errorString().toStdString();
        m_window = std::make_unique<MainWindow>(m_app);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void TearDown() override
    {
        m_app.player().stop();
        m_window.reset();
        Translations::install(*qApp, {});
    }
    QString language() const { return QString::fromLatin1(GetParam()); }
    std::string where(const QString& what) const
    {
        return QString(language() + QStringLiteral(", ") + what).toStdString();
    }

    test::TestDataDir m_dir;
    Application m_app{m_dir.paths()};
    std::unique_ptr<MainWindow> m_window;
};

TEST_P(MnemonicsTest, TheMenusHaveUniqueLetters)
{
    const QList<QAction*> titles = m_window->menuBar()->actions();
    ASSERT_GE(titles.size(), 5);
    Claims claims;
    for (QAction* title : titles) {
        claim(claims, title->text());
        ASSERT_NE(title->menu(), nullptr);
        EXPECT_EQ(menuClashes(*title->menu()).toStdString(), "") << where(title->text());
    }
    EXPECT_EQ(claimCount(claims), titles.size()) << where(QStringLiteral("a title has no letter"));
    EXPECT_EQ(clashes(claims).toStdString(), "") << where(QStringLiteral("menu bar"));
}

TEST_P(MnemonicsTest, TheMainWindowWithItsPanelsOpenHasUniqueLetters)
{
    // An episode selected (its details and their buttons), Up Next and Downloads open, and a
    // problem shown with Retry: all at once.
    m_window->episodeView()->setCurrentIndex(m_window->episodeView()->model()->index(0, 0));
    for (QDockWidget* dock : m_window->findChildren<QDockWidget*>())
        dock->show();
    MessageBar* messages = m_window->findChild<MessageBar*>();
    ASSERT_NE(messages, nullptr);
    messages->showMessage(QStringLiteral("A download failed."), [] {});
    QTest::qWait(0);
    const Claims claims = windowClaims(*m_window);
    // Menu titles, the two tabs, the episode's buttons, Up Next's and Downloads' buttons.
    EXPECT_GE(claimCount(claims), 5 + 2 + 4 + 2 + 3 + 1) << where(clashes(claims));
    EXPECT_EQ(clashes(claims).toStdString(), "") << where(QStringLiteral("main window"));
}

TEST_P(MnemonicsTest, EverySettingsPageHasUniqueLetters)
{
    SettingsDialog* dialog = m_window->openSettings();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    for (SettingsPage* page : dialog->pages()) {
        dialog->setCurrentPage(page);
        const Claims claims = windowClaims(*dialog);
        EXPECT_EQ(clashes(claims).toStdString(), "") << where(page->title());
    }
    dialog->close();
}

TEST_P(MnemonicsTest, TheOtherWindowsHaveUniqueLetters)
{
    AddShowDialog addShow(m_app.subscriber(), m_window.get());
    addShow.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&addShow));
    EXPECT_EQ(clashes(windowClaims(addShow)), QString()) << where(QStringLiteral("add show"));
    // Refused, the dialog shows its Details button too.
    QLineEdit* address = addShow.findChild<QLineEdit*>();
    ASSERT_NE(address, nullptr);
    address->setText(QStringLiteral("gopher://example.org/radio"));
    QTest::keyClick(address, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !addShow.detailText().isEmpty(); }, 5000));
    EXPECT_EQ(clashes(windowClaims(addShow)), QString())
        << where(QStringLiteral("add show, refused"));
    addShow.close();

    const qint64 episodeId = m_window->episodeView()
                                 ->model()
                                 ->index(0, 0)
                                 .data(EpisodeListModel::EpisodeIdRole)
                                 .toLongLong();
    ASSERT_GT(episodeId, 0);
    SpeakersDialog speakers(m_app.library(), episodeId, QStringLiteral("Demo"), m_window.get());
    speakers.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&speakers));
    EXPECT_EQ(clashes(windowClaims(speakers)).toStdString(), "")
        << where(QStringLiteral("speakers"));
    speakers.close();

    ShortcutsWindow* shortcuts = m_window->openShortcutsWindow();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(shortcuts));
    EXPECT_EQ(clashes(windowClaims(*shortcuts)).toStdString(), "")
        << where(QStringLiteral("shortcuts"));
    shortcuts->close();
}

// What the README promises: Alt+S and Alt+E go to the Shows and People tabs, whatever the
// language.
TEST_P(MnemonicsTest, AltSAndAltEAreTheShowsAndPeopleTabs)
{
    const QTabBar* tabs = nullptr;
    for (const QTabBar* bar : m_window->findChildren<QTabBar*>())
        if (bar->isVisibleTo(m_window.get()) && bar->count() == 2)
            tabs = bar;
    ASSERT_NE(tabs, nullptr);
    EXPECT_EQ(QKeySequence::mnemonic(tabs->tabText(0)), QKeySequence(Qt::ALT | Qt::Key_S))
        << where(tabs->tabText(0));
    EXPECT_EQ(QKeySequence::mnemonic(tabs->tabText(1)), QKeySequence(Qt::ALT | Qt::Key_E))
        << where(tabs->tabText(1));
}

INSTANTIATE_TEST_SUITE_P(Languages, MnemonicsTest, ::testing::Values("en", "fr"),
                         [](const auto& info) { return std::string(info.param); });

} // namespace
} // namespace ondes
