#pragma once

// DirectoryShow and DirectoryEpisode to and from JSON, for the cache folder and `--json`.

#include "discovery/directorytypes.h"

#include <QJsonObject>

namespace ondes::directorycodec {

QJsonObject toJson(const DirectoryShow& show);
QJsonObject toJson(const DirectoryEpisode& episode);
DirectoryShow showFromJson(const QJsonObject& object);
DirectoryEpisode episodeFromJson(const QJsonObject& object);

} // namespace ondes::directorycodec
