#include "discovery/directoryartwork.h"

#include "net/httpclient.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QImageReader>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>
#include <QUrl>

#include <algorithm>

namespace ondes {

namespace {

// A picture wider or taller than this is not decoded (a small file can claim a huge one).
constexpr int kMaxDimension = 8000;
// Requests queued beyond this many are dropped, oldest first: rows scrolled past long ago ask
// again if they are drawn again.
constexpr int kMaxQueued = 64;

// Decodes bytes into a picture fitting side × side; null when they are no image, or too large.
QImage decodeScaled(const QByteArray& bytes, int side)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (!size.isValid() || size.width() > kMaxDimension || size.height() > kMaxDimension)
        return {};
    const QSize scaled = size.scaled(side, side, Qt::KeepAspectRatio);
    if (size.width() > scaled.width() * 2)
        reader.setScaledSize(scaled * 2); // JPEG decodes smaller at once; smoothed below
    QImage image = reader.read();
    if (image.isNull())
        return {};
    if (image.width() > side || image.height() > side)
        image = image.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

// Removes the oldest files of folder until they hold at most limit bytes.
void trimFolder(const QString& folder, qint64 limit)
{
    QFileInfoList files = QDir(folder).entryInfoList(QDir::Files, QDir::Time); // newest first
    qint64 total = 0;
    for (const QFileInfo& file : files)
        total += file.size();
    while (total > limit && !files.isEmpty()) {
        const QFileInfo oldest = files.takeLast();
        if (QFile::remove(oldest.filePath()))
            total -= oldest.size();
    }
}

struct Decoded
{
    QImage image;
    bool fromDisk = false;
};

} // namespace

DirectoryArtwork::DirectoryArtwork(const QString& folder, QObject* parent)
    : DirectoryArtwork(folder, Limits{}, parent)
{}

DirectoryArtwork::DirectoryArtwork(const QString& folder, Limits limits, QObject* parent)
    : QObject(parent), m_limits(limits), m_folder(folder), m_http(std::make_unique<HttpClient>())
{
    m_http->setMaxConcurrent(qMax(1, limits.parallel));
    m_images.setMaxCost(qMax(1, limits.memoryKiB));
}

DirectoryArtwork::~DirectoryArtwork()
{
    ++m_generation; // answers still on their way find nobody
    m_http.reset();
}

QString DirectoryArtwork::fileFor(const QString& url) const
{
    const QByteArray hash =
        QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha1).toHex();
    return m_folder + QLatin1Char('/') + QString::fromLatin1(hash);
}

QImage DirectoryArtwork::image(const QString& url)
{
    if (url.isEmpty() || m_failed.contains(url))
        return {};
    if (const QImage* image = m_images.object(url))
        return *image;
    if (m_waiting.contains(url)) {
        // Asked again: it is being drawn now, so it goes first.
        if (m_queue.removeOne(url))
            m_queue.append(url);
        return {};
    }
    const QUrl address(url);
    if (!HttpClient::unsupportedUrlReason(address).isEmpty()) {
        m_failed.insert(url); // only http and https pictures
        return {};
    }
    m_waiting.insert(url);
    m_queue.append(url);
    while (m_queue.size() > kMaxQueued)
        m_waiting.remove(m_queue.takeFirst());
    pump();
    return {};
}

void DirectoryArtwork::pump()
{
    while (m_running < m_limits.parallel && !m_queue.isEmpty()) {
        ++m_running;
        load(m_queue.takeLast());
    }
}

void DirectoryArtwork::load(const QString& url)
{
    // The disk first, on a worker: reading and decoding never hold up the window.
    const QString file = fileFor(url);
    const int side = m_limits.side;
    const qint64 maxBytes = m_limits.maxBytes;
    auto* watcher = new QFutureWatcher<Decoded>(this);
    const quint64 generation = m_generation;
    connect(watcher, &QFutureWatcher<Decoded>::finished, this, [this, watcher, url, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const Decoded decoded = watcher->result();
        if (decoded.fromDisk)
            finish(url, decoded.image);
        else
            fetch(url);
    });
    watcher->setFuture(QtConcurrent::run([file, side, maxBytes] {
        Decoded decoded;
        QFile stored(file);
        if (stored.size() <= 0 || stored.size() > maxBytes || !stored.open(QIODevice::ReadOnly))
            return decoded;
        decoded.image = decodeScaled(stored.readAll(), side);
        decoded.fromDisk = !decoded.image.isNull();
        if (decoded.fromDisk) // used again: the trim keeps it longer
            stored.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
        return decoded;
    }));
}

void DirectoryArtwork::fetch(const QString& url)
{
    HttpRequestOptions options;
    options.accept = "image/*";
    options.maxBytes = m_limits.maxBytes;
    options.timeoutMs = m_limits.timeoutMs;
    options.retries = 0;
    ++m_fetches;
    HttpReply* reply = m_http->get(QUrl(url), options);
    const quint64 generation = m_generation;
    connect(reply, &HttpReply::finished, this, [this, url, generation](const HttpResult& result) {
        if (generation != m_generation)
            return;
        if (!result.ok() || result.body.isEmpty()) {
            finish(url, {});
            return;
        }
        decode(url, result.body);
    });
}

void DirectoryArtwork::decode(const QString& url, const QByteArray& bytes)
{
    const QString file = fileFor(url);
    const QString folder = m_folder;
    const int side = m_limits.side;
    const qint64 diskBytes = m_limits.diskBytes;
    auto* watcher = new QFutureWatcher<QImage>(this);
    const quint64 generation = m_generation;
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, url, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            finish(url, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([bytes, file, folder, side, diskBytes] {
        const QImage image = decodeScaled(bytes, side);
        if (image.isNull())
            return image; // nothing kept of what is no picture
        QDir().mkpath(folder);
        QSaveFile saved(file);
        if (saved.open(QIODevice::WriteOnly) && saved.write(bytes) == bytes.size() &&
            saved.commit())
            trimFolder(folder, diskBytes);
        return image;
    }));
}

void DirectoryArtwork::finish(const QString& url, const QImage& image)
{
    --m_running;
    const bool wanted = m_waiting.remove(url);
    if (image.isNull()) {
        m_failed.insert(url);
    } else if (wanted) {
        const int kib = int(qMax<qint64>(1, image.sizeInBytes() / 1024));
        m_images.insert(url, new QImage(image), kib);
        Q_EMIT imageReady(url);
    }
    pump();
}

} // namespace ondes

// Compiled here, not with the library's other moc files: see app/CMakeLists.txt.
#include "moc_directoryartwork.cpp"
