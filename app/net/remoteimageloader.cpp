#include "net/remoteimageloader.h"

#include "net/httpclient.h"

namespace ondes {

RemoteImageLoader::RemoteImageLoader(HttpClient& http, Limits limits, QObject* parent)
    : QObject(parent), m_http(http), m_limits(limits)
{}

bool RemoteImageLoader::request(const QUrl& url)
{
    if (m_pending.contains(url) || m_failed.contains(url) ||
        !HttpClient::unsupportedUrlReason(url).isEmpty())
        return false;
    m_pending.insert(url);
    ++m_requests;
    HttpRequestOptions options;
    options.accept = "image/*";
    options.maxBytes = m_limits.maxBytes;
    options.retries = m_limits.retries;
    options.timeoutMs = m_limits.timeoutMs;
    HttpReply* reply = m_http.get(url, options);
    connect(reply, &HttpReply::finished, this, [this, url](const HttpResult& result) {
        m_pending.remove(url);
        QImage image;
        if (result.ok())
            image.loadFromData(result.body);
        if (image.isNull()) {
            m_failed.insert(url);
            Q_EMIT failed(url);
            return;
        }
        Q_EMIT loaded(url, image, result.body);
    });
    return true;
}

} // namespace ondes

// Compiled here, not with the library's other moc files: see app/CMakeLists.txt.
#include "moc_remoteimageloader.cpp"
