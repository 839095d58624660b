#include "episodedetailsview.h"
#include "library/library.h"
#include "playback/chapterlist.h"
#include "playback/player.h"
#include "playerbar.h"
#include "support/qtprinters.h"
#include "ui/demowindowfixture.h"

#include <QAction>
#include <QLineEdit>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

namespace ondes {
namespace {

class ChaptersUiTest : public test::DemoWindowFixture
{
protected:
    void SetUp() override
    {
        test::DemoWindowFixture::SetUp();
        m_episodeId = episodeIdAt(0);
        auto make = [](double start, const QString& title) {
            Chapter c;
            c.start = start;
            c.title = title;
            return c;
        };
        ASSERT_TRUE(m_app.library().storeChapters(m_episodeId, ChapterSource::Psc,
                                                  {make(0, QStringLiteral("Ouverture")),
                                                   make(5, QStringLiteral("Le métier")),
                                                   make(10, QStringLiteral("Conclusion"))}));
    }

    qint64 m_episodeId = 0;
};

TEST_F(ChaptersUiTest, TheDetailsListTheChaptersAsSeekLinks)
{
    EpisodeDetailsView* details = m_window->detailsView();
    ASSERT_EQ(details->episodeId(), m_episodeId);
    const QString text = details->chaptersText();
    EXPECT_TRUE(text.contains(QStringLiteral("0:00 Ouverture"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("0:05 Le métier"))) << text.toStdString();
    EXPECT_TRUE(details->chaptersHtml().contains(QStringLiteral("seek:10")));

    // An episode without chapters shows none.
    m_window->episodeView()->setCurrentIndex(m_window->episodeView()->model()->index(1, 0));
    EXPECT_TRUE(m_window->detailsView()->chaptersText().isEmpty());
}

TEST_F(ChaptersUiTest, ShiftArrowsMoveBetweenChaptersAndTheBarNamesTheCurrentOne)
{
    Player& player = m_app.player();
    ASSERT_TRUE(player.play(m_episodeId));
    ASSERT_TRUE(QTest::qWaitFor([&] { return player.isPlaying() && player.isSeekable(); }));
    player.pause();
    ASSERT_TRUE(QTest::qWaitFor([&] { return player.state() == Player::State::Paused; }));
    EXPECT_TRUE(m_window->playerBar()->titleText().endsWith(QStringLiteral(" · Ouverture")))
        << m_window->playerBar()->titleText().toStdString();

    m_window->episodeView()->setFocus();
    QTest::keyClick(m_window->episodeView(), Qt::Key_Right, Qt::ShiftModifier);
    EXPECT_TRUE(QTest::qWaitFor([&] { return qAbs(player.position() - 5000) < 300; }))
        << player.position();
    EXPECT_EQ(player.currentChapter(), 1);
    EXPECT_TRUE(m_window->playerBar()->titleText().endsWith(QStringLiteral(" · Le métier")));
    EXPECT_TRUE(m_window->playerBar()->titleToolTip().contains(QStringLiteral("2 of 3")))
        << m_window->playerBar()->titleToolTip().toStdString();

    QTest::keyClick(m_window->episodeView(), Qt::Key_Left, Qt::ShiftModifier);
    EXPECT_TRUE(QTest::qWaitFor([&] { return player.position() < 300; })) << player.position();
    EXPECT_EQ(player.currentChapter(), 0);

    // In the search field Shift+arrows select text as usual.
    QLineEdit* search = m_window->searchField();
    search->setFocus();
    search->setText(QStringLiteral("abc"));
    search->setCursorPosition(3);
    QTest::keyClick(search, Qt::Key_Left, Qt::ShiftModifier);
    EXPECT_EQ(search->selectedText(), QStringLiteral("c"));
    EXPECT_EQ(player.currentChapter(), 0);
}

} // namespace
} // namespace ondes
