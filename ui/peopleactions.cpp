#include "peopleactions.h"

#include "episodedetailsview.h"
#include "library/library.h"
#include "library/peoplelistmodel.h"
#include "personmomentsview.h"
#include "speakersdialog.h"

#include <QAction>
#include <QListView>
#include <QMenu>
#include <QMessageBox>

namespace ondes {

PeopleActions::PeopleActions(Library& library, EpisodeDetailsView* details, QWidget* window)
    : QObject(window), m_library(library), m_details(details), m_window(window),
      m_merge(new QAction(tr("&Merge People"), this)),
      m_findMore(new QAction(tr("&Find More with This Person…"), this))
{
    m_findMore->setEnabled(false);
    connect(m_findMore, &QAction::triggered, this, [this] {
        if (m_people && m_people->currentIndex().isValid())
            Q_EMIT findMoreRequested(
                m_people->currentIndex().data(PeopleListModel::NameRole).toString());
    });
    m_merge->setEnabled(false);
    connect(m_merge, &QAction::triggered, this, &PeopleActions::mergeSelected);
    connect(m_details, &EpisodeDetailsView::editSpeakersRequested, this,
            &PeopleActions::editSpeakers);
    connect(&m_library, &Library::speakersChanged, this, &PeopleActions::refreshDetails);
    connect(&m_library, &Library::peopleChanged, this,
            [this] { refreshDetails(m_details->episodeId()); });
}

void PeopleActions::attachPeopleView(QListView* view)
{
    m_people = view;
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    view->addAction(m_merge);
    view->addAction(m_findMore);
    connect(view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        updateMergeAction();
        QMenu menu;
        menu.addAction(m_merge);
        menu.addAction(m_findMore);
        menu.exec(m_people->viewport()->mapToGlobal(pos));
    });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PeopleActions::updateMergeAction);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PeopleActions::updateMergeAction);
    updateMergeAction();
    if (m_moments)
        m_moments->follow(view);
}

void PeopleActions::setMomentsView(PersonMomentsView* moments)
{
    m_moments = moments;
    if (m_people)
        m_moments->follow(m_people);
}

void PeopleActions::updateMergeAction()
{
    const bool enough = m_people && m_people->selectionModel()->selectedRows().size() >= 2 &&
                        m_people->currentIndex().isValid();
    m_merge->setEnabled(enough);
    m_findMore->setEnabled(m_people && m_people->currentIndex().isValid());
    m_merge->setText(
        enough ? tr("&Merge into “%1”")
                     .arg(m_people->currentIndex().data(PeopleListModel::NameRole).toString())
               : tr("&Merge People"));
}

bool PeopleActions::mergeSelected()
{
    if (!m_people)
        return false;
    const QModelIndex current = m_people->currentIndex();
    const QModelIndexList selected = m_people->selectionModel()->selectedRows();
    if (!current.isValid() || selected.size() < 2)
        return false;
    const qint64 into = current.data(PeopleListModel::PersonIdRole).toLongLong();
    QList<qint64> others;
    for (const QModelIndex& index : selected) {
        const qint64 id = index.data(PeopleListModel::PersonIdRole).toLongLong();
        if (id != into)
            others << id;
    }
    for (const qint64 from : std::as_const(others)) {
        QString error;
        if (!m_library.mergePeople(from, into, &error)) {
            QMessageBox::warning(m_window, tr("Merge People"),
                                 tr("The people could not be merged: %1").arg(error));
            return false;
        }
    }
    const auto* model = qobject_cast<const PeopleListModel*>(m_people->model());
    if (model && model->indexOfPerson(into).isValid())
        m_people->setCurrentIndex(model->indexOfPerson(into));
    return true;
}

SpeakersDialog* PeopleActions::editSpeakers(qint64 episodeId)
{
    if (m_dialog && m_dialog->episodeId() == episodeId) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    if (m_dialog)
        m_dialog->close();
    const auto episode = m_library.episode(episodeId);
    if (!episode)
        return nullptr;
    m_dialog = new SpeakersDialog(m_library, episodeId, episode->title, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->show();
    return m_dialog;
}

SpeakersDialog* PeopleActions::speakersDialog() const
{
    return m_dialog;
}

void PeopleActions::refreshDetails(qint64 episodeId)
{
    if (episodeId != 0 && episodeId == m_details->episodeId())
        m_details->showPeople(m_library.speakers(episodeId), m_library.credits(episodeId));
}

} // namespace ondes
