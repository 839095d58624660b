// Feed parser throughput on a generated 10,000-item feed (bench/feedgen.py, about 65 MB).
//
//   ondes_feedparser_bench                      generates the feed with python3
//   ONDES_BENCH_FEED=feed.xml ondes_feedparser_bench   reads a feed file instead
//
// Reports bytes_per_second for three uses: collecting the whole ParsedFeed (what a refresh
// does), streaming episodes to a callback, and streaming them to JSON (what dump-feed does).

#include "feed/feedjson.h"
#include "feed/feedparser.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

constexpr qsizetype kChunk = 256 * 1024;

const std::string& feedDocument()
{
    static const std::string document = [] {
        if (const char* path = std::getenv("ONDES_BENCH_FEED")) {
            std::ifstream file(path, std::ios::binary);
            std::ostringstream content;
            content << file.rdbuf();
            return content.str();
        }
        const std::filesystem::path generator =
            std::filesystem::path(__FILE__).parent_path() / "feedgen.py";
        const char* items = std::getenv("ONDES_BENCH_ITEMS");
        const std::string command =
            "python3 '" + generator.string() + "' " + (items != nullptr ? items : "10000");
        std::string content;
        if (FILE* pipe = popen(command.c_str(), "r")) {
            char buffer[1 << 16];
            std::size_t n = 0;
            while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0)
                content.append(buffer, n);
            pclose(pipe);
        }
        return content;
    }();
    return document;
}

ondes::FeedParseOptions benchOptions()
{
    ondes::FeedParseOptions options;
    options.baseUrl = QUrl(QStringLiteral("https://example.org/feed.xml"));
    return options;
}

template <typename Setup>
void parseInChunks(ondes::FeedParser& parser, const std::string& document, Setup&&)
{
    for (std::size_t offset = 0; offset < document.size(); offset += kChunk) {
        const auto size = std::min<std::size_t>(kChunk, document.size() - offset);
        parser.addData(QByteArrayView(document.data() + offset, qsizetype(size)));
    }
}

// The whole ParsedFeed, as a refresh gets it (FeedParser::parse). With free = 1 the time of
// freeing it is counted too (its reader frees it after storing it).
void BM_FeedParserCollect(benchmark::State& state)
{
    const std::string& document = feedDocument();
    if (document.empty()) {
        state.SkipWithError("no feed: python3 bench/feedgen.py failed");
        return;
    }
    const bool countFree = state.range(0) != 0;
    for (auto _ : state) {
        ondes::FeedParser parser(benchOptions());
        parseInChunks(parser, document, 0);
        ondes::FeedParseResult result = parser.finish();
        if (!result.ok()) {
            state.SkipWithError(qPrintable(result.error));
            return;
        }
        benchmark::DoNotOptimize(result.feed->episodes.size());
        if (!countFree)
            state.PauseTiming();
        result = {};
        if (!countFree)
            state.ResumeTiming();
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(document.size()));
}

void BM_FeedParserStreaming(benchmark::State& state)
{
    const std::string& document = feedDocument();
    if (document.empty()) {
        state.SkipWithError("no feed: python3 bench/feedgen.py failed");
        return;
    }
    for (auto _ : state) {
        ondes::FeedParser parser(benchOptions());
        qsizetype episodes = 0;
        parser.setEpisodeHandler([&](ondes::ParsedEpisode&& episode) {
            benchmark::DoNotOptimize(episode.title.size());
            ++episodes;
        });
        parseInChunks(parser, document, 0);
        const ondes::FeedParseResult result = parser.finish();
        if (!result.ok()) {
            state.SkipWithError(qPrintable(result.error));
            return;
        }
        state.counters["episodes"] = double(episodes);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(document.size()));
}

void BM_FeedParserToJson(benchmark::State& state)
{
    const std::string& document = feedDocument();
    if (document.empty()) {
        state.SkipWithError("no feed: python3 bench/feedgen.py failed");
        return;
    }
    for (auto _ : state) {
        ondes::FeedParser parser(benchOptions());
        QByteArray json;
        qint64 jsonBytes = 0;
        parser.setEpisodeHandler([&](ondes::ParsedEpisode&& episode) {
            json.resize(0); // keeps the buffer
            ondes::FeedJson::appendEpisode(episode, json);
            jsonBytes += json.size();
        });
        parseInChunks(parser, document, 0);
        const ondes::FeedParseResult result = parser.finish();
        if (!result.ok()) {
            state.SkipWithError(qPrintable(result.error));
            return;
        }
        benchmark::DoNotOptimize(jsonBytes);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(document.size()));
}

} // namespace

BENCHMARK(BM_FeedParserCollect)
    ->ArgName("free")
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->MinTime(3);
BENCHMARK(BM_FeedParserStreaming)->Unit(benchmark::kMillisecond)->MinTime(3);
BENCHMARK(BM_FeedParserToJson)->Unit(benchmark::kMillisecond)->MinTime(3);

BENCHMARK_MAIN();
