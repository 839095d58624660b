#pragma once

// DownloadFileName turns untrusted feed text into safe file names for downloads:
// "Show/YYYY-MM-DD - Episode title.ext" under the download folder, unique there.
//
// Every component is sanitised so that it stays one component inside the folder on any file
// system the folder may live on (ext4, FAT, NTFS, SMB): no '/' or '\\', no NUL or control
// characters, no bidirectional-override characters, none of <>:"|?*, no leading dots (so no
// "..", no hidden files), no trailing dots or spaces, no Windows device names (CON, NUL, COM1…),
// whitespace collapsed and trimmed, Unicode in NFC, and at most 200 bytes of UTF-8, cut between
// two characters as the user sees them (an emoji or an accented letter is never split), keeping
// the extension. An empty result becomes "Show" or "Episode" (translated).
//
// The date is the UTC calendar day of the publication time (the same on every machine); no date
// (0 or less) means no date prefix. The extension comes from the MIME type when it is a known
// audio or video type, else from the URL path's suffix when that is a known audio or video one,
// else "mp3" — by far the most common podcast format, and players look at the content anyway.

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <functional>

namespace ondes {

class DownloadStore;
struct DownloadSubject;

class DownloadFileName
{
    Q_DECLARE_TR_FUNCTIONS(ondes::DownloadFileName)

public:
    static constexpr int maxComponentBytes = 200;

    // "Show/2024-03-10 - Episode title.mp3", relative to the download folder.
    static QString relativePath(const QString& showTitle, qint64 publishedSecs,
                                const QString& episodeTitle, const QString& mimeType,
                                const QUrl& url);

    // An absolute path for relativePath inside folder that is free: neither the file nor its
    // ".part" exists and taken (when given; e.g. the targets already queued) does not claim it.
    // A taken name gets " (2)", " (3)"… before the extension. relativePath is sanitised again
    // component by component, so that the result is always inside folder. Call it once per
    // download and store the result: the download's own .part makes the name taken.
    static QString uniquePath(const QString& folder, const QString& relativePath,
                              const std::function<bool(const QString& path)>& taken = {});

    // "mp3", "m4a", … without the dot (see the rules above).
    static QString extension(const QString& mimeType, const QUrl& url);
    // Where the episode's download goes inside folder: its relativePath made unique against the
    // files there and the names already promised to the downloads in the list.
    static QString targetPath(const QString& folder, const DownloadSubject& subject,
                              const DownloadStore& store);
    // Whether suffix (lower case, no dot) is an audio or video suffix known here.
    static bool isMediaSuffix(const QString& suffix);
    // Where a download's bytes wait until it is complete: the target with ".part" added.
    static QString partPath(const QString& targetPath);

    // One safe path component (never empty: fallback, itself sanitised, when nothing is left).
    static QString component(const QString& text, const QString& fallback);
    // stem + tail (tail kept whole, e.g. " (2).mp3") within maxComponentBytes, the stem cut.
    static QString fitComponent(const QString& stem, const QString& tail, const QString& fallback);
    // The longest prefix of text of at most maxBytes of UTF-8, cut between graphemes.
    static QString truncateUtf8(const QString& text, int maxBytes);
};

} // namespace ondes
