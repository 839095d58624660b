#include "addshowdialog.h"

#include "subscriptions/subscriber.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ondes {

AddShowDialog::AddShowDialog(Subscriber& subscriber, QWidget* parent)
    : QDialog(parent), m_subscriber(subscriber), m_address(new QLineEdit(this)),
      m_feeds(new QListWidget(this)), m_status(new QLabel(this)),
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
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    layout->addWidget(label);
    layout->addWidget(m_address);
    layout->addWidget(m_feeds);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddShowDialog::start);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_feeds, &QListWidget::itemActivated, this, &AddShowDialog::start);
    connect(&m_subscriber, &Subscriber::progress, this, &AddShowDialog::onProgress);
    connect(&m_subscriber, &Subscriber::feedChoiceNeeded, this, &AddShowDialog::onChoice);
    connect(&m_subscriber, &Subscriber::subscribed, this,
            [this](int request, qint64 showId, int) { onSubscribed(request, showId); });
    connect(&m_subscriber, &Subscriber::failed, this, &AddShowDialog::onFailed);
}

void AddShowDialog::setAddress(const QString& address)
{
    m_address->setText(address);
}

QString AddShowDialog::statusText() const
{
    return m_status->text();
}

void AddShowDialog::start()
{
    if (m_feeds->isVisible() && m_feeds->currentItem()) {
        setBusy(true);
        m_subscriber.chooseFeed(m_request, m_feeds->currentItem()->data(Qt::UserRole).toString());
        return;
    }
    if (m_address->text().trimmed().isEmpty()) {
        m_status->setText(tr("Type or paste the address of a show."));
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
        m_status->setText(message);
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
    m_status->setText(tr("This page offers several feeds. Choose one."));
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

void AddShowDialog::onFailed(int request, const QString& error)
{
    if (request != m_request)
        return;
    m_status->setText(error);
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
