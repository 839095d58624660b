#pragma once

// DescriptionBrowser shows an episode's sanitised description. Remote images load only when the
// listener allows them (Settings ▸ Privacy): then each http(s) image is fetched once through
// RemoteImageLoader (at most 5 MB, images only), kept in memory for the session, and shown when it
// arrives. Otherwise no request ever leaves, so opening an episode tells no tracker.

#include <QHash>
#include <QImage>
#include <QTextBrowser>
#include <QUrl>

#include <memory>

namespace ondes {

class HttpClient;
class RemoteImageLoader;

class DescriptionBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit DescriptionBrowser(QWidget* parent = nullptr);
    ~DescriptionBrowser() override;

    void setRemoteImages(bool allowed, HttpClient* http);
    bool remoteImagesAllowed() const { return m_allowed && m_loader; }
    // Sets the (already sanitised) HTML; images that arrive later are put in place.
    void showHtml(const QString& html);
    int imagesRequested() const;
    int imagesShown() const { return int(m_images.size()); }

    static constexpr qint64 kMaxImageBytes = 5 * 1024 * 1024;
    static constexpr int kMaxImageWidth = 640;

Q_SIGNALS:
    void imageArrived(const QUrl& url);

protected:
    QVariant loadResource(int type, const QUrl& name) override;

private:
    void place(const QUrl& url, QImage image);

    std::unique_ptr<RemoteImageLoader> m_loader;
    int m_earlierRequests = 0; // by loaders of an earlier HttpClient
    bool m_allowed = false;
    QString m_html;
    QHash<QUrl, QImage> m_images;
};

} // namespace ondes
