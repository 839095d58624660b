#include "application.h"
#include "episodedetailsview.h"
#include "library/episodelistmodel.h"
#include "mainwindow.h"
#include "playback/player.h"
#include "support/qtprinters.h"
#include "support/testdatadir.h"
#include "ui/demowindowfixture.h"

#include <QLineEdit>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

namespace ondes {
namespace {

using SearchFieldTest = test::DemoWindowFixture;

TEST_F(SearchFieldTest, IsLabelledForEveryone)
{
    QLineEdit* field = m_window->searchField();
    ASSERT_TRUE(field);
    EXPECT_EQ(field->accessibleName(), QStringLiteral("Search"));
    EXPECT_EQ(field->placeholderText(),
              QStringLiteral("Search titles, descriptions, shows, people and what was said"));
}

TEST_F(SearchFieldTest, CtrlFFocusesTheField)
{
    m_window->episodeView()->setFocus();
    QTest::keyClick(m_window->episodeView(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(m_window->searchField()->hasFocus());
}

TEST_F(SearchFieldTest, TypingListsTheMatchesAsYouType)
{
    QLineEdit* field = m_window->searchField();
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("nad"));
    // A podcast:person in one episode, named in the description of the other; newest first.
    EXPECT_EQ(listedTitles(),
              (QStringList{QStringLiteral("Conseiller à distance : le métier a-t-il changé ?"),
                           QStringLiteral("Quand le guichet devient un écran")}));
    EXPECT_FALSE(m_window->episodeView()->isColumnHidden(EpisodeListModel::ShowColumn));
    EXPECT_EQ(
        m_window->episodeView()->model()->index(0, EpisodeListModel::ShowColumn).data().toString(),
        QStringLiteral("Guichets fermés"));
    EXPECT_EQ(m_window->detailsView()->titleText(),
              QStringLiteral("Conseiller à distance : le métier a-t-il changé ?"));

    QTest::keyClicks(field, QStringLiteral("ia ben"));
    EXPECT_EQ(listedTitles().size(), 2);
    QTest::keyClicks(field, QStringLiteral(" guichet devient"));
    EXPECT_EQ(listedTitles(), QStringList{QStringLiteral("Quand le guichet devient un écran")});

    // Accents and case do not matter; the speaker finds the episode she speaks in.
    field->clear();
    QTest::keyClicks(field, QStringLiteral("JEANNE RIVIERE"));
    EXPECT_EQ(listedTitles(),
              QStringList{QStringLiteral("Le travail social à l'heure des plateformes")});

    field->clear();
    QTest::keyClicks(field, QStringLiteral("zzzz"));
    EXPECT_TRUE(listedTitles().isEmpty());
}

TEST_F(SearchFieldTest, EscapeClearsTheSearchAndReturnsToTheShow)
{
    QLineEdit* field = m_window->searchField();
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("thomas"));
    ASSERT_EQ(listedTitles().size(), 2);

    QTest::keyClick(field, Qt::Key_Escape);
    EXPECT_TRUE(field->text().isEmpty());
    EXPECT_EQ(listedTitles().size(), 5);
    EXPECT_TRUE(m_window->episodeView()->isColumnHidden(EpisodeListModel::ShowColumn));
    EXPECT_TRUE(m_window->episodeView()->hasFocus());
}

TEST_F(SearchFieldTest, SpaceInTheFieldTypesASpaceAndDoesNotPlay)
{
    QLineEdit* field = m_window->searchField();
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("guichet"));
    QTest::keyClick(field, Qt::Key_Space);
    QTest::keyClicks(field, QStringLiteral("ecran"));
    EXPECT_EQ(field->text(), QStringLiteral("guichet ecran"));
    EXPECT_TRUE(listedTitles().contains(QStringLiteral("Quand le guichet devient un écran")));
    QTest::qWait(300);
    EXPECT_EQ(m_app.player().currentEpisode(), 0);
    EXPECT_FALSE(m_app.player().isPlaying());
}

} // namespace
} // namespace ondes
