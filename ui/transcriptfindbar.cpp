#include "transcriptfindbar.h"

#include "feed/textfold.h"
#include "transcriptmodel.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

#include <algorithm>

namespace ondes {

TranscriptFindBar::TranscriptFindBar(const TranscriptModel& model, QWidget* parent)
    : QWidget(parent), m_model(model), m_field(new QLineEdit(this)), m_result(new QLabel(this)),
      m_close(new QToolButton(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_field->setAccessibleName(tr("Find in the transcript"));
    m_field->setPlaceholderText(tr("Find in the transcript"));
    m_field->setClearButtonEnabled(true);
    m_result->setAccessibleName(tr("Matches"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_close->setAccessibleName(tr("Close the find bar"));
    m_close->setToolTip(tr("Close the find bar (Esc)"));
    m_close->setFocusPolicy(Qt::TabFocus);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_result);
    layout->addWidget(m_close);
    m_field->installEventFilter(this);
    connect(m_field, &QLineEdit::textChanged, this, [this] {
        updateMatches();
        if (!m_field->text().isEmpty())
            Q_EMIT searchChanged();
    });
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    // A new transcript: its lines are folded again when next searched.
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_foldedLines.clear();
        updateMatches();
    });
}

void TranscriptFindBar::open()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void TranscriptFindBar::updateMatches()
{
    m_matches.clear();
    const QString needle = foldText(m_field->text());
    if (!needle.isEmpty()) {
        if (m_foldedLines.size() != m_model.rowCount()) {
            m_foldedLines.clear();
            m_foldedLines.reserve(m_model.rowCount());
            for (const TranscriptCue& cue : m_model.document().cues)
                m_foldedLines << foldText(QString(cue.speaker + QLatin1Char(' ') + cue.text));
        }
        for (int row = 0; row < m_foldedLines.size(); ++row) {
            if (m_foldedLines.at(row).contains(needle))
                m_matches << row;
        }
    }
    showResult(-1);
}

int TranscriptFindBar::findFrom(int row, bool backwards)
{
    if (m_matches.isEmpty()) {
        showResult(-1);
        return -1;
    }
    int found = -1;
    if (backwards) {
        const auto it = std::lower_bound(m_matches.begin(), m_matches.end(), row);
        found = it == m_matches.begin() ? m_matches.last() : *(it - 1);
    } else {
        const auto it = std::upper_bound(m_matches.begin(), m_matches.end(), row);
        found = it == m_matches.end() ? m_matches.first() : *it;
    }
    showResult(found);
    return found;
}

void TranscriptFindBar::showResult(int row)
{
    if (m_field->text().isEmpty())
        m_result->clear();
    else if (m_matches.isEmpty())
        m_result->setText(tr("No match"));
    else if (row < 0)
        m_result->setText(tr("%n match(es)", nullptr, static_cast<int>(m_matches.size())));
    else
        m_result->setText(
            tr("%1 of %2").arg(m_matches.indexOf(row) + 1).arg(static_cast<int>(m_matches.size())));
    m_field->setAccessibleDescription(m_result->text());
}

QString TranscriptFindBar::resultText() const
{
    return m_result->text();
}

bool TranscriptFindBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_field ||
        (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride))
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    const bool shift = modifiers == Qt::ShiftModifier;
    const bool ours = ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter ||
                        key->key() == Qt::Key_F3) &&
                       (modifiers == Qt::NoModifier || shift)) ||
                      (key->key() == Qt::Key_Escape && modifiers == Qt::NoModifier);
    if (!ours)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    if (key->key() == Qt::Key_Escape) {
        hide();
        Q_EMIT closed();
    } else {
        Q_EMIT findRequested(shift);
    }
    return true;
}

} // namespace ondes
