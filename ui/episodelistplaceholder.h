#pragma once

// EpisodeListPlaceholder is what the episode list says where it lists nothing: why (nobody
// chosen in People, no match, an empty view or show) and, while the library holds only the
// demo show (a first run), how to add a show: the key of the Add Show action, read when asked.

#include <QCoreApplication>
#include <QPointer>
#include <QString>

class QAction;

namespace ondes {

class EpisodeListModel;
class Library;

class EpisodeListPlaceholder
{
    Q_DECLARE_TR_FUNCTIONS(ondes::EpisodeListPlaceholder)
public:
    explicit EpisodeListPlaceholder(Library& library);

    void setAddShowAction(QAction* action);
    // The text for this list; empty when it lists episodes. listsPerson: the list was asked
    // for a person's episodes (none chosen when the model has no person).
    QString text(const EpisodeListModel& model, bool listsPerson) const;

private:
    QString emptyListText(const EpisodeListModel& model, bool listsPerson) const;
    bool onlyTheDemoShow() const;
    QString addShowText() const;

    Library& m_library;
    QPointer<QAction> m_addShow;
};

} // namespace ondes
