#include "cli/transcriptcommands.h"

#include "application.h"
#include "cli/output.h"
#include "downloads/transcriptfetcher.h"
#include "library/library.h"
#include "library/transcriptstore.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ondes::cli {

namespace {

QString clockText(qint64 ms, bool withMillis)
{
    const QString clock = QStringLiteral("%1:%2:%3")
                              .arg(ms / 3600000, 2, 10, QLatin1Char('0'))
                              .arg(ms / 60000 % 60, 2, 10, QLatin1Char('0'))
                              .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'));
    return withMillis ? clock + QStringLiteral(".%1").arg(ms % 1000, 3, 10, QLatin1Char('0'))
                      : clock;
}

QString oneLine(const QString& text)
{
    return QString(text).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QString asText(const TranscriptDocument& doc)
{
    QStringList lines;
    for (const TranscriptCue& cue : doc.cues) {
        QString line;
        if (doc.timed)
            line = QStringLiteral("[%1] ").arg(clockText(cue.startMs, false));
        if (!cue.speaker.isEmpty())
            line += cue.speaker + QStringLiteral(": ");
        lines << line + oneLine(cue.text);
    }
    return lines.join(QLatin1Char('\n'));
}

QString vttEscaped(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('&'), QLatin1String("&amp;"));
    escaped.replace(QLatin1Char('<'), QLatin1String("&lt;"));
    escaped.replace(QLatin1Char('>'), QLatin1String("&gt;"));
    // A blank line or "-->" would end the cue.
    escaped.replace(QLatin1String("--&gt;"), QLatin1String("-- &gt;"));
    return escaped;
}

QString asVtt(const TranscriptDocument& doc)
{
    QString vtt = QStringLiteral("WEBVTT\n");
    if (!doc.language.isEmpty())
        vtt += QStringLiteral("Language: %1\n").arg(doc.language);
    for (qsizetype i = 0; i < doc.cues.size(); ++i) {
        const TranscriptCue& cue = doc.cues.at(i);
        // WebVTT needs an end after the start: a cue the source gave no end lasts until the next
        // one (or a second, for the last or an untimed one).
        qint64 end = cue.endMs;
        if (end <= cue.startMs) {
            const qint64 next = i + 1 < doc.cues.size() ? doc.cues.at(i + 1).startMs : 0;
            end = next > cue.startMs ? next : cue.startMs + 1000;
        }
        vtt +=
            QStringLiteral("\n%1 --> %2\n").arg(clockText(cue.startMs, true), clockText(end, true));
        if (!cue.speaker.isEmpty())
            vtt += QStringLiteral("<v %1>").arg(vttEscaped(cue.speaker));
        QStringList lines;
        for (const QString& line : cue.text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            lines << vttEscaped(line);
        vtt += lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    return vtt;
}

QString asJson(const TranscriptDocument& doc)
{
    QJsonArray segments;
    for (const TranscriptCue& cue : doc.cues) {
        QJsonObject segment{{QStringLiteral("startTime"), double(cue.startMs) / 1000.0},
                            {QStringLiteral("endTime"), double(cue.endMs) / 1000.0},
                            {QStringLiteral("body"), cue.text}};
        if (!cue.speaker.isEmpty())
            segment.insert(QStringLiteral("speaker"), cue.speaker);
        segments.append(segment);
    }
    return QString::fromUtf8(
               QJsonDocument(QJsonObject{{QStringLiteral("version"), QStringLiteral("1.0.0")},
                                         {QStringLiteral("segments"), segments}})
                   .toJson(QJsonDocument::Indented))
        .trimmed();
}

// Fetches the episode's transcript unless it is stored; "" when it is there now.
QString fetchTranscript(Application& app, qint64 episodeId)
{
    TranscriptFetcher& fetcher = app.transcriptFetcher();
    QEventLoop loop;
    QString error;
    QObject::connect(&fetcher, &TranscriptFetcher::ready, &loop, [&](qint64 id) {
        if (id == episodeId)
            loop.quit();
    });
    QObject::connect(&fetcher, &TranscriptFetcher::failed, &loop,
                     [&](qint64 id, const QString& why) {
                         if (id != episodeId)
                             return;
                         error = why;
                         loop.quit();
                     });
    fetcher.fetch(episodeId);
    loop.exec();
    return error;
}

} // namespace

int transcript(const QString& dataDir, const QStringList& arguments)
{
    QString format = QStringLiteral("text");
    qint64 episodeId = 0;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        bool number = false;
        const qint64 id = arg.toLongLong(&number);
        if (arg == QLatin1String("--format") && i + 1 < arguments.size()) {
            format = arguments.at(++i);
        } else if (episodeId == 0 && number && id > 0) {
            episodeId = id;
        } else {
            printError(QStringLiteral("ondes transcript: unexpected argument %1").arg(arg));
            return 2;
        }
    }
    if (episodeId == 0) {
        printError(QStringLiteral("ondes transcript: give an episode id (see ondes episodes)"));
        return 2;
    }
    if (format != QLatin1String("text") && format != QLatin1String("vtt") &&
        format != QLatin1String("json")) {
        printError(
            QStringLiteral("ondes transcript: --format is text, vtt or json, not %1").arg(format));
        return 2;
    }
    Application app{DataPaths(dataDir)};
    if (!startApplication(app))
        return 1;
    if (!app.library().episode(episodeId)) {
        printError(QStringLiteral("ondes transcript: no episode %1").arg(episodeId));
        return 1;
    }
    const QString error = fetchTranscript(app, episodeId);
    const std::optional<TranscriptDocument> doc = TranscriptStore(app.database()).load(episodeId);
    if (!error.isEmpty() || !doc) {
        printError(
            QStringLiteral("ondes transcript: %1")
                .arg(error.isEmpty() ? QStringLiteral("cannot read the transcript") : error));
        return 1;
    }
    if (format == QLatin1String("vtt"))
        printLine(asVtt(*doc));
    else if (format == QLatin1String("json"))
        printLine(asJson(*doc));
    else
        printLine(asText(*doc));
    return 0;
}

int listSaid(Application& app, const QString& text, bool json)
{
    const QList<TranscriptHit> hits = TranscriptStore(app.database()).search(text);
    QJsonArray array;
    QHash<qint64, EpisodeRow> episodes;
    for (const TranscriptHit& hit : hits) {
        if (!episodes.contains(hit.episodeId)) {
            const std::optional<EpisodeRow> episode = app.library().episode(hit.episodeId);
            episodes.insert(hit.episodeId, episode.value_or(EpisodeRow{}));
        }
        const EpisodeRow& episode = episodes[hit.episodeId];
        const QString line =
            (hit.speaker.isEmpty() ? QString() : hit.speaker + QStringLiteral(": ")) +
            oneLine(hit.line);
        if (json) {
            array.append(QJsonObject{{QStringLiteral("id"), hit.episodeId},
                                     {QStringLiteral("show"), episode.showTitle},
                                     {QStringLiteral("title"), episode.title},
                                     {QStringLiteral("time_ms"), hit.startMs},
                                     {QStringLiteral("speaker"), hit.speaker},
                                     {QStringLiteral("line"), oneLine(hit.line)}});
        } else {
            printLine(
                QStringLiteral("%1\t%2\t%3\t%4\t%5")
                    .arg(hit.episodeId)
                    .arg(episode.showTitle, episode.title, clockText(hit.startMs, false), line));
        }
    }
    if (json)
        printLine(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    return 0;
}

} // namespace ondes::cli
