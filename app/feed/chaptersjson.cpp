#include "feed/chaptersjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace ondes {

namespace {

// The text without control characters: Qt's JSON reader lets raw ones through (NUL
// included), and no title or URL has a use for them. Line breaks and tabs become spaces.
QString withoutControlCharacters(const QString& text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            result += u' ';
        else if (c.unicode() >= 0x20 && c.unicode() != 0x7F)
            result += c;
    }
    return result;
}

// A string field, absent and null reading as empty; false when it has another type.
bool readString(const QJsonObject& object, QLatin1StringView key, QString* value)
{
    const QJsonValue field = object.value(key);
    if (field.isUndefined() || field.isNull())
        return true;
    if (!field.isString())
        return false;
    *value = withoutControlCharacters(field.toString()).trimmed();
    return true;
}

QString resolved(const QString& url, const QUrl& base)
{
    if (url.isEmpty() || !base.isValid())
        return url;
    return base.resolved(QUrl(url)).toString();
}

} // namespace

std::optional<QList<Chapter>> ChaptersJson::parse(QByteArrayView json, QString* error,
                                                  const QString& baseUrl)
{
    const auto fail = [error](const QString& reason) -> std::optional<QList<Chapter>> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    if (json.size() > maxBytes)
        return fail(ChaptersJson::tr("the chapters file is larger than %1 bytes").arg(maxBytes));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(ChaptersJson::tr("not JSON: %1 at offset %2")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    if (!document.isObject())
        return fail(ChaptersJson::tr("not a chapters object"));
    const QJsonObject root = document.object();
    // The spec requires a version string; files without one are common and otherwise fine.
    const QJsonValue version = root.value(QLatin1StringView("version"));
    if (!version.isUndefined() && !version.isNull() && !version.isString() && !version.isDouble())
        return fail(ChaptersJson::tr("\"version\" is not a string"));
    const QJsonValue chaptersValue = root.value(QLatin1StringView("chapters"));
    if (!chaptersValue.isArray())
        return fail(ChaptersJson::tr("no \"chapters\" array"));
    const QJsonArray array = chaptersValue.toArray();
    const QUrl base(baseUrl);

    QList<Chapter> chapters;
    const qsizetype count = std::min<qsizetype>(array.size(), maxChapters);
    chapters.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const QJsonValue value = array.at(i);
        const QString where = ChaptersJson::tr("chapter %1: ").arg(i + 1);
        if (!value.isObject())
            return fail(where + ChaptersJson::tr("not an object"));
        const QJsonObject object = value.toObject();
        const QJsonValue start = object.value(QLatin1StringView("startTime"));
        if (!start.isDouble())
            return fail(where + ChaptersJson::tr("\"startTime\" is missing or not a number"));
        const double startTime = start.toDouble();
        if (!std::isfinite(startTime) || startTime < 0)
            return fail(where + ChaptersJson::tr("\"startTime\" is negative or not finite"));
        const QJsonValue end = object.value(QLatin1StringView("endTime"));
        if (!end.isUndefined() && !end.isNull() &&
            (!end.isDouble() || !std::isfinite(end.toDouble()) || end.toDouble() < 0))
            return fail(where + ChaptersJson::tr("\"endTime\" is not a valid time"));
        const QJsonValue toc = object.value(QLatin1StringView("toc"));
        if (!toc.isUndefined() && !toc.isNull() && !toc.isBool())
            return fail(where + ChaptersJson::tr("\"toc\" is not true or false"));

        Chapter chapter;
        chapter.start = startTime;
        if (!readString(object, QLatin1StringView("title"), &chapter.title) ||
            !readString(object, QLatin1StringView("img"), &chapter.image) ||
            !readString(object, QLatin1StringView("url"), &chapter.href))
            return fail(where + ChaptersJson::tr("\"title\", \"img\" or \"url\" is not a string"));
        if (toc.isBool() && !toc.toBool())
            continue; // a silent marker: metadata only, never shown or jumped to
        chapter.image = resolved(chapter.image, base);
        chapter.href = resolved(chapter.href, base);
        chapters.append(chapter);
    }
    std::stable_sort(chapters.begin(), chapters.end(),
                     [](const Chapter& a, const Chapter& b) { return a.start < b.start; });
    return chapters;
}

} // namespace ondes
