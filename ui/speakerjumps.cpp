#include "speakerjumps.h"

#include <QAction>
#include <QApplication>

namespace ondes {

SpeakerJumps::SpeakerJumps(Position position, Seek seek, QObject* parent)
    : QObject(parent), m_position(std::move(position)), m_seek(std::move(seek)),
      m_next(new QAction(tr("Next Turn of This &Voice"), this)),
      m_previous(new QAction(tr("Previous Turn of This V&oice"), this))
{
    m_next->setObjectName(QStringLiteral("playback.nextTurn"));
    m_previous->setObjectName(QStringLiteral("playback.previousTurn"));
    m_next->setEnabled(false);
    m_previous->setEnabled(false);
    connect(m_next, &QAction::triggered, this, [this] {
        if (!jumpToNextTurn())
            QApplication::beep();
    });
    connect(m_previous, &QAction::triggered, this, [this] {
        if (!jumpToPreviousTurn())
            QApplication::beep();
    });
}

void SpeakerJumps::setVoices(const TranscriptVoices& voices)
{
    m_voices = voices;
    m_chosen = -1;
    const bool any = !m_voices.speakers().isEmpty();
    m_next->setEnabled(any);
    m_previous->setEnabled(any);
}

void SpeakerJumps::setChosenSpeaker(int speaker)
{
    m_chosen = speaker >= 0 && speaker < m_voices.speakers().size() ? speaker : -1;
}

int SpeakerJumps::speakerFor(qint64 positionMs) const
{
    if (m_chosen >= 0)
        return m_chosen;
    return m_voices.speakerOfCue(m_voices.cueStartedBy(positionMs));
}

std::optional<qint64> SpeakerJumps::nextTurn() const
{
    const qint64 position = m_position();
    return m_voices.nextStart(speakerFor(position), position);
}

std::optional<qint64> SpeakerJumps::previousTurn() const
{
    const qint64 position = m_position();
    return m_voices.previousStart(speakerFor(position), position);
}

bool SpeakerJumps::jumpToNextTurn()
{
    const auto target = nextTurn();
    if (target)
        m_seek(*target);
    return target.has_value();
}

bool SpeakerJumps::jumpToPreviousTurn()
{
    const auto target = previousTurn();
    if (target)
        m_seek(*target);
    return target.has_value();
}

} // namespace ondes
