#include "addshowdialog.h"

#include "addshowfailure.h"
#include "directoryresultdelegate.h"
#include "discovery/directoryresultmodel.h"
#include "discovery/directorysearch.h"
#include "library/settings.h"
#include "showpreviewdialog.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
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
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_results(new QListView(this)), m_searchPause(new QTimer(this))
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
    layout->addWidget(m_results);
    m_results->setAccessibleName(tr("Shows found in the directories"));
    m_results->setItemDelegate(new DirectoryResultDelegate(nullptr, m_results));
    m_results->setUniformItemSizes(true);
    m_results->setWordWrap(false);
    m_results->setMinimumHeight(240);
    m_results->installEventFilter(this);
    m_results->hide();
    m_searchPause->setSingleShot(true);
    m_searchPause->setInterval(400);
    connect(m_searchPause, &QTimer::timeout, this, &AddShowDialog::searchNow);
    connect(m_results, &QListView::activated, this, &AddShowDialog::start);
    m_address->installEventFilter(this);
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

void AddShowDialog::setDirectorySearch(DirectorySearch* search, HttpClient* http,
                                       const QString& country)
{
    m_search = search;
    m_http = http;
    m_country = country;
    if (!search)
        return;
    m_resultModel = new DirectoryResultModel(*search, this);
    m_results->setModel(m_resultModel);
    m_address->setPlaceholderText(tr("A show's name, or https://…"));
    if (auto* label = qobject_cast<QLabel*>(layout()->itemAt(0)->widget()))
        label->setText(tr("&Name of a show, or the address of its feed or web page:"));
    connect(m_address, &QLineEdit::textEdited, this, &AddShowDialog::onTextEdited);
    connect(search, &DirectorySearch::finished, this, &AddShowDialog::onSearchFinished);
    connect(m_resultModel, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_results->currentIndex().isValid())
            m_results->setCurrentIndex(m_resultModel->index(0));
    });
}

void AddShowDialog::setArtwork(DirectoryArtwork* artwork)
{
    QAbstractItemDelegate* placeholders = m_results->itemDelegate();
    m_results->setItemDelegate(new DirectoryResultDelegate(artwork, m_results));
    delete placeholders;
}

namespace {

// Whether the listener typed (or is typing) an address rather than a show's name.
bool looksLikeAddress(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.contains(QLatin1String("://")) || trimmed.startsWith(QLatin1Char('/')) ||
        trimmed.startsWith(QLatin1Char('~')))
        return true;
    for (const char* scheme : {"http://", "https://", "podcast:", "itpc:", "pcast:", "feed:"}) {
        const QLatin1String prefix(scheme);
        if (trimmed.startsWith(prefix, Qt::CaseInsensitive) ||
            (trimmed.size() >= 4 && prefix.startsWith(trimmed, Qt::CaseInsensitive)))
            return true;
    }
    // A bare host ("example.org/feed"): a dot and no space.
    return !trimmed.contains(QLatin1Char(' ')) && trimmed.contains(QLatin1Char('.')) &&
           !trimmed.endsWith(QLatin1Char('.'));
}

} // namespace

void AddShowDialog::onTextEdited(const QString& text)
{
    m_searchPause->stop();
    if (looksLikeAddress(text) || text.trimmed().size() < 2) {
        m_search->cancel();
        m_results->hide();
        return;
    }
    m_searchPause->start();
}

void AddShowDialog::searchNow()
{
    DirectoryQuery query;
    query.term = m_address->text().simplified();
    query.limit = 50;
    query.country = m_country;
    query.language = DirectorySearch::systemLanguage();
    m_results->show();
    if (m_search->start(query) == 0) {
        setStatus(tr("No directory is switched on (Settings ▸ Discovery)."));
        return;
    }
    setStatus(tr("Searching the directories for “%1”…").arg(query.term));
}

void AddShowDialog::onSearchFinished()
{
    QStringList lines;
    if (m_search->shows().isEmpty())
        lines << tr("No show found for “%1”.").arg(m_search->query().term);
    else
        lines << tr("%n show(s) found: Down to choose, Enter to subscribe, Space to preview.",
                    nullptr, int(m_search->shows().size()));
    const auto failures = m_search->failures();
    for (auto it = failures.begin(); it != failures.end(); ++it)
        lines << it.value();
    setStatus(lines.join(QLatin1Char('\n')));
}

QString AddShowDialog::chosenFeed() const
{
    const DirectoryShow* show = m_resultModel && m_results->isVisible()
                                    ? m_resultModel->showAt(m_results->currentIndex().row())
                                    : nullptr;
    return show ? show->feedUrl : QString();
}

void AddShowDialog::previewCurrent()
{
    const QString feed = chosenFeed();
    if (feed.isEmpty() || !m_http)
        return;
    auto* preview = new ShowPreviewDialog(*m_http, QUrl(feed), this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->setPlayer(m_player);
    connect(preview, &ShowPreviewDialog::subscribeRequested, this, [this](const QString& url) {
        m_address->setText(url);
        m_results->hide();
        start();
    });
    preview->open();
}

bool AddShowDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress || !m_results->isVisible())
        return QDialog::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent*>(event)->key();
    if (watched == m_address && key == Qt::Key_Down && m_resultModel->rowCount() > 0) {
        m_results->setFocus();
        if (!m_results->currentIndex().isValid())
            m_results->setCurrentIndex(m_resultModel->index(0));
        return true;
    }
    if (watched == m_results && key == Qt::Key_Space) {
        previewCurrent();
        return true;
    }
    if (watched == m_results && key == Qt::Key_Up && m_results->currentIndex().row() <= 0) {
        m_address->setFocus();
        return true;
    }
    if (watched == m_results && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
        start();
        return true;
    }
    return QDialog::eventFilter(watched, event);
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
    const QString chosen = chosenFeed();
    if (!chosen.isEmpty() && !looksLikeAddress(m_address->text())) {
        m_searchPause->stop();
        m_search->cancel();
        setBusy(true);
        m_request = m_subscriber.subscribe(chosen);
        return;
    }
    if (m_address->text().trimmed().isEmpty()) {
        setStatus(tr("Type or paste the address of a show."));
        return;
    }
    if (m_search && !looksLikeAddress(m_address->text())) {
        searchNow(); // a name: Enter searches at once
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
    m_results->setEnabled(!busy);
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
