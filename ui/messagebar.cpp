#include "messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace ondes {

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent), m_label(new QLabel(this)), m_retryButton(new QPushButton(tr("Re&try"), this)),
      m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setAccessibleName(tr("Message"));
    m_retryButton->setAccessibleName(tr("Retry"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss the message"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retryButton);
    layout->addWidget(m_close);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::dismiss);
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        const std::function<void()> retry = std::exchange(m_retry, {});
        hide();
        if (retry)
            retry();
    });
    hide();
}

void MessageBar::showMessage(const QString& text, std::function<void()> retry)
{
    showMessage(text, tr("Re&try"), std::move(retry));
}

void MessageBar::showMessage(const QString& text, const QString& buttonText,
                             std::function<void()> action)
{
    m_retryButton->setText(buttonText);
    m_retryButton->setAccessibleName(QString(buttonText).remove(QLatin1Char('&')));
    m_label->setText(text);
    m_retry = std::move(action);
    m_retryButton->setVisible(bool(m_retry));
    show();
}

void MessageBar::dismiss()
{
    m_retry = {};
    hide();
}

QString MessageBar::text() const
{
    return isVisible() ? m_label->text() : QString();
}

} // namespace ondes
