#pragma once

// Helpers for the playback tests: short clips generated at test time (espeak-ng + ffmpeg) in
// every codec we play, a show made of them, and the demo show's episodes.

#include "application.h"
#include "feed/feedtypes.h"
#include "library/library.h"
#include "playback/player.h"
#include "subscriptions/demoshow.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <gtest/gtest.h>

namespace ondes::test {

// A 3–4 s spoken clip in this format ("mp3", "ogg", "opus", "m4a"), made once per process.
// Empty when espeak-ng or ffmpeg is missing.
inline QString generatedClip(const QString& format)
{
    static QTemporaryDir dir;
    const QString wav = dir.filePath(QStringLiteral("speech.wav"));
    if (!QFileInfo::exists(wav)) {
        const QString espeak = QStandardPaths::findExecutable(QStringLiteral("espeak-ng"));
        if (espeak.isEmpty())
            return {};
        QProcess::execute(espeak,
                          {QStringLiteral("-v"), QStringLiteral("fr"), QStringLiteral("-w"), wav,
                           QStringLiteral("Bonjour, ceci est un court extrait pour "
                                          "tester la lecture des épisodes.")});
    }
    const QString out = dir.filePath(QStringLiteral("speech.") + format);
    if (!QFileInfo::exists(out)) {
        const QString codec = format == QLatin1String("mp3")    ? QStringLiteral("libmp3lame")
                              : format == QLatin1String("ogg")  ? QStringLiteral("libvorbis")
                              : format == QLatin1String("opus") ? QStringLiteral("libopus")
                                                                : QStringLiteral("aac");
        QProcess::execute(QStringLiteral("ffmpeg"),
                          {QStringLiteral("-loglevel"), QStringLiteral("error"),
                           QStringLiteral("-y"), QStringLiteral("-i"), wav, QStringLiteral("-ac"),
                           QStringLiteral("1"), QStringLiteral("-c:a"), codec, out});
    }
    return QFileInfo::exists(out) ? out : QString();
}

struct TestEpisode
{
    QString title;
    QString url;
    qint64 durationSeconds = 4;
    QString author = {};
};

// Stores a show made of these episodes; returns their ids in the given order.
inline QList<qint64> addTestShow(Library& library, const QString& feedUrl,
                                 const QList<TestEpisode>& episodes)
{
    ParsedFeed feed;
    feed.title = QStringLiteral("Test show");
    feed.author = QStringLiteral("Test author");
    qint64 published = 1700000000;
    for (const TestEpisode& item : episodes) {
        ParsedEpisode episode;
        episode.guid = item.url;
        episode.title = item.title;
        episode.author = item.author;
        episode.published = published++;
        episode.durationSeconds = item.durationSeconds;
        episode.enclosures << Enclosure{item.url, QStringLiteral("audio/mpeg"), -1};
        feed.episodes << episode;
    }
    QString error;
    EXPECT_TRUE(library.storeFeed(feedUrl, ShowKind::Feed, feed, &error)) << error.toStdString();
    const auto showId = library.showIdForUrl(feedUrl);
    QList<qint64> ids;
    if (!showId)
        return ids;
    const QList<EpisodeRow> rows = library.episodes(*showId);
    for (const TestEpisode& item : episodes) {
        for (const EpisodeRow& row : rows) {
            if (row.enclosureUrl == item.url && row.title == item.title)
                ids << row.id;
        }
    }
    return ids;
}

// The demo show's episodes, oldest first (12–15 s clips, mp3 and ogg).
inline QList<EpisodeRow> demoEpisodes(Library& library)
{
    const auto showId = library.showIdForUrl(DemoShow::feedUrl());
    if (!showId)
        return {};
    QList<EpisodeRow> rows = library.episodes(*showId);
    std::reverse(rows.begin(), rows.end());
    return rows;
}

// Runs a command without blocking: the event loop must keep answering the D-Bus calls it makes
// to this very process.
inline QString runCommand(const QString& program, const QStringList& arguments,
                          int* exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    const bool done =
        QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 10000);
    EXPECT_TRUE(done) << program.toStdString() << " "
                      << arguments.join(QLatin1Char(' ')).toStdString();
    if (exitCode)
        *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

// Waits until the player plays and has reached minPositionMs.
inline bool waitPlayingPast(Player& player, qint64 minPositionMs, int timeoutMs = 10000)
{
    return QTest::qWaitFor(
        [&] {
            return player.isPlaying() && player.isSeekable() && player.position() >= minPositionMs;
        },
        timeoutMs);
}

} // namespace ondes::test
