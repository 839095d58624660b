#pragma once

// The real `ondes` program run as a user runs it, on a data folder of its own.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace ondes::test {

struct CommandRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// `ondes --data-dir DATADIR ARGUMENTS…`, waited for (at most a minute).
inline CommandRun runOndes(const QString& dataDir, const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(ONDES_EXECUTABLE),
                  QStringList{QStringLiteral("--data-dir"), dataDir} + arguments);
    process.waitForFinished(60000);
    return CommandRun{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                      QString::fromUtf8(process.readAllStandardError())};
}

} // namespace ondes::test
