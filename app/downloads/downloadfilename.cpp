#include "downloads/downloadfilename.h"

#include "downloads/downloadstore.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <QTextBoundaryFinder>

namespace ondes {

namespace {

bool isBidiControl(char32_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

bool isLineBreakLike(char32_t c)
{
    return c == 0x85 || c == 0x2028 || c == 0x2029;
}

// Characters and separators replaced, without cutting or trimming the ends.
QString replaceUnsafe(const QString& text)
{
    const QString normalized = text.normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(normalized.size());
    const qsizetype n = normalized.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar ch = normalized.at(i);
        if (ch.isHighSurrogate() && i + 1 < n && normalized.at(i + 1).isLowSurrogate()) {
            out.append(ch);
            out.append(normalized.at(++i));
            continue;
        }
        if (ch.isSurrogate())
            continue; // unpaired: not a character
        const char32_t c = ch.unicode();
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || isLineBreakLike(c)) {
            out.append(u' ');
            continue;
        }
        if (isBidiControl(c) || c == 0xFEFF)
            continue;
        switch (c) {
        case u'/':
        case u'\\':
        case u'|':
            out.append(u'-');
            break;
        case u':': // "Episode 5: Title" -> "Episode 5 - Title", "12:30" -> "12-30"
            if (i + 1 < n && normalized.at(i + 1).isSpace())
                out.append(QStringLiteral(" -"));
            else
                out.append(u'-');
            break;
        case u'"':
            out.append(u'\'');
            break;
        case u'<':
        case u'>':
        case u'?':
        case u'*':
            break;
        default:
            out.append(ch);
        }
    }
    return out;
}

// Collapses whitespace; no leading dots or spaces, no trailing dots or spaces.
QString tidyEnds(const QString& text)
{
    QString out = text.simplified();
    qsizetype begin = 0;
    while (begin < out.size() && (out.at(begin) == u'.' || out.at(begin).isSpace()))
        ++begin;
    qsizetype end = out.size();
    while (end > begin && (out.at(end - 1) == u'.' || out.at(end - 1).isSpace()))
        --end;
    return out.mid(begin, end - begin);
}

QString clean(const QString& text)
{
    return tidyEnds(replaceUnsafe(text));
}

bool isWindowsDeviceName(const QString& name)
{
    static const QSet<QString> devices = [] {
        QSet<QString> set = {QStringLiteral("CON"),    QStringLiteral("PRN"),
                             QStringLiteral("AUX"),    QStringLiteral("NUL"),
                             QStringLiteral("CONIN$"), QStringLiteral("CONOUT$")};
        for (int i = 0; i <= 9; ++i) {
            set.insert(QStringLiteral("COM") + QString::number(i));
            set.insert(QStringLiteral("LPT") + QString::number(i));
        }
        for (const QString& digit :
             {QStringLiteral("¹"), QStringLiteral("²"), QStringLiteral("³")}) {
            set.insert(QStringLiteral("COM") + digit);
            set.insert(QStringLiteral("LPT") + digit);
        }
        return set;
    }();
    const qsizetype dot = name.indexOf(u'.');
    return devices.contains(name.left(dot < 0 ? name.size() : dot).trimmed().toUpper());
}

int utf8Size(const QString& text)
{
    return int(text.toUtf8().size());
}

const QHash<QString, QString>& mimeSuffixes()
{
    static const QHash<QString, QString> table = {
        {QStringLiteral("audio/mpeg"), QStringLiteral("mp3")},
        {QStringLiteral("audio/mp3"), QStringLiteral("mp3")},
        {QStringLiteral("audio/mpeg3"), QStringLiteral("mp3")},
        {QStringLiteral("audio/x-mpeg"), QStringLiteral("mp3")},
        {QStringLiteral("audio/x-mp3"), QStringLiteral("mp3")},
        {QStringLiteral("audio/x-mpeg-3"), QStringLiteral("mp3")},
        {QStringLiteral("audio/mpg"), QStringLiteral("mp3")},
        {QStringLiteral("audio/mp4"), QStringLiteral("m4a")},
        {QStringLiteral("audio/m4a"), QStringLiteral("m4a")},
        {QStringLiteral("audio/x-m4a"), QStringLiteral("m4a")},
        {QStringLiteral("audio/mp4a-latm"), QStringLiteral("m4a")},
        {QStringLiteral("audio/x-m4b"), QStringLiteral("m4b")},
        {QStringLiteral("audio/aac"), QStringLiteral("aac")},
        {QStringLiteral("audio/x-aac"), QStringLiteral("aac")},
        {QStringLiteral("audio/aacp"), QStringLiteral("aac")},
        {QStringLiteral("audio/ogg"), QStringLiteral("ogg")},
        {QStringLiteral("application/ogg"), QStringLiteral("ogg")},
        {QStringLiteral("audio/vorbis"), QStringLiteral("ogg")},
        {QStringLiteral("audio/x-vorbis+ogg"), QStringLiteral("ogg")},
        {QStringLiteral("audio/opus"), QStringLiteral("opus")},
        {QStringLiteral("audio/flac"), QStringLiteral("flac")},
        {QStringLiteral("audio/x-flac"), QStringLiteral("flac")},
        {QStringLiteral("audio/wav"), QStringLiteral("wav")},
        {QStringLiteral("audio/x-wav"), QStringLiteral("wav")},
        {QStringLiteral("audio/wave"), QStringLiteral("wav")},
        {QStringLiteral("audio/vnd.wave"), QStringLiteral("wav")},
        {QStringLiteral("audio/aiff"), QStringLiteral("aiff")},
        {QStringLiteral("audio/x-aiff"), QStringLiteral("aiff")},
        {QStringLiteral("audio/webm"), QStringLiteral("webm")},
        {QStringLiteral("audio/x-matroska"), QStringLiteral("mka")},
        {QStringLiteral("audio/3gpp"), QStringLiteral("3gp")},
        {QStringLiteral("audio/x-ms-wma"), QStringLiteral("wma")},
        {QStringLiteral("video/mp4"), QStringLiteral("mp4")},
        {QStringLiteral("video/x-m4v"), QStringLiteral("m4v")},
        {QStringLiteral("video/quicktime"), QStringLiteral("mov")},
        {QStringLiteral("video/webm"), QStringLiteral("webm")},
        {QStringLiteral("video/ogg"), QStringLiteral("ogv")},
        {QStringLiteral("video/x-matroska"), QStringLiteral("mkv")},
        {QStringLiteral("video/3gpp"), QStringLiteral("3gp")},
        {QStringLiteral("video/x-msvideo"), QStringLiteral("avi")},
        {QStringLiteral("video/mpeg"), QStringLiteral("mpg")},
    };
    return table;
}

} // namespace

QString DownloadFileName::relativePath(const QString& showTitle, qint64 publishedSecs,
                                       const QString& episodeTitle, const QString& mimeType,
                                       const QUrl& url)
{
    QString stem = clean(episodeTitle);
    if (stem.isEmpty())
        stem = tr("Episode");
    if (publishedSecs > 0) {
        const QDate day = QDateTime::fromSecsSinceEpoch(publishedSecs, Qt::UTC).date();
        stem = day.toString(Qt::ISODate) + QStringLiteral(" - ") + stem;
    }
    const QString file = fitComponent(stem, u'.' + extension(mimeType, url), tr("Episode"));
    return component(showTitle, tr("Show")) + u'/' + file;
}

QString DownloadFileName::uniquePath(const QString& folder, const QString& relativePath,
                                     const std::function<bool(const QString&)>& taken)
{
    QStringList parts = relativePath.split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        parts.append(QString());
    QString name = parts.takeLast();
    QString suffix;
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot > 0 && isMediaSuffix(name.mid(dot + 1).toLower())) {
        suffix = name.mid(dot);
        name.truncate(dot);
    }
    const QDir base(folder);
    QString dirs;
    for (const QString& part : std::as_const(parts)) {
        if (part != u"." && part != u"..") // they name nothing; sanitised they would be "Show"
            dirs += component(part, tr("Show")) + u'/';
    }

    const auto isTaken = [&taken](const QString& path) {
        const QFileInfo info(path);
        const QFileInfo part(partPath(path));
        return info.exists() || info.isSymLink() || part.exists() || part.isSymLink() ||
               (taken && taken(path));
    };
    for (int n = 1; n < 10000; ++n) {
        const QString tail = n == 1 ? suffix : QStringLiteral(" (%1)").arg(n) + suffix;
        const QString path =
            QDir::cleanPath(base.absoluteFilePath(dirs + fitComponent(name, tail, tr("Episode"))));
        if (!isTaken(path))
            return path;
    }
    // Ten thousand namesakes: a time stamp is unique enough.
    const QString tail = QStringLiteral(" (%1)").arg(QDateTime::currentMSecsSinceEpoch()) + suffix;
    return QDir::cleanPath(base.absoluteFilePath(dirs + fitComponent(name, tail, tr("Episode"))));
}

QString DownloadFileName::extension(const QString& mimeType, const QUrl& url)
{
    const QString type = mimeType.section(u';', 0, 0).trimmed().toLower();
    if (const auto it = mimeSuffixes().constFind(type); it != mimeSuffixes().constEnd())
        return *it;
    const QString suffix = QFileInfo(url.path()).suffix().toLower();
    if (isMediaSuffix(suffix))
        return suffix;
    return QStringLiteral("mp3");
}

QString DownloadFileName::partPath(const QString& targetPath)
{
    return targetPath + QStringLiteral(".part");
}

bool DownloadFileName::isMediaSuffix(const QString& suffix)
{
    static const QSet<QString> known = [] {
        QSet<QString> set;
        for (const QString& value : mimeSuffixes())
            set.insert(value);
        for (const char* extra : {"mp2", "mpga", "oga", "spx", "m4p", "mp4a", "alac", "ape", "wv",
                                  "mpeg", "m4v", "mkv", "ts"})
            set.insert(QString::fromLatin1(extra));
        return set;
    }();
    return known.contains(suffix);
}

QString DownloadFileName::component(const QString& text, const QString& fallback)
{
    return fitComponent(text, {}, fallback);
}

QString DownloadFileName::fitComponent(const QString& stem, const QString& tail,
                                       const QString& fallback)
{
    const QString safeTail = replaceUnsafe(tail);
    // One byte kept for a '_' in front of a Windows device name.
    const int room = qMax(1, maxComponentBytes - utf8Size(safeTail) - 1);
    QString cut = tidyEnds(truncateUtf8(clean(stem), room));
    if (cut.isEmpty())
        cut = tidyEnds(truncateUtf8(clean(fallback), room));
    if (cut.isEmpty())
        cut = QStringLiteral("_");
    QString name = cut + safeTail;
    if (isWindowsDeviceName(name))
        name.prepend(u'_');
    return name;
}

QString DownloadFileName::truncateUtf8(const QString& text, int maxBytes)
{
    if (utf8Size(text) <= maxBytes)
        return text;
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    qsizetype best = 0;
    int bytes = 0;
    qsizetype previous = 0;
    for (qsizetype at = graphemes.toNextBoundary(); at > 0; at = graphemes.toNextBoundary()) {
        bytes += utf8Size(text.mid(previous, at - previous));
        if (bytes > maxBytes)
            break;
        best = at;
        previous = at;
    }
    return text.left(best);
}

QString DownloadFileName::targetPath(const QString& folder, const DownloadSubject& subject,
                                     const DownloadStore& store)
{
    const QString relative = relativePath(subject.showTitle, subject.published, subject.title,
                                          subject.enclosureType, QUrl(subject.enclosureUrl));
    QSet<QString> taken;
    for (const DownloadRow& row : store.downloads())
        taken.insert(QDir::cleanPath(row.targetPath));
    return uniquePath(folder, relative, [&taken](const QString& path) {
        return taken.contains(QDir::cleanPath(path));
    });
}

} // namespace ondes
