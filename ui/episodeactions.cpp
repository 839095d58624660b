#include "episodeactions.h"

#include "application.h"
#include "downloads/downloadmanager.h"
#include "episodelistview.h"
#include "library/episodelistmodel.h"
#include "library/library.h"
#include "messagebar.h"
#include "playback/player.h"
#include "playback/playqueue.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QStatusBar>

namespace ondes {

namespace {

QAction* separator(QObject* parent)
{
    auto* action = new QAction(parent);
    action->setSeparator(true);
    return action;
}

} // namespace

EpisodeActions::EpisodeActions(Application& app, EpisodeListView* list, MessageBar* messages,
                               QStatusBar* status)
    : QObject(list), m_app(app), m_list(list), m_messages(messages), m_status(status),
      m_play(new QAction(tr("&Play Episode"), this)),
      m_enqueue(new QAction(tr("Add to &Queue"), this)),
      m_dequeue(new QAction(tr("&Remove from Queue"), this)),
      m_togglePlayed(new QAction(tr("&Mark Played/Unplayed"), this)),
      m_markPlayed(new QAction(tr("Mark as Pla&yed"), this)),
      m_markUnplayed(new QAction(tr("Mark as &Unplayed"), this)),
      m_download(new QAction(tr("&Download"), this)),
      m_deleteDownload(new QAction(tr("D&elete Download"), this))
{
    // Enter belongs to the list; the other keys work anywhere in the window.
    m_list->addAction(m_play);
    m_list->setContextMenuActions({m_play, separator(this), m_markPlayed, m_markUnplayed,
                                   separator(this), m_enqueue, m_dequeue, separator(this),
                                   m_download, m_deleteDownload});

    connect(m_play, &QAction::triggered, this, [this] { play(m_list->currentEpisodeId()); });
    connect(m_enqueue, &QAction::triggered, this, [this] { enqueue(selection()); });
    connect(m_dequeue, &QAction::triggered, this, [this] { dequeue(selection()); });
    connect(m_togglePlayed, &QAction::triggered, this, [this] { togglePlayed(selection()); });
    connect(m_markPlayed, &QAction::triggered, this, [this] { setPlayed(selection(), true); });
    connect(m_markUnplayed, &QAction::triggered, this, [this] { setPlayed(selection(), false); });
    connect(m_download, &QAction::triggered, this, [this] { download(selection()); });
    connect(m_deleteDownload, &QAction::triggered, this, [this] { deleteDownloads(selection()); });

    // Enabled from the selection: the keys of a disabled action do nothing.
    connect(m_list, &EpisodeListView::contextMenuAboutToShow, this, &EpisodeActions::updateEnabled);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EpisodeActions::updateEnabled);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &EpisodeActions::updateEnabled);
    connect(&m_app.queue(), &PlayQueue::changed, this, &EpisodeActions::updateEnabled);

    connect(&m_app.downloads(), &DownloadManager::downloadFailed, this,
            [this](qint64 id, const QString& error) {
                const auto episode = m_app.library().episode(id);
                m_messages->showMessage(
                    tr("Could not download “%1”: %2")
                        .arg(episode ? episode->title : QString::number(id), error),
                    [this, id] { m_app.downloads().resume(id); });
            });
    updateEnabled();
}

void EpisodeActions::addTo(QMenu* menu) const
{
    menu->addAction(m_play);
    menu->addSeparator();
    menu->addActions({m_enqueue, m_dequeue});
    menu->addSeparator();
    menu->addActions({m_togglePlayed, m_markPlayed, m_markUnplayed});
    menu->addSeparator();
    menu->addActions({m_download, m_deleteDownload});
}

QList<qint64> EpisodeActions::selection() const
{
    return m_list->selectedEpisodeIds();
}

void EpisodeActions::updateEnabled()
{
    const QList<qint64> ids = selection();
    const bool any = !ids.isEmpty();
    const PlayQueue& queue = m_app.queue();
    const bool anyQueued =
        std::any_of(ids.cbegin(), ids.cend(), [&queue](qint64 id) { return queue.contains(id); });
    m_play->setEnabled(m_list->currentEpisodeId() != 0);
    for (QAction* action :
         {m_enqueue, m_togglePlayed, m_markPlayed, m_markUnplayed, m_download, m_deleteDownload})
        action->setEnabled(any);
    m_dequeue->setEnabled(anyQueued);
}

void EpisodeActions::say(const QString& text)
{
    if (m_status)
        m_status->showMessage(text, 5000);
}

void EpisodeActions::play(qint64 episodeId)
{
    if (!episodeId)
        return;
    // A search hit for what was said opens the episode where it is said.
    if (const auto said = m_list->episodeModel()->saidLine(episodeId)) {
        playFrom(episodeId, said->startMs);
        return;
    }
    m_app.player().play(episodeId);
}

void EpisodeActions::playFrom(qint64 episodeId, qint64 positionMs)
{
    Player& player = m_app.player();
    // Playing it already: play() goes on playing (or resumes), then the seek.
    if (!episodeId || !player.play(episodeId))
        return;
    player.seek(positionMs);
    Q_EMIT playedFrom(episodeId, positionMs);
}

int EpisodeActions::enqueue(const QList<qint64>& episodeIds)
{
    if (episodeIds.isEmpty())
        return 0;
    const int added = m_app.queue().add(episodeIds);
    say(added > 0 ? tr("%n episode(s) added to the queue.", nullptr, added)
                  : tr("%n episode(s) already in the queue; nothing was added.", nullptr,
                       int(episodeIds.size())));
    return added;
}

int EpisodeActions::dequeue(const QList<qint64>& episodeIds)
{
    if (episodeIds.isEmpty())
        return 0;
    const int removed = m_app.queue().remove(episodeIds);
    say(tr("%n episode(s) removed from the queue.", nullptr, removed));
    return removed;
}

int EpisodeActions::setPlayed(const QList<qint64>& episodeIds, bool played)
{
    if (episodeIds.isEmpty() || !m_app.library().setPlayed(episodeIds, played))
        return 0;
    const int count = int(episodeIds.size());
    say(played ? tr("%n episode(s) marked played.", nullptr, count)
               : tr("%n episode(s) marked unplayed.", nullptr, count));
    return count;
}

int EpisodeActions::togglePlayed(const QList<qint64>& episodeIds)
{
    if (episodeIds.isEmpty())
        return 0;
    const bool allPlayed = m_app.library().playedCount(episodeIds) == episodeIds.size();
    return setPlayed(episodeIds, !allPlayed);
}

void EpisodeActions::download(const QList<qint64>& episodeIds)
{
    if (episodeIds.isEmpty())
        return;
    const QStringList problems = m_app.downloads().enqueue(episodeIds);
    // Asking for many at once, some are downloaded already: say it only for one.
    if (problems.size() == 1 || (!problems.isEmpty() && episodeIds.size() == 1))
        m_messages->showMessage(problems.first());
    else if (problems.size() > 1)
        m_messages->showMessage(
            tr("%n episode(s) could not be queued for download: %1", nullptr, int(problems.size()))
                .arg(problems.first()));
    Q_EMIT downloadsRequested();
}

void EpisodeActions::cancelDownload(qint64 episodeId)
{
    m_app.downloads().cancel(episodeId);
}

void EpisodeActions::deleteDownloads(const QList<qint64>& episodeIds)
{
    if (episodeIds.isEmpty())
        return;
    const QStringList problems = m_app.downloads().deleteDownloads(episodeIds);
    if (problems.size() == 1)
        m_messages->showMessage(problems.first());
    else if (problems.size() > 1)
        m_messages->showMessage(
            tr("%n download(s) could not be deleted: %1", nullptr, int(problems.size()))
                .arg(problems.first()));
}

} // namespace ondes
