#include "downloadactions.h"
#include "episodelistview.h"
#include "library/episodelistmodel.h"
#include "mainwindow.h"
#include "playerbar.h"
#include "shortcutswindow.h"
#include "support/qtprinters.h"
#include "ui/demowindowfixture.h"
#include "windowgeometry.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QScreen>
#include <QSlider>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <ostream>

// Sizes and rectangles in failure messages (found by argument-dependent lookup).
static std::ostream& operator<<(std::ostream& out, const QSize& size)
{
    return out << size.width() << "×" << size.height();
}
static std::ostream& operator<<(std::ostream& out, const QRect& rect)
{
    return out << rect.size() << "+" << rect.x() << "+" << rect.y();
}

namespace ondes {
namespace {

// What the seek slider needs to be aimed with a mouse.
constexpr int kUsefulSliderWidth = 150;

TEST(WindowGeometry, OpensWithinTheAvailableAreaOfAnyScreen)
{
    const QList<QRect> screens = {
        QRect(0, 0, 1024, 600),      // a netbook
        QRect(0, 27, 1024, 573),     // the same under a top panel
        QRect(0, 0, 1366, 768),      // a common laptop
        QRect(1920, 32, 1920, 1048), // a second screen, right of the first, with a panel
        QRect(0, 0, 800, 480),
    };
    for (const QRect& available : screens) {
        const QRect geometry = WindowGeometry::initial(available);
        // The frame (title bar and borders) fits too.
        const QRect framed = geometry.adjusted(-8, -32, 8, 8);
        EXPECT_TRUE(available.contains(framed)) << available << " " << geometry;
        EXPECT_LE(geometry.width(), WindowGeometry::kPreferredSize.width());
        EXPECT_LE(geometry.height(), WindowGeometry::kPreferredSize.height());
    }
    // With room to spare: the comfortable size, centred.
    const QRect wide(0, 0, 1920, 1080);
    const QRect geometry = WindowGeometry::initial(wide);
    EXPECT_EQ(geometry.size(), WindowGeometry::kPreferredSize);
    EXPECT_LE(qAbs(geometry.center().x() - wide.center().x()), 1);
    // On a small screen it takes what there is.
    EXPECT_GE(WindowGeometry::initial(QRect(0, 0, 1024, 600)).width(), 1000);
    EXPECT_GE(WindowGeometry::initial(QRect(0, 0, 1024, 600)).height(), 550);
}

using SmallScreenTest = test::DemoWindowFixture;

TEST_F(SmallScreenTest, TheWindowOpensWithinTheScreen)
{
    // The offscreen screen (800×800) is narrower than the window can be: it opens at the size
    // WindowGeometry gives, widened only to its minimum, with its top-left corner and its
    // bottom on the screen.
    const QRect available = m_window->screen()->availableGeometry();
    const QRect expected = WindowGeometry::initial(available);
    EXPECT_EQ(m_window->size(), expected.size().expandedTo(m_window->minimumSize()))
        << available << " " << m_window->geometry();
    EXPECT_TRUE(available.contains(m_window->geometry().topLeft())) << m_window->geometry();
    EXPECT_LE(m_window->geometry().bottom(), available.bottom()) << m_window->geometry();
    EXPECT_LT(m_window->height(), WindowGeometry::kPreferredSize.height() + 1);
}

// At this window size the Title column keeps its minimum and the seek slider its room.
void expectRoomyAt(MainWindow& window, const QSize& size)
{
    window.resize(size);
    auto* list = static_cast<EpisodeListView*>(window.episodeView());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return window.width() == size.width() && list->header()->width() > 0; }, 2000))
        << window.size();
    // A column shown or hidden changes the list's minimum: the layout follows on its next pass.
    static_cast<void>(QTest::qWaitFor(
        [&] {
            return list->header()->sectionSize(EpisodeListModel::TitleColumn) >=
                   list->titleMinimumWidth();
        },
        1000));
    EXPECT_GE(list->header()->sectionSize(EpisodeListModel::TitleColumn), list->titleMinimumWidth())
        << "window " << window.size() << ", list " << list->width();
    auto* slider = window.playerBar()->findChild<QSlider*>();
    ASSERT_NE(slider, nullptr);
    EXPECT_EQ(slider->accessibleName(), QStringLiteral("Position"));
    EXPECT_GE(slider->width(), kUsefulSliderWidth);
}

TEST_F(SmallScreenTest, At1024PixelsTheTitlesAndTheSeekSliderKeepTheirRoom)
{
    EXPECT_LE(m_window->minimumSizeHint().width(), 1024);
    expectRoomyAt(*m_window, QSize(1000, 560));
    // The Show column too, as in a view of every show.
    static_cast<EpisodeListView*>(m_window->episodeView())->showView(EpisodeView::All);
    ASSERT_FALSE(m_window->episodeView()->isColumnHidden(EpisodeListModel::ShowColumn));
    expectRoomyAt(*m_window, QSize(1000, 560));
}

TEST_F(SmallScreenTest, OpeningDownloadsTakesRoomFromThePanelsNotFromTheList)
{
    static_cast<EpisodeListView*>(m_window->episodeView())->showView(EpisodeView::All);
    m_window->downloadActions()->showPanelAction()->trigger();
    EXPECT_LE(m_window->minimumSizeHint().width(), 1024);
    expectRoomyAt(*m_window, QSize(1000, 560));
}

TEST_F(SmallScreenTest, TheShortcutsWindowShowsEveryActionNameWhole)
{
    ShortcutsWindow* window = m_window->openShortcutsWindow();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
    QTreeWidget* list = window->list();
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->header()->sectionSize(0) > 0; }, 2000));
    const QFontMetrics metrics = list->fontMetrics();
    int widest = 0;
    for (int g = 0; g < list->topLevelItemCount(); ++g) {
        for (int i = 0; i < list->topLevelItem(g)->childCount(); ++i)
            widest =
                qMax(widest, metrics.horizontalAdvance(list->topLevelItem(g)->child(i)->text(0)));
    }
    EXPECT_GT(widest, 0);
    EXPECT_GE(list->header()->sectionSize(0), widest + list->indentation())
        << "window " << window->size();
}

} // namespace
} // namespace ondes
