#include "descriptionbrowser.h"

#include "net/httpclient.h"

#include <QScrollBar>
#include <QTextDocument>

namespace ondes {

DescriptionBrowser::DescriptionBrowser(QWidget* parent) : QTextBrowser(parent) {}

void DescriptionBrowser::setRemoteImages(bool allowed, HttpClient* http)
{
    m_allowed = allowed;
    m_http = http;
}

void DescriptionBrowser::showHtml(const QString& html)
{
    m_html = html;
    setHtml(html);
}

QVariant DescriptionBrowser::loadResource(int type, const QUrl& name)
{
    const QString scheme = name.scheme().toLower();
    const bool remote = scheme == QLatin1String("http") || scheme == QLatin1String("https");
    if (!remote)
        return type == QTextDocument::ImageResource ? QVariant()
                                                    : QTextBrowser::loadResource(type, name);
    // Nothing remote but images, and only when allowed.
    if (type != QTextDocument::ImageResource || !remoteImagesAllowed())
        return {};
    if (const auto it = m_images.constFind(name); it != m_images.constEnd())
        return *it;
    fetch(name);
    return {};
}

void DescriptionBrowser::fetch(const QUrl& url)
{
    if (m_pending.contains(url) || m_failed.contains(url))
        return;
    m_pending.insert(url);
    ++m_requested;
    HttpRequestOptions options;
    options.accept = "image/*";
    options.maxBytes = kMaxImageBytes;
    options.retries = 0;
    options.timeoutMs = 15000;
    HttpReply* reply = m_http->get(url, options);
    connect(reply, &HttpReply::finished, this, [this, url](const HttpResult& result) {
        m_pending.remove(url);
        QImage image;
        if (result.ok())
            image.loadFromData(result.body);
        if (image.isNull()) {
            m_failed.insert(url);
            return;
        }
        if (image.width() > kMaxImageWidth)
            image = image.scaledToWidth(kMaxImageWidth, Qt::SmoothTransformation);
        m_images.insert(url, image);
        // Lay the text out again with the image, where the reader was.
        const int scroll = verticalScrollBar()->value();
        setHtml(m_html);
        verticalScrollBar()->setValue(scroll);
        Q_EMIT imageArrived(url);
    });
}

} // namespace ondes
