#include "feed/transcriptparser.h"

#include "feed/transcripthtml.h"
#include "feed/transcriptjson.h"
#include "feed/transcriptplaintext.h"
#include "feed/transcriptsrt.h"
#include "feed/transcriptwebvtt.h"

namespace ondes {

namespace {

using Format = TranscriptDocument::Format;

QByteArrayView withoutBom(QByteArrayView data)
{
    return data.startsWith("\xEF\xBB\xBF") ? data.sliced(3) : data;
}

QByteArrayView leadingSpaceRemoved(QByteArrayView data)
{
    qsizetype i = 0;
    while (i < data.size() &&
           (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n'))
        ++i;
    return data.sliced(i);
}

std::optional<Format> formatForMimeType(const QString& mimeType)
{
    const QString type = mimeType.section(u';', 0, 0).trimmed().toLower();
    if (type == u"text/vtt")
        return Format::WebVtt;
    if (type == u"application/srt" || type == u"application/x-subrip" || type == u"text/srt" ||
        type == u"application/x-srt" || type == u"text/x-srt")
        return Format::Srt;
    if (type == u"application/json" || type.endsWith(u"+json"))
        return Format::Json;
    if (type == u"text/html" || type == u"application/xhtml+xml")
        return Format::Html;
    return std::nullopt;
}

std::optional<Format> formatForFileName(const QString& fileName)
{
    QString name = fileName.section(u'?', 0, 0).section(u'#', 0, 0);
    name = name.section(u'/', -1).toLower();
    if (name.endsWith(u".vtt") || name.endsWith(u".webvtt"))
        return Format::WebVtt;
    if (name.endsWith(u".srt"))
        return Format::Srt;
    if (name.endsWith(u".json"))
        return Format::Json;
    if (name.endsWith(u".html") || name.endsWith(u".htm"))
        return Format::Html;
    if (name.endsWith(u".txt"))
        return Format::PlainText;
    return std::nullopt;
}

} // namespace

Format TranscriptParser::detectFormat(QByteArrayView data, const QString& mimeType,
                                      const QString& fileName)
{
    const QByteArrayView start = leadingSpaceRemoved(withoutBom(data));
    const QByteArrayView head = start.first(std::min<qsizetype>(start.size(), 4096));
    if (head.startsWith("WEBVTT"))
        return Format::WebVtt;
    if (head.startsWith("{") && head.toByteArray().contains("\"segments\""))
        return Format::Json;
    if (const std::optional<Format> format = formatForMimeType(mimeType))
        return *format;
    if (const std::optional<Format> format = formatForFileName(fileName))
        return *format;
    if (head.startsWith("{"))
        return Format::Json;
    if (head.toByteArray().contains("-->"))
        return Format::Srt;
    if (head.startsWith("<"))
        return Format::Html;
    return Format::PlainText;
}

std::optional<TranscriptDocument> TranscriptParser::parse(QByteArrayView data,
                                                          const QString& mimeType,
                                                          const QString& fileName, QString* error)
{
    const auto fail = [error](const QString& reason) -> std::optional<TranscriptDocument> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    if (data.size() > maxBytes)
        return fail(tr("the transcript is larger than %1 MB").arg(maxBytes / (1024 * 1024)));
    const Format format = detectFormat(data, mimeType, fileName);
    bool truncated = false;
    QString formatError;
    TranscriptDocument document;
    switch (format) {
    case Format::WebVtt:
        document = WebVttTranscript::parse(QString::fromUtf8(data), maxCues, &truncated);
        break;
    case Format::Srt:
        document = SrtTranscript::parse(QString::fromUtf8(data), maxCues, &truncated);
        break;
    case Format::Json:
        document = JsonTranscript::parse(withoutBom(data), maxCues, &truncated, &formatError);
        break;
    case Format::Html:
        document = HtmlTranscript::parse(data, maxCues, &truncated);
        break;
    case Format::PlainText:
        document = PlainTextTranscript::parse(QString::fromUtf8(data), maxCues, &truncated);
        break;
    }
    if (truncated)
        return fail(tr("the transcript has more than %1 lines").arg(maxCues));
    if (!formatError.isEmpty())
        return fail(tr("not a %1 transcript: %2").arg(formatName(format), formatError));
    if (document.cues.isEmpty())
        return fail(tr("no transcript text in this %1 file").arg(formatName(format)));
    return document;
}

QString TranscriptParser::formatName(TranscriptDocument::Format format)
{
    switch (format) {
    case Format::WebVtt:
        return QStringLiteral("WebVTT");
    case Format::Srt:
        return QStringLiteral("SRT");
    case Format::Json:
        return QStringLiteral("JSON");
    case Format::Html:
        return QStringLiteral("HTML");
    case Format::PlainText:
        return tr("plain text");
    }
    return {};
}

} // namespace ondes
