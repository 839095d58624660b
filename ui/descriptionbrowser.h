#pragma once

// DescriptionBrowser shows an episode's sanitised description. Remote images load only when the
// listener allows them (Settings ▸ Privacy): then each http(s) image is fetched once through
// HttpClient (at most 5 MB, images only), kept in memory for the session, and shown when it
// arrives. Otherwise no request ever leaves, so opening an episode tells no tracker.

#include <QHash>
#include <QImage>
#include <QSet>
#include <QTextBrowser>
#include <QUrl>

namespace ondes {

class HttpClient;

class DescriptionBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit DescriptionBrowser(QWidget* parent = nullptr);

    void setRemoteImages(bool allowed, HttpClient* http);
    bool remoteImagesAllowed() const { return m_allowed && m_http; }
    // Sets the (already sanitised) HTML; images that arrive later are put in place.
    void showHtml(const QString& html);
    int imagesRequested() const { return m_requested; }
    int imagesShown() const { return int(m_images.size()); }

    static constexpr qint64 kMaxImageBytes = 5 * 1024 * 1024;
    static constexpr int kMaxImageWidth = 640;

Q_SIGNALS:
    void imageArrived(const QUrl& url);

protected:
    QVariant loadResource(int type, const QUrl& name) override;

private:
    void fetch(const QUrl& url);

    HttpClient* m_http = nullptr;
    bool m_allowed = false;
    QString m_html;
    QHash<QUrl, QImage> m_images;
    QSet<QUrl> m_pending;
    QSet<QUrl> m_failed;
    int m_requested = 0;
};

} // namespace ondes
