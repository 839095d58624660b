#pragma once

// Reads a Podcasting 2.0 chapters file (the JSON that <podcast:chapters> points to,
// https://github.com/Podcastindex-org/podcast-namespace/blob/main/chapters/jsonChapters.md).

#include "feed/feedtypes.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace ondes {

class ChaptersJson
{
    Q_DECLARE_TR_FUNCTIONS(ondes::ChaptersJson)

public:
    static constexpr qsizetype maxBytes = 4 * 1024 * 1024;
    // Chapters past this many are dropped (the file is still read).
    static constexpr int maxChapters = 10000;

    // The visible chapters, sorted by start (stable for equal starts). Chapters with "toc": false
    // are silent markers and left out. Relative "img"/"url" are resolved against baseUrl when it
    // is given. Control characters are removed from titles and URLs (line breaks and tabs read
    // as spaces). Anything but a well-formed chapters object (not JSON, no "chapters" array, a
    // startTime that is missing, not a number, negative or not finite, a field of the wrong
    // type) gives nullopt and a one-line reason in *error; an empty array is a valid, empty list.
    static std::optional<QList<Chapter>> parse(QByteArrayView json, QString* error = nullptr,
                                               const QString& baseUrl = {});
};

} // namespace ondes
