#include "library/transcriptstore.h"

#include "feed/personkey.h"
#include "library/database.h"
#include "library/sqltransaction.h"
#include "library/sqlutil.h"
#include "library/transcriptspeakers.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>

namespace ondes {

namespace {

using Format = TranscriptDocument::Format;

qint64 firstLine(qint64 episodeId)
{
    return episodeId * TranscriptStore::kLinesPerEpisode;
}

qint64 lastLine(qint64 episodeId)
{
    return firstLine(episodeId) + TranscriptStore::kLinesPerEpisode - 1;
}

// The voices in order of first appearance.
QStringList voicesOf(const TranscriptDocument& document)
{
    QStringList voices;
    for (const TranscriptCue& cue : document.cues) {
        if (!cue.speaker.isEmpty() && !voices.contains(cue.speaker))
            voices << cue.speaker;
    }
    return voices;
}

QStringList splitVoices(const QString& speakers)
{
    return speakers.isEmpty() ? QStringList() : speakers.split(u'\n');
}

} // namespace

TranscriptStore::TranscriptStore(Database& database) : m_database(database) {}

QString TranscriptStore::matchExpression(const QString& text)
{
    QStringList words;
    for (const QString& word : text.simplified().split(u' ', Qt::SkipEmptyParts)) {
        // A word of punctuation alone tokenizes to nothing, which FTS5 would reject.
        if (std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetterOrNumber(); }))
            words << word;
    }
    QStringList terms;
    for (qsizetype i = 0; i < words.size(); ++i) {
        QString quoted = words.at(i);
        quoted.replace(u'"', QLatin1String("\"\""));
        const bool prefix = i + 1 == words.size() && words.at(i).size() >= 4;
        terms << u'"' + quoted + (prefix ? QLatin1String("\"*") : QLatin1String("\""));
    }
    return terms.join(u' ');
}

QString TranscriptStore::formatKey(Format format)
{
    switch (format) {
    case Format::WebVtt:
        return QStringLiteral("vtt");
    case Format::Srt:
        return QStringLiteral("srt");
    case Format::Json:
        return QStringLiteral("json");
    case Format::Html:
        return QStringLiteral("html");
    case Format::PlainText:
        return QStringLiteral("text");
    }
    return QStringLiteral("text");
}

Format TranscriptStore::formatFromKey(const QString& key)
{
    for (const Format format :
         {Format::WebVtt, Format::Srt, Format::Json, Format::Html, Format::PlainText}) {
        if (formatKey(format) == key)
            return format;
    }
    return Format::PlainText;
}

bool TranscriptStore::save(qint64 episodeId, const TranscriptDocument& document,
                           const QString& sourceUrl, QString* error)
{
    const auto fail = [error](const QString& why) {
        if (error)
            *error = TranscriptStore::tr("Cannot save the transcript: %1").arg(why);
        return false;
    };
    if (document.cues.size() > kLinesPerEpisode)
        return fail(TranscriptStore::tr("more than %1 lines").arg(kLinesPerEpisode));
    QSqlDatabase db = m_database.connection();
    sql::Transaction transaction(db);
    if (!transaction.begun())
        return fail(transaction.error());
    QSqlQuery q(db);
    if (!sql::exec(q, QStringLiteral("SELECT 1 FROM episodes WHERE id = ?"), {episodeId}))
        return fail(q.lastError().text());
    if (!q.next())
        return fail(TranscriptStore::tr("no episode %1").arg(episodeId));
    // The trigger transcripts_delete takes the old lines and their index entries.
    if (!sql::exec(q, QStringLiteral("DELETE FROM transcripts WHERE episode_id = ?"), {episodeId}))
        return fail(q.lastError().text());
    const QStringList voices = voicesOf(document);
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO transcripts (episode_id, source_url, format, "
                                  "language, timed, speakers, fetched_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                   {episodeId, sql::text(sourceUrl), formatKey(document.format),
                    sql::text(document.language), document.timed ? 1 : 0,
                    sql::text(voices.join(u'\n')), QDateTime::currentSecsSinceEpoch()}))
        return fail(q.lastError().text());
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO transcript_cues (id, start_ms, end_ms, "
                                       "speaker, text) VALUES (?, ?, ?, ?, ?)")))
        return fail(insert.lastError().text());
    QHash<QString, int> voiceIndex;
    for (int i = 0; i < voices.size(); ++i)
        voiceIndex.insert(voices.at(i), i);
    for (qsizetype i = 0; i < document.cues.size(); ++i) {
        const TranscriptCue& cue = document.cues.at(i);
        insert.addBindValue(firstLine(episodeId) + i);
        insert.addBindValue(cue.startMs);
        insert.addBindValue(std::max(cue.startMs, cue.endMs));
        insert.addBindValue(cue.speaker.isEmpty() ? QVariant(QMetaType::fromType<int>())
                                                  : QVariant(voiceIndex.value(cue.speaker)));
        insert.addBindValue(sql::text(cue.text));
        if (!insert.exec())
            return fail(insert.lastError().text());
    }
    // One statement for the whole transcript: FTS5 writes a segment per statement.
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO transcript_search (rowid, text) SELECT id, text "
                                  "FROM transcript_cues WHERE id BETWEEN ? AND ?"),
                   {firstLine(episodeId), lastLine(episodeId)}))
        return fail(q.lastError().text());
    TranscriptSpeakers speakers(db);
    if (!speakers.write(episodeId, voices))
        return fail(speakers.errorString());
    if (!transaction.commit())
        return fail(transaction.error());
    return true;
}

std::optional<TranscriptDocument> TranscriptStore::load(qint64 episodeId) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    if (!sql::exec(q,
                   QStringLiteral("SELECT format, language, timed, speakers FROM transcripts "
                                  "WHERE episode_id = ?"),
                   {episodeId}) ||
        !q.next())
        return std::nullopt;
    TranscriptDocument document;
    document.format = formatFromKey(q.value(0).toString());
    document.language = q.value(1).toString();
    document.timed = q.value(2).toBool();
    const QStringList voices = splitVoices(q.value(3).toString());
    if (!sql::exec(q,
                   QStringLiteral("SELECT start_ms, end_ms, speaker, text FROM transcript_cues "
                                  "WHERE id BETWEEN ? AND ? ORDER BY id"),
                   {firstLine(episodeId), lastLine(episodeId)}))
        return std::nullopt;
    while (q.next()) {
        const int voice = q.value(2).isNull() ? -1 : q.value(2).toInt();
        document.cues << TranscriptCue{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                       voice >= 0 && voice < voices.size() ? voices.at(voice)
                                                                           : QString(),
                                       q.value(3).toString()};
    }
    return document;
}

std::optional<TranscriptSource> TranscriptStore::source(qint64 episodeId) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT source_url, format, language, fetched_at FROM "
                                  "transcripts WHERE episode_id = ?"),
                   {episodeId}) ||
        !q.next())
        return std::nullopt;
    return TranscriptSource{q.value(0).toString(), formatFromKey(q.value(1).toString()),
                            q.value(2).toString(), q.value(3).toLongLong()};
}

bool TranscriptStore::contains(qint64 episodeId) const
{
    return sql::value(m_database.connection(),
                      QStringLiteral("SELECT 1 FROM transcripts WHERE episode_id = ?"), {episodeId})
        .has_value();
}

bool TranscriptStore::remove(qint64 episodeId)
{
    QSqlDatabase db = m_database.connection();
    sql::Transaction transaction(db);
    if (!transaction.begun())
        return false;
    QSqlQuery q(db);
    if (!sql::exec(q, QStringLiteral("DELETE FROM transcripts WHERE episode_id = ?"), {episodeId}))
        return false;
    return transaction.commit();
}

QList<TranscriptHit> TranscriptStore::hits(const QString& statement,
                                           const QVariantList& values) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    QList<TranscriptHit> found;
    if (!sql::exec(q, statement, values))
        return found;
    QList<int> voices;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        found << TranscriptHit{
            id / kLinesPerEpisode, q.value(1).toLongLong(), {}, q.value(3).toString()};
        voices << (q.value(2).isNull() ? -1 : q.value(2).toInt());
    }
    // The voices' names, read once per episode.
    QHash<qint64, QStringList> names;
    for (qsizetype i = 0; i < found.size(); ++i) {
        if (voices.at(i) < 0)
            continue;
        const qint64 episodeId = found.at(i).episodeId;
        auto it = names.find(episodeId);
        if (it == names.end()) {
            const std::optional<QVariant> speakers = sql::value(
                db, QStringLiteral("SELECT speakers FROM transcripts WHERE episode_id = ?"),
                {episodeId});
            it = names.insert(episodeId, splitVoices(speakers ? speakers->toString() : QString()));
        }
        found[i].speaker = it->value(voices.at(i));
    }
    return found;
}

QList<TranscriptHit> TranscriptStore::search(const QString& text, int limit) const
{
    const QString match = matchExpression(text);
    if (match.isEmpty() || limit <= 0)
        return {};
    // Newest episodes first (the highest rowids), read backwards straight from the index.
    QList<TranscriptHit> found =
        hits(QStringLiteral("SELECT id, start_ms, speaker, text FROM transcript_cues WHERE id "
                            "IN (SELECT rowid FROM transcript_search WHERE transcript_search "
                            "MATCH ? ORDER BY rowid DESC LIMIT ?) ORDER BY id DESC"),
             {match, limit});
    std::stable_sort(
        found.begin(), found.end(), [](const TranscriptHit& a, const TranscriptHit& b) {
            return a.episodeId != b.episodeId ? a.episodeId > b.episodeId : a.startMs < b.startMs;
        });
    return found;
}

QList<TranscriptHit> TranscriptStore::searchEpisode(qint64 episodeId, const QString& text,
                                                    int limit) const
{
    const QString match = matchExpression(text);
    if (match.isEmpty() || limit <= 0)
        return {};
    return hits(QStringLiteral("SELECT id, start_ms, speaker, text FROM transcript_cues WHERE id "
                               "IN (SELECT rowid FROM transcript_search WHERE transcript_search "
                               "MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rowid LIMIT ?) "
                               "ORDER BY id"),
                {match, firstLine(episodeId), lastLine(episodeId), limit});
}

QList<SpeakerMoment> TranscriptStore::moments(const QString& name) const
{
    const QString key = personKey(name);
    QList<SpeakerMoment> found;
    if (key.isEmpty())
        return found;
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    if (!sql::exec(q, QStringLiteral("SELECT episode_id, speakers FROM transcripts WHERE speakers "
                                     "<> '' ORDER BY episode_id")))
        return found;
    QList<QPair<qint64, int>> voices; // (episode, voice index)
    while (q.next()) {
        const QStringList names = splitVoices(q.value(1).toString());
        for (int i = 0; i < names.size(); ++i) {
            const QString person = TranscriptSpeakers::personName(names.at(i));
            if (personKey(person.isEmpty() ? names.at(i) : person) == key)
                voices << qMakePair(q.value(0).toLongLong(), i);
        }
    }
    for (const auto& [episodeId, voice] : voices) {
        if (!sql::exec(q,
                       QStringLiteral("SELECT start_ms, end_ms, speaker, text FROM "
                                      "transcript_cues WHERE id BETWEEN ? AND ? ORDER BY id"),
                       {firstLine(episodeId), lastLine(episodeId)}))
            continue;
        bool inTurn = false;
        while (q.next()) {
            const bool theirs = !q.value(2).isNull() && q.value(2).toInt() == voice;
            if (theirs && inTurn) {
                found.last().endMs = std::max(found.last().endMs, q.value(1).toLongLong());
            } else if (theirs) {
                found << SpeakerMoment{episodeId, q.value(0).toLongLong(), q.value(1).toLongLong(),
                                       q.value(3).toString()};
            }
            inTurn = theirs;
        }
    }
    return found;
}

} // namespace ondes
