#pragma once

// TranscriptStore keeps an episode's transcript in the library (migration 0010), so it works
// offline: the lines with their times and voices, where it came from, and the full-text index
// that answers "who said this, and when" across every stored transcript. Saving a transcript
// also makes its voices speakers of the episode (TranscriptSpeakers).

#include "feed/transcriptdocument.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace ondes {

class Database;

// A line that matches a search.
struct TranscriptHit
{
    qint64 episodeId = 0;
    qint64 startMs = 0;
    QString speaker;
    QString line;
};

// Where a stored transcript came from.
struct TranscriptSource
{
    QString sourceUrl; // the link, or the sidecar file's path
    TranscriptDocument::Format format = TranscriptDocument::Format::PlainText;
    QString language;
    qint64 fetchedAt = 0; // Unix seconds
};

// A stretch of an episode where one voice speaks (consecutive lines of that voice).
struct SpeakerMoment
{
    qint64 episodeId = 0;
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString line; // the text of its first line
};

class TranscriptStore
{
    Q_DECLARE_TR_FUNCTIONS(ondes::TranscriptStore)

public:
    // An episode's lines are the ids episodeId * kLinesPerEpisode + position.
    static constexpr qint64 kLinesPerEpisode = 1048576;
    static constexpr int kDefaultLimit = 200;

    explicit TranscriptStore(Database& database);

    // Replaces the episode's transcript (one transaction) and adds its voices to the episode's
    // speakers. False with *error set when the episode does not exist or the library cannot be
    // written (nothing is then changed).
    bool save(qint64 episodeId, const TranscriptDocument& document, const QString& sourceUrl,
              QString* error = nullptr);
    std::optional<TranscriptDocument> load(qint64 episodeId) const;
    std::optional<TranscriptSource> source(qint64 episodeId) const;
    bool contains(qint64 episodeId) const;
    // Forgets the episode's transcript (its voices stay speakers). Deleting the episode does
    // this too.
    bool remove(qint64 episodeId);

    // Lines that contain every word of text (case and accents ignored; the last word, as it is
    // being typed, as a word prefix when it has 4 characters or more), the episodes added last
    // first, in time order within an episode; at most limit.
    QList<TranscriptHit> search(const QString& text, int limit = kDefaultLimit) const;
    // The same within one episode, in time order.
    QList<TranscriptHit> searchEpisode(qint64 episodeId, const QString& text,
                                       int limit = kDefaultLimit) const;
    // Where the person called name (however it is written: case, accents) speaks, in every
    // stored transcript, by episode then time, with the first line of each turn.
    QList<SpeakerMoment> moments(const QString& name) const;

    // The FTS5 MATCH expression for text as search() reads it; empty when there is no word.
    // Only the last word is a prefix, and only from 4 characters: a short prefix ("th*") would
    // make FTS5 merge the lists of every word it starts, millions of entries in a large library.
    static QString matchExpression(const QString& text);

    static QString formatKey(TranscriptDocument::Format format); // 'vtt', 'srt'…
    static TranscriptDocument::Format formatFromKey(const QString& key);

private:
    QList<TranscriptHit> hits(const QString& statement, const QVariantList& values) const;

    Database& m_database;
};

} // namespace ondes
