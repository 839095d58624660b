// The directory results drawn with their pictures (issue 18: "results drawn ≤ 50 ms after the
// last response for 200 results"): four loopback directories answer 4 × 50 shows, each with its
// own picture (a 600 × 600 JPEG on a loopback image host), shown in the Add Show list's view and
// delegate (720 × 560). Counters, the worst of the iterations:
//  - after_last_ms: from the arrival of the last directory's answer to the end of the list's
//    first paint with every show in the model (JSON, merge, rows, layout, paint with the
//    placeholders, the visible rows' pictures asked for);
//  - paint_ms: one repaint of the list once the visible rows' pictures are in;
//  - art_ms: from that first paint until every visible row has its picture (fetched, decoded
//    and scaled on workers, off the window's thread);
//  - art_requests: pictures fetched (only the rows on screen ask).
//
//   QT_QPA_PLATFORM=offscreen ondes_discoverydraw_bench

#include "directoryresultdelegate.h"
#include "discovery/directoryartwork.h"
#include "discovery/directoryresultmodel.h"
#include "discovery/directorysearch.h"
#include "loopbackdirectories.h"
#include "net/httpclient.h"
#include "support/testhttpserver.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QListView>
#include <QTemporaryDir>
#include <QTest>

#include <benchmark/benchmark.h>

#include <algorithm>

namespace {

using ondes::test::Route;
using ondes::test::TestHttpServer;

QByteArray jpeg(int seed)
{
    QImage image(600, 600, QImage::Format_RGB32);
    image.fill(QColor::fromHsv(seed * 7 % 360, 160, 200));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes;
}

// The directories, and a fifth server for the shows' pictures: one 600×600 JPEG each.
struct Directories
{
    TestHttpServer images{QHostAddress(QStringLiteral("127.0.0.39"))};
    int picture = 0;
    ondes::bench::LoopbackDirectories servers{
        35, [this](ondes::test::DirectoryEntry& entry) {
            const QString path = QStringLiteral("/art/%1.jpg").arg(++picture);
            images.setRoute(path, Route::text(jpeg(picture), "image/jpeg"));
            entry.artworkUrl = images.url(path).toString();
        }};
};

void BM_DrawTwoHundredResultsWithArtwork(benchmark::State& state)
{
    Directories directories;
    ondes::HttpClient http;
    qint64 worstAfterLast = 0;
    qint64 worstPaint = 0;
    qint64 worstArt = 0;
    int artRequests = 0;
    for (auto _ : state) {
        QTemporaryDir cache; // cold: every picture is fetched
        ondes::DirectoryArtwork artwork(cache.path());
        ondes::DirectorySearch search(http, nullptr);
        directories.servers.pointAt(search);
        ondes::DirectoryResultModel model(search);
        QListView view;
        view.setUniformItemSizes(true);
        view.setItemDelegate(new ondes::DirectoryResultDelegate(&artwork, &view));
        view.setModel(&model);
        view.resize(720, 560);
        view.show();
        QCoreApplication::processEvents();

        QEventLoop loop;
        qint64 drawnAt = 0;
        qint64 lastArrival = 0;
        QObject::connect(&http, &ondes::HttpClient::answered, &loop,
                         [&] { lastArrival = TestHttpServer::nowMs(); });
        QObject::connect(&search, &ondes::DirectorySearch::finished, &loop, [&] {
            view.viewport()->repaint(); // what the next paint event does, at once
            drawnAt = TestHttpServer::nowMs();
            loop.quit();
        });
        ondes::DirectoryQuery query;
        query.term = QStringLiteral("show");
        search.start(query);
        loop.exec();
        if (model.rowCount() != 200) {
            state.SkipWithError("the model does not hold 200 shows");
            break;
        }
        worstAfterLast = qMax(worstAfterLast, drawnAt - lastArrival);

        // The visible rows' pictures.
        QList<QString> visible;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            if (view.visualRect(index).intersects(view.viewport()->rect()))
                visible << index.data(ondes::DirectoryResultModel::ArtworkUrlRole).toString();
        }
        QElapsedTimer art;
        art.start();
        const bool arrived = QTest::qWaitFor(
            [&] {
                return std::all_of(visible.begin(), visible.end(), [&](const QString& url) {
                    return !artwork.image(url).isNull();
                });
            },
            20000);
        if (!arrived) {
            state.SkipWithError("the pictures did not arrive");
            break;
        }
        worstArt = qMax(worstArt, art.elapsed());
        QElapsedTimer paint;
        paint.start();
        view.viewport()->repaint();
        worstPaint = qMax(worstPaint, paint.elapsed());
        artRequests = qMax(artRequests, artwork.fetchCount());
    }
    state.counters["after_last_ms"] = double(worstAfterLast);
    state.counters["paint_ms"] = double(worstPaint);
    state.counters["art_ms"] = double(worstArt);
    state.counters["art_requests"] = artRequests;
}
BENCHMARK(BM_DrawTwoHundredResultsWithArtwork)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(10)
    ->UseRealTime();

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
