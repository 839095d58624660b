#include "episodekeyactions.h"

#include "application.h"
#include "library/episodelistmodel.h"
#include "library/library.h"
#include "playback/player.h"
#include "playback/playqueue.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QStatusBar>
#include <QTreeView>

#include <algorithm>

namespace ondes {

EpisodeKeyActions::EpisodeKeyActions(Application& app, QTreeView* view, QStatusBar* status)
    : QObject(view), m_app(app), m_view(view), m_status(status),
      m_play(new QAction(tr("&Play Episode"), this)),
      m_selectPrevious(new QAction(tr("Previous Episode in the List"), this)),
      m_selectNext(new QAction(tr("Next Episode in the List"), this)),
      m_enqueue(new QAction(tr("Add to &Queue"), this)),
      m_togglePlayed(new QAction(tr("&Mark Played/Unplayed"), this)),
      m_download(new QAction(tr("&Download"), this))
{
    // These keys belong to the list; the others work anywhere in the window.
    m_view->addAction(m_play);
    m_view->addAction(m_selectPrevious);
    m_view->addAction(m_selectNext);
    m_download->setEnabled(false);

    connect(m_play, &QAction::triggered, this, [this] {
        const qint64 id = m_view->currentIndex().data(EpisodeListModel::EpisodeIdRole).toLongLong();
        if (id)
            m_app.player().play(id);
    });
    connect(m_selectPrevious, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(m_selectNext, &QAction::triggered, this, [this] { moveCurrent(1); });
    connect(m_enqueue, &QAction::triggered, this, &EpisodeKeyActions::enqueue);
    connect(m_togglePlayed, &QAction::triggered, this, &EpisodeKeyActions::togglePlayed);
}

QList<qint64> EpisodeKeyActions::selectedEpisodes() const
{
    QModelIndexList rows;
    if (const QItemSelectionModel* selection = m_view->selectionModel())
        rows = selection->selectedRows();
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows << m_view->currentIndex();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex& index : std::as_const(rows)) {
        const qint64 id = index.data(EpisodeListModel::EpisodeIdRole).toLongLong();
        if (id && !ids.contains(id))
            ids << id;
    }
    return ids;
}

void EpisodeKeyActions::togglePlayed()
{
    const QList<qint64> ids = selectedEpisodes();
    if (ids.isEmpty())
        return;
    Library& library = m_app.library();
    const bool allPlayed = std::all_of(ids.cbegin(), ids.cend(), [&library](qint64 id) {
        const auto episode = library.episode(id);
        return episode && episode->played;
    });
    for (const qint64 id : ids)
        library.setPlayed(id, !allPlayed);
    if (m_status)
        m_status->showMessage(allPlayed ? tr("%n episode(s) marked unplayed.", nullptr, ids.size())
                                        : tr("%n episode(s) marked played.", nullptr, ids.size()),
                              5000);
}

void EpisodeKeyActions::enqueue()
{
    const QList<qint64> ids = selectedEpisodes();
    int added = 0;
    PlayQueue& queue = m_app.queue();
    for (const qint64 id : ids) {
        if (!queue.contains(id) && queue.add(id))
            ++added;
    }
    if (m_status && !ids.isEmpty())
        m_status->showMessage(tr("%n episode(s) added to the queue.", nullptr, added), 5000);
}

void EpisodeKeyActions::moveCurrent(int delta)
{
    const QModelIndex current = m_view->currentIndex();
    QModelIndex target;
    if (!current.isValid())
        target = m_view->model() ? m_view->model()->index(0, 0) : QModelIndex();
    else
        target = delta < 0 ? m_view->indexAbove(current) : m_view->indexBelow(current);
    if (!target.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_view->scrollTo(target);
}

} // namespace ondes
