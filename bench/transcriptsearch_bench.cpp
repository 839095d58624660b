// "Search what was said" across 10,000 stored transcripts of about 4,000 words each (40 million
// words; target: 30 ms a query), and the size of the full-text index beside the text it indexes
// (target: at most 1.5 times). The library is generated once into a file and reused:
// ONDES_TRANSCRIPT_BENCH_DB (default: the temporary folder) names it; delete it to rebuild.
// The words follow a Zipf law over 30,000 words, the 120 most frequent ones English function
// words, with names and place names among the rare ones, 10 words a line, 3 voices a talk.
//
//   build/release/bench/ondes_transcriptsearch_bench

#include "library/database.h"
#include "library/library.h"
#include "library/transcriptstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

using namespace ondes;

constexpr int kShows = 50;
constexpr int kEpisodesPerShow = 200; // 10,000 transcripts
constexpr int kLinesPerTalk = 400;
constexpr int kWordsPerLine = 10; // 4,000 words a talk
constexpr int kVocabulary = 30000;

const char* const kCommon[] = {
    "the",   "of",    "and",    "to",    "a",    "in",      "is",     "that",  "it",    "was",
    "for",   "on",    "are",    "as",    "with", "he",      "they",   "at",    "be",    "this",
    "have",  "from",  "or",     "one",   "had",  "by",      "word",   "but",   "not",   "what",
    "all",   "were",  "we",     "when",  "your", "can",     "said",   "there", "use",   "an",
    "each",  "which", "she",    "do",    "how",  "their",   "if",     "will",  "up",    "other",
    "about", "out",   "many",   "then",  "them", "these",   "so",     "some",  "her",   "would",
    "make",  "like",  "him",    "into",  "time", "has",     "look",   "two",   "more",  "write",
    "go",    "see",   "number", "no",    "way",  "could",   "people", "my",    "than",  "first",
    "water", "been",  "call",   "who",   "oil",  "its",     "now",    "find",  "long",  "down",
    "day",   "did",   "get",    "come",  "made", "may",     "part",   "you",   "know",  "really",
    "river", "think", "yeah",   "right", "just", "because", "mean",   "kind",  "thing", "actually",
    "well",  "very",  "here",   "going", "okay", "sort",    "years",  "world", "story", "question",
};

QString syllables(quint32 n)
{
    static const char* const parts[] = {"ka",  "lo", "mi", "ren", "da",  "vo", "tu",  "sel",
                                        "bri", "an", "os", "pe",  "qua", "ti", "nor", "zu"};
    QString word;
    do {
        word += QLatin1String(parts[n % 16]);
        n /= 16;
    } while (n > 0);
    return word;
}

struct Vocabulary
{
    QStringList words;
    std::vector<double> cumulative;

    Vocabulary()
    {
        for (const char* word : kCommon)
            words << QString::fromLatin1(word);
        for (quint32 i = 0; words.size() < kVocabulary; ++i)
            words << syllables(i * 2654435761u % 1000003u + 16);
        double total = 0;
        for (int rank = 1; rank <= kVocabulary; ++rank) {
            total += 1.0 / rank;
            cumulative.push_back(total);
        }
    }

    const QString& pick(QRandomGenerator& random) const
    {
        const double x = random.generateDouble() * cumulative.back();
        const auto it = std::lower_bound(cumulative.begin(), cumulative.end(), x);
        return words.at(int(std::min<std::ptrdiff_t>(it - cumulative.begin(), kVocabulary - 1)));
    }
};

QString benchPath()
{
    const QString path = qEnvironmentVariable("ONDES_TRANSCRIPT_BENCH_DB");
    return path.isEmpty() ? QDir::tempPath() + QStringLiteral("/ondes-transcriptsearch-v1.sqlite")
                          : path;
}

void build(Database& database)
{
    Library library(database);
    TranscriptStore store(database);
    const Vocabulary vocabulary;
    QRandomGenerator random(20);
    const QStringList voices = {QStringLiteral("Ines Varga"), QStringLiteral("Tomas Brückner"),
                                QStringLiteral("Kofi Mensah")};
    QElapsedTimer timer;
    timer.start();
    for (int s = 0; s < kShows; ++s) {
        ParsedFeed feed;
        feed.title = QStringLiteral("Show %1").arg(s);
        for (int e = kEpisodesPerShow; e >= 1; --e) {
            ParsedEpisode episode;
            episode.guid = QStringLiteral("s%1e%2").arg(s).arg(e);
            episode.title = QStringLiteral("Episode %1").arg(e);
            episode.published = 1600000000 + e * 86400;
            episode.enclosures << Enclosure{
                QStringLiteral("https://example.org/%1.mp3").arg(episode.guid),
                QStringLiteral("audio/mpeg"), -1};
            feed.episodes << episode;
        }
        const auto stored = library.storeFeed(
            QStringLiteral("https://example.org/show%1.xml").arg(s), ShowKind::Feed, feed);
        if (!stored)
            return;
        for (const EpisodeRow& row : library.episodes(stored->showId)) {
            TranscriptDocument doc;
            doc.format = TranscriptDocument::Format::WebVtt;
            for (int line = 0; line < kLinesPerTalk; ++line) {
                QString text;
                for (int w = 0; w < kWordsPerLine; ++w) {
                    if (w > 0)
                        text += QLatin1Char(' ');
                    text += vocabulary.pick(random);
                }
                text += QLatin1Char('.');
                const qint64 start = line * 2700;
                doc.cues << TranscriptCue{start, start + 2600, voices.at(line / 7 % 3), text};
            }
            store.save(row.id, doc, QStringLiteral("https://example.org/t.vtt"));
        }
        std::fprintf(stderr, "built show %d of %d (%.0f s)\n", s + 1, kShows,
                     timer.elapsed() / 1000.0);
    }
    QSqlQuery q(database.connection());
    q.exec(QStringLiteral("INSERT INTO transcript_search (transcript_search) VALUES ('optimize')"));
}

std::unique_ptr<Database> database;

Database& benchDatabase()
{
    if (!database) {
        const bool exists = QFileInfo::exists(benchPath());
        database = std::make_unique<Database>(benchPath());
        database->open();
        if (!exists)
            build(*database);
    }
    return *database;
}

qint64 scalar(Database& database, const QString& statement)
{
    QSqlQuery q(database.connection());
    return q.exec(statement) && q.next() ? q.value(0).toLongLong() : -1;
}

void search(benchmark::State& state, const QString& text)
{
    Database& database = benchDatabase();
    TranscriptStore store(database);
    qsizetype hits = 0;
    for (auto _ : state) {
        const QList<TranscriptHit> found = store.search(text);
        hits = found.size();
        benchmark::DoNotOptimize(found.data());
    }
    state.counters["hits"] = double(hits);
}

void BM_SaidRareName(benchmark::State& state)
{
    search(state, QStringLiteral("kalomi"));
}
BENCHMARK(BM_SaidRareName)->Unit(benchmark::kMillisecond);

void BM_SaidTwoCommonWords(benchmark::State& state)
{
    search(state, QStringLiteral("river water"));
}
BENCHMARK(BM_SaidTwoCommonWords)->Unit(benchmark::kMillisecond);

void BM_SaidCommonAndRare(benchmark::State& state)
{
    search(state, QStringLiteral("the renda"));
}
BENCHMARK(BM_SaidCommonAndRare)->Unit(benchmark::kMillisecond);

void BM_SaidPrefixAsTyped(benchmark::State& state)
{
    search(state, QStringLiteral("story quest"));
}
BENCHMARK(BM_SaidPrefixAsTyped)->Unit(benchmark::kMillisecond);

void BM_SaidNothing(benchmark::State& state)
{
    search(state, QStringLiteral("river zzqx"));
}
BENCHMARK(BM_SaidNothing)->Unit(benchmark::kMillisecond);

void BM_SaidInOneEpisode(benchmark::State& state)
{
    Database& database = benchDatabase();
    TranscriptStore store(database);
    for (auto _ : state)
        benchmark::DoNotOptimize(store.searchEpisode(5000, QStringLiteral("the river")).size());
}
BENCHMARK(BM_SaidInOneEpisode)->Unit(benchmark::kMillisecond);

// The window's search box: episodes whose metadata or one transcript line match, newest first.
void librarySearch(benchmark::State& state, const QString& text)
{
    Database& database = benchDatabase();
    Library library(database);
    qsizetype episodes = 0;
    for (auto _ : state) {
        const QList<EpisodeRow> found = library.searchEpisodes(text);
        episodes = found.size();
        benchmark::DoNotOptimize(found.data());
    }
    state.counters["episodes"] = double(episodes);
}

void BM_LibrarySearchRareName(benchmark::State& state)
{
    librarySearch(state, QStringLiteral("kalomi"));
}
BENCHMARK(BM_LibrarySearchRareName)->Unit(benchmark::kMillisecond);

void BM_LibrarySearchTwoCommonWords(benchmark::State& state)
{
    librarySearch(state, QStringLiteral("river water"));
}
BENCHMARK(BM_LibrarySearchTwoCommonWords)->Unit(benchmark::kMillisecond);

// The sizes, as counters of a one-iteration benchmark: text bytes (UTF-8), index bytes (the
// FTS5 shadow tables' blobs and keys), words.
void BM_IndexSize(benchmark::State& state)
{
    Database& database = benchDatabase();
    for (auto _ : state) {
        const double text =
            double(scalar(database, QStringLiteral("SELECT sum(length(CAST(text AS BLOB))) FROM "
                                                   "transcript_cues")));
        const double index =
            double(scalar(database, QStringLiteral("SELECT sum(length(block)) + 8 * count(*) FROM "
                                                   "transcript_search_data")) +
                   scalar(database, QStringLiteral("SELECT sum(length(term)) + 16 * count(*) FROM "
                                                   "transcript_search_idx")));
        state.counters["text_MB"] = text / 1e6;
        state.counters["index_MB"] = index / 1e6;
        state.counters["index_per_text"] = index / text;
        state.counters["transcripts"] =
            double(scalar(database, QStringLiteral("SELECT count(*) FROM transcripts")));
        state.counters["file_MB"] = double(QFileInfo(benchPath()).size()) / 1e6;
    }
}
BENCHMARK(BM_IndexSize)->Iterations(1)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    database.reset(); // before Qt's SQL driver goes
    return 0;
}
