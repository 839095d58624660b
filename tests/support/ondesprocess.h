#pragma once

// The real `ondes` program run as a user runs it, on a data folder of its own.

#include <QByteArray>
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

// The same with `input` on its standard input (a password, a secret), then closed.
inline CommandRun runOndesWithInput(const QString& dataDir, const QStringList& arguments,
                                    const QByteArray& input)
{
    QProcess process;
    process.start(QStringLiteral(ONDES_EXECUTABLE),
                  QStringList{QStringLiteral("--data-dir"), dataDir} + arguments);
    process.waitForStarted(10000);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return CommandRun{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                      QString::fromUtf8(process.readAllStandardError())};
}

} // namespace ondes::test
