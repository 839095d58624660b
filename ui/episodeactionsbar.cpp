#include "episodeactionsbar.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace ondes {

EpisodeActionsBar::EpisodeActionsBar(QWidget* parent)
    : QWidget(parent), m_listen(new QPushButton(tr("&Listen"), this)),
      m_download(new QPushButton(tr("&Download"), this)),
      m_queue(new QPushButton(tr("Add to &queue"), this)),
      m_played(new QPushButton(tr("&Mark played"), this)), m_neighbours(new QLabel(this)),
      m_buttons(new QGridLayout)
{
    m_listen->setAccessibleName(tr("Listen to the episode"));
    m_download->setAccessibleName(tr("Download the episode"));
    m_queue->setAccessibleName(tr("Add the episode to the queue"));
    m_played->setAccessibleName(tr("Mark the episode played"));
    m_neighbours->setTextFormat(Qt::RichText);
    m_neighbours->setWordWrap(true);
    m_neighbours->setAccessibleName(tr("Previous and next episode"));
    m_neighbours->setTextInteractionFlags(Qt::LinksAccessibleByMouse |
                                          Qt::LinksAccessibleByKeyboard);

    m_buttons->setContentsMargins(0, 0, 0, 0);
    m_buttons->setColumnStretch(4, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The bar's own minimum (minimumSizeHint) is that of two rows, whatever the arrangement.
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    layout->addLayout(m_buttons);
    layout->addWidget(m_neighbours);
    arrangeButtons();

    connect(m_listen, &QPushButton::clicked, this, [this] { Q_EMIT listenRequested(m_episodeId); });
    connect(m_download, &QPushButton::clicked, this, &EpisodeActionsBar::onDownloadClicked);
    connect(m_queue, &QPushButton::clicked, this, [this] { Q_EMIT queueRequested(m_episodeId); });
    connect(m_played, &QPushButton::clicked, this,
            [this] { Q_EMIT playedChangeRequested(m_episodeId, !m_isPlayed); });
    connect(m_neighbours, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(QLatin1String("episode:")))
            Q_EMIT episodeRequested(link.mid(8).toLongLong());
    });
    clear();
}

int EpisodeActionsBar::rowWidth(int columns) const
{
    const QList<QPushButton*> buttons = {m_listen, m_download, m_queue, m_played};
    QList<int> widths(columns, 0);
    for (int i = 0; i < buttons.size(); ++i)
        widths[i % columns] = qMax(widths[i % columns], buttons.at(i)->sizeHint().width());
    int width = 0;
    for (int w : widths)
        width += w;
    const int spacing = qMax(0, m_buttons->horizontalSpacing());
    return width + spacing * (columns - 1);
}

QSize EpisodeActionsBar::minimumSizeHint() const
{
    const QSize hint = QWidget::minimumSizeHint();
    return {qMax(rowWidth(2), m_neighbours->minimumSizeHint().width()), hint.height()};
}

bool EpisodeActionsBar::event(QEvent* event)
{
    const bool handled = QWidget::event(event);
    if (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest)
        arrangeButtons();
    return handled;
}

void EpisodeActionsBar::arrangeButtons()
{
    const int columns = width() >= rowWidth(4) ? 4 : 2;
    if (columns == m_columns)
        return;
    m_columns = columns;
    const QList<QPushButton*> buttons = {m_listen, m_download, m_queue, m_played};
    for (int i = 0; i < buttons.size(); ++i)
        m_buttons->addWidget(buttons.at(i), i / columns, i % columns);
    updateGeometry();
}

void EpisodeActionsBar::clear()
{
    // No episode: the buttons say what they would do, not what the last episode was.
    setEpisode(0, false, false);
    setDownloadState(DownloadButtonState::Unavailable);
    m_neighbours->clear();
    m_neighbours->hide();
}

void EpisodeActionsBar::setEpisode(qint64 episodeId, bool played, bool queued)
{
    m_episodeId = episodeId;
    m_isPlayed = played;
    setEnabled(episodeId != 0);
    m_played->setText(played ? tr("&Mark unplayed") : tr("&Mark played"));
    m_played->setAccessibleName(played ? tr("Mark the episode unplayed")
                                       : tr("Mark the episode played"));
    m_queue->setEnabled(!queued);
    m_queue->setText(queued ? tr("In the queue") : tr("Add to &queue"));
    m_queue->setAccessibleName(queued ? tr("The episode is in the queue")
                                      : tr("Add the episode to the queue"));
}

void EpisodeActionsBar::setDownloadState(DownloadButtonState state, int percent)
{
    m_downloadState = state;
    m_download->setEnabled(state != DownloadButtonState::Unavailable);
    switch (state) {
    case DownloadButtonState::Unavailable:
    case DownloadButtonState::Available:
        m_download->setText(tr("&Download"));
        m_download->setAccessibleName(tr("Download the episode"));
        break;
    case DownloadButtonState::Downloading:
        m_download->setText(percent >= 0 ? tr("Cancel download (%1 %)").arg(percent)
                                         : tr("Cancel download"));
        m_download->setAccessibleName(tr("Cancel the download"));
        break;
    case DownloadButtonState::Failed:
        m_download->setText(tr("Retry &download"));
        m_download->setAccessibleName(tr("Retry the download"));
        break;
    case DownloadButtonState::Downloaded:
        m_download->setText(tr("&Delete download"));
        m_download->setAccessibleName(tr("Delete the downloaded file"));
        break;
    }
}

void EpisodeActionsBar::onDownloadClicked()
{
    switch (m_downloadState) {
    case DownloadButtonState::Available:
    case DownloadButtonState::Failed:
        Q_EMIT downloadRequested(m_episodeId);
        break;
    case DownloadButtonState::Downloading:
        Q_EMIT cancelDownloadRequested(m_episodeId);
        break;
    case DownloadButtonState::Downloaded:
        Q_EMIT deleteDownloadRequested(m_episodeId);
        break;
    case DownloadButtonState::Unavailable:
        break;
    }
}

void EpisodeActionsBar::setNeighbours(const Neighbours& neighbours)
{
    QStringList links;
    if (neighbours.previous.id != 0)
        links << tr("← Previous: %1")
                     .arg(QStringLiteral("<a href=\"episode:%1\">%2</a>")
                              .arg(neighbours.previous.id)
                              .arg(neighbours.previous.title.toHtmlEscaped()));
    if (neighbours.next.id != 0)
        links << tr("Next: %1 →")
                     .arg(QStringLiteral("<a href=\"episode:%1\">%2</a>")
                              .arg(neighbours.next.id)
                              .arg(neighbours.next.title.toHtmlEscaped()));
    m_neighbours->setText(links.join(QStringLiteral("<br>")));
    m_neighbours->setVisible(!links.isEmpty());
}

QString EpisodeActionsBar::neighboursText() const
{
    QTextDocument doc;
    doc.setHtml(m_neighbours->text());
    return doc.toPlainText();
}

} // namespace ondes
