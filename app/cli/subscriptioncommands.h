#pragma once

// Sub-commands that change the subscriptions: `ondes subscribe`, `ondes refresh`,
// `ondes import-opml`, `ondes export-opml`.

#include <QString>
#include <QStringList>

namespace ondes::cli {

int subscribe(const QString& dataDir, const QStringList& arguments);
int refresh(const QString& dataDir, const QStringList& arguments);
int importOpml(const QString& dataDir, const QStringList& arguments);
int exportOpml(const QString& dataDir, const QStringList& arguments);

} // namespace ondes::cli
