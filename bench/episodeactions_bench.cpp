// What M costs on a selection of N episodes, the way the window did it before issue 17 (an
// episode() read each to see whether all are played, then one setPlayed transaction each) and
// the way EpisodeActions does it (Library::playedCount, then one setPlayed for the list). On a
// fresh library file in a temporary folder holding one show of 2,000 episodes.
//
//   ondes_episodeactions_bench

#include "feed/feedtypes.h"
#include "library/database.h"
#include "library/library.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>

namespace {

using namespace ondes;

struct Fixture
{
    std::unique_ptr<Database> database;
    std::unique_ptr<Library> library;
    QList<qint64> ids; // newest first
};

Fixture* fixture = nullptr;

QList<qint64> selection(const benchmark::State& state)
{
    return fixture->ids.mid(0, state.range(0));
}

void BM_TogglePlayedOneByOne(benchmark::State& state)
{
    const QList<qint64> ids = selection(state);
    Library& library = *fixture->library;
    for (auto _ : state) {
        bool allPlayed = true;
        for (const qint64 id : ids) {
            const auto episode = library.episode(id);
            allPlayed = allPlayed && episode && episode->played;
        }
        for (const qint64 id : ids)
            library.setPlayed(id, !allPlayed);
    }
    state.SetItemsProcessed(state.iterations() * ids.size());
}
BENCHMARK(BM_TogglePlayedOneByOne)->Arg(10)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);

void BM_TogglePlayedBatch(benchmark::State& state)
{
    const QList<qint64> ids = selection(state);
    Library& library = *fixture->library;
    for (auto _ : state) {
        const bool allPlayed = library.playedCount(ids) == ids.size();
        library.setPlayed(ids, !allPlayed);
    }
    state.SetItemsProcessed(state.iterations() * ids.size());
}
BENCHMARK(BM_TogglePlayedBatch)->Arg(10)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    QTemporaryDir dir;
    Fixture data;
    data.database = std::make_unique<Database>(dir.filePath(QStringLiteral("library.sqlite")));
    if (!dir.isValid() || !data.database->open()) {
        std::fprintf(stderr, "cannot make a library in a temporary folder\n");
        return 1;
    }
    data.library = std::make_unique<Library>(*data.database);
    ParsedFeed feed;
    feed.title = QStringLiteral("Bench");
    for (int n = 0; n < 2000; ++n) {
        ParsedEpisode episode;
        episode.guid = QString::number(n);
        episode.title = QStringLiteral("Episode %1").arg(n);
        episode.published = 1700000000 + n * 3600;
        episode.enclosures << Enclosure{QStringLiteral("https://bench.test/%1.mp3").arg(n),
                                        QStringLiteral("audio/mpeg"), -1};
        feed.episodes << episode;
    }
    const auto stored = data.library->storeFeed(QStringLiteral("https://bench.test/feed"),
                                                ondes::ShowKind::Feed, feed);
    if (!stored) {
        std::fprintf(stderr, "cannot store the show\n");
        return 1;
    }
    for (const EpisodeRow& row : data.library->episodes(stored->showId))
        data.ids << row.id;
    fixture = &data;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
