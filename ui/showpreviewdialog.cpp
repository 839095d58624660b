#include "showpreviewdialog.h"

#include "discovery/feedpreview.h"
#include "library/timeformat.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ondes {

ShowPreviewDialog::ShowPreviewDialog(HttpClient& http, const QUrl& feedUrl, QWidget* parent)
    : QDialog(parent), m_feedUrl(feedUrl), m_preview(new FeedPreview(http, this)),
      m_title(new QLabel(this)), m_status(new QLabel(this)), m_episodes(new QTreeWidget(this))
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

void ShowPreviewDialog::display(const FeedPreviewResult& result)
{
    if (!result.ok()) {
        m_status->setText(tr("Ondes could not read this show: %1").arg(result.error));
        return;
    }
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
    }
    m_episodes->resizeColumnToContents(0);
    m_episodes->resizeColumnToContents(1);
}

} // namespace ondes
