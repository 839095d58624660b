#include "showpreviewdialog.h"

#include "discovery/feedpreview.h"
#include "library/timeformat.h"
#include "playback/player.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ondes {

namespace {
constexpr int kEnclosureRole = Qt::UserRole + 1;
constexpr int kDurationRole = Qt::UserRole + 2;
} // namespace

ShowPreviewDialog::ShowPreviewDialog(HttpClient& http, const QUrl& feedUrl, QWidget* parent)
    : QDialog(parent), m_feedUrl(feedUrl), m_preview(new FeedPreview(http, this)),
      m_title(new QLabel(this)), m_status(new QLabel(this)), m_episodes(new QTreeWidget(this)),
      m_play(new QPushButton(tr("&Play"), this))
{
    setWindowTitle(tr("Preview"));
    resize(640, 460);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setText(tr("Fetching %1…").arg(feedUrl.toDisplayString()));
    m_episodes->setHeaderLabels({tr("Date"), tr("Duration"), tr("Episode"), tr("Speakers")});
    m_episodes->setRootIsDecorated(false);
    m_episodes->setAccessibleName(tr("Episodes of the show"));
    m_episodes->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* subscribe = buttons->addButton(tr("&Subscribe"), QDialogButtonBox::AcceptRole);
    subscribe->setDefault(true);
    buttons->addButton(m_play, QDialogButtonBox::ActionRole);
    m_play->setAccessibleName(tr("Play the chosen episode without subscribing"));
    m_play->setAutoDefault(false);
    m_play->hide();
    connect(m_play, &QPushButton::clicked, this, &ShowPreviewDialog::playCurrent);
    connect(m_episodes, &QTreeWidget::currentItemChanged, this,
            &ShowPreviewDialog::updatePlayButton);
    connect(m_episodes, &QTreeWidget::itemDoubleClicked, this, [this] { playCurrent(); });
    m_episodes->installEventFilter(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_episodes);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(subscribe, &QPushButton::clicked, this, [this] {
        Q_EMIT subscribeRequested(m_feedUrl.toString());
        accept();
    });
    connect(m_preview, &FeedPreview::finished, this, &ShowPreviewDialog::display);
    m_preview->start(feedUrl);
}

QString ShowPreviewDialog::statusText() const
{
    return m_status->text();
}

void ShowPreviewDialog::setPlayer(Player* player)
{
    m_player = player;
    m_play->setVisible(player != nullptr);
    updatePlayButton();
}

void ShowPreviewDialog::updatePlayButton()
{
    const QTreeWidgetItem* item = m_episodes->currentItem();
    m_play->setEnabled(m_player && item && !item->data(0, kEnclosureRole).toString().isEmpty());
}

bool ShowPreviewDialog::playCurrent()
{
    const QTreeWidgetItem* item = m_episodes->currentItem();
    if (!m_player || !item)
        return false;
    StreamItem stream;
    stream.url = QUrl(item->data(0, kEnclosureRole).toString());
    stream.title = item->text(2);
    stream.showTitle = m_showTitle;
    stream.author = m_showAuthor;
    stream.artworkUrl = m_artworkUrl;
    stream.durationMs = item->data(0, kDurationRole).toLongLong() * 1000;
    if (stream.url.isEmpty()) {
        m_status->setText(tr("“%1” has no audio to play.").arg(stream.title));
        return false;
    }
    if (!m_player->playStream(stream)) {
        m_status->setText(m_player->errorString());
        return false;
    }
    m_status->setText(
        tr("Playing “%1”, streamed: nothing is stored until you subscribe.").arg(stream.title));
    return true;
}

bool ShowPreviewDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Enter on an episode plays it (rather than pressing the default button, Subscribe).
    if (watched == m_episodes && event->type() == QEvent::KeyPress && m_player) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_episodes->currentItem()) {
            playCurrent();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ShowPreviewDialog::display(const FeedPreviewResult& result)
{
    if (!result.ok()) {
        m_status->setText(tr("Ondes could not read this show: %1").arg(result.error));
        return;
    }
    m_showTitle = result.feed.title;
    m_showAuthor = result.feed.author;
    m_artworkUrl = result.feed.imageUrl;
    m_title->setText(result.feed.author.isEmpty()
                         ? result.feed.title
                         : tr("%1 — %2").arg(result.feed.title, result.feed.author));
    m_status->setText(tr("%n episode(s). Nothing is stored until you subscribe.", nullptr,
                         int(result.feed.episodes.size())));
    for (qsizetype i = 0; i < result.feed.episodes.size(); ++i) {
        const ParsedEpisode& episode = result.feed.episodes[i];
        QStringList speakers;
        for (const EpisodeSpeaker& speaker : result.speakers.value(i))
            speakers << speaker.person.name;
        auto* item = new QTreeWidgetItem(m_episodes);
        if (episode.published > 0) {
            item->setText(
                0, QLocale().toString(QDateTime::fromSecsSinceEpoch(episode.published).date(),
                                      QLocale::ShortFormat));
        }
        item->setText(1, formatClock(episode.durationSeconds));
        item->setText(2, episode.title);
        item->setText(3, speakers.join(QStringLiteral(", ")));
        item->setToolTip(2, episode.description.toString().left(600));
        item->setData(0, kEnclosureRole,
                      episode.enclosures.isEmpty() ? QString() : episode.enclosures.first().url);
        item->setData(0, kDurationRole, episode.durationSeconds);
    }
    m_episodes->resizeColumnToContents(0);
    m_episodes->resizeColumnToContents(1);
    if (m_episodes->topLevelItemCount() > 0)
        m_episodes->setCurrentItem(m_episodes->topLevelItem(0));
    updatePlayButton();
}

} // namespace ondes
