#pragma once

// EpisodeListView is the episode list: state icons, title, show, date, duration; sorted by
// clicking a header (date, title, duration: the model sorts in SQL); several rows can be
// selected, and the context menu (or the Menu key) holds the actions it is given (EpisodeActions
// gives the episode actions). ↑ and ↓ move in the list (selectPreviousAction/selectNextAction).
//
// The player's current episode is marked (EpisodeListModel::NowPlayingRole). The current
// episode, shown in a visible list, is seen: no longer New (Library::markSeen). Where it lists
// nothing it says why (EpisodeListPlaceholder).
//
// It lists what it is told (a view, a show, a person, a search) and keeps its current episode
// when the list is read again (a refresh, a new sort).

#include "library/episodequery.h"

#include <QTreeView>

#include <memory>

class QAction;

namespace ondes {

class Application;
class EpisodeListModel;
class EpisodeListPlaceholder;
class Library;

class EpisodeListView : public QTreeView
{
    Q_OBJECT
public:
    explicit EpisodeListView(Application& app, QWidget* parent = nullptr);
    ~EpisodeListView() override;

    EpisodeListModel* episodeModel() const { return m_model; }

    // Each lists its episodes and makes the first one current.
    void showView(EpisodeView view);
    void showShow(qint64 showId);
    void showPerson(qint64 personId);
    void showSearch(const QString& text);
    // What is listed, as the settings keep it (EpisodeSource: "view:1", "show:12",
    // "person:3"); "" for a search, which is not kept.
    QString sourceKey() const;

    qint64 currentEpisodeId() const;
    bool selectEpisode(qint64 episodeId);
    // The selected episodes in list order (the current one when none is selected). A large
    // selection is read from the indexes in a few queries, not row by row.
    QList<qint64> selectedEpisodeIds() const;

    // Up and down (↑/↓): the main window registers their keys with ShortcutMap.
    QAction* selectPreviousAction() const { return m_selectPrevious; }
    QAction* selectNextAction() const { return m_selectNext; }

    // The Add Show action, whose keys the empty list's hint gives on a first run.
    void setAddShowAction(QAction* action);
    // What the list says where it is empty (also its accessible description); "" when it
    // lists episodes.
    QString placeholderText() const;
    // The Title column stretches but never gets narrower than this: the list asks for room for
    // it beside the other columns (minimumSizeHint), so the panels around it give way first.
    int titleMinimumWidth() const;
    QSize minimumSizeHint() const override;

    // What the context menu holds, in order (separators included).
    void setContextMenuActions(const QList<QAction*>& actions);
    // The context menu for the selection, as contextMenuEvent shows it (for tests).
    QMenu* createContextMenu(QWidget* parent);

Q_SIGNALS:
    void currentEpisodeChanged(qint64 episodeId); // 0 when none
    // The context menu is being made: the time to enable its actions for the selection.
    void contextMenuAboutToShow();

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
    // Type-ahead would read every row of a lazy list; the keys are shortcuts instead.
    void keyboardSearch(const QString& search) override;
    bool viewportEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void afterSourceChange(bool showsShow);
    void selectFirst();
    void fitColumns();
    void moveCurrent(int delta);
    // The current episode, shown to the listener, is no longer New (Library::markSeen).
    void markCurrentSeen();
    void updatePlaceholder();

    Library& m_library;
    EpisodeListModel* m_model;
    std::unique_ptr<EpisodeListPlaceholder> m_placeholder;
    QString m_placeholderText;
    bool m_listsPerson = false;
    qint64 m_keepEpisode = 0;
    bool m_firstPaintLogged = false;
    QAction* m_selectPrevious;
    QAction* m_selectNext;
    QList<QAction*> m_contextActions;
};

} // namespace ondes
