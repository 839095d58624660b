#include "net/artworkcache.h"

#include "net/httpclient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>

namespace ondes {

ArtworkCache::ArtworkCache(HttpClient& http, const QString& folder, QObject* parent)
    : QObject(parent), m_http(http), m_folder(folder)
{}

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
    fetch(url);
    return {};
}

void ArtworkCache::fetch(const QString& url)
{
    if (m_pending.contains(url) || m_failed.contains(url) ||
        !HttpClient::unsupportedUrlReason(QUrl(url)).isEmpty())
        return;
    m_pending.insert(url);
    ++m_fetches;
    HttpRequestOptions options;
    options.accept = "image/*";
    options.maxBytes = kMaxBytes;
    options.retries = 1;
    HttpReply* reply = m_http.get(QUrl(url), options);
    connect(reply, &HttpReply::finished, this, [this, url](const HttpResult& result) {
        m_pending.remove(url);
        QImage image;
        if (result.ok())
            image.loadFromData(result.body);
        if (image.isNull()) {
            // Not again this session: an offline start tries once more next time.
            m_failed.insert(url);
            return;
        }
        QDir().mkpath(m_folder);
        QSaveFile file(fileFor(url));
        if (file.open(QIODevice::WriteOnly) && file.write(result.body) == result.body.size())
            file.commit();
        m_images.insert(url,
                        image.scaled(kSize, kSize, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        Q_EMIT imageReady(url);
    });
}

} // namespace ondes
