#pragma once

// StreamBuffering: whether the episode playing is a stream that is loading or waiting for data
// (never a downloaded file), and how full GStreamer's buffer is. It says when what the player
// reports changed, so the player bar and MPRIS hear of each change once.

#include <QMediaPlayer>

namespace ondes {

class StreamBuffering
{
public:
    bool isBuffering() const { return m_buffering; }
    int percent() const { return m_percent; }
    // A new source: a stream buffers, a local file never does.
    void setStreaming(bool streaming) { m_streaming = streaming; }
    // GStreamer's buffer progress, 0.0–1.0.
    void setProgress(float progress);
    // Whether the media's status and the player's being stopped make it buffering now; true
    // when that or the percent changed since the last time it was true.
    bool update(QMediaPlayer::MediaStatus status, bool stopped);

private:
    bool m_streaming = false;
    bool m_buffering = false;
    int m_percent = 0;
    int m_reportedPercent = -1;
};

} // namespace ondes
