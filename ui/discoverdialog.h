#pragma once

// DiscoverDialog: the directories' top shows (File ▸ Discover Shows…), for a country and a
// language — the system's by default — and a category. Apple Podcasts charts per country and
// genre, Podcast Index's trending per language and category, gpodder.net's toplist is one list
// for the world without categories (left out, and said so, when a category is chosen).
// The results are drawn as in the Add Show list (artwork, title, author, language, episodes,
// last episode, directories; the description as tooltip): Up/Down choose, Enter subscribes
// (the dialog stays, to subscribe to more), Space previews. The directories are asked only once
// the dialog is shown; one that fails says so in a line of its own and the others' shows stay.

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QListView;
class QPushButton;

namespace ondes {

class DirectoryArtwork;
class DirectoryResultModel;
class DirectorySearch;
class HttpClient;
class Player;
class Subscriber;

class DiscoverDialog : public QDialog
{
    Q_OBJECT
public:
    // country: two letters ("fr"), or "" for the system's.
    DiscoverDialog(DirectorySearch& search, HttpClient& http, Subscriber& subscriber,
                   const QString& country, QWidget* parent = nullptr);

    // Pictures of the shows (may be null: placeholders), and the player previews play with.
    void setArtwork(DirectoryArtwork* artwork);
    void setPlayer(Player* player) { m_player = player; }

    QComboBox* countryBox() const { return m_country; }
    QComboBox* languageBox() const { return m_language; }
    QComboBox* categoryBox() const { return m_category; }
    QListView* resultList() const { return m_results; }
    QString statusText() const;

    // Asks the directories for the chosen country, language and category.
    void refresh();
    // Subscribes to the chosen show (Enter) / previews it (Space).
    void subscribeCurrent();
    void previewCurrent();

Q_SIGNALS:
    void showAdded(qint64 showId);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillCountries(const QString& chosen);
    void fillLanguages(const QString& chosen);
    void fillCategories();
    void subscribe(const QString& feedUrl, const QString& title);
    void updateStatus();

    DirectorySearch& m_search;
    HttpClient& m_http;
    Subscriber& m_subscriber;
    Player* m_player = nullptr;
    DirectoryResultModel* m_model;
    QComboBox* m_country;
    QComboBox* m_language;
    QComboBox* m_category;
    QListView* m_results;
    QLabel* m_status;
    QPushButton* m_subscribe;
    QPushButton* m_preview;
    QHash<int, QString> m_requests; // subscription requests → the show's title
    QString m_lastOutcome;          // the last subscription's line
    bool m_asked = false;
};

} // namespace ondes
