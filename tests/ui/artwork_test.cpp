// Show artwork: fetched once into the cache folder, shown in the Shows list, and there again
// from disk on the next start without any request (offline). The unplayed count is drawn.

#include "application.h"
#include "library/library.h"
#include "library/showlistmodel.h"
#include "net/artworkcache.h"
#include "showitemdelegate.h"
#include "support/testdatadir.h"
#include "support/testhttpserver.h"

#include <QBuffer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace ondes {
namespace {

QByteArray jpeg()
{
    QImage image(300, 200, QImage::Format_RGB32);
    image.fill(Qt::darkRed);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    return bytes;
}

TEST(Artwork, FetchedOnceKeptOnDiskAndShownOffline)
{
    test::TestDataDir dir;
    test::TestHttpServer server;
    server.setRoute(QStringLiteral("/cover.jpg"), test::Route::text(jpeg(), "image/jpeg"));
    const QString cover = server.url(QStringLiteral("/cover.jpg")).toString();
    qint64 showId = 0;
    {
        Application app{dir.paths()};
        ASSERT_TRUE(app.start());
        ParsedFeed feed;
        feed.title = QStringLiteral("Pictured");
        feed.imageUrl = cover;
        ParsedEpisode episode;
        episode.guid = QStringLiteral("1");
        episode.title = QStringLiteral("One");
        feed.episodes << episode;
        showId = app.library()
                     .storeFeed(QStringLiteral("https://pictured.test/feed"), ShowKind::Feed, feed)
                     ->showId;
        ShowListModel model(app.library());
        QSignalSpy ready(&app.artwork(), &ArtworkCache::imageReady);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setArtworkCache(&app.artwork());
        const QModelIndex row = model.indexOfShow(showId);
        EXPECT_TRUE(model.data(row, Qt::DecorationRole).isNull()); // on its way
        ASSERT_TRUE(ready.wait(10000));
        EXPECT_FALSE(changed.isEmpty());
        const QImage image = model.data(row, Qt::DecorationRole).value<QImage>();
        ASSERT_FALSE(image.isNull());
        EXPECT_LE(qMax(image.width(), image.height()), ArtworkCache::kSize);
        EXPECT_TRUE(QFileInfo::exists(app.artwork().fileFor(cover)));
        EXPECT_EQ(ShowItemDelegate::countText(row), QStringLiteral("1"));
        EXPECT_EQ(ShowItemDelegate::countText(model.index(0)), QString()); // a view's row
    }
    ASSERT_EQ(server.requestCount(QStringLiteral("/cover.jpg")), 1);

    // The next start: the picture comes from disk at once, with the server gone.
    server.setRoute(QStringLiteral("/cover.jpg"), test::Route::error(503));
    Application app{dir.paths()};
    ASSERT_TRUE(app.start());
    ShowListModel model(app.library());
    model.setArtworkCache(&app.artwork());
    EXPECT_FALSE(model.data(model.indexOfShow(showId), Qt::DecorationRole).isNull());
    EXPECT_EQ(server.requestCount(QStringLiteral("/cover.jpg")), 1);
    EXPECT_EQ(app.artwork().fetchCount(), 0);
}

} // namespace
} // namespace ondes
