// The pictures of the shows the directories list: fetched once, scaled, kept in memory and on
// disk (read back without a request), never more than the limits allow; a broken, oversized or
// non-image answer leaves the placeholder and is not asked again.

#include "discovery/directoryartwork.h"
#include "support/testhttpserver.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace ondes {
namespace {

using test::Route;

QByteArray picture(int width, int height, const char* format, QColor colour = Qt::darkCyan)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

class DirectoryArtworkTest : public ::testing::Test
{
protected:
    QString url(const QString& path) const { return m_server.url(path).toString(); }

    // Asks for url until it is ready or has failed.
    QImage waitFor(DirectoryArtwork& artwork, const QString& address)
    {
        QImage image = artwork.image(address);
        const bool settled = QTest::qWaitFor(
            [&] {
                image = artwork.image(address);
                return !image.isNull() || artwork.hasFailed(address);
            },
            10000);
        EXPECT_TRUE(settled) << address.toStdString();
        return image;
    }

    test::TestHttpServer m_server;
    QTemporaryDir m_dir;
};

TEST_F(DirectoryArtworkTest, FetchesOnceScalesAndKeepsOnDisk)
{
    m_server.setRoute(QStringLiteral("/art/1.jpg"),
                      Route::text(picture(600, 400, "JPEG"), "image/jpeg"));
    const QString address = url(QStringLiteral("/art/1.jpg"));
    {
        DirectoryArtwork artwork(m_dir.path());
        QSignalSpy ready(&artwork, &DirectoryArtwork::imageReady);
        EXPECT_TRUE(artwork.image(address).isNull()); // on its way, never inside the call
        ASSERT_TRUE(ready.wait(10000));
        EXPECT_EQ(ready.first().first().toString(), address);
        const QImage image = artwork.image(address);
        ASSERT_FALSE(image.isNull());
        EXPECT_EQ(image.width(), artwork.limits().side);
        EXPECT_EQ(image.height(), artwork.limits().side * 2 / 3);
        EXPECT_TRUE(QFileInfo::exists(artwork.fileFor(address)));
        EXPECT_EQ(artwork.fetchCount(), 1);
        artwork.image(address);
        EXPECT_EQ(artwork.fetchCount(), 1);
    }
    // Another session: from the disk, with the server gone.
    m_server.setRoute(QStringLiteral("/art/1.jpg"), Route::error(503));
    DirectoryArtwork artwork(m_dir.path());
    EXPECT_FALSE(waitFor(artwork, address).isNull());
    EXPECT_EQ(artwork.fetchCount(), 0);
    EXPECT_EQ(m_server.requestCount(QStringLiteral("/art/1.jpg")), 1);
}

TEST_F(DirectoryArtworkTest, BrokenOversizedAndNonImageAnswersLeaveThePlaceholder)
{
    DirectoryArtwork::Limits limits;
    limits.maxBytes = 64 * 1024;
    DirectoryArtwork artwork(m_dir.path(), limits);
    m_server.setRoute(QStringLiteral("/text"), Route::text("<html>not a picture</html>",
                                                           "image/png")); // a lying type
    m_server.setRoute(QStringLiteral("/big.bmp"),
                      Route::text(picture(300, 300, "BMP"), "image/bmp")); // 360 kB > 64 kB
    m_server.setRoute(QStringLiteral("/gone"), Route::error(404));
    Route truncated = Route::text(picture(200, 200, "PNG").left(60), "image/png");
    m_server.setRoute(QStringLiteral("/cut.png"), truncated);
    for (const char* path : {"/text", "/big.bmp", "/gone", "/cut.png"}) {
        const QString address = url(QLatin1String(path));
        EXPECT_TRUE(waitFor(artwork, address).isNull()) << path;
        EXPECT_TRUE(artwork.hasFailed(address)) << path;
        EXPECT_FALSE(QFileInfo::exists(artwork.fileFor(address))) << path;
    }
    // Not asked again this session.
    const int fetches = artwork.fetchCount();
    artwork.image(url(QStringLiteral("/gone")));
    EXPECT_EQ(artwork.fetchCount(), fetches);
    EXPECT_EQ(m_server.requestCount(QStringLiteral("/gone")), 1);
    // Only http and https: nothing is read from a file: address.
    EXPECT_TRUE(artwork.image(QStringLiteral("file:///etc/hostname")).isNull());
    EXPECT_TRUE(artwork.hasFailed(QStringLiteral("file:///etc/hostname")));
    EXPECT_EQ(artwork.fetchCount(), fetches);
}

TEST_F(DirectoryArtworkTest, ThePicturesOnDiskStayWithinTheirLimit)
{
    DirectoryArtwork::Limits limits;
    limits.diskBytes = 40 * 1024;
    DirectoryArtwork artwork(m_dir.path(), limits);
    qint64 one = 0;
    for (int i = 0; i < 12; ++i) {
        // Noise, so that PNG cannot shrink it: about 11 kB each.
        QImage image(60, 60, QImage::Format_RGB32);
        QRandomGenerator noise(quint32(i + 1));
        for (int y = 0; y < 60; ++y)
            for (int x = 0; x < 60; ++x)
                image.setPixel(x, y, noise.generate() | 0xff000000u);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        one = bytes.size();
        const QString path = QStringLiteral("/art/%1.png").arg(i);
        m_server.setRoute(path, Route::text(bytes, "image/png"));
        ASSERT_FALSE(waitFor(artwork, url(path)).isNull()) << i;
    }
    ASSERT_GT(one, 4 * 1024);
    QTest::qWait(100);
    qint64 total = 0;
    for (const QFileInfo& file : QDir(m_dir.path()).entryInfoList(QDir::Files))
        total += file.size();
    EXPECT_LE(total, limits.diskBytes);
    EXPECT_GT(total, 0);
    // The newest is kept.
    EXPECT_TRUE(QFileInfo::exists(artwork.fileFor(url(QStringLiteral("/art/11.png")))));
    EXPECT_FALSE(QFileInfo::exists(artwork.fileFor(url(QStringLiteral("/art/0.png")))));
}

TEST_F(DirectoryArtworkTest, NewestRequestsGoFirstAFewAtATime)
{
    DirectoryArtwork::Limits limits;
    limits.parallel = 1;
    DirectoryArtwork artwork(m_dir.path(), limits);
    Route slow = Route::text(picture(50, 50, "PNG"), "image/png");
    slow.delayMs = 200;
    for (int i = 0; i < 4; ++i)
        m_server.setRoute(QStringLiteral("/q/%1.png").arg(i), slow);
    QStringList order;
    QObject::connect(&artwork, &DirectoryArtwork::imageReady, &artwork,
                     [&](const QString& address) { order << QUrl(address).path(); });
    for (int i = 0; i < 4; ++i)
        artwork.image(url(QStringLiteral("/q/%1.png").arg(i)));
    ASSERT_TRUE(QTest::qWaitFor([&] { return order.size() == 4; }, 10000));
    // The first left at once; of the rest, the last asked (the rows drawn last) came first.
    EXPECT_EQ(order, (QStringList{QStringLiteral("/q/0.png"), QStringLiteral("/q/3.png"),
                                  QStringLiteral("/q/2.png"), QStringLiteral("/q/1.png")}));
}

} // namespace
} // namespace ondes
