#include "episodesourceswitcher.h"

#include "episodelistview.h"
#include "library/episodelistmodel.h"
#include "library/episodesource.h"
#include "library/library.h"
#include "library/peoplelistmodel.h"
#include "library/showlistmodel.h"
#include "peopleactions.h"

#include <QEvent>
#include <QLineEdit>
#include <QListView>
#include <QSignalBlocker>
#include <QTabWidget>

namespace ondes {

EpisodeSourceSwitcher::EpisodeSourceSwitcher(Library& library, QTabWidget* tabs, QListView* shows,
                                             ShowListModel* showModel, QListView* people,
                                             QLineEdit* search, EpisodeListView* episodes,
                                             PeopleActions* peopleActions, QObject* parent)
    : QObject(parent), m_library(library), m_tabs(tabs), m_shows(shows), m_showModel(showModel),
      m_people(people), m_search(search), m_episodes(episodes), m_peopleActions(peopleActions)
{
    connect(m_shows->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &EpisodeSourceSwitcher::onShowChanged);
    // Turning to the other tab is a new choice of what to list: it ends a search.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        ensurePeople();
        endSearch();
        // Turning to People (Alt+E) lands on someone: the first person when none was chosen.
        if (m_tabs->currentWidget() == m_people && !m_people->currentIndex().isValid() &&
            m_peopleModel->rowCount() > 0) {
            m_people->setCurrentIndex(m_peopleModel->index(0));
            return;
        }
        showCurrentSource();
    });
    // A list chosen before the window is on screen is scrolled to its choice once it is.
    m_shows->installEventFilter(this);
    m_people->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &EpisodeSourceSwitcher::onSearchChanged);
}

void EpisodeSourceSwitcher::restore(const QString& key, qint64 lastEpisodeId)
{
    const EpisodeSource source = EpisodeSource::parse(key);
    if (source.kind == EpisodeSource::Kind::Person) {
        selectPerson(source.id);
        return;
    }
    if (source.kind == EpisodeSource::Kind::View) {
        m_shows->setCurrentIndex(m_showModel->indexOfView(source.view()));
        return;
    }
    qint64 showId = source.kind == EpisodeSource::Kind::Show ? source.id : 0;
    if (!m_showModel->indexOfShow(showId).isValid()) {
        const auto last = m_library.episode(lastEpisodeId);
        showId = last ? last->showId : 0;
    }
    if (!showId && m_showModel->rowCount() > ShowListModel::kViewCount)
        showId = m_showModel->index(ShowListModel::kViewCount)
                     .data(ShowListModel::ShowIdRole)
                     .toLongLong();
    if (showId)
        selectShow(showId);
}

void EpisodeSourceSwitcher::selectShow(qint64 showId)
{
    endSearch();
    const QModelIndex index = m_showModel->indexOfShow(showId);
    if (index.isValid())
        m_shows->setCurrentIndex(index);
    if (m_episodes->episodeModel()->isSearching())
        showCurrentSource();
}

void EpisodeSourceSwitcher::ensurePeople()
{
    // Counting everyone's episodes and shows reads every speaker link: not before the People
    // tab is wanted, so that the window opens at once on a large library.
    if (m_peopleModel)
        return;
    m_peopleModel = new PeopleListModel(m_library, this);
    m_people->setModel(m_peopleModel);
    connect(m_people->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &EpisodeSourceSwitcher::onPersonChanged);
    m_peopleActions->attachPeopleView(m_people);
    // People read again (a refresh, a merge) keep the one whose episodes are listed chosen.
    connect(m_peopleModel, &QAbstractItemModel::modelReset, this, [this] {
        const QModelIndex listed =
            m_peopleModel->indexOfPerson(m_episodes->episodeModel()->personId());
        if (listed.isValid())
            m_people->setCurrentIndex(listed);
    });
}

bool EpisodeSourceSwitcher::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Show && (watched == m_people || watched == m_shows)) {
        auto* view = static_cast<QListView*>(watched);
        if (view->currentIndex().isValid())
            view->scrollTo(view->currentIndex(), QAbstractItemView::PositionAtCenter);
    }
    return QObject::eventFilter(watched, event);
}

void EpisodeSourceSwitcher::selectPerson(qint64 personId)
{
    endSearch();
    ensurePeople();
    // Chosen before the tab turns, so that turning does not choose the first person.
    const QModelIndex index = m_peopleModel->indexOfPerson(personId);
    if (index.isValid()) {
        m_people->setCurrentIndex(index);
        m_people->scrollTo(index, QAbstractItemView::PositionAtCenter);
    }
    m_tabs->setCurrentWidget(m_people);
    if (m_episodes->episodeModel()->isSearching())
        showCurrentSource();
}

bool EpisodeSourceSwitcher::isSearching() const
{
    return !m_search->text().trimmed().isEmpty();
}

void EpisodeSourceSwitcher::endSearch()
{
    const QSignalBlocker blocker(m_search);
    m_search->clear();
}

void EpisodeSourceSwitcher::showCurrentSource()
{
    if (m_tabs->currentWidget() == m_shows)
        onShowChanged();
    else
        onPersonChanged();
}

void EpisodeSourceSwitcher::onSearchChanged(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        showCurrentSource();
        return;
    }
    m_episodes->showSearch(text);
}

void EpisodeSourceSwitcher::onShowChanged()
{
    // The listener picking a show ends a search; a refresh resetting the list must not.
    if (isSearching()) {
        if (!m_shows->hasFocus())
            return;
        endSearch();
    }
    const QModelIndex current = m_shows->currentIndex();
    if (!current.isValid())
        return; // the shows were read again; the list stays until one is picked
    if (current.data(ShowListModel::ViewRole).toInt() >= 0)
        m_episodes->showView(EpisodeView(current.data(ShowListModel::ViewRole).toInt()));
    else
        m_episodes->showShow(current.data(ShowListModel::ShowIdRole).toLongLong());
}

void EpisodeSourceSwitcher::onPersonChanged()
{
    if (isSearching()) {
        if (!m_people->hasFocus())
            return;
        endSearch();
    }
    const qint64 personId =
        m_people->currentIndex().data(PeopleListModel::PersonIdRole).toLongLong();
    // The person listed already (chosen again after their list was read again): the episode
    // list keeps its place.
    if (personId && personId == m_episodes->episodeModel()->personId() &&
        !m_episodes->episodeModel()->isSearching())
        return;
    m_episodes->showPerson(personId);
}

} // namespace ondes
