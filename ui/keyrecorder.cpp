#include "keyrecorder.h"

#include <QKeyEvent>

namespace ondes {

KeyRecorder::KeyRecorder(QWidget* parent) : QPushButton(parent)
{
    // Return is the dialog's (its default button), not a way into recording.
    setAutoDefault(false);
    setCheckable(false);
    setToolTip(tr("Press Space or click, then press the new key"));
    connect(this, &QPushButton::clicked, this, &KeyRecorder::startRecording);
    updateText();
}

void KeyRecorder::setKey(const QKeySequence& key)
{
    m_key = key;
    updateText();
}

void KeyRecorder::startRecording()
{
    if (m_recording)
        return;
    m_recording = true;
    setDown(true);
    updateText();
}

void KeyRecorder::cancelRecording()
{
    stopRecording();
}

void KeyRecorder::stopRecording()
{
    if (!m_recording)
        return;
    m_recording = false;
    setDown(false);
    updateText();
}

void KeyRecorder::updateText()
{
    if (m_recording)
        setText(tr("Press the new key (Escape cancels)…"));
    else
        setText(m_key.isEmpty() ? tr("None") : m_key.toString(QKeySequence::NativeText));
}

QKeySequence KeyRecorder::keyOf(const QKeyEvent* event)
{
    int key = event->key();
    switch (key) {
    case Qt::Key_Control:
    case Qt::Key_Shift:
    case Qt::Key_Meta:
    case Qt::Key_Alt:
    case Qt::Key_AltGr:
    case Qt::Key_CapsLock:
    case Qt::Key_NumLock:
    case Qt::Key_Super_L:
    case Qt::Key_Super_R:
    case Qt::Key_Hyper_L:
    case Qt::Key_Hyper_R:
    case Qt::Key_unknown:
    case 0:
        return {};
    default:
        break;
    }
    const Qt::KeyboardModifiers mods = event->modifiers();
    int modifiers = 0;
    if (key == Qt::Key_Backtab) {
        key = Qt::Key_Tab;
        modifiers |= Qt::SHIFT;
    } else if (mods & Qt::ShiftModifier) {
        // Shift counts unless it only types a symbol that needs it anyway.
        const QString text = event->text();
        const bool typesSymbol = !text.isEmpty() && text.at(0).isPrint() &&
                                 !text.at(0).isLetterOrNumber() && !text.at(0).isSpace();
        if (!typesSymbol)
            modifiers |= Qt::SHIFT;
    }
    if (mods & Qt::ControlModifier)
        modifiers |= Qt::CTRL;
    if (mods & Qt::AltModifier)
        modifiers |= Qt::ALT;
    if (mods & Qt::MetaModifier)
        modifiers |= Qt::META;
    return QKeySequence(key | modifiers);
}

bool KeyRecorder::event(QEvent* event)
{
    if (!m_recording)
        return QPushButton::event(event);
    switch (event->type()) {
    case QEvent::ShortcutOverride:
        // While recording, every key is the field's: no shortcut, mnemonic or default button.
        event->accept();
        return true;
    case QEvent::KeyPress: {
        auto* keyEvent = static_cast<QKeyEvent*>(event);
        keyEvent->accept();
        if (keyEvent->key() == Qt::Key_Escape && keyEvent->modifiers() == Qt::NoModifier) {
            stopRecording();
            return true;
        }
        const QKeySequence key = keyOf(keyEvent);
        if (key.isEmpty())
            return true; // a modifier alone: wait for the key
        stopRecording();
        Q_EMIT keyRecorded(key);
        return true;
    }
    case QEvent::KeyRelease:
        event->accept();
        return true;
    default:
        return QPushButton::event(event);
    }
}

void KeyRecorder::focusOutEvent(QFocusEvent* event)
{
    stopRecording();
    QPushButton::focusOutEvent(event);
}

} // namespace ondes
