#pragma once

// DirectoryArtwork gives the small pictures of the shows a directory lists (the artwork
// addresses in its answers): asked for by the rows being drawn, so only visible rows cost
// anything. Never blocking: a picture not in memory is read from the disk cache or fetched, and
// decoded and scaled on a worker thread; imageReady() says when it can be drawn. The newest
// requests go first, a few at a time, through a client of its own (a page of artwork never
// holds up a search). Bounded everywhere: answers over 2 MB, non-images and pictures too large
// to decode are refused (the placeholder stays, and the address is not asked again this
// session); memory keeps at most a few MB of scaled pictures; the disk cache (in the cache
// folder) is trimmed to its limit, oldest files first.

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace ondes {

class HttpClient;

class DirectoryArtwork : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        qint64 maxBytes = 2 * 1024 * 1024;     // one answer
        qint64 diskBytes = 32LL * 1024 * 1024; // the disk cache
        int memoryKiB = 8 * 1024;              // the scaled pictures kept in memory
        int side = 96;                         // pixels of the longer side once scaled
        int parallel = 4;                      // fetches and decodes at once
        int timeoutMs = 15000;                 // of silence
    };

    explicit DirectoryArtwork(const QString& folder, QObject* parent = nullptr);
    DirectoryArtwork(const QString& folder, Limits limits, QObject* parent = nullptr);
    ~DirectoryArtwork() override;

    // The picture at url, scaled to fit side × side; a null image while it is on its way
    // (imageReady follows) or when there is none (no address, failed, not an image).
    QImage image(const QString& url);
    bool hasFailed(const QString& url) const { return m_failed.contains(url); }
    // Where the picture at url is kept on disk.
    QString fileFor(const QString& url) const;
    // Requests sent since the start (the tests count them).
    int fetchCount() const { return m_fetches; }
    const Limits& limits() const { return m_limits; }

Q_SIGNALS:
    void imageReady(const QString& url);

private:
    void pump();
    void load(const QString& url);
    void fetch(const QString& url);
    void decode(const QString& url, const QByteArray& bytes);
    void finish(const QString& url, const QImage& image);

    Limits m_limits;
    QString m_folder;
    std::unique_ptr<HttpClient> m_http;
    QCache<QString, QImage> m_images;
    QSet<QString> m_failed;
    QSet<QString> m_waiting; // queued or loading
    QStringList m_queue;     // newest last
    int m_running = 0;
    int m_fetches = 0;
    quint64 m_generation = 0; // bumped when destroyed: late worker answers are dropped
};

} // namespace ondes
