#pragma once

// TranscriptFindBar finds words in a transcript: a field (the text folded, so "ecole" finds
// "École"), how many lines match and which one is shown ("3 of 12"), Enter / F3 for the next
// match, Shift+Enter / Shift+F3 for the one before, Esc to close. It finds in the model's text
// and speakers; the pane moves to the line found.

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace ondes {

class TranscriptModel;

class TranscriptFindBar : public QWidget
{
    Q_OBJECT
public:
    explicit TranscriptFindBar(const TranscriptModel& model, QWidget* parent = nullptr);

    QLineEdit* field() const { return m_field; }
    // Opens the bar with focus in the field, its text selected.
    void open();
    // The next (or previous) line matching after (or before) row, wrapping; -1 when none.
    int findFrom(int row, bool backwards);
    // "3 of 12", "No match", or empty.
    QString resultText() const;
    // The matching rows (for the current text), in order.
    const QList<int>& matches() const { return m_matches; }

Q_SIGNALS:
    // The field wants the next/previous match from the pane's current line (Enter, F3)...
    void findRequested(bool backwards);
    // ...or the first match from the current line on (the text changed).
    void searchChanged();
    void closed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateMatches();
    void showResult(int row);

    const TranscriptModel& m_model;
    QLineEdit* m_field;
    QLabel* m_result;
    QToolButton* m_close;
    QList<int> m_matches;
    QList<QString> m_foldedLines; // folded text of each row, made when the bar is first used
};

} // namespace ondes
