#include "personmomentsview.h"

#include "library/library.h"
#include "library/peoplelistmodel.h"
#include "library/timeformat.h"
#include "library/transcriptstore.h"

#include <QEvent>
#include <QHeaderView>
#include <QListView>
#include <QStandardItemModel>

namespace ondes {

namespace {

QString clock(qint64 ms)
{
    return formatClock(ms / 1000, QStringLiteral("0:00"));
}

} // namespace

PersonMomentsView::PersonMomentsView(Library& library, QWidget* parent)
    : QTreeView(parent), m_library(library), m_model(new QStandardItemModel(this))
{
    setModel(m_model);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUniformRowHeights(true);
    setAccessibleName(tr("Moments they speak"));
    hide(); // until a person with moments is chosen
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        // An episode's line plays its first moment.
        const QModelIndex moment = index.parent().isValid() ? index : m_model->index(0, 0, index);
        if (moment.isValid())
            Q_EMIT momentActivated(moment.data(EpisodeIdRole).toLongLong(),
                                   moment.data(StartRole).toLongLong());
    });
    // A transcript fetched, a correction, a merge: the moments are read again.
    connect(&m_library, &Library::peopleChanged, this, [this] {
        if (m_personId && m_people && m_people->isVisible())
            showPerson(m_personId, m_name);
    });
}

QString PersonMomentsView::firstWords(const QString& line, int count)
{
    const QStringList words = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() <= count)
        return words.join(QLatin1Char(' '));
    return words.mid(0, count).join(QLatin1Char(' ')) + QStringLiteral("…");
}

void PersonMomentsView::follow(QListView* people)
{
    m_people = people;
    people->installEventFilter(this);
    // Tab goes from the people to their moments.
    QWidget::setTabOrder(people, this);
    connect(people->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PersonMomentsView::showCurrentPerson);
    showCurrentPerson();
}

bool PersonMomentsView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_people && event->type() == QEvent::Show) {
        if (m_stale)
            showPerson(m_personId, m_name);
        setVisible(m_momentCount > 0);
    } else if (watched == m_people && event->type() == QEvent::Hide)
        hide();
    return QTreeView::eventFilter(watched, event);
}

void PersonMomentsView::showCurrentPerson()
{
    const QModelIndex current = m_people ? m_people->currentIndex() : QModelIndex();
    showPerson(current.data(PeopleListModel::PersonIdRole).toLongLong(),
               current.data(PeopleListModel::NameRole).toString());
}

void PersonMomentsView::showPerson(qint64 personId, const QString& name)
{
    m_personId = personId;
    m_name = name;
    m_momentCount = 0;
    m_model->clear();
    // Reading the moments walks every stored transcript's voices: not for a person chosen
    // while the People view is hidden (at start), until it shows.
    m_stale = m_people && !m_people->isVisible();
    if (m_stale) {
        hide();
        return;
    }
    const QList<SpeakerMoment> moments =
        personId ? TranscriptStore(m_library.database()).moments(name) : QList<SpeakerMoment>();
    //: The header of the list of moments a person speaks, in the People view.
    m_model->setHorizontalHeaderLabels({tr("When %1 speaks").arg(name)});
    setAccessibleName(tr("Moments %1 speaks").arg(name));
    QStandardItem* episodeItem = nullptr;
    for (const SpeakerMoment& moment : moments) {
        if (!episodeItem || episodeItem->data(EpisodeIdRole).toLongLong() != moment.episodeId) {
            const auto episode = m_library.episode(moment.episodeId);
            episodeItem = new QStandardItem(episode ? episode->title : QString());
            episodeItem->setData(moment.episodeId, EpisodeIdRole);
            m_model->appendRow(episodeItem);
        }
        const QString words = firstWords(moment.line);
        auto* item = new QStandardItem(tr("%1  %2").arg(clock(moment.startMs), words));
        item->setData(moment.episodeId, EpisodeIdRole);
        item->setData(moment.startMs, StartRole);
        const qint64 seconds = qMax<qint64>(1, (moment.endMs - moment.startMs + 500) / 1000);
        item->setData(tr("%1, at %2 for %n second(s): %3", nullptr, int(seconds))
                          .arg(episodeItem->text(), clock(moment.startMs), words),
                      Qt::AccessibleTextRole);
        item->setToolTip(moment.line);
        episodeItem->appendRow(item);
        ++m_momentCount;
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem* episode = m_model->item(row);
        episode->setData(tr("%1, %n moment(s)", nullptr, episode->rowCount()).arg(episode->text()),
                         Qt::AccessibleTextRole);
    }
    expandAll();
    if (m_model->rowCount() > 0)
        setCurrentIndex(m_model->index(0, 0, m_model->index(0, 0)));
    updateVisibility();
}

void PersonMomentsView::updateVisibility()
{
    setVisible(m_people && m_people->isVisible() && m_momentCount > 0);
}

} // namespace ondes
