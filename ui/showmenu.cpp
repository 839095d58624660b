#include "showmenu.h"

#include "application.h"
#include "downloads/downloadmanager.h"
#include "downloads/downloadpolicy.h"
#include "downloads/downloadstore.h"
#include "library/library.h"
#include "subscriptions/foldershows.h"
#include "subscriptions/refresher.h"

#include <QActionGroup>

namespace ondes {

ShowMenu::ShowMenu(Application& app, qint64 showId, QWidget* parent)
    : QMenu(parent), m_app(app), m_showId(showId)
{
    const std::optional<ShowRow> show = m_app.library().show(showId);
    const bool folder = show && show->kind == ShowKind::Folder;
    const bool refreshable = show && (show->kind == ShowKind::Feed || show->kind == ShowKind::Web);
    m_refresh = addAction(folder ? tr("&Rescan the Folder") : tr("&Refresh This Show"));
    m_refresh->setEnabled(folder || refreshable);
    connect(m_refresh, &QAction::triggered, this, [this, folder] {
        if (folder)
            m_app.folderShows().rescan(m_showId);
        else
            m_app.refresher().refresh({m_showId});
    });

    QMenu* autoMenu = addMenu(tr("&Auto-download"));
    autoMenu->setEnabled(refreshable);
    auto* group = new QActionGroup(autoMenu);
    int keep = 0;
    const AutoDownload mode = m_app.downloads().store().autoDownload(showId, &keep);
    const auto addChoice = [&](const QString& text, AutoDownload choice, int count) {
        QAction* action = autoMenu->addAction(text);
        action->setCheckable(true);
        action->setChecked(mode == choice && (choice != AutoDownload::Latest || keep == count));
        group->addAction(action);
        m_autoDownload << action;
        connect(action, &QAction::triggered, this, [this, choice, count] {
            m_app.downloads().store().setAutoDownload(m_showId, choice, count);
            if (choice == AutoDownload::Latest)
                DownloadPolicy(m_app.downloads()).autoDownload(m_showId, 0);
        });
    };
    addChoice(tr("&Off"), AutoDownload::Off, 0);
    addChoice(tr("Every &New Episode"), AutoDownload::New, 0);
    autoMenu->addSeparator();
    for (int count : kKeepChoices)
        addChoice(tr("Keep the Latest %n Downloaded", nullptr, count), AutoDownload::Latest, count);

    addSeparator();
    m_markPlayed = addAction(tr("Mark All Episodes &Played"));
    m_markPlayed->setEnabled(show && show->unplayedCount > 0);
    connect(m_markPlayed, &QAction::triggered, this, [this] {
        QList<qint64> ids;
        for (const EpisodeRow& episode : m_app.library().episodes(m_showId)) {
            if (!episode.played)
                ids << episode.id;
        }
        m_app.library().setPlayed(ids, true);
    });
}

} // namespace ondes
