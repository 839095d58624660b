// DownloadFileName: readable names, safe against hostile titles and URLs, unique in the folder.

#include "downloads/downloadfilename.h"
#include "support/qtprinters.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using ondes::DownloadFileName;

namespace {

const qint64 march10 = QDateTime(QDate(2024, 3, 10), QTime(8, 30), Qt::UTC).toSecsSinceEpoch();
const QUrl anyUrl(u"https://cdn.example.org/media/123"_s);

QString name(const QString& show, const QString& title, qint64 published = march10)
{
    return DownloadFileName::relativePath(show, published, title, u"audio/mpeg"_s, anyUrl);
}

void touch(const QString& path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly)) << qPrintable(path);
}

// Everything a component must be, whatever it was made from.
void expectSafeComponent(const QString& component, const QString& from)
{
    const std::string context =
        "component \"" + component.toStdString() + "\" from \"" + from.left(80).toStdString() + '"';
    ASSERT_FALSE(component.isEmpty()) << context;
    EXPECT_LE(component.toUtf8().size(), DownloadFileName::maxComponentBytes) << context;
    EXPECT_FALSE(component.startsWith(u'.')) << context;
    EXPECT_FALSE(component.endsWith(u'.') || component.endsWith(u' ')) << context;
    EXPECT_NE(component, u".."_s) << context;
    EXPECT_EQ(component.trimmed(), component) << context;
    for (const QChar c : component) {
        EXPECT_FALSE(QStringView(u"/\\<>:\"|?*").contains(c)) << context;
        EXPECT_GE(c.unicode(), 0x20) << context;
        EXPECT_FALSE(c.unicode() >= 0x7F && c.unicode() <= 0x9F) << context;
        EXPECT_FALSE(c.unicode() >= 0x202A && c.unicode() <= 0x202E) << context;
    }
    EXPECT_EQ(QString::fromUtf8(component.toUtf8()), component) << context; // no broken pair
}

const QStringList hostile = {
    u"../../etc/passwd"_s,
    u"/"_s,
    u".."_s,
    u"."_s,
    u""_s,
    u"   "_s,
    u"..\\..\\windows\\system32"_s,
    u"/etc/passwd"_s,
    u"a"_s + QChar(0) + u"b"_s,
    QString(1, QChar(0)),
    u"line\nbreak\r\ttab\x7f\x1b[31mred"_s,
    u"con"_s,
    u"LPT1.txt"_s,
    u"<>:\"|?*"_s,
    u"evil\u202Egpj.exe"_s,
    u"trailing dots..."_s,
    u".hidden"_s,
    u"..."_s,
    QString(10000, u'x'),
    QString(5000, QChar(0x00E9)), // 10 KB of é
    QString(3000, u'/'),
    u"🎙"_s.repeated(900),
    u"\U0001F44D\U0001F3FD"_s.repeated(60),
    QString(1, QChar(0xD800)) + u"lone surrogate"_s,
};

} // namespace

TEST(DownloadFileName, BuildsShowDateAndTitle)
{
    EXPECT_EQ(name(u"My Show"_s, u"Episode 5: The Return"_s),
              u"My Show/2024-03-10 - Episode 5 - The Return.mp3"_s);
    EXPECT_EQ(name(u"  Spaced   out  "_s, u"at 12:30"_s),
              u"Spaced out/2024-03-10 - at 12-30.mp3"_s);
}

TEST(DownloadFileName, NoDateMeansNoPrefix)
{
    EXPECT_EQ(name(u"Show"_s, u"Title"_s, 0), u"Show/Title.mp3"_s);
    EXPECT_EQ(name(u"Show"_s, u"Title"_s, -5), u"Show/Title.mp3"_s);
}

TEST(DownloadFileName, UsesTheUtcDay)
{
    const qint64 lateEvening =
        QDateTime(QDate(2024, 3, 10), QTime(23, 30), Qt::UTC).toSecsSinceEpoch();
    EXPECT_EQ(name(u"S"_s, u"T"_s, lateEvening), u"S/2024-03-10 - T.mp3"_s);
}

TEST(DownloadFileName, EmptyNamesGetAFallback)
{
    EXPECT_EQ(name({}, {}, 0), u"Show/Episode.mp3"_s);
    EXPECT_EQ(name(u"..."_s, u"???"_s), u"Show/2024-03-10 - Episode.mp3"_s);
}

TEST(DownloadFileName, ExtensionFromTheMimeTypeThenTheUrl)
{
    const QUrl plain(u"https://example.org/get?id=5"_s);
    const QList<QPair<QString, QString>> types = {
        {u"audio/mpeg"_s, u"mp3"_s},      {u"audio/mp4"_s, u"m4a"_s},
        {u"audio/x-m4a"_s, u"m4a"_s},     {u"audio/ogg"_s, u"ogg"_s},
        {u"audio/opus"_s, u"opus"_s},     {u"audio/aac"_s, u"aac"_s},
        {u"audio/flac"_s, u"flac"_s},     {u"audio/wav"_s, u"wav"_s},
        {u"audio/x-wav"_s, u"wav"_s},     {u"video/mp4"_s, u"mp4"_s},
        {u"video/quicktime"_s, u"mov"_s}, {u"Audio/MPEG; charset=binary"_s, u"mp3"_s},
        {u"video/x-m4v"_s, u"m4v"_s},     {u"application/ogg"_s, u"ogg"_s},
    };
    for (const auto& [type, suffix] : types)
        EXPECT_EQ(DownloadFileName::extension(type, plain), suffix) << qPrintable(type);

    EXPECT_EQ(DownloadFileName::extension(u"application/octet-stream"_s,
                                          QUrl(u"https://x.org/a/b.OPUS?x=1"_s)),
              u"opus"_s);
    EXPECT_EQ(DownloadFileName::extension({}, QUrl(u"https://x.org/ep.m4a"_s)), u"m4a"_s);
    // Not a media suffix, and no type: the common case.
    EXPECT_EQ(DownloadFileName::extension({}, QUrl(u"https://x.org/download.php"_s)), u"mp3"_s);
    EXPECT_EQ(DownloadFileName::extension(u"text/html"_s, QUrl(u"https://x.org/ep.exe"_s)),
              u"mp3"_s);
    EXPECT_EQ(DownloadFileName::relativePath(u"S"_s, 0, u"T"_s, {},
                                             QUrl(u"https://x.org/../../a.flac"_s)),
              u"S/T.flac"_s);
}

TEST(DownloadFileName, ReplacesSeparatorsAndReservedCharacters)
{
    EXPECT_EQ(name(u"AC/DC"_s, u"a<b>c:d\"e|f?g*h\\i"_s, 0), u"AC-DC/abc-d'e-fgh-i.mp3"_s);
    EXPECT_EQ(name(u"../../etc/passwd"_s, u"../../etc/passwd"_s, 0),
              u"-..-etc-passwd/-..-etc-passwd.mp3"_s);
    EXPECT_EQ(name(u".."_s, u".."_s, 0), u"Show/Episode.mp3"_s);
    EXPECT_EQ(name(u".hidden"_s, u"Title. . "_s, 0), u"hidden/Title.mp3"_s);
}

TEST(DownloadFileName, RemovesControlAndBidiCharacters)
{
    EXPECT_EQ(name(u"a"_s + QChar(0) + u"b"_s, u"line\nbreak\ttab\x7f"_s, 0),
              u"a b/line break tab.mp3"_s);
    EXPECT_EQ(name(u"S"_s, u"evil\u202Egpj.exe"_s, 0), u"S/evilgpj.exe.mp3"_s);
}

TEST(DownloadFileName, AvoidsWindowsDeviceNames)
{
    EXPECT_EQ(name(u"CON"_s, u"nul"_s, 0), u"_CON/_nul.mp3"_s);
    EXPECT_EQ(name(u"Com1"_s, u"LPT9"_s, 0), u"_Com1/_LPT9.mp3"_s);
    EXPECT_EQ(name(u"Console"_s, u"Nullify"_s, 0), u"Console/Nullify.mp3"_s);
}

TEST(DownloadFileName, NormalizesToNfc)
{
    EXPECT_EQ(name(u"Cafe\u0301"_s, u"e\u0301te\u0301"_s, 0), u"Café/été.mp3"_s);
}

TEST(DownloadFileName, CutsLongTitlesBetweenCharactersKeepingTheExtension)
{
    // The stem may use 200 - 4 (".mp3") - 1 (reserve) = 195 bytes; the date takes 13.
    const QString prefix = u"S/2024-03-10 - "_s;
    EXPECT_EQ(name(u"S"_s, QString(500, u'a')), prefix + QString(182, u'a') + u".mp3"_s);
    // An emoji with a skin tone (8 bytes) that does not fit is dropped whole.
    EXPECT_EQ(name(u"S"_s, QString(180, u'a') + u"\U0001F44D\U0001F3FDb"_s),
              prefix + QString(180, u'a') + u".mp3"_s);
    EXPECT_EQ(name(u"S"_s, QString(174, u'a') + u"\U0001F44D\U0001F3FDb"_s),
              prefix + QString(174, u'a') + u"\U0001F44D\U0001F3FD.mp3"_s);
    // A letter with a combining accent (no precomposed form) stays together.
    EXPECT_EQ(name(u"S"_s, QString(181, u'a') + u"q\u0301rest"_s),
              prefix + QString(181, u'a') + u".mp3"_s);
    // Two-byte letters are not split.
    EXPECT_EQ(name(u"S"_s, QString(200, QChar(0x00E9))),
              prefix + QString(91, QChar(0x00E9)) + u".mp3"_s);
}

TEST(DownloadFileName, HostileTitlesStayInsideTheFolder)
{
    const QTemporaryDir dir;
    const QString folder = QDir::cleanPath(dir.path());
    for (const QString& show : hostile) {
        for (const QString& title : hostile) {
            const QString relative =
                DownloadFileName::relativePath(show, march10, title, u"audio/mpeg"_s, anyUrl);
            const QStringList parts = relative.split(u'/');
            ASSERT_EQ(parts.size(), 2) << qPrintable(relative);
            expectSafeComponent(parts[0], show);
            expectSafeComponent(parts[1], title);
            EXPECT_TRUE(parts[1].endsWith(u".mp3"_s));
            const QString path = QDir::cleanPath(folder + u'/' + relative);
            EXPECT_TRUE(path.startsWith(folder + u'/')) << qPrintable(path);

            const QString unique = DownloadFileName::uniquePath(folder, relative);
            EXPECT_EQ(unique, path);
        }
    }
}

TEST(DownloadFileName, UniquePathSanitisesWhatItIsGiven)
{
    const QTemporaryDir dir;
    const QString folder = QDir::cleanPath(dir.path());
    for (const QString& relative :
         {u"../../etc/passwd"_s, u"/etc/passwd"_s, u"a/../../b.mp3"_s, u".."_s, u""_s,
          u"./x/./y.mp3"_s, QString(u"Show/" + QString(400, u'x') + u".mp3"_s)}) {
        const QString path = DownloadFileName::uniquePath(folder, relative);
        EXPECT_TRUE(path.startsWith(folder + u'/')) << qPrintable(path);
        EXPECT_EQ(QDir::cleanPath(path), path);
        for (const QString& part : path.mid(folder.size() + 1).split(u'/'))
            expectSafeComponent(part, relative);
    }
}

TEST(DownloadFileName, UniquePathNumbersTakenNames)
{
    const QTemporaryDir dir;
    const QString folder = QDir::cleanPath(dir.path());
    const QString relative = u"Show/2024-03-10 - Title.mp3"_s;
    const QString first = folder + u"/Show/2024-03-10 - Title.mp3"_s;
    EXPECT_EQ(DownloadFileName::uniquePath(folder, relative), first);

    touch(first);
    EXPECT_EQ(DownloadFileName::uniquePath(folder, relative),
              folder + u"/Show/2024-03-10 - Title (2).mp3"_s);
    touch(folder + u"/Show/2024-03-10 - Title (2).mp3.part"_s); // a download in progress
    EXPECT_EQ(DownloadFileName::uniquePath(folder, relative),
              folder + u"/Show/2024-03-10 - Title (3).mp3"_s);
    const auto queued = [&](const QString& path) { return path.endsWith(u" (3).mp3"_s); };
    EXPECT_EQ(DownloadFileName::uniquePath(folder, relative, queued),
              folder + u"/Show/2024-03-10 - Title (4).mp3"_s);
}

TEST(DownloadFileName, NumberedLongNamesStayWithinTheLimit)
{
    const QTemporaryDir dir;
    const QString folder = QDir::cleanPath(dir.path());
    const QString relative = name(u"S"_s, QString(300, QChar(0x00E9)));
    const QString first = DownloadFileName::uniquePath(folder, relative);
    touch(first);
    const QString second = DownloadFileName::uniquePath(folder, relative);
    EXPECT_NE(second, first);
    EXPECT_TRUE(second.endsWith(u" (2).mp3"_s)) << qPrintable(second);
    EXPECT_LE(QFileInfo(second).fileName().toUtf8().size(), 200);
    EXPECT_LE(QFileInfo(first).fileName().toUtf8().size(), 200);
}
