// Time to parse a 3-hour WebVTT transcript of 4,000 cues (target: 15 ms), and the same talk as
// SRT and Podcast Index JSON. The files are generated: three voices, two lines of about 40
// characters per cue, some styling tags and entities, as transcription services write them.
//
//   build/release/bench/ondes_transcriptparser_bench

#include "feed/transcriptparser.h"

#include <QByteArray>
#include <QStringList>

#include <benchmark/benchmark.h>

namespace {

constexpr int kCues = 4000;
constexpr qint64 kLengthMs = 3 * 3600 * 1000;

const char* const kWords[] = {
    "the",   "river",  "and",       "we",       "were",    "talking", "about",   "maps",
    "it's",  "really", "a",         "question", "of",      "time",    "because", "nobody",
    "knew",  "where",  "Danube",    "started",  "so",      "people",  "walked",  "for",
    "days",  "with",   "notebooks", "you",      "know",    "that",    "moment",  "when",
    "water", "turns",  "east",      "&amp;",    "nothing", "stays",   "still",   "forever",
};
const char* const kVoices[] = {"Ines Varga", "Tomas Brückner", "Kofi Mensah-Dubois"};

QString clock(qint64 ms, char separator)
{
    return QStringLiteral("%1:%2:%3%4%5")
        .arg(ms / 3600000, 2, 10, QLatin1Char('0'))
        .arg(ms / 60000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
        .arg(QLatin1Char(separator))
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

QString line(int cue, int which)
{
    QStringList words;
    for (int w = 0; w < 7; ++w)
        words << QString::fromUtf8(kWords[(cue * 7 + w * 3 + which * 11) % std::size(kWords)]);
    if (cue % 9 == 0)
        words[2] = QStringLiteral("<i>") + words[2] + QStringLiteral("</i>");
    return words.join(QLatin1Char(' '));
}

QByteArray makeVtt()
{
    QString vtt = QStringLiteral("WEBVTT\nLanguage: en\n\n");
    for (int i = 0; i < kCues; ++i) {
        const qint64 start = kLengthMs * i / kCues;
        const qint64 end = kLengthMs * (i + 1) / kCues - 40;
        vtt += QStringLiteral("%1\n%2 --> %3 align:start\n<v %4>%5\n%6\n\n")
                   .arg(i + 1)
                   .arg(clock(start, '.'), clock(end, '.'))
                   .arg(QString::fromUtf8(kVoices[i / 5 % 3]), line(i, 0), line(i, 1));
    }
    return vtt.toUtf8();
}

QByteArray makeSrt()
{
    QString srt;
    for (int i = 0; i < kCues; ++i) {
        const qint64 start = kLengthMs * i / kCues;
        const qint64 end = kLengthMs * (i + 1) / kCues - 40;
        const QString speaker =
            i % 5 == 0 ? QString::fromUtf8(kVoices[i / 5 % 3]) + QStringLiteral(": ") : QString();
        srt += QStringLiteral("%1\n%2 --> %3\n%4%5\n%6\n\n")
                   .arg(i + 1)
                   .arg(clock(start, ','), clock(end, ','), speaker, line(i, 0), line(i, 1));
    }
    return srt.toUtf8();
}

QByteArray makeJson()
{
    // One segment per phrase of about 7 words: 8,000 segments.
    QByteArray json = R"({"version": "1.0.0", "segments": [)";
    for (int i = 0; i < kCues * 2; ++i) {
        const qint64 start = kLengthMs * i / (kCues * 2);
        const qint64 end = kLengthMs * (i + 1) / (kCues * 2) - 40;
        json += (i ? ",\n" : "") + QByteArray(R"({"speaker": ")") + kVoices[i / 10 % 3] +
                R"(", "startTime": )" + QByteArray::number(start / 1000.0) + R"(, "endTime": )" +
                QByteArray::number(end / 1000.0) + R"(, "body": ")" + line(i / 2, i % 2).toUtf8() +
                (i % 4 == 3 ? "." : "") + "\"}";
    }
    return json + "]}";
}

void run(benchmark::State& state, const QByteArray& data, const QString& name)
{
    qsizetype cues = 0;
    for (auto _ : state) {
        QString error;
        const std::optional<ondes::TranscriptDocument> doc =
            ondes::TranscriptParser::parse(data, {}, name, &error);
        if (!doc) {
            state.SkipWithError(error.toStdString().c_str());
            return;
        }
        cues = doc->cues.size();
        benchmark::DoNotOptimize(doc->cues.data());
    }
    state.counters["cues"] = double(cues);
    state.counters["bytes"] = double(data.size());
}

void BM_ParseWebVtt3Hours(benchmark::State& state)
{
    static const QByteArray vtt = makeVtt();
    run(state, vtt, QStringLiteral("talk.vtt"));
}
BENCHMARK(BM_ParseWebVtt3Hours)->Unit(benchmark::kMillisecond);

void BM_ParseSrt3Hours(benchmark::State& state)
{
    static const QByteArray srt = makeSrt();
    run(state, srt, QStringLiteral("talk.srt"));
}
BENCHMARK(BM_ParseSrt3Hours)->Unit(benchmark::kMillisecond);

void BM_ParseJson3Hours(benchmark::State& state)
{
    static const QByteArray json = makeJson();
    run(state, json, QStringLiteral("talk.json"));
}
BENCHMARK(BM_ParseJson3Hours)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
