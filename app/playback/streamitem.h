#pragma once

// An episode played straight from its address without being in the library (from the preview
// of a show not subscribed to): what the player bar and MPRIS show of it. Nothing about it is
// stored: no position, no played mark, no sync action.

#include <QString>
#include <QUrl>

namespace ondes {

struct StreamItem
{
    QUrl url; // http or https
    QString title;
    QString showTitle;
    QString author;
    QString artworkUrl;
    qint64 durationMs = 0; // 0 when unknown
};

} // namespace ondes
