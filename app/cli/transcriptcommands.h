#pragma once

// `ondes transcript EPISODE_ID [--format text|vtt|json]` (fetched first when it is not stored)
// and the lines `ondes episodes --said TEXT` lists.

#include <QString>
#include <QStringList>

namespace ondes {
class Application;
}

namespace ondes::cli {

int transcript(const QString& dataDir, const QStringList& arguments);
// Prints the stored transcript lines that say text: episode id, show, title, time, line.
int listSaid(Application& app, const QString& text, bool json);

} // namespace ondes::cli
