// The People tab as a new listener meets it (issue 21): turning to it chooses someone, the empty
// list says why it is empty, the person chosen before a restart is chosen (highlighted, in
// view) after it and stays so when the people are read again, and the episode buttons say
// nothing about an episode that is not there.

#include "episodeactionsbar.h"
#include "episodelistview.h"
#include "library/episodelistmodel.h"
#include "library/library.h"
#include "library/peoplelistmodel.h"
#include "library/settings.h"
#include "mainwindow.h"
#include "playback/playqueue.h"
#include "support/qtprinters.h"
#include "ui/demowindowfixture.h"

#include <QListView>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace ondes {
namespace {

class PeopleViewTest : public test::DemoWindowFixture
{
protected:
    QTabWidget* tabs() const { return m_window->findChild<QTabWidget*>(); }
    qint64 currentPersonId() const
    {
        return m_window->peopleView()
            ->currentIndex()
            .data(PeopleListModel::PersonIdRole)
            .toLongLong();
    }
    // Forty more people, so that the list is longer than its view.
    void addManyPeople()
    {
        const qint64 episode = episodeIdAt(0);
        for (int i = 0; i < 40; ++i) {
            ASSERT_TRUE(m_app.library().addSpeaker(
                episode,
                QStringLiteral("Zed Person %1").arg(QChar(u'A' + i % 26)) + QString::number(i),
                QString()));
        }
    }
};

TEST_F(PeopleViewTest, TurningToPeopleChoosesTheFirstPersonAndListsTheirEpisodes)
{
    ASSERT_TRUE(tabs());
    tabs()->setCurrentWidget(m_window->peopleView());
    const QModelIndex current = m_window->peopleView()->currentIndex();
    ASSERT_TRUE(current.isValid());
    EXPECT_EQ(current.row(), 0);
    EXPECT_TRUE(m_window->peopleView()->selectionModel()->isSelected(current));
    EXPECT_EQ(m_window->episodeList()->episodeModel()->personId(), currentPersonId());
    EXPECT_GT(m_window->episodeList()->episodeModel()->rowCount(), 0);
    EXPECT_TRUE(m_window->episodeList()->placeholderText().isEmpty());
}

TEST_F(PeopleViewTest, AnEmptyListSaysWhyAndOnAFirstRunHowToAddAShow)
{
    EpisodeListView* list = m_window->episodeList();
    // Nobody chosen: the list says how to choose.
    list->showPerson(0);
    EXPECT_EQ(list->model()->rowCount(), 0);
    EXPECT_TRUE(list->placeholderText().contains(QLatin1String("Choose a person")))
        << list->placeholderText().toStdString();
    EXPECT_EQ(list->accessibleDescription(), list->placeholderText());
    // Only the demo show: every empty list also says how to add a show, with its keys.
    EXPECT_TRUE(list->placeholderText().contains(QLatin1String("Ctrl+L")))
        << list->placeholderText().toStdString();
    list->showView(EpisodeView::InProgress);
    EXPECT_TRUE(list->placeholderText().contains(QLatin1String("No episode is in progress")));
    EXPECT_TRUE(list->placeholderText().contains(QLatin1String("Ctrl+L")));
    // A list with episodes says nothing.
    list->showView(EpisodeView::All);
    EXPECT_TRUE(list->placeholderText().isEmpty());
    EXPECT_TRUE(list->accessibleDescription().isEmpty());

    // Another show: no longer a first run.
    ParsedFeed feed;
    feed.title = QStringLiteral("Another");
    ParsedEpisode episode;
    episode.guid = QStringLiteral("x");
    episode.title = QStringLiteral("X");
    episode.enclosures << Enclosure{QStringLiteral("https://example.org/x.mp3"),
                                    QStringLiteral("audio/mpeg"), 10};
    feed.episodes << episode;
    ASSERT_TRUE(m_app.library().storeFeed(QStringLiteral("https://example.org/feed"),
                                          ShowKind::Feed, feed));
    list->showView(EpisodeView::InProgress);
    EXPECT_TRUE(list->placeholderText().contains(QLatin1String("No episode is in progress")));
    EXPECT_FALSE(list->placeholderText().contains(QLatin1String("Ctrl+L")))
        << list->placeholderText().toStdString();
}

TEST_F(PeopleViewTest, ThePersonChosenBeforeARestartIsHighlightedAndInView)
{
    addManyPeople();
    tabs()->setCurrentWidget(m_window->peopleView());
    QAbstractItemModel* people = m_window->peopleView()->model();
    const QModelIndex last = people->index(people->rowCount() - 1, 0);
    m_window->peopleView()->setCurrentIndex(last);
    const qint64 chosen = currentPersonId();
    ASSERT_GT(chosen, 0);
    m_window->close();
    EXPECT_EQ(m_app.settings().episodeListSource(), QStringLiteral("person:%1").arg(chosen));

    m_window = std::make_unique<MainWindow>(m_app);
    m_window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    QListView* view = m_window->peopleView();
    EXPECT_EQ(tabs()->currentWidget(), view);
    ASSERT_EQ(currentPersonId(), chosen);
    EXPECT_TRUE(view->selectionModel()->isSelected(view->currentIndex()));
    EXPECT_TRUE(view->viewport()->rect().contains(view->visualRect(view->currentIndex()).center()))
        << "the chosen person is scrolled out of view";
    EXPECT_EQ(m_window->episodeList()->episodeModel()->personId(), chosen);

    // The people are read again (a speaker added elsewhere): the choice and the list stay.
    m_window->episodeList()->setCurrentIndex(m_window->episodeList()->model()->index(0, 0));
    const qint64 episode = m_window->episodeList()->currentEpisodeId();
    ASSERT_TRUE(m_app.library().addSpeaker(episode, QStringLiteral("Another Voice"), QString()));
    EXPECT_EQ(currentPersonId(), chosen);
    EXPECT_TRUE(view->selectionModel()->isSelected(view->currentIndex()));
    EXPECT_EQ(m_window->episodeList()->currentEpisodeId(), episode);
}

TEST_F(PeopleViewTest, WithNoEpisodeTheQueueButtonDoesNotSayInTheQueue)
{
    auto* bar = m_window->findChild<EpisodeActionsBar*>();
    ASSERT_TRUE(bar);
    const qint64 episode = m_window->episodeList()->currentEpisodeId();
    ASSERT_GT(episode, 0);
    ASSERT_TRUE(m_app.queue().add(episode));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return bar->queueButton()->text() == QLatin1String("In the queue"); }));
    EXPECT_FALSE(bar->queueButton()->isEnabled());

    m_window->episodeList()->showPerson(0); // nothing listed, nothing selected
    EXPECT_FALSE(bar->isEnabled());
    EXPECT_EQ(bar->queueButton()->text(), QStringLiteral("Add to &queue"));
    EXPECT_EQ(bar->queueButton()->accessibleName(), QStringLiteral("Add the episode to the queue"));
    EXPECT_EQ(bar->playedButton()->text(), QStringLiteral("&Mark played"));
}

} // namespace
} // namespace ondes
