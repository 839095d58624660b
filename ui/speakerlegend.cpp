#include "speakerlegend.h"

#include "voicecolours.h"
#include "voiceshares.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>

#include <algorithm>

namespace ondes {

namespace {

QIcon swatch(const QColor& colour, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.fillRect(QRect(1, 1, size - 2, size - 2), colour);
    return QIcon(pixmap);
}

} // namespace

SpeakerLegend::SpeakerLegend(QWidget* parent) : QWidget(parent), m_layout(new QHBoxLayout(this))
{
    setAccessibleName(tr("Voices"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    m_layout->addStretch(1);
    hide();
}

void SpeakerLegend::setVoices(const QList<SpeakerVoice>& voices)
{
    // The same voices with new shares (the episode's length became known): the buttons stay,
    // and so do the focus and the choice.
    const bool sameVoices =
        voices.size() == m_voices.size() &&
        std::equal(voices.cbegin(), voices.cend(), m_voices.cbegin(),
                   [](const SpeakerVoice& a, const SpeakerVoice& b) { return a.name == b.name; });
    if (sameVoices && !voices.isEmpty()) {
        m_voices = voices;
        updateButtons();
        return;
    }
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_voices = voices;
    m_chosen = -1;
    for (int i = 0; i < voices.size(); ++i) {
        auto* button = new QToolButton(this);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setFocusPolicy(Qt::TabFocus);
        connect(button, &QToolButton::clicked, this, [this, i](bool checked) {
            setChosenSpeaker(checked ? i : -1);
            Q_EMIT speakerChosen(m_chosen);
        });
        m_layout->insertWidget(i, button);
        m_buttons << button;
    }
    // Tab reaches them between their neighbours, not after the whole window.
    if (m_tabBefore && m_tabAfter) {
        QWidget* previous = m_tabBefore;
        for (QToolButton* button : std::as_const(m_buttons)) {
            QWidget::setTabOrder(previous, button);
            previous = button;
        }
        QWidget::setTabOrder(previous, m_tabAfter);
    }
    updateButtons();
    setVisible(!voices.isEmpty());
}

void SpeakerLegend::setTabNeighbours(QWidget* before, QWidget* after)
{
    m_tabBefore = before;
    m_tabAfter = after;
}

void SpeakerLegend::clear()
{
    setVoices({});
}

void SpeakerLegend::setChosenSpeaker(int speaker)
{
    m_chosen = speaker >= 0 && speaker < m_buttons.size() ? speaker : -1;
    for (int i = 0; i < m_buttons.size(); ++i)
        m_buttons.at(i)->setChecked(i == m_chosen);
}

void SpeakerLegend::updateButtons()
{
    const int size = fontMetrics().height() * 3 / 4;
    // Many voices share the width: long names are shortened (the tool tip has them whole).
    const int nameWidth = fontMetrics().averageCharWidth() * (m_voices.size() > 4 ? 12 : 20);
    for (int i = 0; i < m_buttons.size(); ++i) {
        QToolButton* button = m_buttons.at(i);
        const SpeakerVoice& voice = m_voices.at(i);
        button->setIcon(swatch(voiceColour(i, palette()), size));
        button->setIconSize(QSize(size, size));
        button->setText(
            tr("%1 %2").arg(fontMetrics().elidedText(voice.name, Qt::ElideRight, nameWidth),
                            VoiceShares::percent(voice.shareOfSpeech)));
        button->setAccessibleName(VoiceShares::text(voice));
        button->setAccessibleDescription(
            tr("Choose this voice for the next and previous turn keys"));
        button->setToolTip(VoiceShares::details(voice));
    }
}

void SpeakerLegend::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        updateButtons();
}

} // namespace ondes
