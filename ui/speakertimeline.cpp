#include "speakertimeline.h"

#include "library/timeformat.h"
#include "voicecolours.h"
#include "voiceshares.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace ondes {

namespace {

constexpr int kBandHeight = 5;

} // namespace

SpeakerTimeline::SpeakerTimeline(QWidget* parent) : QWidget(parent)
{
    setAccessibleName(tr("Who speaks when"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(true);
    hide();
}

void SpeakerTimeline::setVoices(const TranscriptVoices& voices, qint64 durationMs)
{
    m_stretches = voices.stretches();
    m_speakers = voices.speakers();
    m_durationMs = durationMs;
    setVisible(!m_stretches.isEmpty());
    updateDescription();
    update();
}

void SpeakerTimeline::setDuration(qint64 durationMs)
{
    if (durationMs == m_durationMs)
        return;
    m_durationMs = durationMs;
    update();
}

void SpeakerTimeline::clear()
{
    m_stretches.clear();
    m_speakers.clear();
    hide();
    updateDescription();
}

void SpeakerTimeline::setInsets(int left, int right)
{
    m_leftInset = left;
    m_rightInset = right;
    update();
}

qint64 SpeakerTimeline::span() const
{
    if (m_durationMs > 0)
        return m_durationMs;
    return m_stretches.isEmpty() ? 0 : m_stretches.last().endMs;
}

int SpeakerTimeline::xAt(qint64 ms, qint64 span) const
{
    const int width = qMax(1, this->width() - m_leftInset - m_rightInset);
    const double fraction = std::clamp(static_cast<double>(ms) / span, 0.0, 1.0);
    return m_leftInset + static_cast<int>(fraction * width + 0.5);
}

QList<SpeakerTimeline::Band> SpeakerTimeline::bands() const
{
    QList<Band> result;
    const qint64 total = span();
    if (total <= 0)
        return result;
    const int top = (height() - kBandHeight) / 2;
    result.reserve(m_stretches.size());
    for (const VoiceStretch& stretch : m_stretches) {
        const int left = xAt(stretch.startMs, total);
        // At least a pixel: a short turn still shows.
        const int right = qMax(left + 1, xAt(stretch.endMs, total));
        result.append(Band{stretch.speaker, QRect(left, top, right - left, kBandHeight)});
    }
    return result;
}

int SpeakerTimeline::speakerAt(int x) const
{
    for (const Band& band : bands()) {
        if (x >= band.rect.left() && x <= band.rect.right())
            return band.speaker;
    }
    return -1;
}

QSize SpeakerTimeline::sizeHint() const
{
    return {200, kBandHeight + 2};
}

QSize SpeakerTimeline::minimumSizeHint() const
{
    return {40, kBandHeight + 2};
}

void SpeakerTimeline::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    for (const Band& band : bands())
        painter.fillRect(band.rect, voiceColour(band.speaker, palette()));
}

bool SpeakerTimeline::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const int speaker = speakerAt(help->pos().x());
        if (speaker >= 0 && speaker < m_speakers.size())
            QToolTip::showText(help->globalPos(), VoiceShares::details(m_speakers.at(speaker)),
                               this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void SpeakerTimeline::updateDescription()
{
    setAccessibleDescription(VoiceShares::text(m_speakers));
}

} // namespace ondes
