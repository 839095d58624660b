#pragma once

// `ondes search`, `ondes top` and `ondes preview`: finding shows in the podcast directories
// and looking at a feed before subscribing (nothing is stored).

#include <QString>
#include <QStringList>

namespace ondes::cli {

int searchDirectories(const QString& dataDir, const QStringList& arguments);
int topShows(const QString& dataDir, const QStringList& arguments);
int previewFeed(const QString& dataDir, const QStringList& arguments);

} // namespace ondes::cli
