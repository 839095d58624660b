// Searching four podcast directories at once (issue 18 targets): 4 × 50 results merged into one
// list model of 200 shows. Counters:
//  - after_last_ms: from the arrival of the last directory's answer (HttpClient's answered())
//    to the search's finished() with every show in the model (JSON, merge, model rows), the
//    worst of the iterations (target ≤ 50 ms);
//  - wire_ms: from the moment that answer left its loopback server to its arrival (transport,
//    not Ondes's work), the worst of the iterations;
//  - heap_kb: what the finished search holds on the heap, merged shows and model included
//    (glibc's allocated bytes, after minus before; target ≤ 5 MB).

#include "discovery/directoryresultmodel.h"
#include "discovery/directorysearch.h"
#include "loopbackdirectories.h"
#include "net/httpclient.h"
#include "support/testhttpserver.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <benchmark/benchmark.h>

#include <malloc.h>

namespace {

using ondes::test::TestHttpServer;

struct Directories : ondes::bench::LoopbackDirectories
{
    Directories() : LoopbackDirectories(31) {}

    qint64 lastAnswerLeftMs() const
    {
        qint64 last = -1;
        for (const TestHttpServer* server : {&apple, &index, &gpodder, &fyyd}) {
            for (const auto& request : server->requests())
                last = qMax(last, request.finishedMs);
        }
        return last;
    }

    void clear()
    {
        for (TestHttpServer* server : {&apple, &index, &gpodder, &fyyd})
            server->clearRequests();
    }
};

void BM_SearchFourDirectoriesTwoHundredShows(benchmark::State& state)
{
    Directories directories;
    ondes::HttpClient http;
    qint64 worstAfterLast = 0;
    qint64 worstWire = 0;
    qint64 heapBytes = 0;
    for (auto _ : state) {
        directories.clear();
        const size_t heapBefore = mallinfo2().uordblks;
        {
            ondes::DirectorySearch search(http, nullptr);
            directories.pointAt(search);
            ondes::DirectoryResultModel model(search);
            QEventLoop loop;
            qint64 finishedAt = 0;
            qint64 lastArrival = 0;
            QObject::connect(&http, &ondes::HttpClient::answered, &loop,
                             [&] { lastArrival = TestHttpServer::nowMs(); });
            QObject::connect(&search, &ondes::DirectorySearch::finished, &loop, [&] {
                finishedAt = TestHttpServer::nowMs();
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
            heapBytes = qMax<qint64>(heapBytes, qint64(mallinfo2().uordblks) - qint64(heapBefore));
            worstAfterLast = qMax(worstAfterLast, finishedAt - lastArrival);
            worstWire = qMax(worstWire, lastArrival - directories.lastAnswerLeftMs());
        }
    }
    state.counters["after_last_ms"] = double(worstAfterLast);
    state.counters["wire_ms"] = double(worstWire);
    state.counters["heap_kb"] = double(heapBytes) / 1024.0;
}
BENCHMARK(BM_SearchFourDirectoriesTwoHundredShows)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(20)
    ->UseRealTime();

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
