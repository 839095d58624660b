#pragma once

// A main window over a fresh library holding the demo show, active, for the widget tests.

#include "application.h"
#include "library/episodelistmodel.h"
#include "mainwindow.h"
#include "playback/player.h"
#include "support/testdatadir.h"

#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

#include <memory>

namespace ondes::test {

class DemoWindowFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_app.start()) << m_app.errorString().toStdString();
        m_window = std::make_unique<MainWindow>(m_app);
        m_window->show();
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }
    void TearDown() override
    {
        m_app.player().stop();
        m_window.reset();
    }

    qint64 episodeIdAt(int row) const
    {
        return m_window->episodeView()
            ->model()
            ->index(row, 0)
            .data(EpisodeListModel::EpisodeIdRole)
            .toLongLong();
    }

    QStringList listedTitles() const
    {
        QStringList titles;
        const QAbstractItemModel* model = m_window->episodeView()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            titles << model->index(row, EpisodeListModel::TitleColumn).data().toString();
        return titles;
    }

    TestDataDir m_dir;
    Application m_app{m_dir.paths()};
    std::unique_ptr<MainWindow> m_window;
};

} // namespace ondes::test
