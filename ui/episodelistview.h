#pragma once

// EpisodeListView is the episode list: state icons, title, show, date, duration; sorted by
// clicking a header (date, title, duration: the model sorts in SQL); several rows can be
// selected, and the context menu (or the Menu key) marks them played or unplayed and adds them
// to or removes them from the queue. Download and Delete download appear in the menu once
// something is connected to downloadRequested / deleteDownloadRequested.
//
// It lists what it is told (a view, a show, a person, a search) and keeps its current episode
// when the list is read again (a refresh, a new sort).

#include "library/episodequery.h"

#include <QTreeView>

class QAction;

namespace ondes {

class Application;
class EpisodeListModel;

class EpisodeListView : public QTreeView
{
    Q_OBJECT
public:
    explicit EpisodeListView(Application& app, QWidget* parent = nullptr);

    EpisodeListModel* episodeModel() const { return m_model; }

    // Each lists its episodes and makes the first one current.
    void showView(EpisodeView view);
    void showShow(qint64 showId);
    void showPerson(qint64 personId);
    void showSearch(const QString& text);
    // What is listed, as text for the settings ("view:1", "show:12", "person:3"; a search is
    // not kept), and back. restoreSource() returns false when that source is gone.
    QString sourceKey() const;
    bool restoreSource(const QString& key);

    qint64 currentEpisodeId() const;
    bool selectEpisode(qint64 episodeId);
    // The selected episodes in list order (the current one when none is selected). A large
    // selection is read from the indexes in a few queries, not row by row.
    QList<qint64> selectedEpisodeIds() const;

    void markSelection(bool played);
    void queueSelection();
    void unqueueSelection();

    QAction* markPlayedAction() const { return m_markPlayed; }
    QAction* markUnplayedAction() const { return m_markUnplayed; }
    QAction* queueAction() const { return m_queue; }
    QAction* unqueueAction() const { return m_unqueue; }
    QAction* downloadAction() const { return m_download; }
    QAction* deleteDownloadAction() const { return m_deleteDownload; }

    // The context menu for the selection, as contextMenuEvent shows it (for tests).
    QMenu* createContextMenu(QWidget* parent);

Q_SIGNALS:
    void currentEpisodeChanged(qint64 episodeId); // 0 when none
    // Bulk download actions for whoever handles downloads: connect them and the entries show.
    void downloadRequested(const QList<qint64>& episodeIds);
    void deleteDownloadRequested(const QList<qint64>& episodeIds);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
    // Type-ahead would read every row of a lazy list; the keys are shortcuts instead.
    void keyboardSearch(const QString& search) override;
    bool viewportEvent(QEvent* event) override;

private:
    void afterSourceChange(bool showsShow);
    void selectFirst();
    void fitColumns();

    Application& m_app;
    EpisodeListModel* m_model;
    qint64 m_keepEpisode = 0;
    bool m_firstPaintLogged = false;
    QAction* m_markPlayed;
    QAction* m_markUnplayed;
    QAction* m_queue;
    QAction* m_unqueue;
    QAction* m_download;
    QAction* m_deleteDownload;
};

} // namespace ondes
