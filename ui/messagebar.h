#pragma once

// MessageBar is the inline message strip above the episode list: a line that says what went
// wrong (a download failed, a show could not be refreshed, Ondes is offline), with an optional
// Retry button and a close button. It never steals focus and goes away when dismissed.

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace ondes {

class MessageBar : public QFrame
{
    Q_OBJECT
public:
    explicit MessageBar(QWidget* parent = nullptr);

    // Shows text; retry (when given) runs when the listener presses Retry, then the bar hides.
    void showMessage(const QString& text, std::function<void()> retry = {});
    // The same with another button than Retry (e.g. "&Undo").
    void showMessage(const QString& text, const QString& buttonText, std::function<void()> action);
    void dismiss();
    QString text() const;
    bool canRetry() const { return bool(m_retry); }
    QPushButton* retryButton() const { return m_retryButton; }

private:
    QLabel* m_label;
    QPushButton* m_retryButton;
    QToolButton* m_close;
    std::function<void()> m_retry;
};

} // namespace ondes
