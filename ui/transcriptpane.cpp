#include "transcriptpane.h"

#include "transcriptfindbar.h"
#include "transcriptmodel.h"
#include "transcriptview.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace ondes {

TranscriptPane::TranscriptPane(QWidget* parent)
    : QWidget(parent), m_model(new TranscriptModel(this)),
      m_view(new TranscriptView(m_model, this)), m_findBar(new TranscriptFindBar(*m_model, this)),
      m_status(new QLabel(this)), m_followButton(new QToolButton(this)),
      m_followAction(new QAction(tr("&Follow Playback in the Transcript"), this))
{
    setAccessibleName(tr("Transcript"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Transcript status"));
    m_status->hide();
    m_followAction->setObjectName(QStringLiteral("transcript.follow"));
    m_followButton->setDefaultAction(m_followAction);
    m_followButton->setText(tr("Follow playback"));
    m_followButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_followButton->setFocusPolicy(Qt::TabFocus);
    m_followButton->setAccessibleName(tr("Follow playback"));
    m_followButton->hide();
    m_findBar->hide();
    m_view->setAccessibleName(tr("Transcript lines"));
    layout->addWidget(m_status);
    layout->addWidget(m_followButton, 0, Qt::AlignLeft);
    layout->addWidget(m_findBar);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);
    clear();

    connect(m_followAction, &QAction::triggered, this, [this] { setFollowing(true); });
    connect(m_followAction, &QAction::changed, this, [this] {
        const QString keys = m_followAction->shortcut().toString(QKeySequence::NativeText);
        m_followButton->setToolTip(keys.isEmpty()
                                       ? tr("Scroll with playback again")
                                       : tr("Scroll with playback again (%1)").arg(keys));
        m_followButton->setText(tr("Follow playback"));
    });
    connect(m_view, &TranscriptView::listenerMoved, this, [this] {
        if (m_model->isTimed() && m_model->rowCount() > 0)
            setFollowing(false);
    });
    connect(m_view, &TranscriptView::lineActivated, this, [this](int row) {
        if (!m_model->isTimed())
            return;
        setFollowing(true);
        Q_EMIT seekRequested(m_model->document().cues.at(row).startMs);
    });
    connect(m_view, &TranscriptView::findRequested, this, &TranscriptPane::openFind);
    connect(m_view, &TranscriptView::findAgainRequested, this,
            [this](bool backwards) { findNext(backwards, false); });
    connect(m_view, &TranscriptView::leaveRequested, this, &TranscriptPane::leaveRequested);
    connect(m_findBar, &TranscriptFindBar::findRequested, this,
            [this](bool backwards) { findNext(backwards, false); });
    connect(m_findBar, &TranscriptFindBar::searchChanged, this, [this] { findNext(false, true); });
    connect(m_findBar, &TranscriptFindBar::closed, this,
            [this] { m_view->setFocus(Qt::ShortcutFocusReason); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    Q_EMIT speakerSelected(m_model->document().cues.at(current.row()).speaker);
            });
}

void TranscriptPane::setTranscript(const TranscriptDocument& document)
{
    m_voices = TranscriptVoices(document);
    m_model->setDocument(document);
    m_view->setPlaceholderText(document.cues.isEmpty() ? tr("This transcript is empty")
                                                       : QString());
    m_following = true;
    updateFollowState();
    setPlaybackPosition(m_positionMs);
}

void TranscriptPane::clear()
{
    m_voices = TranscriptVoices();
    m_model->clear();
    m_view->setPlaceholderText(tr("No transcript for this episode"));
    m_following = true;
    updateFollowState();
}

bool TranscriptPane::hasTranscript() const
{
    return m_model->rowCount() > 0;
}

void TranscriptPane::setStatus(const QString& text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QString TranscriptPane::statusText() const
{
    return m_status->text();
}

int TranscriptPane::playingRow() const
{
    return m_model->playingRow();
}

void TranscriptPane::setPlaybackPosition(qint64 positionMs)
{
    m_positionMs = positionMs;
    if (!m_model->isTimed())
        return;
    const int row = m_voices.cueStartedBy(positionMs);
    if (row == m_model->playingRow())
        return;
    m_model->setPlayingRow(row);
    if (m_following)
        m_view->showPlayingRow(row);
}

void TranscriptPane::setFollowing(bool following)
{
    following = following || !m_model->isTimed();
    if (following == m_following)
        return;
    m_following = following;
    updateFollowState();
    if (m_following)
        m_view->showPlayingRow(m_model->playingRow());
}

void TranscriptPane::updateFollowState()
{
    const bool timed = m_model->isTimed() && m_model->rowCount() > 0;
    m_followButton->setVisible(timed && !m_following);
    m_followAction->setEnabled(timed);
    m_view->setAccessibleDescription(!m_view->placeholderText().isEmpty()
                                         ? m_view->placeholderText()
                                     : !timed      ? tr("Transcript without times")
                                     : m_following ? tr("Following playback")
                                                   : tr("Not following playback"));
}

void TranscriptPane::openFind()
{
    m_findBar->open();
}

void TranscriptPane::findNext(bool backwards, bool includeCurrent)
{
    int from = m_view->currentIndex().isValid() ? m_view->currentIndex().row()
                                                : qMax(0, m_model->playingRow());
    if (includeCurrent && !backwards)
        --from;
    moveTo(m_findBar->findFrom(from, backwards));
}

void TranscriptPane::moveTo(int row)
{
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    if (m_model->isTimed())
        setFollowing(false); // the listener reads what they found
}

} // namespace ondes
