#pragma once

// Sub-commands that correct who speaks: `ondes speakers EPISODE_ID [--remove NAME | --add NAME
// [--role ROLE]]` and `ondes people --merge A B`. The corrections are the listener's: every
// refresh keeps them.

#include <QString>
#include <QStringList>

namespace ondes::cli {

int speakers(const QString& dataDir, const QStringList& arguments);
// `ondes people --merge A B`: A's episodes become B's, B's name stays.
int mergePeople(const QString& dataDir, const QStringList& arguments);

} // namespace ondes::cli
