#include "addshowdialog.h"

#include "addshowfailure.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ondes {

AddShowDialog::AddShowDialog(Subscriber& subscriber, QWidget* parent)
    : QDialog(parent), m_subscriber(subscriber), m_address(new QLineEdit(this)),
      m_feeds(new QListWidget(this)), m_status(new QLabel(this)),
      m_detailsButton(new QToolButton(this)), m_detail(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add a show"));
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(tr("A&ddress of a podcast feed, or of the show's web page:"), this);
    label->setBuddy(m_address);
    m_address->setPlaceholderText(tr("https://…"));
    m_address->setAccessibleName(tr("Show address"));
    m_address->setMinimumWidth(420);
    m_feeds->setAccessibleName(tr("Feeds offered by the page"));
    m_feeds->hide();
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsButton->setText(tr("De&tails"));
    m_detailsButton->setAccessibleName(tr("Show the technical details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_detailsButton->setAutoRaise(true);
    m_detailsButton->hide();
    m_detail->setReadOnly(true);
    m_detail->setAccessibleName(tr("Technical details"));
    m_detail->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_detail->setMaximumHeight(m_detail->fontMetrics().lineSpacing() * 5 +
                               2 * m_detail->frameWidth() + 8);
    m_detail->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    layout->addWidget(label);
    layout->addWidget(m_address);
    layout->addWidget(m_feeds);
    layout->addWidget(m_status);
    layout->addWidget(m_detailsButton, 0, Qt::AlignLeft);
    layout->addWidget(m_detail);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddShowDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_feeds, &QListWidget::itemActivated, this, &AddShowDialog::start);
    connect(&m_subscriber, &Subscriber::progress, this, &AddShowDialog::onProgress);
    connect(&m_subscriber, &Subscriber::feedChoiceNeeded, this, &AddShowDialog::onChoice);
    connect(&m_subscriber, &Subscriber::subscribed, this,
            [this](int request, qint64 showId, int) { onSubscribed(request, showId); });
    connect(&m_subscriber, &Subscriber::failed, this, &AddShowDialog::onFailed);
    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool shown) {
        m_detailsButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        m_detail->setVisible(shown);
        fitToText();
    });
}

void AddShowDialog::setAddress(const QString& address)
{
    m_address->setText(address);
}

QString AddShowDialog::statusText() const
{
    return m_status->text();
}

QString AddShowDialog::detailText() const
{
    return m_detail->toPlainText();
}

void AddShowDialog::setStatus(const QString& text, const QString& detail)
{
    m_status->setText(text);
    m_detail->setPlainText(detail);
    m_detailsButton->setVisible(!detail.isEmpty());
    if (detail.isEmpty())
        m_detailsButton->setChecked(false);
    fitToText();
}

void AddShowDialog::fitToText()
{
    // A word-wrapped label's height depends on the width: the layout's minimum does not follow
    // it, so the dialog is grown by hand once the layout has taken the new text in.
    QTimer::singleShot(0, this, [this] {
        layout()->activate();
        const int needed = qMax(heightForWidth(width()), sizeHint().height());
        if (needed > height())
            resize(width(), needed);
    });
}

void AddShowDialog::start()
{
    if (m_feeds->isVisible() && m_feeds->currentItem()) {
        setBusy(true);
        m_subscriber.chooseFeed(m_request, m_feeds->currentItem()->data(Qt::UserRole).toString());
        return;
    }
    if (m_address->text().trimmed().isEmpty()) {
        setStatus(tr("Type or paste the address of a show."));
        return;
    }
    setBusy(true);
    m_feeds->hide();
    m_request = m_subscriber.subscribe(m_address->text());
}

void AddShowDialog::setBusy(bool busy)
{
    m_address->setEnabled(!busy);
    m_feeds->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void AddShowDialog::onProgress(int request, const QString& message)
{
    if (request == m_request)
        setStatus(message);
}

void AddShowDialog::onChoice(int request, const QList<FeedLink>& feeds)
{
    if (request != m_request)
        return;
    m_feeds->clear();
    for (const FeedLink& feed : feeds) {
        auto* item = new QListWidgetItem(
            feed.title.isEmpty() ? feed.url : QStringLiteral("%1 — %2").arg(feed.title, feed.url),
            m_feeds);
        item->setData(Qt::UserRole, feed.url);
    }
    m_feeds->setCurrentRow(0);
    m_feeds->show();
    setStatus(tr("This page offers several feeds. Choose one."));
    setBusy(false);
    m_address->setEnabled(false);
    m_feeds->setFocus();
}

void AddShowDialog::onSubscribed(int request, qint64 showId)
{
    if (request != m_request)
        return;
    m_showId = showId;
    Q_EMIT showAdded(showId);
    accept();
}

void AddShowDialog::onFailed(int request, const QString& error, Subscriber::Failure why)
{
    if (request != m_request)
        return;
    setStatus(AddShowFailure::sentence(why, m_address->text()), error);
    setBusy(false);
    m_address->setFocus();
    m_address->selectAll();
}

void AddShowDialog::done(int result)
{
    if (result == QDialog::Rejected && m_request)
        m_subscriber.cancel(m_request);
    QDialog::done(result);
}

} // namespace ondes
