#pragma once

// Short spoken clips made at test time with espeak-ng and ffmpeg, for the tag and chapter tests.

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace ondes::test {

inline bool haveAudioTools()
{
    return !QStandardPaths::findExecutable(QStringLiteral("espeak-ng")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("ffprobe")).isEmpty();
}

inline bool runTool(const QString& program, const QStringList& arguments,
                    QByteArray* output = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return false;
    if (output)
        *output = process.readAllStandardOutput();
    return true;
}

// The ffmpeg encoder for a file extension.
inline QString encoderFor(const QString& extension)
{
    if (extension == QLatin1StringView("mp3"))
        return QStringLiteral("libmp3lame");
    if (extension == QLatin1StringView("ogg"))
        return QStringLiteral("libvorbis");
    if (extension == QLatin1StringView("opus"))
        return QStringLiteral("libopus");
    if (extension == QLatin1StringView("m4a"))
        return QStringLiteral("aac");
    return QStringLiteral("flac");
}

// dir/name.extension with speech, ffmpeg's own tags stripped; extraArguments go before the
// output (e.g. an ffmetadata input with chapters). Empty on failure.
inline QString makeClip(const QString& dir, const QString& name, const QString& extension,
                        const QString& text = QStringLiteral("Bonjour, ceci est un essai."),
                        const QStringList& extraInputs = {})
{
    const QString wav = dir + QLatin1Char('/') + name + QLatin1StringView(".wav");
    if (!runTool(QStringLiteral("espeak-ng"),
                 {QStringLiteral("-v"), QStringLiteral("fr"), QStringLiteral("-w"), wav, text}))
        return {};
    const QString out = dir + QLatin1Char('/') + name + QLatin1Char('.') + extension;
    QStringList arguments{QStringLiteral("-nostdin"), QStringLiteral("-loglevel"),
                          QStringLiteral("error"),    QStringLiteral("-y"),
                          QStringLiteral("-i"),       wav};
    for (const QString& input : extraInputs)
        arguments << QStringLiteral("-i") << input;
    if (!extraInputs.isEmpty())
        arguments << QStringLiteral("-map") << QStringLiteral("0:a")
                  << QStringLiteral("-map_metadata") << QStringLiteral("1")
                  << QStringLiteral("-map_chapters") << QStringLiteral("1");
    else
        arguments << QStringLiteral("-map_metadata") << QStringLiteral("-1");
    arguments << QStringLiteral("-c:a") << encoderFor(extension) << out;
    if (!runTool(QStringLiteral("ffmpeg"), arguments))
        return {};
    QFile::remove(wav);
    return out;
}

// The container duration ffprobe reports, in ms; -1 when it cannot tell.
inline qint64 ffprobeDurationMs(const QString& path)
{
    QByteArray out;
    if (!runTool(QStringLiteral("ffprobe"),
                 {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
                  QStringLiteral("format=duration"), QStringLiteral("-of"),
                  QStringLiteral("csv=p=0"), path},
                 &out))
        return -1;
    bool ok = false;
    const double seconds = out.trimmed().toDouble(&ok);
    return ok ? qint64(seconds * 1000 + 0.5) : -1;
}

// Whether ffmpeg decodes the whole file without an error.
inline bool ffmpegDecodes(const QString& path)
{
    return runTool(QStringLiteral("ffmpeg"),
                   {QStringLiteral("-nostdin"), QStringLiteral("-v"), QStringLiteral("error"),
                    QStringLiteral("-xerror"), QStringLiteral("-i"), path, QStringLiteral("-f"),
                    QStringLiteral("null"), QStringLiteral("-")});
}

inline QByteArray coverImage(const char* format = "PNG", QColor color = Qt::darkCyan)
{
    QImage image(32, 32, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

inline QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace ondes::test
