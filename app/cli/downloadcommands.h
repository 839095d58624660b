#pragma once

// Sub-commands for downloads: `ondes download`, `ondes downloads`, `ondes delete-download`,
// `ondes auto-download`.

#include <QString>
#include <QStringList>

namespace ondes::cli {

int download(const QString& dataDir, const QStringList& arguments);
int listDownloads(const QString& dataDir, const QStringList& arguments);
int deleteDownload(const QString& dataDir, const QStringList& arguments);
int autoDownload(const QString& dataDir, const QStringList& arguments);

} // namespace ondes::cli
