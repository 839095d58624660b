#include "feed/transcriptjson.h"

#include "feed/transcripttext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>

namespace ondes {

namespace {

constexpr qint64 kPauseMs = 2000;
constexpr qsizetype kLongCueChars = 400;
// 100,000 hours: more than any recording, small enough for milliseconds in a qint64.
constexpr double kLatestSeconds = 3.6e8;

// Seconds as a number or a numeric string ("12.5"); -1 when neither.
qint64 secondsToMs(const QJsonValue& value)
{
    double seconds = -1;
    if (value.isDouble()) {
        seconds = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        seconds = value.toString().trimmed().toDouble(&ok);
        if (!ok) {
            const qint64 clock = transcripttext::parseClock(value.toString());
            return clock;
        }
    }
    if (!std::isfinite(seconds) || seconds < 0 || seconds > kLatestSeconds)
        return -1;
    return qint64(std::llround(seconds * 1000));
}

bool endsSentence(const QString& text)
{
    if (text.isEmpty())
        return false;
    QChar last = text.back();
    if ((last == u'"' || last == u'\u201D' || last == u')') && text.size() > 1)
        last = text.at(text.size() - 2);
    return last == u'.' || last == u'?' || last == u'!' || last == u'\u2026';
}

bool attachesToPrevious(const QString& body)
{
    const QChar first = body.front();
    return first == u',' || first == u'.' || first == u';' || first == u':' || first == u'!' ||
           first == u'?' || first == u')' || first == u'\u2019' || body.startsWith(u"'s") ||
           body.startsWith(u"n't");
}

} // namespace

TranscriptDocument JsonTranscript::parse(QByteArrayView json, int maxCues, bool* truncated,
                                         QString* error)
{
    TranscriptDocument document;
    document.format = TranscriptDocument::Format::Json;
    document.timed = true;
    if (truncated)
        *truncated = false;
    QJsonParseError parseError;
    const QJsonDocument parsed = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    const QJsonValue segmentsValue = parsed.object().value(QLatin1String("segments"));
    if (!parsed.isObject() || !segmentsValue.isArray()) {
        if (error) {
            *error =
                parseError.error != QJsonParseError::NoError
                    ? QCoreApplication::translate("ondes::JsonTranscript",
                                                  "not JSON: %1 at offset %2")
                          .arg(parseError.errorString())
                          .arg(parseError.offset)
                    : QCoreApplication::translate("ondes::JsonTranscript", "no \"segments\" array");
        }
        return document;
    }
    const QJsonArray segments = segmentsValue.toArray();
    bool open = false; // whether the last cue may take the next segment of its speaker
    for (const QJsonValue& value : segments) {
        const QJsonObject segment = value.toObject();
        const QString body = transcripttext::plainText(
            segment.value(QLatin1String("body")).toString().replace(u'\n', u' '));
        const qint64 startMs = secondsToMs(segment.value(QLatin1String("startTime")));
        if (body.isEmpty() || startMs < 0)
            continue;
        const qint64 endMs =
            std::max(startMs, secondsToMs(segment.value(QLatin1String("endTime"))));
        const QString speaker =
            transcripttext::plainText(segment.value(QLatin1String("speaker")).toString());
        if (open && !document.cues.isEmpty()) {
            TranscriptCue& last = document.cues.last();
            if (last.speaker == speaker && startMs >= last.startMs &&
                startMs - last.endMs <= kPauseMs && last.text.size() < kLongCueChars) {
                if (!attachesToPrevious(body))
                    last.text += u' ';
                last.text += body;
                last.endMs = std::max(last.endMs, endMs);
                open = !endsSentence(last.text);
                continue;
            }
        }
        if (document.cues.size() >= maxCues) {
            if (truncated)
                *truncated = true;
            break;
        }
        document.cues << TranscriptCue{startMs, endMs, speaker, body};
        open = !endsSentence(body);
    }
    std::stable_sort(
        document.cues.begin(), document.cues.end(),
        [](const TranscriptCue& a, const TranscriptCue& b) { return a.startMs < b.startMs; });
    return document;
}

} // namespace ondes
