// javascript:, data:, vbscript: and file: links and images in descriptions: after the
// sanitiser, the document a QTextBrowser would show has no anchor the user can click to run or
// open them, and laying it out loads no resource but http(s) images, and those only when the
// listener allowed remote images.

#include "feed/descriptionsanitizer.h"
#include "feed/feedparser.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>

#include <gtest/gtest.h>

namespace ondes {
namespace {

// A QTextDocument that records every resource it is asked to load.
class RecordingDocument : public QTextDocument
{
public:
    QList<QUrl> loaded;

protected:
    QVariant loadResource(int type, const QUrl& name) override
    {
        loaded.append(name);
        return QTextDocument::loadResource(type, name);
    }
};

struct Rendered
{
    QStringList anchors; // every href a click could follow
    QStringList images;  // every image source in the document
    QList<QUrl> loaded;  // every resource laying it out asked for
};

Rendered render(const QString& safeHtml)
{
    RecordingDocument document;
    document.setHtml(safeHtml);
    document.setTextWidth(600);
    document.documentLayout()->documentSize(); // lays out, loading images
    Rendered rendered;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor())
                rendered.anchors += format.anchorHref();
            if (format.isImageFormat())
                rendered.images += format.toImageFormat().name();
        }
    }
    rendered.loaded = document.loaded;
    return rendered;
}

bool isHarmless(const QString& href, bool image)
{
    const QString scheme = QUrl(href).scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return true;
    return !image && (scheme == QLatin1String("mailto") || scheme == QLatin1String("seek"));
}

// Each dangerous scheme, spelled the ways browsers and Qt have been fooled with.
const char* const dangerousUrls[] = {
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;&#x61;vascript:alert(1)",
    "java&#x09;script:alert(1)",
    "java\nscript:alert(1)",
    "\x01javascript:alert(1)",
    "javascript&colon;alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "data:image/"
    "png;base64,"
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg"
    "==",
    "DATA:image/svg+xml,<svg onload=alert(1)>",
    "file:///etc/passwd",
    "file://localhost/etc/shadow",
    "FILE:/home/user/.ssh/id_ed25519",
    "/etc/passwd",
    "../../../../etc/passwd",
    "qrc:/i18n/ondes_fr.qm",
    "seek:1' onclick='x",
};

QString hostileDescription()
{
    QString html = QStringLiteral("<p>Intro</p>");
    for (const char* url : dangerousUrls) {
        const QString u = QString::fromUtf8(url);
        html += QStringLiteral("<p><a href=\"%1\">lien</a> <img src=\"%1\" alt=\"i\"> "
                               "<a href='%1'><img src='%1'></a> <img srcset=\"%1 2x\"> "
                               "<a xlink:href=\"%1\">x</a> <form action=\"%1\"><button>b</button>"
                               "</form> <iframe src=\"%1\"></iframe> <object data=\"%1\"></object>"
                               " <embed src=\"%1\"> <video poster=\"%1\" src=\"%1\"></video> "
                               "<svg><a href=\"%1\"><text>s</text></a><image href=\"%1\"/></svg> "
                               "<span style=\"background:url(%1)\">css</span> "
                               "<table background=\"%1\"><tr><td>t</td></tr></table></p>")
                    .arg(u);
    }
    html += QStringLiteral("<base href=\"javascript:alert(1)//\"><a href=\"relative\">rel</a>"
                           "<meta http-equiv=\"refresh\" content=\"0;url=file:///etc/passwd\">"
                           "<link rel=\"stylesheet\" href=\"file:///etc/passwd\">"
                           "<style>@import url(file:///etc/passwd); p{background:url(x)}</style>"
                           "<p>Fin <a href=\"https://ok.example/page\">ok</a> "
                           "<img src=\"https://ok.example/image.png\"> 12:34</p>");
    return html;
}

TEST(DangerousLinks, NothingClickableOrLoadedButWebLinks)
{
    for (const bool images : {false, true}) {
        for (const QString& base : {QString(), QStringLiteral("https://show.example/ep/1.html"),
                                    QStringLiteral("file:///home/user/feeds/show.xml")}) {
            SanitizeOptions options;
            options.allowRemoteImages = images;
            options.baseUrl = base;
            const QString safe = DescriptionSanitizer::toSafeHtml(hostileDescription(), options);
            const Rendered rendered = render(safe);
            SCOPED_TRACE(qPrintable(QStringLiteral("images %1, base %2").arg(images).arg(base)));
            for (const QString& href : rendered.anchors)
                EXPECT_TRUE(isHarmless(href, false)) << "clickable: " << qPrintable(href);
            for (const QString& image : rendered.images)
                EXPECT_TRUE(images && isHarmless(image, true)) << "image: " << qPrintable(image);
            for (const QUrl& url : rendered.loaded)
                EXPECT_TRUE(images && isHarmless(url.toString(), true))
                    << "loaded: " << qPrintable(url.toString());
            // The web link and the timestamp still work; the web image only when allowed.
            EXPECT_TRUE(rendered.anchors.contains(QStringLiteral("https://ok.example/page")));
            EXPECT_TRUE(rendered.anchors.contains(QStringLiteral("seek:754")));
            EXPECT_EQ(rendered.images.contains(QStringLiteral("https://ok.example/image.png")),
                      images);
            // Without a base, relative links go too; with one they become harmless web links.
            if (base.isEmpty()) {
                EXPECT_FALSE(safe.contains(QLatin1String("alert"), Qt::CaseInsensitive));
            }
            EXPECT_FALSE(safe.contains(QLatin1String("file:"), Qt::CaseInsensitive));
        }
    }
}

TEST(DangerousLinks, FeedDescriptionsGoThroughTheSameGate)
{
    // content:encoded as a feed delivers it: CDATA, entity-escaped, and plain text with URLs.
    QByteArray items;
    int n = 0;
    for (const char* url : dangerousUrls) {
        if (QByteArrayView(url).contains('\x01'))
            continue; // a character XML does not allow
        const QByteArray html =
            QByteArray("<a href=\"") + url + "\">x</a><img src=\"" + url + "\"> " + url;
        items += "<item><guid>g" + QByteArray::number(n++) +
                 "</guid><title>t</title>"
                 "<content:encoded><![CDATA[" +
                 html +
                 "]]></content:encoded>"
                 "<description>" +
                 QString::fromUtf8(html).toHtmlEscaped().toUtf8() + "</description></item>";
    }
    const QByteArray feed =
        "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
        "<channel><title>Show</title>" +
        items + "</channel></rss>";
    FeedParseOptions parseOptions;
    parseOptions.baseUrl = QUrl(QStringLiteral("https://show.example/feed.xml"));
    const FeedParseResult result = FeedParser::parse(feed, parseOptions);
    ASSERT_TRUE(result.ok()) << qPrintable(result.error);
    ASSERT_EQ(result.feed->episodes.size(), n);
    SanitizeOptions options;
    options.allowRemoteImages = true;
    options.baseUrl = parseOptions.baseUrl.toString();
    for (const ParsedEpisode& episode : result.feed->episodes) {
        for (const QString& text :
             {episode.descriptionHtml.toString(), episode.description.toString()}) {
            const Rendered rendered = render(DescriptionSanitizer::toSafeHtml(text, options));
            for (const QString& href : rendered.anchors)
                EXPECT_TRUE(isHarmless(href, false)) << qPrintable(href);
            for (const QUrl& url : rendered.loaded)
                EXPECT_TRUE(isHarmless(url.toString(), true)) << qPrintable(url.toString());
        }
    }
}

} // namespace
} // namespace ondes
