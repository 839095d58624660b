#include "application.h"
#include "downloads/downloadmanager.h"
#include "episodeactions.h"
#include "episodelistview.h"
#include "library/episodelistmodel.h"
#include "library/library.h"
#include "library/settings.h"
#include "library/showlistmodel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "playback/playqueue.h"
#include "support/qtprinters.h"
#include "ui/demowindowfixture.h"

#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QHeaderView>
#include <QListView>
#include <QMenu>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>

namespace ondes {
namespace {

class EpisodeListTest : public test::DemoWindowFixture
{
protected:
    EpisodeListView* list() const { return m_window->episodeList(); }
    QAbstractItemModel* shows() const { return m_window->showView()->model(); }

    qint64 demoShowId() { return m_app.library().shows().value(0).id; }

    void selectRows(int first, int last)
    {
        list()->selectionModel()->select(
            QItemSelection(list()->model()->index(first, 0),
                           list()->model()->index(last, EpisodeListModel::ColumnCount - 1)),
            QItemSelectionModel::ClearAndSelect);
    }
};

TEST_F(EpisodeListTest, ViewsComeFirstInTheShowsListWithTheirCounts)
{
    ASSERT_EQ(shows()->rowCount(), ShowListModel::kViewCount + 1);
    EXPECT_EQ(shows()->index(0, 0).data().toString(), QStringLiteral("All episodes (5)"));
    EXPECT_TRUE(shows()->index(1, 0).data().toString().startsWith(QStringLiteral("New (")));
    EXPECT_EQ(shows()->index(2, 0).data().toString(), QStringLiteral("In progress (0)"));
    EXPECT_EQ(shows()->index(3, 0).data().toString(), QStringLiteral("Downloaded (0)"));
    EXPECT_TRUE(shows()
                    ->index(0, 0)
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .startsWith(QStringLiteral("All episodes: 5 episode")));
    EXPECT_EQ(shows()->index(4, 0).data(ShowListModel::ShowIdRole).toLongLong(), demoShowId());
    // The window opens on the show, not on a view.
    EXPECT_EQ(m_window->showView()->currentIndex().row(), ShowListModel::kViewCount);
}

TEST_F(EpisodeListTest, SwitchingViewsFromTheKeyboard)
{
    QListView* showList = m_window->showView();
    showList->setFocus();
    QTest::keyClick(showList, Qt::Key_Home);
    EXPECT_EQ(list()->episodeModel()->view(), EpisodeView::All);
    EXPECT_EQ(list()->model()->rowCount(), 5);
    EXPECT_FALSE(list()->isColumnHidden(EpisodeListModel::ShowColumn));
    EXPECT_EQ(list()->sourceKey(), QStringLiteral("view:0"));
    EXPECT_TRUE(list()->currentIndex().isValid()); // the first episode, with its details
    EXPECT_FALSE(m_window->detailsView() == nullptr);

    // In progress: start an episode and it is there.
    ASSERT_TRUE(m_app.library().savePosition(episodeIdAt(2), 5000));
    QTest::keyClick(showList, Qt::Key_Down); // New
    EXPECT_EQ(list()->episodeModel()->view(), EpisodeView::New);
    QTest::keyClick(showList, Qt::Key_Down); // In progress
    EXPECT_EQ(list()->episodeModel()->view(), EpisodeView::InProgress);
    EXPECT_EQ(list()->model()->rowCount(), 1);
    QTest::keyClick(showList, Qt::Key_Down); // Downloaded
    EXPECT_EQ(list()->model()->rowCount(), 0);
    QTest::keyClick(showList, Qt::Key_Down); // the show
    EXPECT_EQ(list()->episodeModel()->showId(), demoShowId());
    EXPECT_TRUE(list()->isColumnHidden(EpisodeListModel::ShowColumn));
    EXPECT_EQ(list()->model()->rowCount(), 5);
}

TEST_F(EpisodeListTest, ClickingAHeaderSortsInTheModel)
{
    QHeaderView* header = list()->header();
    const auto clickHeader = [&](int column) {
        const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    };
    QStringList titles = listedTitles();
    clickHeader(EpisodeListModel::TitleColumn);
    EXPECT_EQ(list()->episodeModel()->sortColumn(), EpisodeListModel::TitleColumn);
    QStringList sorted = titles;
    std::sort(sorted.begin(), sorted.end(), [](const QString& a, const QString& b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    if (list()->episodeModel()->sortOrder() == Qt::DescendingOrder)
        std::reverse(sorted.begin(), sorted.end());
    EXPECT_EQ(listedTitles(), sorted);
    clickHeader(EpisodeListModel::TitleColumn);
    std::reverse(sorted.begin(), sorted.end());
    EXPECT_EQ(listedTitles(), sorted);

    clickHeader(EpisodeListModel::DurationColumn);
    const QAbstractItemModel* model = list()->model();
    for (int row = 1; row < model->rowCount(); ++row) {
        const qint64 before =
            model->index(row - 1, 0).data(EpisodeListModel::DurationRole).toLongLong();
        const qint64 here = model->index(row, 0).data(EpisodeListModel::DurationRole).toLongLong();
        if (list()->episodeModel()->sortOrder() == Qt::AscendingOrder)
            EXPECT_LE(before, here);
        else
            EXPECT_GE(before, here);
    }
    // The show column does not sort: the indicator stays on the sorting column.
    clickHeader(EpisodeListModel::ShowColumn);
    EXPECT_EQ(header->sortIndicatorSection(), EpisodeListModel::DurationColumn);
}

TEST_F(EpisodeListTest, BulkActionsFromTheContextMenu)
{
    selectRows(0, 2);
    const QList<qint64> ids = list()->selectedEpisodeIds();
    ASSERT_EQ(ids, (QList<qint64>{episodeIdAt(0), episodeIdAt(1), episodeIdAt(2)}));

    EpisodeActions* actions = m_window->episodeActions();
    std::unique_ptr<QMenu> menu(list()->createContextMenu(nullptr));
    // The list's menu holds the window's episode actions, downloads too.
    for (QAction* action :
         {actions->playAction(), actions->markPlayedAction(), actions->markUnplayedAction(),
          actions->enqueueAction(), actions->dequeueAction(), actions->downloadAction(),
          actions->deleteDownloadAction()})
        EXPECT_TRUE(menu->actions().contains(action)) << action->text().toStdString();
    actions->markPlayedAction()->trigger();
    for (const qint64 id : ids)
        EXPECT_TRUE(m_app.library().episode(id)->played) << id;
    EXPECT_FALSE(m_app.library().episode(episodeIdAt(3))->played);
    for (int row = 0; row < 3; ++row)
        EXPECT_TRUE(list()->model()->index(row, 0).data(EpisodeListModel::PlayedRole).toBool());

    actions->markUnplayedAction()->trigger();
    for (const qint64 id : ids)
        EXPECT_FALSE(m_app.library().episode(id)->played) << id;

    EXPECT_FALSE(actions->dequeueAction()->isEnabled()); // nothing of it is queued
    actions->enqueueAction()->trigger();
    EXPECT_EQ(m_app.queue().episodeIds(), ids);
    EXPECT_TRUE(list()->model()->index(1, 0).data(EpisodeListModel::StatesRole).toInt() &
                EpisodeListRow::Queued);
    menu.reset(list()->createContextMenu(nullptr));
    EXPECT_TRUE(actions->dequeueAction()->isEnabled());
    actions->dequeueAction()->trigger();
    EXPECT_TRUE(m_app.queue().isEmpty());
}

TEST_F(EpisodeListTest, DownloadFromTheMenuSaysWhatCannotBeDownloaded)
{
    // The demo show's episodes are files on this computer already.
    selectRows(3, 4);
    std::unique_ptr<QMenu> menu(list()->createContextMenu(nullptr));
    QAction* download = m_window->episodeActions()->downloadAction();
    ASSERT_TRUE(menu->actions().contains(download));
    ASSERT_TRUE(download->isEnabled());
    download->trigger();
    EXPECT_TRUE(m_window->messageBar()->isVisible());
    // As the user reads it: in the interface's language, the plural chosen for 2.
    const QString twoFailed = QCoreApplication::translate(
                                  "ondes::EpisodeActions",
                                  "%n episode(s) could not be queued for download: %1", nullptr, 2)
                                  .section(QStringLiteral("%1"), 0, 0);
    EXPECT_TRUE(m_window->messageBar()->text().contains(twoFailed + QStringLiteral("“")))
        << m_window->messageBar()->text().toStdString();
    EXPECT_TRUE(m_app.downloads().downloads().isEmpty());
}

TEST_F(EpisodeListTest, TheMenuKeyOpensTheMenuAtTheCurrentRow)
{
    list()->setFocus();
    list()->setCurrentIndex(list()->model()->index(1, 0));
    // What the window system sends for the Menu key or Shift+F10.
    QContextMenuEvent key(QContextMenuEvent::Keyboard, QPoint(), QPoint());
    QApplication::sendEvent(list(), &key);
    QMenu* menu = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] {
        menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        return menu != nullptr;
    }));
    EXPECT_EQ(menu->accessibleName(), QStringLiteral("Episode actions"));
    QTest::keyClick(menu, Qt::Key_Escape);
}

TEST_F(EpisodeListTest, StateIconsPaintForEveryState)
{
    Library& library = m_app.library();
    ASSERT_TRUE(library.setPlayed(episodeIdAt(0), true));
    ASSERT_TRUE(library.savePosition(episodeIdAt(1), 3000));
    list()->episodeModel()->reload();
    m_app.queue().add(episodeIdAt(2));
    const QImage image = list()->viewport()->grab().toImage();
    EXPECT_FALSE(image.isNull());
    const QModelIndex state = list()->model()->index(1, EpisodeListModel::StateColumn);
    EXPECT_TRUE(
        state.data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("In progress")));
    EXPECT_EQ(list()
                  ->model()
                  ->index(0, EpisodeListModel::StateColumn)
                  .data(Qt::AccessibleTextRole)
                  .toString(),
              QStringLiteral("Played"));
    EXPECT_EQ(list()->model()->headerData(EpisodeListModel::StateColumn, Qt::Horizontal),
              QStringLiteral("State"));
}

TEST_F(EpisodeListTest, TheViewAndEpisodeAreRestoredOnStart)
{
    m_window->showView()->setCurrentIndex(shows()->index(int(EpisodeView::All), 0));
    list()->setCurrentIndex(list()->model()->index(3, 0));
    const qint64 chosen = list()->currentEpisodeId();
    m_window->close();
    EXPECT_EQ(m_app.settings().episodeListSource(), QStringLiteral("view:0"));

    m_window = std::make_unique<MainWindow>(m_app);
    EXPECT_EQ(m_window->showView()->currentIndex().row(), int(EpisodeView::All));
    EXPECT_EQ(m_window->episodeList()->episodeModel()->view(), EpisodeView::All);
    EXPECT_EQ(m_window->episodeList()->currentEpisodeId(), chosen);
}

} // namespace
} // namespace ondes
