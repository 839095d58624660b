#pragma once

// The one way in to the transcript parsers: picks the format from the content (a WEBVTT header,
// a JSON object), the MIME type the server or the feed gave, the file name's extension, then the
// content again (SRT timings, HTML tags), and plain text when nothing else fits.

#include "feed/transcriptdocument.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ondes {

class TranscriptParser
{
    Q_DECLARE_TR_FUNCTIONS(ondes::TranscriptParser)

public:
    // Larger files are refused (a 3-hour WebVTT is about 300 KB).
    static constexpr qsizetype maxBytes = 16 * 1024 * 1024;
    // A file with more cues is refused (a 3-hour show has a few thousand).
    static constexpr int maxCues = 100000;

    // The format data is in. mimeType may carry parameters ("text/vtt; charset=utf-8");
    // fileName may be a path or a URL (only its extension counts); either may be empty.
    static TranscriptDocument::Format detectFormat(QByteArrayView data, const QString& mimeType,
                                                   const QString& fileName);

    // The transcript in data, or nullopt with a one-line reason in *error: too large, too many
    // cues, not the format it claims (JSON without segments), or no text at all. Text is read
    // as UTF-8.
    static std::optional<TranscriptDocument> parse(QByteArrayView data, const QString& mimeType,
                                                   const QString& fileName,
                                                   QString* error = nullptr);

    // The format's usual name ("WebVTT", "SRT"…), for messages and the command line.
    static QString formatName(TranscriptDocument::Format format);
};

} // namespace ondes
