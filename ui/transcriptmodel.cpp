#include "transcriptmodel.h"

#include "library/timeformat.h"

#include <algorithm>

namespace ondes {

TranscriptModel::TranscriptModel(QObject* parent) : QAbstractListModel(parent) {}

void TranscriptModel::setDocument(const TranscriptDocument& document)
{
    beginResetModel();
    m_document = document;
    m_playingRow = -1;
    endResetModel();
}

void TranscriptModel::clear()
{
    setDocument(TranscriptDocument{});
}

void TranscriptModel::setPlayingRow(int row)
{
    if (row < -1 || row >= rowCount())
        row = -1;
    if (row == m_playingRow)
        return;
    const int before = m_playingRow;
    m_playingRow = row;
    const QList<int> roles = {PlayingRole, Qt::AccessibleDescriptionRole};
    if (before >= 0)
        Q_EMIT dataChanged(index(before), index(before), roles);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), roles);
}

bool TranscriptModel::speakerChangesAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return false;
    const QString& speaker = m_document.cues.at(row).speaker;
    if (speaker.isEmpty())
        return false;
    return row == 0 || m_document.cues.at(row - 1).speaker != speaker;
}

QString TranscriptModel::spokenLine(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const TranscriptCue& cue = m_document.cues.at(row);
    QString line;
    if (m_document.timed)
        line = formatClock(cue.startMs / 1000, QStringLiteral("0:00")) + QStringLiteral(", ");
    if (!cue.speaker.isEmpty())
        line += cue.speaker + QStringLiteral(": ");
    return line + QString(cue.text).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QString TranscriptModel::copiedText(QList<int> rows) const
{
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    QString lastSpeaker;
    for (const int row : rows) {
        if (row < 0 || row >= rowCount())
            continue;
        const TranscriptCue& cue = m_document.cues.at(row);
        const bool named =
            !cue.speaker.isEmpty() && (lines.isEmpty() || cue.speaker != lastSpeaker);
        lines << (named ? cue.speaker + QStringLiteral(": ") + cue.text : cue.text);
        lastSpeaker = cue.speaker;
    }
    return lines.join(QLatin1Char('\n'));
}

int TranscriptModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_document.cues.size());
}

QVariant TranscriptModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    const TranscriptCue& cue = m_document.cues.at(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return cue.text;
    case Qt::AccessibleTextRole:
        return spokenLine(row);
    case Qt::AccessibleDescriptionRole:
        return row == m_playingRow ? tr("Playing now") : QString();
    case StartRole:
        return cue.startMs;
    case SpeakerRole:
        return cue.speaker;
    case SpeakerChangeRole:
        return speakerChangesAt(row);
    case PlayingRole:
        return row == m_playingRow;
    case TimeTextRole:
        return m_document.timed ? formatClock(cue.startMs / 1000, QStringLiteral("0:00"))
                                : QString();
    default:
        return {};
    }
}

} // namespace ondes
