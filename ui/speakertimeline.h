#pragma once

// SpeakerTimeline is the thin band under the seek slider that shows who speaks when: each
// voice's stretches in its colour (ui/voicecolours.h), placed on the episode's length like the
// slider's positions. Hovering names the voice there. It is hidden when no voice is known.

#include "feed/transcriptvoices.h"

#include <QWidget>

namespace ondes {

class SpeakerTimeline : public QWidget
{
    Q_OBJECT
public:
    explicit SpeakerTimeline(QWidget* parent = nullptr);

    // durationMs <= 0: the band spans up to the end of the last stretch.
    void setVoices(const TranscriptVoices& voices, qint64 durationMs);
    void setDuration(qint64 durationMs);
    void clear();
    // Left and right insets so that the band lines up with the slider's groove.
    void setInsets(int left, int right);

    struct Band
    {
        int speaker;
        QRect rect;
    };
    // The stretches as painted now, in time order.
    QList<Band> bands() const;
    // The voice at x (in this widget), or -1.
    int speakerAt(int x) const;
    const QList<SpeakerVoice>& speakers() const { return m_speakers; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    qint64 span() const;
    int xAt(qint64 ms, qint64 span) const;
    void updateDescription();

    QList<VoiceStretch> m_stretches;
    QList<SpeakerVoice> m_speakers;
    qint64 m_durationMs = 0;
    int m_leftInset = 0;
    int m_rightInset = 0;
};

} // namespace ondes
