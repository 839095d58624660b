#include "application.h"
#include "library/library.h"
#include "playback/playbacktestsupport.h"
#include "playback/player.h"
#include "playback/tempoaudiosink.h"
#include "support/qtprinters.h"
#include "support/skiporfail.h"
#include "support/testdatadir.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <iostream>
#include <vector>

namespace ondes {
namespace {

constexpr int kSampleRate = 44100;
constexpr double kTone = 440.0;

// 10 s of a 440 Hz sine, made once per process; empty when ffmpeg is missing.
QString toneFile()
{
    static QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("tone.ogg"));
    if (!QFileInfo::exists(file)) {
        QProcess::execute(
            QStringLiteral("ffmpeg"),
            {QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y"),
             QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
             QStringLiteral("sine=frequency=440:sample_rate=44100:duration=10"),
             QStringLiteral("-af"), QStringLiteral("volume=6"), QStringLiteral("-ac"),
             QStringLiteral("1"), QStringLiteral("-c:a"), QStringLiteral("libvorbis"), file});
    }
    return QFileInfo::exists(file) ? file : QString();
}

bool soundServerRuns()
{
    if (QStandardPaths::findExecutable(QStringLiteral("parec")).isEmpty())
        return false;
    QProcess pactl;
    pactl.start(QStringLiteral("pactl"), {QStringLiteral("info")});
    return pactl.waitForFinished(5000) && pactl.exitStatus() == QProcess::NormalExit &&
           pactl.exitCode() == 0;
}

// Records what the default sound output plays (its monitor), mono 16-bit at kSampleRate.
QList<qint16> record(int milliseconds)
{
    QProcess parec;
    parec.start(QStringLiteral("parec"),
                {QStringLiteral("--device=@DEFAULT_MONITOR@"), QStringLiteral("--raw"),
                 QStringLiteral("--format=s16le"), QStringLiteral("--channels=1"),
                 QStringLiteral("--rate=%1").arg(kSampleRate),
                 QStringLiteral("--latency-msec=20")});
    if (!parec.waitForStarted(3000))
        return {};
    QTest::qWait(milliseconds);
    parec.terminate();
    parec.waitForFinished(3000);
    const QByteArray raw = parec.readAllStandardOutput();
    QList<qint16> samples(raw.size() / 2);
    std::memcpy(samples.data(), raw.constData(), samples.size() * sizeof(qint16));
    return samples;
}

// A loud level of the recording: the 99th percentile of the magnitudes (a click is no tone).
int loudLevel(const QList<qint16>& samples)
{
    if (samples.isEmpty())
        return 0;
    std::vector<int> magnitudes;
    magnitudes.reserve(samples.size());
    for (const qint16 sample : samples)
        magnitudes.push_back(std::abs(static_cast<int>(sample)));
    const auto at = magnitudes.begin() + static_cast<qsizetype>(magnitudes.size() * 99 / 100);
    std::nth_element(magnitudes.begin(), at, magnitudes.end());
    return *at;
}

// The frequency of the recorded tone from its rising zero crossings, between the first and the
// last one (the start of a recording may be silence). A gap inside would lower it.
double dominantFrequency(const QList<qint16>& samples)
{
    const int level = loudLevel(samples);
    if (level < 1000)
        return 0.0;
    // Hysteresis: a crossing counts once the signal went below -h and then above +h.
    const int h = level / 4;
    int crossings = 0;
    qsizetype firstCrossing = -1;
    qsizetype lastCrossing = -1;
    bool below = false;
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const int sample = samples.at(i);
        if (sample < -h) {
            below = true;
        } else if (below && sample > h) {
            below = false;
            if (firstCrossing < 0)
                firstCrossing = i;
            else
                ++crossings;
            lastCrossing = i;
        }
    }
    if (crossings < 100)
        return 0.0;
    return crossings * static_cast<double>(kSampleRate) /
           static_cast<double>(lastCrossing - firstCrossing);
}

// A 440 Hz tone played at each speed through the null sink of .ci/with-audio, recorded from its
// monitor: the pitch stays 440 Hz while the position moves at the speed.
class PitchTest : public ::testing::TestWithParam<double>
{
protected:
    test::TestDataDir m_dir;
    Application m_app{m_dir.paths()};
};

TEST_P(PitchTest, ToneKeepsItsPitchAndThePositionFollowsTheSpeed)
{
    const double rate = GetParam();
    const QString tone = toneFile();
    if (tone.isEmpty())
        ONDES_SKIP_OR_FAIL("ffmpeg cannot make a tone");
    if (!soundServerRuns())
        ONDES_SKIP_OR_FAIL("no PulseAudio server or parec: run under .ci/with-audio");
    ASSERT_TRUE(TempoAudioSink::ensureRegistered()) << "scaletempo is missing";
    ASSERT_TRUE(m_app.start());
    const auto ids =
        test::addTestShow(m_app.library(), QStringLiteral("test:pitch"),
                          {{QStringLiteral("Tone"), QUrl::fromLocalFile(tone).toString(), 10}});
    ASSERT_EQ(ids.size(), 1);
    Player& player = m_app.player();
    player.setVolume(1.0f);
    ASSERT_TRUE(player.play(ids.first()));
    ASSERT_TRUE(test::waitPlayingPast(player, 200)) << player.errorString().toStdString();
    player.setPlaybackRate(rate);
    ASSERT_DOUBLE_EQ(player.playbackRate(), rate);
    QTest::qWait(500); // let the rate change (a flushing seek) reach the output

    // scaletempo is in the pipeline that plays, right before the sound output.
    const QString chains = TempoAudioSink::playingChains().join(QLatin1Char('\n'));
    EXPECT_TRUE(chains.contains(QLatin1String("scaletempo ! audioconvert ! audioresample ! ")))
        << chains.toStdString();

    const qint64 from = player.position();
    QElapsedTimer clock;
    clock.start();
    const QList<qint16> samples = record(1200);
    const double speed =
        static_cast<double>(player.position() - from) / static_cast<double>(clock.elapsed());
    const double frequency = dominantFrequency(samples);
    std::cout << "[ pitch ] at " << rate << "x: " << frequency << " Hz (tone " << kTone
              << " Hz), position " << speed << " media ms per wall ms, " << chains.toStdString()
              << "\n";
    RecordProperty("frequency_hz", static_cast<int>(std::lround(frequency)));
    EXPECT_NEAR(frequency, kTone, kTone * 0.05) << "at " << rate << "x, " << samples.size()
                                                << " samples, loud level " << loudLevel(samples);
    EXPECT_NEAR(speed, rate, rate * 0.15) << "media ms per wall ms at " << rate << "x";
    player.stop();
}

INSTANTIATE_TEST_SUITE_P(Rates, PitchTest, ::testing::Values(0.5, 1.0, 2.0, 3.0),
                         [](const auto& info) {
                             return "Rate" + std::to_string(std::lround(info.param * 10));
                         });

} // namespace
} // namespace ondes
