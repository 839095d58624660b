#include "media/xiphtags.h"

#include "media/taglibtext.h"

#include <QMap>

#include <taglib/flacpicture.h>
#include <taglib/xiphcomment.h>

#include <algorithm>
#include <cmath>

namespace ondes {

namespace {

const QLatin1StringView chapterPrefix("CHAPTER");

struct ChapterKey
{
    int number = -1;
    QString field; // "", "NAME" or "URL"
};

// "CHAPTER012NAME" → {12, "NAME"}
ChapterKey parseChapterKey(const QString& key)
{
    if (!key.startsWith(chapterPrefix, Qt::CaseInsensitive))
        return {};
    qsizetype i = chapterPrefix.size();
    const qsizetype digitsStart = i;
    while (i < key.size() && key[i].isDigit() && i - digitsStart < 6)
        ++i;
    if (i == digitsStart)
        return {};
    return {key.mid(digitsStart, i - digitsStart).toInt(), key.mid(i).toUpper()};
}

} // namespace

double XiphTags::parseTime(QStringView text)
{
    text = text.trimmed();
    const QList<QStringView> parts = text.split(QLatin1Char(':'));
    if (parts.isEmpty() || parts.size() > 3)
        return -1;
    double seconds = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const bool last = i + 1 == parts.size();
        bool ok = false;
        const double value = last ? parts[i].toDouble(&ok) : double(parts[i].toUInt(&ok));
        if (!ok || !std::isfinite(value) || value < 0)
            return -1;
        seconds = seconds * 60 + value;
    }
    return seconds;
}

QString XiphTags::formatTime(double seconds)
{
    const qint64 ms = std::llround(std::max(0.0, seconds) * 1000);
    return QStringLiteral("%1:%2:%3.%4")
        .arg(ms / 3600000, 2, 10, QLatin1Char('0'))
        .arg(ms / 60000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

QList<Chapter> XiphTags::chapters(const TagLib::Ogg::XiphComment& comment)
{
    QMap<int, Chapter> byNumber;
    QMap<int, bool> hasTime;
    for (const auto& [key, values] : comment.fieldListMap()) {
        if (values.isEmpty())
            continue;
        const ChapterKey chapterKey = parseChapterKey(fromTagString(key));
        if (chapterKey.number < 0)
            continue;
        if (!byNumber.contains(chapterKey.number) && byNumber.size() >= AudioTags::maxChapters)
            continue;
        Chapter& chapter = byNumber[chapterKey.number];
        const QString value = fromTagString(values.front());
        if (chapterKey.field.isEmpty()) {
            const double start = parseTime(value);
            if (start >= 0) {
                chapter.start = start;
                hasTime[chapterKey.number] = true;
            }
        } else if (chapterKey.field == QLatin1StringView("NAME")) {
            chapter.title = value;
        } else if (chapterKey.field == QLatin1StringView("URL")) {
            chapter.href = value;
        }
    }
    QList<Chapter> result;
    for (auto it = byNumber.cbegin(); it != byNumber.cend(); ++it) {
        if (hasTime.value(it.key()))
            result.append(it.value());
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Chapter& a, const Chapter& b) { return a.start < b.start; });
    return result;
}

void XiphTags::setChapters(TagLib::Ogg::XiphComment& comment, const QList<Chapter>& chapters)
{
    QList<TagLib::String> old;
    for (const auto& [key, values] : comment.fieldListMap()) {
        if (parseChapterKey(fromTagString(key)).number >= 0)
            old.append(key);
    }
    for (const TagLib::String& key : old)
        comment.removeFields(key);

    QList<Chapter> sorted = chapters.mid(0, AudioTags::maxChapters);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Chapter& a, const Chapter& b) { return a.start < b.start; });
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const QString key =
            chapterPrefix + QStringLiteral("%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        comment.addField(toTagString(key), toTagString(formatTime(sorted[i].start)));
        if (!sorted[i].title.isEmpty())
            comment.addField(toTagString(key + QLatin1StringView("NAME")),
                             toTagString(sorted[i].title));
        if (!sorted[i].href.isEmpty())
            comment.addField(toTagString(key + QLatin1StringView("URL")),
                             toTagString(sorted[i].href));
    }
}

void XiphTags::readCover(TagLib::Ogg::XiphComment& comment, QByteArray* data, QString* mimeType)
{
    const TagLib::FLAC::Picture* chosen = nullptr;
    for (const TagLib::FLAC::Picture* picture : comment.pictureList()) {
        if (picture->data().isEmpty() || picture->data().size() > AudioTags::maxCoverBytes)
            continue;
        if (!chosen || (picture->type() == TagLib::FLAC::Picture::FrontCover &&
                        chosen->type() != TagLib::FLAC::Picture::FrontCover))
            chosen = picture;
    }
    if (!chosen)
        return;
    *data = fromByteVector(chosen->data());
    *mimeType = fromTagString(chosen->mimeType()).toLower();
    if (!mimeType->contains(QLatin1Char('/')))
        *mimeType = AudioTags::sniffImageMimeType(*data);
}

void XiphTags::setCover(TagLib::Ogg::XiphComment& comment, const QByteArray& data,
                        const QString& mimeType)
{
    comment.removeAllPictures();
    if (data.isEmpty())
        return;
    auto* picture = new TagLib::FLAC::Picture;
    picture->setType(TagLib::FLAC::Picture::FrontCover);
    picture->setMimeType(toTagString(mimeType));
    picture->setData(toByteVector(data));
    comment.addPicture(picture); // the comment owns it
}

QDate XiphTags::date(const TagLib::Ogg::XiphComment& comment)
{
    const auto& fields = comment.fieldListMap();
    const auto it = fields.find("DATE");
    if (it == fields.end() || it->second.isEmpty())
        return {};
    return QDate::fromString(fromTagString(it->second.front()).left(10), Qt::ISODate);
}

} // namespace ondes
