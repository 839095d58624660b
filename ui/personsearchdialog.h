#pragma once

// PersonSearchDialog: "Find More with This Person". Podcast Index lists the episodes a person
// appears in across shows, with their shows' pictures; each can be played streamed (stored
// nowhere), previewed (its show's feed, stored nowhere) and its show subscribed to. It says so
// plainly when Podcast Index is off or fails.

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace ondes {

class DirectoryArtwork;
class DirectorySearch;
class HttpClient;
class Player;
class Subscriber;

class PersonSearchDialog : public QDialog
{
    Q_OBJECT
public:
    PersonSearchDialog(DirectorySearch& search, HttpClient& http, Subscriber& subscriber,
                       const QString& person, QWidget* parent = nullptr);

    QTreeWidget* episodeList() const { return m_episodes; }
    QString statusText() const;
    // Opens the preview of the chosen episode's show (Enter, a double click).
    void previewCurrent();
    // The shows' pictures (may be null: placeholders), and the player Play streams with.
    void setArtwork(DirectoryArtwork* artwork);
    void setPlayer(Player* player);
    // Streams the chosen episode (Play); false when there is nothing to play.
    bool playCurrent();

private:
    void onFinished();

    DirectorySearch& m_search;
    HttpClient& m_http;
    Subscriber& m_subscriber;
    QString m_person;
    QLabel* m_status;
    QTreeWidget* m_episodes;
    QPushButton* m_play;
    Player* m_player = nullptr;
};

} // namespace ondes
