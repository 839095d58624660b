#pragma once

// SpeakerLegend names the colours of the seek bar's voice band: one button per voice, its
// colour, its name and its share of the speech ("Alice Martin 42 %"). Pressing a voice chooses
// it for the next/previous turn keys; pressing it again forgets the choice (the keys then take
// the voice playing). Hidden when no voice is known.

#include "feed/transcriptvoices.h"

#include <QWidget>

class QHBoxLayout;
class QToolButton;

namespace ondes {

class SpeakerLegend : public QWidget
{
    Q_OBJECT
public:
    explicit SpeakerLegend(QWidget* parent = nullptr);

    void setVoices(const QList<SpeakerVoice>& voices);
    void clear();
    // Tab goes before, the voices, after.
    void setTabNeighbours(QWidget* before, QWidget* after);
    // The chosen voice, or -1.
    int chosenSpeaker() const { return m_chosen; }
    void setChosenSpeaker(int speaker);
    QList<QToolButton*> buttons() const { return m_buttons; }

Q_SIGNALS:
    void speakerChosen(int speaker); // -1: none

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateButtons();

    QHBoxLayout* m_layout;
    QList<QToolButton*> m_buttons;
    QList<SpeakerVoice> m_voices;
    int m_chosen = -1;
    QWidget* m_tabBefore = nullptr;
    QWidget* m_tabAfter = nullptr;
};

} // namespace ondes
