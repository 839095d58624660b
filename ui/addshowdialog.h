#pragma once

// AddShowDialog asks for an address (a feed, a page that links to feeds, or an episode page),
// follows the subscription as it goes, lets the listener pick a feed when a page offers
// several, and says plainly why it failed: a sentence quoting the address typed, the technical
// detail behind a Details button, the dialog growing to show it all.
// With a DirectorySearch, the same field takes a show's name: after a short pause in typing
// the directories are searched (a newer text cancels the older search) and the results listed;
// Down goes to the list, Enter subscribes to the chosen show, Space previews it.

#include "feed/pageimporter.h"
#include "subscriptions/subscriber.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPlainTextEdit;
class QTimer;
class QToolButton;

namespace ondes {

class DirectoryArtwork;
class DirectoryResultModel;
class DirectorySearch;
class HttpClient;
class Player;

class AddShowDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddShowDialog(Subscriber& subscriber, QWidget* parent = nullptr);

    // Lets the field search the directories by name (charts and stores of country); previews
    // fetch through http.
    void setDirectorySearch(DirectorySearch* search, HttpClient* http, const QString& country);
    // The shows' pictures in the results (may be null: placeholders), and the player a
    // preview plays episodes with (may be null: no Play).
    void setArtwork(DirectoryArtwork* artwork);
    void setPlayer(Player* player) { m_player = player; }
    void setAddress(const QString& address);
    // Starts subscribing to the address typed (what the Add button does).
    void start();
    qint64 showId() const { return m_showId; }
    QString statusText() const;
    // The technical detail of the last failure ("" when none), and its button.
    QString detailText() const;
    QToolButton* detailsButton() const { return m_detailsButton; }

    QListView* resultList() const { return m_results; }
    // Opens the preview of the chosen result (what Space does in the list).
    void previewCurrent();

Q_SIGNALS:
    void showAdded(qint64 showId);

protected:
    void done(int result) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onProgress(int request, const QString& message);
    void onChoice(int request, const QList<ondes::FeedLink>& feeds);
    void onSubscribed(int request, qint64 showId);
    void onFailed(int request, const QString& error, Subscriber::Failure why);
    void setStatus(const QString& text, const QString& detail = {});
    void setBusy(bool busy);
    void onTextEdited(const QString& text);
    void searchNow();
    void onSearchFinished();
    QString chosenFeed() const;
    // Grows the dialog when its text needs more height than it has.
    void fitToText();

    Subscriber& m_subscriber;
    QLineEdit* m_address;
    QListWidget* m_feeds;
    QLabel* m_status;
    QToolButton* m_detailsButton;
    QPlainTextEdit* m_detail;
    QDialogButtonBox* m_buttons;
    QListView* m_results;
    QTimer* m_searchPause;
    DirectorySearch* m_search = nullptr;
    DirectoryResultModel* m_resultModel = nullptr;
    HttpClient* m_http = nullptr;
    Player* m_player = nullptr;
    QString m_country;
    int m_request = 0;
    qint64 m_showId = 0;
};

} // namespace ondes
