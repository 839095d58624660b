#pragma once

// TransferMeter paces the progress reports of a download (about ten a second) and measures its
// rate over the last few seconds.

#include <QElapsedTimer>
#include <QList>

namespace ondes {

class TransferMeter
{
public:
    void start() { m_clock.start(); }
    // Whether a report of received bytes is due now (always when force); records a sample then.
    bool due(qint64 received, bool force);
    // Bytes per second over the last few seconds; 0 until two samples exist.
    double bytesPerSecond() const;

private:
    struct Sample
    {
        qint64 ms;
        qint64 bytes;
    };
    QElapsedTimer m_clock;
    qint64 m_lastMs = -1;
    QList<Sample> m_samples;
};

} // namespace ondes
