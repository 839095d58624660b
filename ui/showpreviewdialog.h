#pragma once

// ShowPreviewDialog shows a show found in a directory before subscribing: its title, author and
// episodes (date, duration, title, who speaks), fetched by FeedPreview and stored nowhere. The
// Subscribe button hands the address back (subscribeRequested); closing it leaves no trace.

#include <QDialog>
#include <QUrl>

class QLabel;
class QTreeWidget;

namespace ondes {

class FeedPreview;
class HttpClient;
struct FeedPreviewResult;

class ShowPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    ShowPreviewDialog(HttpClient& http, const QUrl& feedUrl, QWidget* parent = nullptr);

    QTreeWidget* episodeList() const { return m_episodes; }
    QString statusText() const;

Q_SIGNALS:
    void subscribeRequested(const QString& feedUrl);

private:
    void display(const FeedPreviewResult& result);

    QUrl m_feedUrl;
    FeedPreview* m_preview;
    QLabel* m_title;
    QLabel* m_status;
    QTreeWidget* m_episodes;
};

} // namespace ondes
