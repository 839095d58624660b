#include "media/id3tags.h"

#include "media/taglibtext.h"

#include <taglib/attachedpictureframe.h>
#include <taglib/chapterframe.h>
#include <taglib/id3v2tag.h>
#include <taglib/tableofcontentsframe.h>
#include <taglib/textidentificationframe.h>
#include <taglib/urllinkframe.h>

#include <algorithm>
#include <cmath>

namespace ondes {

namespace {

QString embeddedText(const TagLib::ID3v2::FrameList& frames)
{
    for (const TagLib::ID3v2::Frame* frame : frames) {
        const QString text = fromTagString(frame->toString());
        if (!text.isEmpty())
            return text;
    }
    return {};
}

// WXXX carries a description before the URL, so its toString() is not the URL; read it typed.
QString chapterUrl(const TagLib::ID3v2::ChapterFrame& chapter)
{
    for (const TagLib::ID3v2::Frame* frame : chapter.embeddedFrameList()) {
        if (const auto* user = dynamic_cast<const TagLib::ID3v2::UserUrlLinkFrame*>(frame)) {
            const QString url = fromTagString(user->url());
            if (!url.isEmpty())
                return url;
        }
    }
    for (const TagLib::ID3v2::Frame* frame : chapter.embeddedFrameList()) {
        if (const auto* link = dynamic_cast<const TagLib::ID3v2::UrlLinkFrame*>(frame)) {
            const QString url = fromTagString(link->url());
            if (!url.isEmpty())
                return url;
        }
    }
    return {};
}

} // namespace

QList<Chapter> Id3Tags::chapters(const TagLib::ID3v2::Tag& tag)
{
    QList<Chapter> result;
    for (const TagLib::ID3v2::Frame* frame : tag.frameList("CHAP")) {
        const auto* chapter = dynamic_cast<const TagLib::ID3v2::ChapterFrame*>(frame);
        if (!chapter)
            continue;
        if (result.size() >= AudioTags::maxChapters)
            break;
        Chapter entry;
        entry.start = chapter->startTime() / 1000.0;
        entry.title = embeddedText(chapter->embeddedFrameList("TIT2"));
        entry.href = chapterUrl(*chapter);
        result.append(entry);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Chapter& a, const Chapter& b) { return a.start < b.start; });
    return result;
}

void Id3Tags::readCover(const TagLib::ID3v2::Tag& tag, QByteArray* data, QString* mimeType)
{
    const TagLib::ID3v2::AttachedPictureFrame* chosen = nullptr;
    for (const TagLib::ID3v2::Frame* frame : tag.frameList("APIC")) {
        const auto* picture = dynamic_cast<const TagLib::ID3v2::AttachedPictureFrame*>(frame);
        if (!picture || picture->picture().isEmpty() ||
            picture->picture().size() > AudioTags::maxCoverBytes)
            continue;
        if (!chosen || (picture->type() == TagLib::ID3v2::AttachedPictureFrame::FrontCover &&
                        chosen->type() != TagLib::ID3v2::AttachedPictureFrame::FrontCover))
            chosen = picture;
    }
    if (!chosen)
        return;
    *data = fromByteVector(chosen->picture());
    *mimeType = fromTagString(chosen->mimeType()).toLower();
    if (!mimeType->contains(QLatin1Char('/'))) // ID3v2.2 "JPG", "PNG", or nothing
        *mimeType = AudioTags::sniffImageMimeType(*data);
}

QDate Id3Tags::date(const TagLib::ID3v2::Tag& tag)
{
    // TagLib turns ID3v2.3's TYER + TDAT into TDRC when it reads the tag.
    const QString text = embeddedText(tag.frameList("TDRC"));
    return QDate::fromString(text.left(10), Qt::ISODate);
}

void Id3Tags::setCover(TagLib::ID3v2::Tag& tag, const QByteArray& data, const QString& mimeType)
{
    tag.removeFrames("APIC");
    if (data.isEmpty())
        return;
    auto* picture = new TagLib::ID3v2::AttachedPictureFrame;
    picture->setType(TagLib::ID3v2::AttachedPictureFrame::FrontCover);
    picture->setMimeType(toTagString(mimeType));
    picture->setPicture(toByteVector(data));
    picture->setTextEncoding(TagLib::String::UTF8);
    tag.addFrame(picture); // the tag owns it
}

void Id3Tags::setChapters(TagLib::ID3v2::Tag& tag, const QList<Chapter>& chapters,
                          qint64 durationMs)
{
    tag.removeFrames("CHAP");
    tag.removeFrames("CTOC");
    if (chapters.isEmpty())
        return;
    QList<Chapter> sorted = chapters.mid(0, AudioTags::maxChapters);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Chapter& a, const Chapter& b) { return a.start < b.start; });

    auto* toc = new TagLib::ID3v2::TableOfContentsFrame("toc");
    toc->setIsTopLevel(true);
    toc->setIsOrdered(true);
    constexpr unsigned int noOffset = 0xFFFFFFFF; // "use the times", per the CHAP spec
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const Chapter& chapter = sorted[i];
        const auto start =
            static_cast<unsigned int>(std::llround(std::max(0.0, chapter.start) * 1000));
        unsigned int end = start;
        if (i + 1 < sorted.size())
            end =
                static_cast<unsigned int>(std::llround(std::max(0.0, sorted[i + 1].start) * 1000));
        else if (durationMs > start)
            end = static_cast<unsigned int>(durationMs);
        const TagLib::ByteVector id = toByteVector(QByteArray("chp") + QByteArray::number(i));
        TagLib::ID3v2::FrameList embedded;
        if (!chapter.title.isEmpty()) {
            auto* title = new TagLib::ID3v2::TextIdentificationFrame("TIT2", TagLib::String::UTF8);
            title->setText(toTagString(chapter.title));
            embedded.append(title);
        }
        if (!chapter.href.isEmpty()) {
            auto* url = new TagLib::ID3v2::UserUrlLinkFrame(TagLib::String::UTF8);
            url->setDescription(TagLib::String("chapter url"));
            url->setUrl(toTagString(chapter.href));
            embedded.append(url);
        }
        tag.addFrame(new TagLib::ID3v2::ChapterFrame(id, start, end, noOffset, noOffset, embedded));
        toc->addChildElement(id);
    }
    tag.addFrame(toc);
}

} // namespace ondes
