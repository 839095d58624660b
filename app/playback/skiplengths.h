#pragma once

// SkipLengths: how far the skip buttons and keys jump back and forward (10 s and 30 s until the
// listener sets them), and where a skip lands.

#include <QtGlobal>

namespace ondes {

class SkipLengths
{
public:
    qint64 backwardMs() const { return m_backwardMs; }
    qint64 forwardMs() const { return m_forwardMs; }
    // Negative lengths count as 0.
    void set(qint64 backwardMs, qint64 forwardMs);
    // Where a skip back from positionMs lands (the player keeps it from going before the start).
    qint64 backFrom(qint64 positionMs) const { return positionMs - m_backwardMs; }
    // Where a skip forward from positionMs lands: never past the end (durationMs, 0 when
    // unknown), but a moment before it, for the end marks the episode played.
    qint64 forwardFrom(qint64 positionMs, qint64 durationMs) const;

private:
    qint64 m_backwardMs = 10000;
    qint64 m_forwardMs = 30000;
};

} // namespace ondes
