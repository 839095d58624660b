#include "application.h"
#include "library/library.h"
#include "playback/player.h"
#include "playback/playqueue.h"
#include "playback/queuemodel.h"
#include "queueview.h"
#include "subscriptions/demoshow.h"
#include "support/qtprinters.h"
#include "support/testdatadir.h"

#include <QListView>
#include <QTest>

#include <gtest/gtest.h>

namespace ondes {
namespace {

class QueueViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_app.start());
        const auto showId = m_app.library().showIdForUrl(DemoShow::feedUrl());
        ASSERT_TRUE(showId);
        for (const EpisodeRow& row : m_app.library().episodes(*showId))
            m_ids << row.id;
        for (int i = 0; i < 3; ++i)
            m_app.queue().add(m_ids[i]);
        m_view = std::make_unique<QueueView>(m_app.queue(), m_app.library());
        m_view->show();
        m_view->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_view.get()));
        m_view->listView()->setFocus();
        m_view->listView()->setCurrentIndex(m_view->model()->index(0));
    }
    void TearDown() override
    {
        m_app.player().stop();
        m_view.reset();
    }

    test::TestDataDir m_dir;
    Application m_app{m_dir.paths()};
    std::unique_ptr<QueueView> m_view;
    QList<qint64> m_ids;
};

TEST_F(QueueViewTest, CtrlUpAndDownReorder)
{
    QListView* list = m_view->listView();
    ASSERT_EQ(list->model()->rowCount(), 3);
    QTest::keyClick(list, Qt::Key_Down, Qt::ControlModifier);
    EXPECT_EQ(m_app.queue().episodeIds(), (QList<qint64>{m_ids[1], m_ids[0], m_ids[2]}));
    EXPECT_EQ(list->currentIndex().row(), 1);
    QTest::keyClick(list, Qt::Key_Down, Qt::ControlModifier);
    EXPECT_EQ(m_app.queue().episodeIds(), (QList<qint64>{m_ids[1], m_ids[2], m_ids[0]}));
    QTest::keyClick(list, Qt::Key_Down, Qt::ControlModifier); // already last
    EXPECT_EQ(m_app.queue().episodeIds(), (QList<qint64>{m_ids[1], m_ids[2], m_ids[0]}));
    QTest::keyClick(list, Qt::Key_Up, Qt::ControlModifier);
    EXPECT_EQ(m_app.queue().episodeIds(), (QList<qint64>{m_ids[1], m_ids[0], m_ids[2]}));
    EXPECT_EQ(list->currentIndex().data(QueueModel::EpisodeIdRole).toLongLong(), m_ids[0]);
    // Plain arrows still move the selection.
    QTest::keyClick(list, Qt::Key_Down);
    EXPECT_EQ(list->currentIndex().row(), 2);
}

TEST_F(QueueViewTest, DeleteRemovesAndEnterPlays)
{
    QListView* list = m_view->listView();
    QTest::keyClick(list, Qt::Key_Delete);
    EXPECT_EQ(m_app.queue().episodeIds(), (QList<qint64>{m_ids[1], m_ids[2]}));
    EXPECT_EQ(list->currentIndex().row(), 0);
    list->setCurrentIndex(list->model()->index(1, 0));
    QTest::keyClick(list, Qt::Key_Return);
    EXPECT_EQ(m_app.player().currentEpisode(), m_ids[2]);
    EXPECT_EQ(m_app.queue().episodeIds(), QList<qint64>{m_ids[1]});
    EXPECT_EQ(list->model()->rowCount(), 1);
}

} // namespace
} // namespace ondes
