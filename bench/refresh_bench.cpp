// Subscribing and refreshing end to end against loopback HTTP servers (issue 4 targets):
// subscribe to a 10,000-episode feed (fetch, parse, merge into SQLite), and refresh 200 shows
// that all answer 304 Not Modified.

#include "library/database.h"
#include "library/library.h"
#include "net/httpclient.h"
#include "subscriptions/refresher.h"
#include "subscriptions/subscriber.h"
#include "support/feedbuilder.h"
#include "support/testhttpserver.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QThreadPool>

#include <benchmark/benchmark.h>

namespace {

struct Services
{
    QTemporaryDir dir;
    ondes::Database database{dir.path() + QStringLiteral("/library.sqlite")};
    ondes::Library library{database};
    ondes::HttpClient http;
    QThreadPool workers;

    Services()
    {
        database.open();
        workers.setMaxThreadCount(1);
    }
};

void BM_SubscribeTenThousandOverLoopback(benchmark::State& state)
{
    ondes::test::TestHttpServer server;
    ondes::test::FeedSpec spec;
    spec.episodes = 10000;
    const QByteArray feed = ondes::test::buildFeed(spec);
    server.setRoute(QStringLiteral("/big.xml"),
                    ondes::test::Route::text(feed, "application/rss+xml"));
    for (auto _ : state) {
        state.PauseTiming();
        auto services = std::make_unique<Services>();
        ondes::Subscriber subscriber(services->http, services->library, services->workers);
        QEventLoop loop;
        int episodes = 0;
        QObject::connect(&subscriber, &ondes::Subscriber::subscribed, &loop,
                         [&](int, qint64, int count) {
                             episodes = count;
                             loop.quit();
                         });
        QObject::connect(&subscriber, &ondes::Subscriber::failed, &loop, [&] { loop.quit(); });
        state.ResumeTiming();
        subscriber.subscribe(server.url(QStringLiteral("/big.xml")).toString());
        loop.exec();
        if (episodes != 10000)
            state.SkipWithError("the subscription did not store 10,000 episodes");
        state.PauseTiming();
        services.reset();
        state.ResumeTiming();
    }
    state.SetBytesProcessed(state.iterations() * feed.size());
}
BENCHMARK(BM_SubscribeTenThousandOverLoopback)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3)
    ->UseRealTime();

void BM_RefreshTwoHundredNotModified(benchmark::State& state)
{
    // Four sites (127.0.0.1-4), fifty feeds each: the client takes one request per site at once.
    std::vector<std::unique_ptr<ondes::test::TestHttpServer>> servers;
    for (int site = 1; site <= 4; ++site)
        servers.push_back(std::make_unique<ondes::test::TestHttpServer>(
            QHostAddress(QStringLiteral("127.0.0.%1").arg(site))));
    Services services;
    QList<QPair<QString, QString>> shows;
    for (int i = 0; i < 200; ++i) {
        auto& server = *servers[static_cast<size_t>(i % 4)];
        ondes::test::Route route =
            ondes::test::Route::text(ondes::test::buildFeed({}), "application/rss+xml");
        route.etag = "same";
        const QString path = QStringLiteral("/feed-%1.xml").arg(i);
        server.setRoute(path, route);
        shows << qMakePair(server.url(path).toString(), QStringLiteral("Show %1").arg(i));
    }
    const QList<qint64> ids = services.library.addShows(shows);
    ondes::Refresher refresher(services.http, services.library, services.workers);
    auto refreshAll = [&] {
        QEventLoop loop;
        int failures = -1;
        QObject::connect(&refresher, &ondes::Refresher::finished, &loop, [&](int failed) {
            failures = failed;
            loop.quit();
        });
        refresher.refresh(ids);
        loop.exec();
        return failures;
    };
    if (refreshAll() != 0) // the first refresh stores the feeds and their ETags
        state.SkipWithError("the first refresh failed");
    for (auto _ : state) {
        if (refreshAll() != 0)
            state.SkipWithError("a refresh failed");
    }
}
BENCHMARK(BM_RefreshTwoHundredNotModified)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3)
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
