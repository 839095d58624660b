#pragma once

// RemoteImageLoader fetches images over HTTP for whoever shows them (show artwork, images in
// episode descriptions): each address at most once at a time, images only (Accept: image/*),
// within a size limit; an address that failed or did not hold an image is not asked again this
// session. It says what arrived; keeping, scaling and showing are the caller's.

#include <QByteArray>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QUrl>

namespace ondes {

class HttpClient;

class RemoteImageLoader : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        qint64 maxBytes = 5 * 1024 * 1024;
        int retries = 0;
        int timeoutMs = 15000;
    };

    RemoteImageLoader(HttpClient& http, Limits limits, QObject* parent = nullptr);

    // Starts fetching url unless it is being fetched, failed before, or is no http(s) address.
    // Returns whether a request left.
    bool request(const QUrl& url);
    // Requests that left since the start (the privacy tests count them).
    int requestCount() const { return m_requests; }

Q_SIGNALS:
    // The image and the bytes it was read from (for a cache on disk).
    void loaded(const QUrl& url, const QImage& image, const QByteArray& bytes);
    void failed(const QUrl& url);

private:
    HttpClient& m_http;
    Limits m_limits;
    QSet<QUrl> m_pending;
    QSet<QUrl> m_failed;
    int m_requests = 0;
};

} // namespace ondes
