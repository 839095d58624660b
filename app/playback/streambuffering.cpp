#include "playback/streambuffering.h"

#include <QtGlobal>

namespace ondes {

void StreamBuffering::setProgress(float progress)
{
    m_percent = qBound(0, qRound(progress * 100.0f), 100);
}

bool StreamBuffering::update(QMediaPlayer::MediaStatus status, bool stopped)
{
    const bool buffering =
        m_streaming && !stopped &&
        (status == QMediaPlayer::LoadingMedia || status == QMediaPlayer::StalledMedia ||
         status == QMediaPlayer::BufferingMedia);
    if (buffering == m_buffering && (!buffering || m_reportedPercent == m_percent))
        return false;
    m_buffering = buffering;
    m_reportedPercent = m_percent;
    return true;
}

} // namespace ondes
