// Time per description of SpeakerExtractor over the labelled corpus.
// The corpus path comes from ONDES_SPEAKER_CORPUS, else from this file's place in the source tree.

#include "feed/speakerextractor.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <benchmark/benchmark.h>

namespace {

// ONDES_SPEAKER_CORPUS replaces the first corpus (corpus.json), e.g. with feedgen texts.
QStringList loadCorpus(const char* name)
{
    QString path = qEnvironmentVariable("ONDES_SPEAKER_CORPUS");
    if (path.isEmpty() || qstrcmp(name, "corpus.json") != 0) {
        path = QFileInfo(QString::fromUtf8(__FILE__)).absolutePath() +
               QStringLiteral("/../tests/data/speakers/") + QString::fromUtf8(name);
    }
    QFile file(path);
    QStringList texts;
    if (!file.open(QIODevice::ReadOnly))
        return texts;
    for (const QJsonValue& entry : QJsonDocument::fromJson(file.readAll()).array())
        texts << entry.toObject().value(QStringLiteral("text")).toString();
    return texts;
}

void runCorpus(benchmark::State& state, const QStringList& texts)
{
    if (texts.isEmpty()) {
        state.SkipWithError("corpus not found: set ONDES_SPEAKER_CORPUS");
        return;
    }
    const ondes::SpeakerExtractor extractor;
    for (auto _ : state) {
        for (const QString& text : texts)
            benchmark::DoNotOptimize(extractor.extract(text));
    }
    // Shown as seconds per description (e.g. "6.1us").
    state.counters["per_description"] =
        benchmark::Counter(double(texts.size()), benchmark::Counter::kIsIterationInvariantRate |
                                                     benchmark::Counter::kInvert);
    state.SetItemsProcessed(state.iterations() * texts.size());
}

void BM_SpeakerExtractorCorpus(benchmark::State& state)
{
    runCorpus(state, loadCorpus("corpus.json"));
}
BENCHMARK(BM_SpeakerExtractorCorpus)->Unit(benchmark::kMicrosecond);

// Descriptions modelled on real episode pages (both splits).
void BM_SpeakerExtractorRealShapes(benchmark::State& state)
{
    runCorpus(state, loadCorpus("real-shapes.json"));
}
BENCHMARK(BM_SpeakerExtractorRealShapes)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
