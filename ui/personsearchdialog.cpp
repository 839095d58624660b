#include "personsearchdialog.h"

#include "artworkdelegate.h"
#include "discovery/directorysearch.h"
#include "library/timeformat.h"
#include "playback/player.h"
#include "showpreviewdialog.h"
#include "subscriptions/subscriber.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ondes {

namespace {
constexpr int kFeedUrlRole = Qt::UserRole + 1;
constexpr int kArtworkRole = Qt::UserRole + 2;
constexpr int kEnclosureRole = Qt::UserRole + 3;
constexpr int kDurationRole = Qt::UserRole + 4;
constexpr int kShowColumn = 1;
} // namespace

PersonSearchDialog::PersonSearchDialog(DirectorySearch& search, HttpClient& http,
                                       Subscriber& subscriber, const QString& person,
                                       QWidget* parent)
    : QDialog(parent), m_search(search), m_http(http), m_subscriber(subscriber), m_person(person),
      m_status(new QLabel(this)), m_episodes(new QTreeWidget(this)),
      m_play(new QPushButton(tr("P&lay"), this))
{
    setWindowTitle(tr("More with %1").arg(person));
    resize(680, 440);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_episodes->setHeaderLabels({tr("Date"), tr("Show"), tr("Episode"), tr("Duration")});
    m_episodes->setRootIsDecorated(false);
    m_episodes->setAccessibleName(tr("Episodes with this person in other shows"));
    m_episodes->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* preview = buttons->addButton(tr("&Preview Show…"), QDialogButtonBox::ActionRole);
    buttons->addButton(m_play, QDialogButtonBox::ActionRole);
    m_play->setAccessibleName(tr("Play the chosen episode without subscribing"));
    m_play->hide();
    connect(m_play, &QPushButton::clicked, this, &PersonSearchDialog::playCurrent);
    m_episodes->setItemDelegateForColumn(kShowColumn,
                                         new ArtworkDelegate(nullptr, kArtworkRole, m_episodes));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_episodes);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(preview, &QPushButton::clicked, this, &PersonSearchDialog::previewCurrent);
    connect(m_episodes, &QTreeWidget::itemActivated, this, &PersonSearchDialog::previewCurrent);
    connect(&m_search, &DirectorySearch::finished, this, &PersonSearchDialog::onFinished);

    DirectoryQuery query;
    query.kind = DirectoryQuery::Kind::Person;
    query.term = person;
    if (m_search.start(query) == 0) {
        m_status->setText(tr("Finding a person's other episodes needs Podcast Index: give its "
                             "key in Settings ▸ Discovery."));
        return;
    }
    m_status->setText(tr("Asking Podcast Index for episodes with %1…").arg(person));
}

void PersonSearchDialog::setArtwork(DirectoryArtwork* artwork)
{
    QAbstractItemDelegate* placeholders = m_episodes->itemDelegateForColumn(kShowColumn);
    m_episodes->setItemDelegateForColumn(kShowColumn,
                                         new ArtworkDelegate(artwork, kArtworkRole, m_episodes));
    delete placeholders;
}

void PersonSearchDialog::setPlayer(Player* player)
{
    m_player = player;
    m_play->setVisible(player != nullptr);
}

bool PersonSearchDialog::playCurrent()
{
    const QTreeWidgetItem* item = m_episodes->currentItem();
    if (!m_player || !item)
        return false;
    StreamItem stream;
    stream.url = QUrl(item->data(0, kEnclosureRole).toString());
    stream.title = item->text(2);
    stream.showTitle = item->text(kShowColumn);
    stream.artworkUrl = item->data(kShowColumn, kArtworkRole).toString();
    stream.durationMs = item->data(0, kDurationRole).toLongLong() * 1000;
    if (stream.url.isEmpty()) {
        m_status->setText(tr("“%1” has no audio to play.").arg(stream.title));
        return false;
    }
    if (!m_player->playStream(stream)) {
        m_status->setText(m_player->errorString());
        return false;
    }
    m_status->setText(tr("Playing “%1”, streamed: nothing is stored.").arg(stream.title));
    return true;
}

QString PersonSearchDialog::statusText() const
{
    return m_status->text();
}

void PersonSearchDialog::onFinished()
{
    if (m_search.query().kind != DirectoryQuery::Kind::Person || m_search.query().term != m_person)
        return; // another dialog's search
    const auto failures = m_search.failures();
    if (!failures.isEmpty()) {
        m_status->setText(failures.begin().value());
        return;
    }
    m_episodes->clear();
    for (const DirectoryEpisode& episode : m_search.episodes()) {
        auto* item = new QTreeWidgetItem(m_episodes);
        if (episode.publishedAt > 0) {
            item->setText(
                0, QLocale().toString(QDateTime::fromSecsSinceEpoch(episode.publishedAt).date(),
                                      QLocale::ShortFormat));
        }
        item->setText(1, episode.feedTitle);
        item->setText(2, episode.title);
        item->setText(3, formatClock(episode.durationSeconds));
        item->setData(0, kFeedUrlRole, episode.feedUrl);
        item->setData(0, kEnclosureRole, episode.enclosureUrl);
        item->setData(0, kDurationRole, episode.durationSeconds);
        item->setData(kShowColumn, kArtworkRole, episode.artworkUrl);
        item->setToolTip(2, episode.description.left(600));
    }
    m_status->setText(m_search.episodes().isEmpty()
                          ? tr("Podcast Index knows no episode with %1.").arg(m_person)
                          : tr("%n episode(s) with %1. Enter previews the show.", nullptr,
                               int(m_search.episodes().size()))
                                .arg(m_person));
    if (m_episodes->topLevelItemCount() > 0) {
        m_episodes->setCurrentItem(m_episodes->topLevelItem(0));
        m_episodes->setFocus();
    }
}

void PersonSearchDialog::previewCurrent()
{
    const QTreeWidgetItem* item = m_episodes->currentItem();
    if (!item)
        return;
    auto* preview =
        new ShowPreviewDialog(m_http, QUrl(item->data(0, kFeedUrlRole).toString()), this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->setPlayer(m_player);
    connect(preview, &ShowPreviewDialog::subscribeRequested, this, [this](const QString& url) {
        m_subscriber.subscribe(url);
        m_status->setText(tr("Subscribing to %1…").arg(url));
    });
    preview->open();
}

} // namespace ondes
