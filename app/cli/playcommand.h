#pragma once

// `ondes play EPISODE_ID [--for SECONDS]`: plays one episode headless through the same Player
// as the window (saved position, speed, MPRIS), printing where it stands, until the episode
// ends, the time is up or the process is asked to quit.

#include <QString>
#include <QStringList>

namespace ondes::cli {

int playEpisode(const QString& dataDir, const QStringList& arguments);

} // namespace ondes::cli
