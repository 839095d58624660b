#pragma once

// PeopleActions is how the listener corrects who speaks from the window: "Edit speakers…" in
// the details pane opens SpeakersDialog for the episode, and in the People view, with two or
// more people selected, "Merge into “X”" (context menu) makes them one person, X (the current
// one). The details pane follows every correction.

#include <QObject>
#include <QPointer>

class QAction;
class QListView;
class QWidget;

namespace ondes {

class EpisodeDetailsView;
class PersonMomentsView;
class Library;
class SpeakersDialog;

class PeopleActions : public QObject
{
    Q_OBJECT
public:
    PeopleActions(Library& library, EpisodeDetailsView* details, QWidget* window);

    // The People view, once it has its model (MainWindow makes it on first use).
    void attachPeopleView(QListView* view);
    // The moments the chosen person speaks, under the People view: it follows the People view
    // once attached.
    void setMomentsView(PersonMomentsView* moments);

    QAction* mergeAction() const { return m_merge; }
    // "Find More with This Person": asks for the current person's episodes in other shows.
    QAction* findMoreAction() const { return m_findMore; }
    // The other selected people become the current one. False when fewer than two are selected
    // or the library failed (a message says why).
    bool mergeSelected();
    // Opens (or raises) the dialog that edits the episode's speakers.
    SpeakersDialog* editSpeakers(qint64 episodeId);
    SpeakersDialog* speakersDialog() const; // the open one, or null

Q_SIGNALS:
    void findMoreRequested(const QString& person);

private:
    void updateMergeAction();
    void refreshDetails(qint64 episodeId);

    Library& m_library;
    EpisodeDetailsView* m_details;
    QWidget* m_window;
    QListView* m_people = nullptr;
    PersonMomentsView* m_moments = nullptr;
    QAction* m_merge;
    QAction* m_findMore;
    QPointer<SpeakersDialog> m_dialog;
};

} // namespace ondes
