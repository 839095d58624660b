#include "media/audioformat.h"

#include <QFile>

namespace ondes {

namespace {

struct ExtensionFormat
{
    QLatin1StringView extension;
    AudioFormat format;
};

constexpr ExtensionFormat extensionFormats[] = {
    {QLatin1StringView("mp3"), AudioFormat::Mp3},
    {QLatin1StringView("ogg"), AudioFormat::OggVorbis},
    {QLatin1StringView("oga"), AudioFormat::OggVorbis},
    {QLatin1StringView("opus"), AudioFormat::Opus},
    {QLatin1StringView("m4a"), AudioFormat::Mp4},
    {QLatin1StringView("m4b"), AudioFormat::Mp4},
    {QLatin1StringView("mp4"), AudioFormat::Mp4},
    {QLatin1StringView("flac"), AudioFormat::Flac},
};

QStringView extensionOf(QStringView fileName)
{
    if (fileName.endsWith(QLatin1StringView(".part"), Qt::CaseInsensitive))
        fileName.chop(5);
    const qsizetype slash = fileName.lastIndexOf(QLatin1Char('/'));
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    if (dot < 0 || dot < slash)
        return {};
    return fileName.mid(dot + 1);
}

} // namespace

AudioFormat AudioFormats::fromMimeType(QStringView mimeType)
{
    const QString type = mimeType.trimmed().toString().toLower();
    const QString base = type.section(QLatin1Char(';'), 0, 0).trimmed();
    if (base == QLatin1StringView("audio/mpeg") || base == QLatin1StringView("audio/mp3") ||
        base == QLatin1StringView("audio/mpeg3") || base == QLatin1StringView("audio/x-mpeg") ||
        base == QLatin1StringView("audio/x-mp3"))
        return AudioFormat::Mp3;
    if (base == QLatin1StringView("audio/opus"))
        return AudioFormat::Opus;
    if (base == QLatin1StringView("audio/ogg") || base == QLatin1StringView("application/ogg")) {
        if (type.contains(QLatin1StringView("opus")))
            return AudioFormat::Opus;
        if (type.contains(QLatin1StringView("vorbis")))
            return AudioFormat::OggVorbis;
        return AudioFormat::Unknown;
    }
    if (base == QLatin1StringView("audio/vorbis"))
        return AudioFormat::OggVorbis;
    if (base == QLatin1StringView("audio/mp4") || base == QLatin1StringView("audio/x-m4a") ||
        base == QLatin1StringView("audio/m4a") || base == QLatin1StringView("audio/x-m4b") ||
        base == QLatin1StringView("video/mp4") || base == QLatin1StringView("audio/aac-mp4"))
        return AudioFormat::Mp4;
    if (base == QLatin1StringView("audio/flac") || base == QLatin1StringView("audio/x-flac"))
        return AudioFormat::Flac;
    return AudioFormat::Unknown;
}

AudioFormat AudioFormats::fromFileName(QStringView fileName)
{
    const QStringView extension = extensionOf(fileName);
    for (const ExtensionFormat& entry : extensionFormats) {
        if (extension.compare(entry.extension, Qt::CaseInsensitive) == 0)
            return entry.format;
    }
    return AudioFormat::Unknown;
}

AudioFormat AudioFormats::fromContent(QByteArrayView head)
{
    if (head.startsWith("fLaC"))
        return AudioFormat::Flac;
    if (head.startsWith("OggS")) {
        // The first page holds only the identification header, so its codec magic is near.
        const QByteArrayView firstPage = head.first(std::min<qsizetype>(head.size(), 64));
        if (firstPage.indexOf("OpusHead") >= 0)
            return AudioFormat::Opus;
        if (firstPage.indexOf("\x01vorbis") >= 0)
            return AudioFormat::OggVorbis;
        return AudioFormat::Unknown;
    }
    if (head.size() >= 12 && head.sliced(4, 4) == QByteArrayView("ftyp"))
        return AudioFormat::Mp4;
    if (head.startsWith("ID3"))
        return AudioFormat::Mp3; // ID3v2 is also found before FLAC and AAC, but rarely
    // An MPEG audio frame sync: 11 set bits, layer bits not 00.
    if (head.size() >= 2 && quint8(head[0]) == 0xFF && (quint8(head[1]) & 0xE0) == 0xE0 &&
        (quint8(head[1]) & 0x06) != 0)
        return AudioFormat::Mp3;
    return AudioFormat::Unknown;
}

AudioFormat AudioFormats::detect(const QString& path)
{
    const AudioFormat byContent = sniff(path);
    return byContent != AudioFormat::Unknown ? byContent : fromFileName(path);
}

AudioFormat AudioFormats::sniff(const QString& path, qint64 offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return AudioFormat::Unknown;
    const QByteArray head = file.read(64);
    if (head.startsWith("ID3") && head.size() >= 10) {
        // Look past the tag: FLAC files sometimes carry one.
        const qint64 size = (qint64(head[6] & 0x7F) << 21) | (qint64(head[7] & 0x7F) << 14) |
                            (qint64(head[8] & 0x7F) << 7) | qint64(head[9] & 0x7F);
        if (file.seek(offset + 10 + size)) {
            const AudioFormat after = fromContent(file.read(64));
            if (after != AudioFormat::Unknown)
                return after;
        }
        return AudioFormat::Mp3;
    }
    return fromContent(head);
}

QString AudioFormats::name(AudioFormat format)
{
    switch (format) {
    case AudioFormat::Mp3:
        return QStringLiteral("MP3");
    case AudioFormat::OggVorbis:
        return QStringLiteral("Ogg Vorbis");
    case AudioFormat::Opus:
        return QStringLiteral("Opus");
    case AudioFormat::Mp4:
        return QStringLiteral("MP4");
    case AudioFormat::Flac:
        return QStringLiteral("FLAC");
    case AudioFormat::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

bool AudioFormats::isAudioFileName(QStringView fileName)
{
    if (fileName.endsWith(QLatin1StringView(".part"), Qt::CaseInsensitive))
        return false;
    return fromFileName(fileName) != AudioFormat::Unknown;
}

} // namespace ondes
