#pragma once

// ArtworkCache keeps the shows' artwork on disk (in the cache folder) and small copies in
// memory, so that the Shows list has its pictures at once, also offline. A picture not there
// yet is fetched once through RemoteImageLoader (5 MB at most); imageReady() says when it arrived.
// Local pictures (a folder show's cover.jpg) are read directly.

#include "net/remoteimageloader.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QString>
#include <QUrl>

namespace ondes {

class HttpClient;

class ArtworkCache : public QObject
{
    Q_OBJECT
public:
    ArtworkCache(HttpClient& http, const QString& folder, QObject* parent = nullptr);

    // The picture at url, scaled to fit kSize × kSize; a null image while it is being fetched
    // (imageReady follows) or when there is none.
    QImage image(const QString& url);
    QString fileFor(const QString& url) const; // where the picture is kept on disk
    int fetchCount() const { return m_loader.requestCount(); }

    static constexpr int kSize = 48;
    static constexpr qint64 kMaxBytes = 5 * 1024 * 1024;

Q_SIGNALS:
    void imageReady(const QString& url);

private:
    QImage load(const QString& path) const;
    void store(const QUrl& address, const QImage& image, const QByteArray& bytes);

    RemoteImageLoader m_loader;
    QString m_folder;
    QHash<QString, QImage> m_images;
    QHash<QUrl, QString> m_requested; // the address as the library spells it
};

} // namespace ondes
