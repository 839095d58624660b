#pragma once

// TranscriptView is the Transcript pane's list of lines: a flat tree view whose lines wrap
// (heights computed for the lines shown only, so that a long transcript opens at once), with
// the pane's keys: Enter seeks to the current line, Ctrl+C copies the selected lines, Ctrl+F
// finds, F3 / Shift+F3 find again, Esc leaves. It tells when the listener moves in it (scroll
// bar, wheel, keys), which pauses following playback, and says what it lists when empty.

#include <QTreeView>

namespace ondes {

class TranscriptModel;

class TranscriptView : public QTreeView
{
    Q_OBJECT
public:
    explicit TranscriptView(TranscriptModel* model, QWidget* parent = nullptr);

    // What the empty view says ("No transcript for this episode"); also its description.
    void setPlaceholderText(const QString& text);
    QString placeholderText() const { return m_placeholder; }
    // Scrolls to row as playback does (not reported as the listener moving).
    void showPlayingRow(int row);
    // Copies the selected lines (the current one when none is selected) to the clipboard.
    void copySelection();

Q_SIGNALS:
    void lineActivated(int row);             // Enter, or a click without modifier keys
    void listenerMoved();                    // scrolled or moved the current line
    void findRequested();                    // Ctrl+F
    void findAgainRequested(bool backwards); // F3, Shift+F3
    void leaveRequested();                   // Esc

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void currentChanged(const QModelIndex& current, const QModelIndex& previous) override;

private:
    // The keys the view takes before the window's shortcuts (Ctrl+F is the library's search).
    static bool isOwnKey(const QKeyEvent* event);

    TranscriptModel* m_model;
    QString m_placeholder;
    int m_laidOutWidth = -1;
    bool m_scrollingForPlayback = false;
};

} // namespace ondes
