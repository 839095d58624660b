#include "descriptionbrowser.h"

#include "net/remoteimageloader.h"

#include <QScrollBar>
#include <QTextDocument>

namespace ondes {

DescriptionBrowser::DescriptionBrowser(QWidget* parent) : QTextBrowser(parent) {}

DescriptionBrowser::~DescriptionBrowser() = default;

void DescriptionBrowser::setRemoteImages(bool allowed, HttpClient* http)
{
    m_allowed = allowed;
    if (m_loader)
        m_earlierRequests += m_loader->requestCount();
    m_loader.reset();
    if (!http)
        return;
    m_loader = std::make_unique<RemoteImageLoader>(
        *http, RemoteImageLoader::Limits{kMaxImageBytes, 0, 15000});
    connect(m_loader.get(), &RemoteImageLoader::loaded, this,
            [this](const QUrl& url, const QImage& image) { place(url, image); });
}

int DescriptionBrowser::imagesRequested() const
{
    return m_earlierRequests + (m_loader ? m_loader->requestCount() : 0);
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
    m_loader->request(name);
    return {};
}

void DescriptionBrowser::place(const QUrl& url, QImage image)
{
    if (image.width() > kMaxImageWidth)
        image = image.scaledToWidth(kMaxImageWidth, Qt::SmoothTransformation);
    m_images.insert(url, image);
    // Lay the text out again with the image, where the reader was.
    const int scroll = verticalScrollBar()->value();
    setHtml(m_html);
    verticalScrollBar()->setValue(scroll);
    Q_EMIT imageArrived(url);
}

} // namespace ondes
