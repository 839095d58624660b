#pragma once

// ShowPreviewDialog shows a show found in a directory before subscribing: its title, author and
// episodes (date, duration, title, who speaks), fetched by FeedPreview and stored nowhere. The
// Subscribe button hands the address back (subscribeRequested); closing it leaves no trace.
// With a player, Play (or Enter on an episode) streams the episode through the app's player,
// still storing nothing (Player::playStream).

#include <QDialog>
#include <QUrl>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace ondes {

class FeedPreview;
class HttpClient;
class Player;
struct FeedPreviewResult;

class ShowPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    ShowPreviewDialog(HttpClient& http, const QUrl& feedUrl, QWidget* parent = nullptr);

    QTreeWidget* episodeList() const { return m_episodes; }
    QString statusText() const;
    // Lets Play stream the chosen episode; may be null (no Play).
    void setPlayer(Player* player);
    // Streams the chosen episode (what Play and Enter do); false when there is none to play.
    bool playCurrent();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    void subscribeRequested(const QString& feedUrl);

private:
    void display(const FeedPreviewResult& result);
    void updatePlayButton();

    QUrl m_feedUrl;
    FeedPreview* m_preview;
    QLabel* m_title;
    QLabel* m_status;
    QTreeWidget* m_episodes;
    QPushButton* m_play;
    Player* m_player = nullptr;
    QString m_showTitle;
    QString m_showAuthor;
    QString m_artworkUrl;
};

} // namespace ondes
