#pragma once

// TranscriptModel lists a transcript's cues, one row each, for the Transcript pane: the text,
// the start time ("12:03", none when untimed), the voice and whether it changes at this row
// (the name is shown there), the row playing now, and the line as a screen reader reads it
// ("12:03, Alice Martin: Bonjour"). Moving the playing row changes those two rows only.

#include "feed/transcriptdocument.h"

#include <QAbstractListModel>

namespace ondes {

class TranscriptModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        StartRole = Qt::UserRole + 1, // qint64 ms
        SpeakerRole,                  // QString, empty when unnamed
        SpeakerChangeRole,            // bool: the first line of a voice's turn (name shown)
        PlayingRole,                  // bool
        TimeTextRole,                 // "12:03", empty when untimed
    };

    explicit TranscriptModel(QObject* parent = nullptr);

    void setDocument(const TranscriptDocument& document);
    void clear();
    const TranscriptDocument& document() const { return m_document; }
    bool isTimed() const { return m_document.timed; }

    int playingRow() const { return m_playingRow; }
    // -1 for none.
    void setPlayingRow(int row);

    // "12:03, Alice Martin: Bonjour" (the time and name only when known).
    QString spokenLine(int row) const;
    // The rows' text, one line each, "Name: " before the first line of each voice's turn.
    QString copiedText(QList<int> rows) const;
    bool speakerChangesAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    TranscriptDocument m_document;
    int m_playingRow = -1;
};

} // namespace ondes
