#pragma once

// `ondes config`: read and change the settings from the command line (the same file the
// Settings dialog writes).

#include <QString>
#include <QStringList>

namespace ondes::cli {

int config(const QString& dataDir, const QStringList& arguments);

} // namespace ondes::cli
