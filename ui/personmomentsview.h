#pragma once

// PersonMomentsView is the lower part of a person's page in the People view: the moments the
// person chosen there speaks, from the stored transcripts (TranscriptStore::moments), grouped
// by episode: each moment's time and the first words said then. Enter or a double-click on a
// moment plays its episode from there (on an episode: from its first moment). It shows while
// the People view shows and the person has moments; every line has an accessible name that
// says it all (episode, time, words).

#include <QTreeView>

class QListView;
class QStandardItemModel;

namespace ondes {

class Library;

class PersonMomentsView : public QTreeView
{
    Q_OBJECT
public:
    enum Role { EpisodeIdRole = Qt::UserRole + 1, StartRole };
    // Words of a moment's first line shown.
    static constexpr int kFirstWords = 8;

    explicit PersonMomentsView(Library& library, QWidget* parent = nullptr);

    // Follows the current person of the People view (once it has its model) while it shows.
    void follow(QListView* people);
    // Lists the moments of the person (0: none).
    void showPerson(qint64 personId, const QString& name);
    qint64 personId() const { return m_personId; }
    int momentCount() const { return m_momentCount; }
    QStandardItemModel* momentModel() const { return m_model; }

    // "It is a good", the first few words of a line ("…" when there are more).
    static QString firstWords(const QString& line, int count = kFirstWords);

Q_SIGNALS:
    void momentActivated(qint64 episodeId, qint64 startMs);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showCurrentPerson();
    void updateVisibility();

    Library& m_library;
    QStandardItemModel* m_model;
    QListView* m_people = nullptr;
    qint64 m_personId = 0;
    QString m_name;
    int m_momentCount = 0;
    bool m_stale = false; // chosen while hidden: read when the People view shows
};

} // namespace ondes
