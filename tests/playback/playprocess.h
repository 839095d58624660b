#pragma once

// `ondes play` in a child process, for the tests that run the command line and then look at
// what it left behind.

#include "application.h"
#include "playback/playbacktestsupport.h"
#include "support/testdatadir.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <gtest/gtest.h>

namespace ondes::test {

// `ondes play` in a child process, its output read line by line as it comes.
class PlayProcess
{
public:
    PlayProcess(const QString& dataDir, qint64 episodeId, const QStringList& extra = {})
    {
        m_process.setProgram(QStringLiteral(ONDES_EXECUTABLE));
        m_process.setArguments(QStringList{QStringLiteral("--data-dir"), dataDir,
                                           QStringLiteral("play"), QString::number(episodeId)} +
                               extra);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, [this] {
            while (m_process.canReadLine())
                m_lines << QString::fromUtf8(m_process.readLine()).trimmed();
        });
        m_process.start();
    }
    ~PlayProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QProcess& process() { return m_process; }
    QStringList lines() const { return m_lines; }
    // The last "position N ms" printed, -1 before any.
    qint64 lastPosition() const
    {
        static const QRegularExpression re(QStringLiteral("^position (\\d+) ms$"));
        for (auto it = m_lines.crbegin(); it != m_lines.crend(); ++it) {
            if (const auto match = re.match(*it); match.hasMatch())
                return match.captured(1).toLongLong();
        }
        return -1;
    }
    qint64 numberAfter(const QString& prefix) const
    {
        for (const QString& line : m_lines) {
            if (line.startsWith(prefix))
                return line.mid(prefix.size()).section(QLatin1Char(' '), 0, 0).toLongLong();
        }
        return -1;
    }
    bool waitFinished(int timeoutMs)
    {
        return QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; },
                               timeoutMs);
    }

private:
    QProcess m_process;
    QStringList m_lines;
};

inline qint64 demoEpisodeId(const TestDataDir& dir, int index)
{
    Application app{dir.paths()};
    EXPECT_TRUE(app.start());
    const auto episodes = demoEpisodes(app.library());
    return episodes.value(index).id;
}

} // namespace ondes::test
