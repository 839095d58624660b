#include "addshowdialog.h"
#include "application.h"
#include "library/library.h"
#include "libraryactions.h"
#include "mainwindow.h"
#include "support/feedbuilder.h"
#include "support/qtprinters.h"
#include "support/testdatadir.h"
#include "support/testhttpserver.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <gtest/gtest.h>

namespace ondes {
namespace {

class AddShowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_app.start());
        m_window = std::make_unique<MainWindow>(m_app);
        m_window->show();
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }

    AddShowDialog* openDialog()
    {
        // Ctrl+L opens it.
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        AddShowDialog* dialog = m_window->findChild<AddShowDialog*>();
        // Typed into as the listener does, with the address field focused (else the keys would
        // also reach the main window's focused episode list, where Return plays).
        if (dialog) {
            EXPECT_TRUE(QTest::qWaitForWindowActive(dialog));
            auto* address = dialog->findChild<QLineEdit*>();
            address->setFocus();
            EXPECT_TRUE(QTest::qWaitFor([address] { return address->hasFocus(); }));
        }
        return dialog;
    }

    test::TestDataDir m_dir;
    Application m_app{m_dir.paths()};
    std::unique_ptr<MainWindow> m_window;
    test::TestHttpServer m_server;
};

TEST_F(AddShowTest, AddsAFeedAndSelectsTheNewShow)
{
    test::FeedSpec spec;
    spec.title = QStringLiteral("Loopback Radio");
    m_server.setRoute(QStringLiteral("/feed.xml"),
                      test::Route::text(test::buildFeed(spec), "application/rss+xml"));
    AddShowDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    QLineEdit* address = dialog->findChild<QLineEdit*>();
    ASSERT_NE(address, nullptr);
    QTest::keyClicks(address, m_server.url(QStringLiteral("/feed.xml")).toString());
    QTest::keyClick(address, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_app.library().shows().size() == 2; }, 10000))
        << dialog->statusText().toStdString();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return m_window->showView()->currentIndex().data().toString() ==
                   QStringLiteral("Loopback Radio");
        },
        5000));
    EXPECT_EQ(m_window->episodeView()->model()->rowCount(), 3);
}

TEST_F(AddShowTest, AFailureIsShownAndTheDialogStaysOpen)
{
    m_server.setRoute(QStringLiteral("/missing.xml"), test::Route::error(404));
    AddShowDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    QLineEdit* address = dialog->findChild<QLineEdit*>();
    QTest::keyClicks(address, m_server.url(QStringLiteral("/missing.xml")).toString());
    QTest::keyClick(address, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return dialog->detailText().contains(QStringLiteral("404")); }, 10000))
        << dialog->statusText().toStdString();
    EXPECT_TRUE(dialog->statusText().startsWith(QStringLiteral("Ondes could not fetch")))
        << dialog->statusText().toStdString();
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(address->isEnabled());
    EXPECT_EQ(m_app.library().shows().size(), 1);
}

TEST_F(AddShowTest, ABrokenFeedIsExplainedInASentenceWithTheDetailBehindAButton)
{
    m_server.setRoute(QStringLiteral("/broken.xml"),
                      test::Route::text("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">\n"
                                        "<channel><title>Half a show</title>\n<item><title>One"
                                        "</channel>\n</rss>\n",
                                        "application/rss+xml"));
    AddShowDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    const int heightBefore = dialog->height();
    QLineEdit* address = dialog->findChild<QLineEdit*>();
    const QString typed = m_server.url(QStringLiteral("/broken.xml")).toString();
    QTest::keyClicks(address, typed);
    QTest::keyClick(address, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog->detailText().isEmpty(); }, 10000))
        << dialog->statusText().toStdString();
    // A sentence in the listener's words, quoting what was typed; the parser's words behind
    // Details.
    EXPECT_EQ(dialog->statusText(),
              QStringLiteral("“%1” answered, but with something that is not a podcast feed Ondes "
                             "can read. Try the address of the show's feed or of its web page.")
                  .arg(typed));
    EXPECT_FALSE(dialog->statusText().contains(QStringLiteral("XML")));
    EXPECT_TRUE(dialog->detailText().contains(QStringLiteral("XML")))
        << dialog->detailText().toStdString();
    QToolButton* details = dialog->detailsButton();
    ASSERT_TRUE(details->isVisible());
    auto* detail = dialog->findChild<QPlainTextEdit*>();
    ASSERT_NE(detail, nullptr);
    EXPECT_FALSE(detail->isVisible());

    // The dialog grew to show the whole sentence.
    const auto fits = [&] {
        return dialog->height() >= dialog->sizeHint().height() &&
               dialog->height() >= dialog->heightForWidth(dialog->width());
    };
    ASSERT_TRUE(QTest::qWaitFor(fits, 2000))
        << dialog->height() << " < " << dialog->sizeHint().height();
    EXPECT_GT(dialog->height(), heightBefore);
    QLabel* status = nullptr;
    for (QLabel* label : dialog->findChildren<QLabel*>()) {
        if (label->text() == dialog->statusText())
            status = label;
    }
    ASSERT_NE(status, nullptr);
    EXPECT_GE(status->height(), status->heightForWidth(status->width()));
    EXPECT_TRUE(dialog->rect().contains(status->geometry()));

    // One click (or Space on the button) shows the detail, and the dialog makes room for it.
    details->click();
    EXPECT_TRUE(detail->isVisible());
    ASSERT_TRUE(QTest::qWaitFor(fits, 2000))
        << dialog->height() << " < " << dialog->sizeHint().height();
    EXPECT_TRUE(dialog->rect().contains(detail->geometry()));
    EXPECT_GE(detail->height(), detail->fontMetrics().lineSpacing() * 2);
}

TEST_F(AddShowTest, AnAddressThatIsNotOneIsQuoted)
{
    AddShowDialog* dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    QLineEdit* address = dialog->findChild<QLineEdit*>();
    QTest::keyClicks(address, QStringLiteral("gopher://example.org/radio"));
    QTest::keyClick(address, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog->detailText().isEmpty(); }, 5000));
    EXPECT_TRUE(dialog->statusText().startsWith(
        QStringLiteral("“gopher://example.org/radio” is not a web address.")))
        << dialog->statusText().toStdString();
}

TEST_F(AddShowTest, RefreshShortcutRefreshesEveryShow)
{
    m_server.setRoute(QStringLiteral("/feed.xml"),
                      test::Route::text(test::buildFeed({}), "application/rss+xml"));
    m_app.library().addShows({qMakePair(m_server.url(QStringLiteral("/feed.xml")).toString(),
                                        QStringLiteral("Placeholder"))});
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return m_server.requestCount(QStringLiteral("/feed.xml")) == 1; }, 5000));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const auto id =
                m_app.library().showIdForUrl(m_server.url(QStringLiteral("/feed.xml")).toString());
            return id && m_app.library().episodes(*id).size() == 3;
        },
        10000));
}

} // namespace
} // namespace ondes
