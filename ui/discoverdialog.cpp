#include "discoverdialog.h"

#include "addshowfailure.h"
#include "directoryresultdelegate.h"
#include "discovery/directorycategories.h"
#include "discovery/directoryprovider.h"
#include "discovery/directoryresultmodel.h"
#include "discovery/directorysearch.h"
#include "showpreviewdialog.h"
#include "subscriptions/subscriber.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ondes {

DiscoverDialog::DiscoverDialog(DirectorySearch& search, HttpClient& http, Subscriber& subscriber,
                               const QString& country, QWidget* parent)
    : QDialog(parent), m_search(search), m_http(http), m_subscriber(subscriber),
      m_model(new DirectoryResultModel(search, this)), m_country(new QComboBox(this)),
      m_language(new QComboBox(this)), m_category(new QComboBox(this)),
      m_results(new QListView(this)), m_status(new QLabel(this)),
      m_subscribe(new QPushButton(tr("&Subscribe"), this)),
      m_preview(new QPushButton(tr("&Preview…"), this))
{
    setWindowTitle(tr("Discover Shows"));
    resize(720, 560);
    fillCountries(country.isEmpty() ? DirectorySearch::systemCountry() : country.toLower());
    fillLanguages(DirectorySearch::systemLanguage());
    fillCategories();
    m_country->setAccessibleName(tr("Country"));
    m_language->setAccessibleName(tr("Language"));
    m_category->setAccessibleName(tr("Category"));

    auto* pickers = new QHBoxLayout;
    const auto addPicker = [this, pickers](const QString& text, QComboBox* box) {
        auto* label = new QLabel(text, this);
        label->setBuddy(box);
        pickers->addWidget(label);
        pickers->addWidget(box, 1);
    };
    addPicker(tr("C&ountry:"), m_country);
    addPicker(tr("&Language:"), m_language);
    addPicker(tr("Ca&tegory:"), m_category);
    auto* note = new QLabel(tr("Apple Podcasts ranks shows by country, Podcast Index by "
                               "language; gpodder.net's list is one for the whole world."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false); // a hint, drawn dimmed

    m_results->setModel(m_model);
    m_results->setItemDelegate(new DirectoryResultDelegate(nullptr, m_results));
    m_results->setAccessibleName(tr("Top shows"));
    m_results->setWordWrap(false);
    m_results->setUniformItemSizes(true);
    m_results->installEventFilter(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_subscribe, QDialogButtonBox::ActionRole);
    buttons->addButton(m_preview, QDialogButtonBox::ActionRole);
    m_subscribe->setAutoDefault(false);
    m_preview->setAutoDefault(false);
    m_subscribe->setEnabled(false);
    m_preview->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pickers);
    layout->addWidget(note);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_subscribe, &QPushButton::clicked, this, &DiscoverDialog::subscribeCurrent);
    connect(m_preview, &QPushButton::clicked, this, &DiscoverDialog::previewCurrent);
    connect(m_results, &QListView::doubleClicked, this, &DiscoverDialog::subscribeCurrent);
    for (QComboBox* box : {m_country, m_language, m_category}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (m_asked)
                refresh();
        });
    }
    connect(&m_search, &DirectorySearch::finished, this, &DiscoverDialog::updateStatus);
    connect(&m_search, &DirectorySearch::providerFailed, this, &DiscoverDialog::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_results->currentIndex().isValid())
            m_results->setCurrentIndex(m_model->index(0));
        m_subscribe->setEnabled(true);
        m_preview->setEnabled(true);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_subscribe->setEnabled(false);
        m_preview->setEnabled(false);
    });
    connect(&m_subscriber, &Subscriber::feedChoiceNeeded, this,
            [this](int request, const QList<FeedLink>& feeds) {
                // A directory names a feed; should it be a page, its first feed is the show's.
                if (m_requests.contains(request) && !feeds.isEmpty())
                    m_subscriber.chooseFeed(request, feeds.first().url);
            });
    connect(&m_subscriber, &Subscriber::subscribed, this, [this](int request, qint64 showId, int) {
        if (!m_requests.contains(request))
            return;
        m_lastOutcome = tr("Subscribed to “%1”.").arg(m_requests.take(request));
        updateStatus();
        Q_EMIT showAdded(showId);
    });
    connect(&m_subscriber, &Subscriber::failed, this,
            [this](int request, const QString& error, Subscriber::Failure why) {
                if (!m_requests.contains(request))
                    return;
                m_lastOutcome = AddShowFailure::sentence(why, m_requests.take(request)) +
                                QLatin1Char(' ') + error;
                updateStatus();
            });
    m_status->setText(tr("The directories are asked once this window is open."));
}

void DiscoverDialog::setArtwork(DirectoryArtwork* artwork)
{
    QAbstractItemDelegate* placeholders = m_results->itemDelegate();
    m_results->setItemDelegate(new DirectoryResultDelegate(artwork, m_results));
    delete placeholders;
}

QString DiscoverDialog::statusText() const
{
    return m_status->text();
}

void DiscoverDialog::fillCountries(const QString& chosen)
{
    QList<QPair<QString, QString>> countries; // name, code
    for (int value = 1; value <= int(QLocale::LastTerritory); ++value) {
        const auto territory = QLocale::Territory(value);
        const QString code = QLocale::territoryToCode(territory).toLower();
        if (code.size() != 2 || !code.at(0).isLetter())
            continue; // regions such as "Latin America" (419)
        countries.append({QLocale::territoryToString(territory), code});
    }
    std::sort(countries.begin(), countries.end(), [](const auto& a, const auto& b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    for (const auto& [name, code] : countries)
        m_country->addItem(QStringLiteral("%1 (%2)").arg(name, code), code);
    const int index = m_country->findData(chosen);
    m_country->setCurrentIndex(index >= 0 ? index : m_country->findData(QStringLiteral("us")));
}

void DiscoverDialog::fillLanguages(const QString& chosen)
{
    QList<QPair<QString, QString>> languages; // name, code
    for (int value = 2; value <= int(QLocale::LastLanguage); ++value) {
        const auto language = QLocale::Language(value);
        const QString code = QLocale::languageToCode(language, QLocale::ISO639Part1);
        if (code.size() != 2)
            continue;
        QString name = QLocale(language).nativeLanguageName();
        if (name.isEmpty())
            name = QLocale::languageToString(language);
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        languages.append({name, code});
    }
    std::sort(languages.begin(), languages.end(), [](const auto& a, const auto& b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    m_language->addItem(tr("All languages"), QString());
    for (const auto& [name, code] : languages) {
        if (m_language->findData(code) < 0)
            m_language->addItem(QStringLiteral("%1 (%2)").arg(name, code), code);
    }
    const int index = m_language->findData(chosen);
    m_language->setCurrentIndex(qMax(0, index));
}

void DiscoverDialog::fillCategories()
{
    m_category->addItem(tr("All categories"), QString());
    QList<QPair<QString, QString>> categories;
    for (const DirectoryCategory& category : DirectoryCategories::all())
        categories.append({DirectoryCategories::displayName(category), category.key});
    std::sort(categories.begin(), categories.end(), [](const auto& a, const auto& b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    for (const auto& [name, key] : categories)
        m_category->addItem(name, key);
}

void DiscoverDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (!m_asked) {
        m_asked = true;
        refresh();
        m_results->setFocus();
    }
}

void DiscoverDialog::refresh()
{
    DirectoryQuery query;
    query.kind = DirectoryQuery::Kind::Top;
    query.country = m_country->currentData().toString();
    query.language = m_language->currentData().toString();
    query.category = m_category->currentData().toString();
    query.limit = 50;
    m_lastOutcome.clear();
    if (m_search.start(query) == 0 && m_search.withoutCategories().isEmpty()) {
        m_status->setText(tr("No directory with top shows is switched on (Settings ▸ "
                             "Discovery)."));
        return;
    }
    m_status->setText(tr("Asking the directories for their top shows…"));
}

void DiscoverDialog::updateStatus()
{
    if (m_search.query().kind != DirectoryQuery::Kind::Top)
        return; // the Add Show dialog's or a person's search
    QStringList lines;
    if (!m_lastOutcome.isEmpty())
        lines << m_lastOutcome;
    if (m_search.isBusy())
        lines << tr("Asking the directories for their top shows…");
    else if (m_search.shows().isEmpty())
        lines << tr("No show found in these charts.");
    else
        lines << tr("%n show(s): Up and Down to choose, Enter to subscribe, Space to preview.",
                    nullptr, int(m_search.shows().size()));
    const auto failures = m_search.failures();
    for (DirectoryProvider* provider : m_search.providers()) {
        if (failures.contains(provider->id()))
            lines << failures.value(provider->id());
        if (m_search.withoutCategories().contains(provider->id()))
            lines << tr("%1 has no list for this category: its top shows are under All "
                        "categories.")
                         .arg(provider->displayName());
    }
    m_status->setText(lines.join(QLatin1Char('\n')));
}

void DiscoverDialog::subscribeCurrent()
{
    const DirectoryShow* show = m_model->showAt(m_results->currentIndex().row());
    if (show)
        subscribe(show->feedUrl, show->title.isEmpty() ? show->feedUrl : show->title);
}

void DiscoverDialog::subscribe(const QString& feedUrl, const QString& title)
{
    const int request = m_subscriber.subscribe(feedUrl);
    m_requests.insert(request, title);
    m_lastOutcome = tr("Subscribing to “%1”…").arg(title);
    updateStatus();
}

void DiscoverDialog::previewCurrent()
{
    const DirectoryShow* show = m_model->showAt(m_results->currentIndex().row());
    if (!show)
        return;
    auto* preview = new ShowPreviewDialog(m_http, QUrl(show->feedUrl), this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->setPlayer(m_player);
    const QString title = show->title;
    connect(preview, &ShowPreviewDialog::subscribeRequested, this,
            [this, title](const QString& url) { subscribe(url, title.isEmpty() ? url : title); });
    preview->open();
}

bool DiscoverDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_results && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Space) {
            previewCurrent();
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            subscribeCurrent();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace ondes
