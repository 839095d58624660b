#pragma once

// KeyRecorder is a shortcut field that takes a key only after an explicit "record" step, as
// KDE's key editor does: it is a button showing the key; Space or a click starts recording, and
// the next key pressed (Tab, Return and Escape included) is offered through keyRecorded().
// Outside recording, Tab, Shift+Tab, Return and Escape keep their dialog meaning. Escape or
// leaving the field while recording cancels. The owner decides whether the key is taken
// (setKey()); a refused key leaves the field showing the key it had.

#include <QKeySequence>
#include <QPushButton>

namespace ondes {

class KeyRecorder : public QPushButton
{
    Q_OBJECT
public:
    explicit KeyRecorder(QWidget* parent = nullptr);

    QKeySequence key() const { return m_key; }
    // Shows key (no signal).
    void setKey(const QKeySequence& key);
    bool isRecording() const { return m_recording; }
    void startRecording();
    void cancelRecording();

    // The key as a shortcut holds it: Shift only when it does not just type the symbol
    // ("?" not "Shift+?"), Backtab as Shift+Tab, no keypad flag. Empty for a lone modifier.
    static QKeySequence keyOf(const QKeyEvent* event);

Q_SIGNALS:
    void keyRecorded(const QKeySequence& key);

protected:
    bool event(QEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void stopRecording();
    void updateText();

    QKeySequence m_key;
    bool m_recording = false;
};

} // namespace ondes
