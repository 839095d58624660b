#pragma once

// EpisodeSourceSwitcher decides what the episode list shows: the view or show picked in the
// Shows tab, the person picked in the People tab (its list is read when the tab is first
// wanted), or what the search field finds. The listener picking a source ends a search; a
// refresh that reads the shows again does not. On start it brings back the saved source, and
// the chosen show or person stays chosen (highlighted, scrolled to) when the lists are read
// again or first shown. Turning to People with nobody chosen chooses the first person.

#include <QObject>

class QLineEdit;
class QListView;
class QTabWidget;

namespace ondes {

class EpisodeListView;
class Library;
class PeopleActions;
class PeopleListModel;
class ShowListModel;

class EpisodeSourceSwitcher : public QObject
{
    Q_OBJECT
public:
    EpisodeSourceSwitcher(Library& library, QTabWidget* tabs, QListView* shows,
                          ShowListModel* showModel, QListView* people, QLineEdit* search,
                          EpisodeListView* episodes, PeopleActions* peopleActions,
                          QObject* parent = nullptr);

    void selectShow(qint64 showId);
    void selectPerson(qint64 personId);
    // The source saved as key (EpisodeSource); else the show of lastEpisodeId; else the first
    // show.
    void restore(const QString& key, qint64 lastEpisodeId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onShowChanged();
    void onPersonChanged();
    void onSearchChanged(const QString& text);
    void showCurrentSource();
    bool isSearching() const;
    void endSearch();
    void ensurePeople();

    Library& m_library;
    QTabWidget* m_tabs;
    QListView* m_shows;
    ShowListModel* m_showModel;
    QListView* m_people;
    PeopleListModel* m_peopleModel = nullptr;
    QLineEdit* m_search;
    EpisodeListView* m_episodes;
    PeopleActions* m_peopleActions;
};

} // namespace ondes
