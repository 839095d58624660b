#include "net/artworkcache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>

namespace ondes {

ArtworkCache::ArtworkCache(HttpClient& http, const QString& folder, QObject* parent)
    : QObject(parent), m_loader(http, {kMaxBytes, 1, 30000}), m_folder(folder)
{
    connect(&m_loader, &RemoteImageLoader::loaded, this, &ArtworkCache::store);
    connect(&m_loader, &RemoteImageLoader::failed, this,
            [this](const QUrl& address) { m_requested.remove(address); });
}

QString ArtworkCache::fileFor(const QString& url) const
{
    const QByteArray hash =
        QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha1).toHex();
    return m_folder + QLatin1Char('/') + QString::fromLatin1(hash);
}

QImage ArtworkCache::load(const QString& path) const
{
    QImage image(path);
    if (image.isNull())
        return {};
    return image.scaled(kSize, kSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

QImage ArtworkCache::image(const QString& url)
{
    if (url.isEmpty())
        return {};
    if (const auto it = m_images.constFind(url); it != m_images.constEnd())
        return *it;
    const QUrl address(url);
    if (address.isLocalFile()) {
        const QImage image = load(address.toLocalFile());
        m_images.insert(url, image);
        return image;
    }
    const QString file = fileFor(url);
    if (QFileInfo::exists(file)) {
        const QImage image = load(file);
        if (!image.isNull()) {
            m_images.insert(url, image);
            return image;
        }
    }
    // Not again this session when it fails: an offline start tries once more next time.
    const bool pending = m_requested.contains(address);
    m_requested.insert(address, url);
    if (!m_loader.request(address) && !pending)
        m_requested.remove(address);
    return {};
}

void ArtworkCache::store(const QUrl& address, const QImage& image, const QByteArray& bytes)
{
    const QString url = m_requested.take(address);
    if (url.isEmpty())
        return;
    QDir().mkpath(m_folder);
    QSaveFile file(fileFor(url));
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size())
        file.commit();
    m_images.insert(url, image.scaled(kSize, kSize, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    Q_EMIT imageReady(url);
}

} // namespace ondes

// Compiled here, not with the library's other moc files: see app/CMakeLists.txt.
#include "moc_artworkcache.cpp"
