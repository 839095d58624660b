#include "episodelistplaceholder.h"

#include "library/episodelistmodel.h"
#include "library/library.h"

#include <QAction>

namespace ondes {

EpisodeListPlaceholder::EpisodeListPlaceholder(Library& library) : m_library(library) {}

void EpisodeListPlaceholder::setAddShowAction(QAction* action)
{
    m_addShow = action;
}

QString EpisodeListPlaceholder::text(const EpisodeListModel& model, bool listsPerson) const
{
    if (model.rowCount() > 0)
        return {};
    QString text = emptyListText(model, listsPerson);
    if (onlyTheDemoShow())
        text += QLatin1String("\n\n") + addShowText();
    return text;
}

QString EpisodeListPlaceholder::emptyListText(const EpisodeListModel& model, bool listsPerson) const
{
    if (model.isSearching())
        return tr("No episode matches the search.");
    if (listsPerson) {
        return model.personId() ? tr("Nobody is named in these episodes any more.")
                                : tr("Choose a person in the People list to see the episodes "
                                     "they speak in. People appear there when a show names who "
                                     "speaks in its episodes.");
    }
    if (const auto view = model.view()) {
        switch (*view) {
        case EpisodeView::All:
            return tr("There are no episodes yet.");
        case EpisodeView::New:
            return tr("No new episodes: you have seen them all.");
        case EpisodeView::InProgress:
            return tr("No episode is in progress.");
        case EpisodeView::Downloaded:
            return tr("No episode is downloaded.");
        }
    }
    if (model.showId())
        return tr("This show has no episodes yet.");
    return tr("Choose a show to see its episodes.");
}

bool EpisodeListPlaceholder::onlyTheDemoShow() const
{
    const QList<ShowRow> shows = m_library.shows();
    return shows.isEmpty() || (shows.size() == 1 && shows.constFirst().kind == ShowKind::Demo);
}

QString EpisodeListPlaceholder::addShowText() const
{
    const QString keys =
        m_addShow ? m_addShow->shortcut().toString(QKeySequence::NativeText) : QString();
    if (keys.isEmpty())
        return tr("To add a show, choose File ▸ Add Show… and give the address of its feed or "
                  "of its web page.");
    return tr("To add a show, press %1 (File ▸ Add Show…) and give the address of its feed or "
              "of its web page.")
        .arg(keys);
}

} // namespace ondes
