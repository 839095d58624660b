#pragma once

// Sub-commands that read the library: `ondes shows`, `ondes episodes`, `ondes people`.

#include <QString>
#include <QStringList>

namespace ondes::cli {

int listShows(const QString& dataDir, const QStringList& arguments);
int listPeople(const QString& dataDir, const QStringList& arguments);
int listEpisodes(const QString& dataDir, const QStringList& arguments);

} // namespace ondes::cli
