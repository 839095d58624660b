#include "addshowdialog.h"
#include "application.h"
#include "library/library.h"
#include "mainwindow.h"
#include "showpreviewdialog.h"
#include "support/directoryanswers.h"
#include "support/feedbuilder.h"
#include "support/testdatadir.h"
#include "support/testhttpserver.h"

#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace ondes {
namespace {

using test::Route;

// The Add Show dialog's field searching loopback directories by name.
class AddShowSearchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        qputenv("ONDES_DIRECTORY_APPLE", m_apple.url(QString()).toString().toUtf8());
        qputenv("ONDES_DIRECTORY_GPODDER", m_gpodder.url(QString()).toString().toUtf8());
        qputenv("ONDES_DIRECTORY_FYYD", m_fyyd.url(QString()).toString().toUtf8());
        test::FeedSpec spec;
        spec.title = QStringLiteral("Loopback Radio");
        m_gpodder.setRoute(QStringLiteral("/feed/1.xml"),
                           Route::text(test::buildFeed(spec), "application/rss+xml"));
        auto entries = test::directoryEntries(1, QStringLiteral("Loopback Radio"),
                                              m_gpodder.url(QString()).toString());
        entries.append(test::directoryEntries(2, QStringLiteral("Other"),
                                              QStringLiteral("https://other.example"))
                           .last());
        // Pictures from the loopback server only (none there: the placeholders stay).
        for (test::DirectoryEntry& entry : entries)
            entry.artworkUrl = m_apple.url(QStringLiteral("/art/%1.png").arg(entry.id)).toString();
        const QByteArray json = "application/json";
        m_apple.setRoute(QStringLiteral("/search"),
                         Route::text(test::appleSearchAnswer(entries), json));
        m_gpodder.setRoute(QStringLiteral("/search.json"),
                           Route::text(test::gpodderAnswer(entries.mid(0, 1)), json));
        m_fyyd.setRoute(QStringLiteral("/0.2/search/podcast"), Route::error(500));

        ASSERT_TRUE(m_app.start());
        m_window = std::make_unique<MainWindow>(m_app);
        m_window->show();
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }

    void TearDown() override
    {
        for (const char* name :
             {"ONDES_DIRECTORY_APPLE", "ONDES_DIRECTORY_GPODDER", "ONDES_DIRECTORY_FYYD"})
            qunsetenv(name);
    }

    // Opens the dialog (Ctrl+L), types name and waits for the two results.
    AddShowDialog* search(const QString& name)
    {
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        AddShowDialog* dialog = m_window->findChild<AddShowDialog*>();
        if (!dialog)
            return nullptr;
        EXPECT_TRUE(QTest::qWaitForWindowActive(dialog));
        auto* field = dialog->findChild<QLineEdit*>();
        field->setFocus();
        EXPECT_TRUE(QTest::qWaitFor([field] { return field->hasFocus(); }));
        QTest::keyClicks(field, name);
        EXPECT_TRUE(QTest::qWaitFor(
            [dialog] {
                return dialog->resultList()->isVisible() &&
                       dialog->resultList()->model()->rowCount() == 2 &&
                       dialog->statusText().contains(QStringLiteral("found"));
            },
            10000))
            << dialog->statusText().toStdString();
        return dialog;
    }

    test::TestHttpServer m_apple{QHostAddress(QStringLiteral("127.0.0.41"))};
    test::TestHttpServer m_gpodder{QHostAddress(QStringLiteral("127.0.0.42"))};
    test::TestHttpServer m_fyyd{QHostAddress(QStringLiteral("127.0.0.43"))};
    test::TestDataDir m_dir;
    Application m_app{m_dir.paths()};
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(AddShowSearchTest, TypingANameListsTheShowsAndEnterSubscribes)
{
    AddShowDialog* dialog = search(QStringLiteral("loopback radio"));
    ASSERT_NE(dialog, nullptr);
    const QModelIndex first = dialog->resultList()->model()->index(0, 0);
    EXPECT_EQ(first.data().toString(), QStringLiteral("Loopback Radio 1"));
    // Apple and gpodder.net list it; fyyd's failure is a line of its own.
    EXPECT_TRUE(dialog->statusText().contains(QStringLiteral("fyyd answered with an error")))
        << dialog->statusText().toStdString();
    EXPECT_EQ(m_app.library().shows().size(), 1); // the demo show only

    QTest::keyClick(dialog->findChild<QLineEdit*>(), Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_app.library().shows().size() == 2; }, 10000))
        << dialog->statusText().toStdString();
    bool found = false;
    for (const ShowRow& show : m_app.library().shows()) {
        if (show.title == QStringLiteral("Loopback Radio")) {
            found = true;
            EXPECT_EQ(show.episodeCount, 3);
        }
    }
    EXPECT_TRUE(found);
}

TEST_F(AddShowSearchTest, SpacePreviewsTheChosenShowWithoutStoringIt)
{
    AddShowDialog* dialog = search(QStringLiteral("loopback radio"));
    ASSERT_NE(dialog, nullptr);
    QTest::keyClick(dialog->findChild<QLineEdit*>(), Qt::Key_Down);
    ASSERT_TRUE(QTest::qWaitFor([dialog] { return dialog->resultList()->hasFocus(); }));
    QTest::keyClick(dialog->resultList(), Qt::Key_Space);
    ShowPreviewDialog* preview = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            preview = dialog->findChild<ShowPreviewDialog*>();
            return preview && preview->episodeList()->topLevelItemCount() == 3;
        },
        10000));
    EXPECT_EQ(preview->episodeList()->topLevelItem(0)->text(2), QStringLiteral("Episode 3"));
    EXPECT_TRUE(preview->statusText().contains(QStringLiteral("Nothing is stored")))
        << preview->statusText().toStdString();
    EXPECT_EQ(m_app.library().shows().size(), 1);
    preview->reject();
    EXPECT_EQ(m_app.library().shows().size(), 1);
}

TEST_F(AddShowSearchTest, AnAddressIsNotSearched)
{
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    AddShowDialog* dialog = m_window->findChild<AddShowDialog*>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
    auto* field = dialog->findChild<QLineEdit*>();
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("example.org/feed"));
    QTest::qWait(700);
    EXPECT_FALSE(dialog->resultList()->isVisible());
    EXPECT_EQ(m_apple.requests().size() + m_gpodder.requests().size(), 0);
}

} // namespace
} // namespace ondes
