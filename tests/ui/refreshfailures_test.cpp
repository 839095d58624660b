#include "application.h"
#include "library/library.h"
#include "library/showlistmodel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "showitemdelegate.h"
#include "support/feedbuilder.h"
#include "support/qtprinters.h"
#include "support/testdatadir.h"
#include "support/testhttpserver.h"
#include "ui/demowindowfixture.h"

#include <QCoreApplication>
#include <QListView>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace ondes {
namespace {

class RefreshFailuresTest : public test::DemoWindowFixture
{
protected:
    // Adds a show that refreshes from path on the loopback server.
    qint64 addShow(const QString& path, const QString& title)
    {
        const QString url = m_server.url(path).toString();
        m_app.library().addShows({qMakePair(url, title)});
        return m_app.library().showIdForUrl(url).value_or(0);
    }

    QModelIndex rowOf(qint64 showId) const
    {
        auto* model = static_cast<ShowListModel*>(m_window->showView()->model());
        return model->indexOfShow(showId);
    }

    test::TestHttpServer m_server;
};

TEST_F(RefreshFailuresTest, AFailedShowIsMarkedNamedAndRetried)
{
    m_server.setRoute(QStringLiteral("/good.xml"),
                      test::Route::text(test::buildFeed({}), "application/rss+xml"));
    m_server.setRoute(QStringLiteral("/gone.xml"), test::Route::error(404));
    const qint64 good = addShow(QStringLiteral("/good.xml"), QStringLiteral("Good Radio"));
    const qint64 gone = addShow(QStringLiteral("/gone.xml"), QStringLiteral("Gone Radio"));
    ASSERT_GT(good, 0);
    ASSERT_GT(gone, 0);

    QTest::keyClick(m_window.get(), Qt::Key_F5);
    MessageBar* strip = m_window->messageBar();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !strip->text().isEmpty(); }, 10000));
    // The strip names the show and why, with Retry.
    EXPECT_TRUE(strip->text().startsWith(QStringLiteral("“Gone Radio” could not be refreshed: ")))
        << strip->text().toStdString();
    EXPECT_TRUE(strip->text().contains(QStringLiteral("404"))) << strip->text().toStdString();
    EXPECT_FALSE(strip->text().contains(QStringLiteral("Good Radio")));
    EXPECT_TRUE(strip->canRetry());
    // The list marks it, and only it.
    EXPECT_TRUE(ShowItemDelegate::isMarkedFailed(rowOf(gone)));
    EXPECT_FALSE(ShowItemDelegate::isMarkedFailed(rowOf(good)));
    EXPECT_EQ(rowOf(gone).data(Qt::AccessibleTextRole).toString(),
              QStringLiteral("Gone Radio, could not be refreshed"));
    const QStyleOptionViewItem option;
    auto* delegate = m_window->showView()->itemDelegate();
    EXPECT_GT(delegate->sizeHint(option, rowOf(gone)).width(),
              delegate->sizeHint(option, rowOf(good)).width() - 1);

    // Retry fetches that show again, and only it; once it answers the mark goes.
    m_server.setRoute(QStringLiteral("/gone.xml"),
                      test::Route::text(test::buildFeed({}), "application/rss+xml"));
    const int goodRequests = m_server.requestCount(QStringLiteral("/good.xml"));
    const int goneRequests = m_server.requestCount(QStringLiteral("/gone.xml"));
    strip->retryButton()->click();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return m_server.requestCount(QStringLiteral("/gone.xml")) == goneRequests + 1; },
        10000));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !ShowItemDelegate::isMarkedFailed(rowOf(gone)); }, 10000));
    EXPECT_EQ(m_server.requestCount(QStringLiteral("/good.xml")), goodRequests);
    EXPECT_EQ(m_app.library().episodes(gone).size(), 3);
    EXPECT_TRUE(strip->text().isEmpty());
}

TEST_F(RefreshFailuresTest, SeveralFailedShowsAreNamedTogether)
{
    m_server.setRoute(QStringLiteral("/a.xml"), test::Route::error(404));
    m_server.setRoute(QStringLiteral("/b.xml"), test::Route::text("not xml at all", "text/xml"));
    addShow(QStringLiteral("/a.xml"), QStringLiteral("Alpha"));
    addShow(QStringLiteral("/b.xml"), QStringLiteral("Beta"));
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    MessageBar* strip = m_window->messageBar();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !strip->text().isEmpty(); }, 10000));
    const QString text = strip->text();
    // As the user reads it: in the interface's language, the plural chosen for 2.
    const QString twoFailed =
        QCoreApplication::translate(
            "ondes::RefreshFailures",
            "%n show(s) could not be refreshed, their episodes are kept: %1.", nullptr, 2)
            .section(QStringLiteral("%1"), 0, 0);
    EXPECT_TRUE(text.startsWith(twoFailed)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("“Alpha” ("))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("“Beta” ("))) << text.toStdString();
    EXPECT_TRUE(strip->canRetry());
}

} // namespace
} // namespace ondes
