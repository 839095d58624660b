// Remote images in descriptions: never fetched unless allowed; when allowed, fetched once and
// shown; javascript:/data:/file: images never load.

#include "descriptionbrowser.h"
#include "feed/descriptionsanitizer.h"
#include "net/httpclient.h"
#include "support/testhttpserver.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>

#include <gtest/gtest.h>

namespace ondes {
namespace {

QByteArray png()
{
    QImage image(900, 300, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QString description(const test::TestHttpServer& server, bool allowRemote)
{
    SanitizeOptions options;
    options.allowRemoteImages = allowRemote;
    options.baseUrl = server.url(QStringLiteral("/episode")).toString();
    return DescriptionSanitizer::toSafeHtml(
        QStringLiteral("<p>Le plateau :</p><img src=\"%1\"><img src=\"file:///etc/passwd\">"
                       "<img src=\"javascript:alert(1)\"><img src=\"/pixel.png?track=1\">")
            .arg(server.url(QStringLiteral("/plateau.png")).toString()),
        options);
}

TEST(DescriptionBrowser, RemoteImagesStayUnloadedUnlessAllowed)
{
    test::TestHttpServer server;
    server.setRoute(QStringLiteral("/plateau.png"), test::Route::text(png(), "image/png"));
    server.setRoute(QStringLiteral("/pixel.png"), test::Route::text(png(), "image/png"));
    HttpClient http;
    DescriptionBrowser browser;
    browser.resize(500, 400);
    browser.show();

    browser.setRemoteImages(false, &http);
    browser.showHtml(description(server, false));
    QTest::qWait(300);
    EXPECT_EQ(server.requests().size(), 0);
    EXPECT_EQ(browser.imagesRequested(), 0);
    EXPECT_TRUE(browser.toPlainText().contains(QStringLiteral("Le plateau")));

    // Even HTML that still carries an <img> loads nothing while remote images are off.
    browser.showHtml(QStringLiteral("<img src=\"%1\">")
                         .arg(server.url(QStringLiteral("/plateau.png")).toString()));
    QTest::qWait(300);
    EXPECT_EQ(server.requests().size(), 0);

    browser.setRemoteImages(true, &http);
    QSignalSpy arrived(&browser, &DescriptionBrowser::imageArrived);
    browser.showHtml(description(server, true));
    ASSERT_TRUE(QTest::qWaitFor([&] { return arrived.size() == 2; }, 10000));
    EXPECT_EQ(server.requestCount(QStringLiteral("/plateau.png")), 1);
    EXPECT_EQ(server.requestCount(QStringLiteral("/pixel.png")), 1);
    EXPECT_EQ(server.requests().size(), 2); // nothing for file: or javascript:
    EXPECT_EQ(browser.imagesShown(), 2);
    const QImage shown =
        browser.document()
            ->resource(QTextDocument::ImageResource, server.url(QStringLiteral("/plateau.png")))
            .value<QImage>();
    // Wide images are scaled down to fit a reading column.
    ASSERT_FALSE(shown.isNull());
    EXPECT_EQ(shown.width(), DescriptionBrowser::kMaxImageWidth);

    // Shown again: from memory, not fetched again.
    browser.showHtml(description(server, true));
    QTest::qWait(300);
    EXPECT_EQ(server.requests().size(), 2);
}

} // namespace
} // namespace ondes
