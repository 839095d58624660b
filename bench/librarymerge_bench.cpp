// Library merge benchmarks: a 10,000-episode feed parsed and stored into a
// fresh SQLite library (subscribe without the network), and a refresh of that show when the
// feed gained 10 episodes.

#include "feed/feedparser.h"
#include "library/database.h"
#include "library/library.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

QByteArray makeFeed(int episodes, int offset = 0)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" "
                     "xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\" "
                     "xmlns:podcast=\"https://podcastindex.org/namespace/1.0\"><channel>"
                     "<title>Bench show</title>";
    for (int i = offset + episodes; i > offset; --i) {
        const QByteArray n = QByteArray::number(i);
        xml += "<item><guid>bench-" + n + "</guid><title>Épisode " + n +
               " : la ville et ses services</title><pubDate>" +
               QDateTime::fromSecsSinceEpoch(1500000000LL + i * 3600LL, Qt::UTC)
                   .toString(Qt::RFC2822Date)
                   .toUtf8() +
               "</pubDate><itunes:duration>45:12</itunes:duration>"
               "<enclosure url=\"https://media.example/bench-" +
               n +
               ".mp3\" type=\"audio/mpeg\" length=\"43210000\"/>"
               "<description><![CDATA[<p>Un débat sur les services publics. Avec Claire Dubois "
               "(sociologue) et Marc Petit, juriste à Lyon.</p>]]></description>"
               "<podcast:person role=\"host\">Élise Marchand</podcast:person></item>";
    }
    return xml + "</channel></rss>";
}

void BM_SubscribeTenThousand(benchmark::State& state)
{
    const QByteArray feed = makeFeed(10000);
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        ondes::Database db(dir.path() + QStringLiteral("/library.sqlite"));
        db.open();
        ondes::Library library(db);
        state.ResumeTiming();
        const auto parsed = ondes::FeedParser::parse(feed);
        const auto stored = library.storeFeed(QStringLiteral("https://bench/feed"),
                                              ondes::ShowKind::Feed, *parsed.feed);
        benchmark::DoNotOptimize(stored);
    }
    state.SetBytesProcessed(state.iterations() * feed.size());
}
BENCHMARK(BM_SubscribeTenThousand)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_MergeTenNewIntoTenThousand(benchmark::State& state)
{
    const auto first = ondes::FeedParser::parse(makeFeed(10000));
    const auto grown = ondes::FeedParser::parse(makeFeed(10010));
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        ondes::Database db(dir.path() + QStringLiteral("/library.sqlite"));
        db.open();
        ondes::Library library(db);
        library.storeFeed(QStringLiteral("https://bench/feed"), ondes::ShowKind::Feed, *first.feed);
        state.ResumeTiming();
        const auto merged = library.storeFeed(QStringLiteral("https://bench/feed"),
                                              ondes::ShowKind::Feed, *grown.feed);
        if (!merged || merged->added != 10)
            state.SkipWithError("the merge did not add 10 episodes");
    }
}
BENCHMARK(BM_MergeTenNewIntoTenThousand)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
