// The Transcript pane on a 3-hour transcript of 4,000 cues (issue 20): opening it (the model
// filled, the lines shown laid out and painted: target <= 50 ms) and one position tick while
// following playback (the lookup, the two lines repainted when the line changes, the scroll).
// The player reports the position a few times a second: at 4 ticks a second, following costs
// 4 × (µs per tick) / 10,000 % of a core.
//
//   QT_QPA_PLATFORM=offscreen ondes_transcriptpane_bench

#include "transcriptpane.h"
#include "transcriptview.h"

#include <QApplication>

#include <benchmark/benchmark.h>

namespace {

using namespace ondes;

constexpr int kCues = 4000;
constexpr qint64 kCueMs = 2700; // 4,000 cues over three hours

TranscriptDocument threeHours()
{
    static const QStringList words =
        QStringLiteral(
            "alors on parle aujourd'hui de la radio du son des ondes et de ceux qui les font "
            "vivre chaque semaine avec une émission qui dure longtemps mais reste passionnante")
            .split(QLatin1Char(' '));
    static const QStringList voices = {QStringLiteral("Alice Martin"), QStringLiteral("Bob"),
                                       QStringLiteral("Chloé Durand")};
    TranscriptDocument document;
    document.format = TranscriptDocument::Format::WebVtt;
    document.cues.reserve(kCues);
    for (int i = 0; i < kCues; ++i) {
        QStringList line;
        for (int w = 0; w < 10 + i % 9; ++w)
            line << words.at((i * 7 + w * 3) % words.size());
        document.cues.append(TranscriptCue{i * kCueMs, (i + 1) * kCueMs - 100,
                                           voices.at((i / 4) % voices.size()),
                                           line.join(QLatin1Char(' '))});
    }
    return document;
}

void paneShown(TranscriptPane& pane)
{
    pane.resize(420, 700);
    pane.show();
    QCoreApplication::processEvents();
}

void BM_OpenPaneOn4000Cues(benchmark::State& state)
{
    const TranscriptDocument document = threeHours();
    TranscriptPane pane;
    paneShown(pane);
    for (auto _ : state) {
        pane.setTranscript(document);
        pane.setPlaybackPosition(90 * 60 * 1000); // halfway: the view scrolls there
        // The delayed layout and the paint of what shows.
        QCoreApplication::sendPostedEvents();
        pane.view()->viewport()->repaint();
        benchmark::DoNotOptimize(pane.playingRow());
        state.PauseTiming();
        pane.clear();
        QCoreApplication::processEvents();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_OpenPaneOn4000Cues)->Unit(benchmark::kMillisecond);

void BM_PositionTickWhileFollowing(benchmark::State& state)
{
    TranscriptPane pane;
    paneShown(pane);
    pane.setTranscript(threeHours());
    QCoreApplication::processEvents();
    qint64 position = 0;
    for (auto _ : state) {
        position = (position + 250) % (kCues * kCueMs); // 4 ticks a second
        pane.setPlaybackPosition(position);
        // Whatever the tick left to do: the repaint of the lines that changed.
        QCoreApplication::processEvents();
    }
    // 4 ticks a second × the seconds per tick × 100.
    state.counters["cpu_percent_at_4_ticks_per_s"] = benchmark::Counter(
        1.0 / 400.0, benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_PositionTickWhileFollowing)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
