#include "library/feedmerger.h"

#include "library/chapterstore.h"
#include "library/sqltransaction.h"
#include "library/sqlutil.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ondes {

namespace {

QString titleDateKey(const QString& title, qint64 published)
{
    return title.simplified().toCaseFolded() + QLatin1Char('\x1f') + QString::number(published);
}

// Everything stored from the feed about an episode, so that an unchanged one is skipped.
qint64 contentHash(const ParsedEpisode& e)
{
    size_t hash = qHashMulti(0, e.guid, e.title, e.link, e.description.toString(),
                             e.descriptionHtml.toString(), e.author, e.imageUrl, e.published,
                             e.durationSeconds, e.chaptersUrl);
    for (const Enclosure& enclosure : e.enclosures)
        hash = qHashMulti(hash, enclosure.url, enclosure.mimeType, enclosure.fileSize);
    for (const Person& person : e.persons)
        hash = qHashMulti(hash, person.name, person.role, person.group, person.img, person.href);
    for (const Chapter& chapter : e.chapters)
        hash = qHashMulti(hash, chapter.start, chapter.title, chapter.href, chapter.image);
    for (const Transcript& transcript : e.transcripts)
        hash =
            qHashMulti(hash, transcript.url, transcript.type, transcript.language, transcript.rel);
    // Zero means "not computed yet" in the database.
    return hash == 0 ? 1 : static_cast<qint64>(hash);
}

QString firstEnclosureUrl(const ParsedEpisode& episode)
{
    return episode.enclosures.isEmpty() ? QString() : episode.enclosures.first().url;
}

} // namespace

FeedMerger::FeedMerger(QSqlDatabase db)
    : m_db(std::move(db)), m_chapters(m_db), m_transcriptLinks(m_db), m_speakers(m_db)
{}

bool FeedMerger::fail(const QString& what, const QString& why)
{
    m_error = what + QStringLiteral(": ") + why;
    return false;
}

bool FeedMerger::fail(const QString& what, const QSqlQuery& query)
{
    return fail(what, query.lastError().text());
}

bool FeedMerger::prepareStatements()
{
    if (m_prepared)
        return true;
    const auto prepare = [this](QSqlQuery& q, const char* statement) {
        q = QSqlQuery(m_db);
        q.setForwardOnly(true);
        return q.prepare(QString::fromLatin1(statement)) ||
               fail(FeedMerger::tr("Cannot prepare the library"), q);
    };
    m_prepared =
        prepare(m_insertEpisode,
                "INSERT INTO episodes (guid, title, link, description, description_html, author, "
                "image_url, published, duration, enclosure_url, enclosure_type, enclosure_size, "
                "chapters_url, content_hash, show_id, added_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") &&
        prepare(m_updateEpisode,
                "UPDATE episodes SET guid = ?, title = ?, link = ?, description = ?, "
                "description_html = ?, author = ?, image_url = ?, published = ?, duration = "
                "CASE WHEN ? > 0 THEN ? ELSE duration END, enclosure_url = ?, enclosure_type = ?, "
                "enclosure_size = ?, chapters_url = ?, content_hash = ?, gone_since = 0 "
                "WHERE id = ?") &&
        // An updated episode's search row is written again once its speakers are in place.
        prepare(m_unindex, "DELETE FROM episode_search WHERE rowid = ?") &&
        prepare(m_index,
                "INSERT INTO episode_search (rowid, title, description, show, speakers) "
                "SELECT e.id, e.title, e.description, s.title, COALESCE((SELECT "
                "group_concat(p.name, ' ') FROM episode_people ep JOIN people p ON p.id = "
                "ep.person_id WHERE ep.episode_id = e.id), '') FROM episodes e JOIN shows s ON "
                "s.id = e.show_id WHERE e.id = ?") &&
        (m_speakers.prepare() ||
         fail(FeedMerger::tr("Cannot prepare the library"), m_speakers.errorString()));
    return m_prepared;
}

std::optional<MergeResult> FeedMerger::merge(const QString& feedUrl, ShowKind kind,
                                             const ParsedFeed& feed, Coverage coverage)
{
    m_error.clear();
    // Every return before commit() rolls the whole merge back: the show stays as it was.
    sql::Transaction transaction(m_db);
    if (!transaction.begun()) {
        m_error = FeedMerger::tr("Cannot write to the library: ") + transaction.error();
        return std::nullopt;
    }
    const auto showId = upsertShow(feedUrl, kind, feed);
    if (!showId || !loadStored(*showId) || !prepareStatements())
        return std::nullopt;
    if (!m_speakers.load(*showId)) {
        fail(FeedMerger::tr("Cannot read the show"), m_speakers.errorString());
        return std::nullopt;
    }

    MergeResult result;
    result.showId = *showId;
    QSet<qint64> seen;
    qint64 firstNewId = 0;
    // The newest episode of a feed comes first; write oldest first so ids follow time.
    for (auto it = feed.episodes.crbegin(); it != feed.episodes.crend(); ++it) {
        const auto existing = match(*it);
        const qint64 hash = contentHash(*it);
        if (existing && m_hashes.value(*existing) == hash) {
            seen.insert(*existing);
            ++result.unchanged;
            continue;
        }
        const auto episodeId = writeEpisode(*showId, existing, *it, hash);
        const bool isNew = !existing;
        // The feed's inline chapters (Podlove Simple Chapters); embedded and JSON ones are not.
        QString chapterError;
        if (episodeId && !m_chapters.write(*episodeId, ChapterSource::Psc, it->chapters,
                                           &chapterError, !isNew)) {
            fail(FeedMerger::tr("Cannot save the chapters"), chapterError);
            return std::nullopt;
        }
        QString linkError;
        if (episodeId &&
            !m_transcriptLinks.write(*episodeId, it->transcripts, &linkError, !isNew)) {
            fail(FeedMerger::tr("Cannot save the transcript links"), linkError);
            return std::nullopt;
        }
        // isNew: the episode has no speakers, chapters or search row yet.
        if (episodeId && !m_speakers.write(*episodeId, *it, isNew)) {
            fail(FeedMerger::tr("Cannot save the episode \"%1\"").arg(it->title),
                 m_speakers.errorString());
            return std::nullopt;
        }
        if (!episodeId || (!isNew && !reindex(*episodeId)))
            return std::nullopt;
        if (isNew && firstNewId == 0)
            firstNewId = *episodeId;
        seen.insert(*episodeId);
        if (existing) {
            ++result.updated;
        } else {
            ++result.added;
            // A feed that lists one episode twice must not store it twice.
            remember(*episodeId, it->guid, firstEnclosureUrl(*it), it->title, it->published);
        }
        m_hashes.insert(*episodeId, hash);
    }
    if (firstNewId != 0 && !indexNew(*showId, firstNewId))
        return std::nullopt;
    // An empty feed is more likely a broken one than a show that removed everything.
    if (coverage == Coverage::Complete && !feed.episodes.isEmpty() &&
        !removeGone(*showId, seen, result))
        return std::nullopt;
    if (!transaction.commit()) {
        fail(FeedMerger::tr("Cannot save the show"), transaction.error());
        return std::nullopt;
    }
    return result;
}

bool FeedMerger::reindex(qint64 episodeId)
{
    m_unindex.addBindValue(episodeId);
    if (!m_unindex.exec())
        return fail(FeedMerger::tr("Cannot index the episodes"), m_unindex);
    m_index.addBindValue(episodeId);
    if (!m_index.exec())
        return fail(FeedMerger::tr("Cannot index the episodes"), m_index);
    return true;
}

bool FeedMerger::indexNew(qint64 showId, qint64 firstNewId)
{
    // One statement for all the new episodes: inside a transaction FTS5 writes its pending terms
    // out at every statement, so a row at a time cost a segment per episode (44 % of a
    // 1,000-episode subscribe). A new row's id is one more than the largest in the table, so
    // the show's rows from the first new id on are exactly the ones this merge added.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO episode_search (rowid, title, description, show, speakers) "
        "SELECT e.id, e.title, e.description, s.title, COALESCE((SELECT "
        "group_concat(p.name, ' ') FROM episode_people ep JOIN people p ON p.id = "
        "ep.person_id WHERE ep.episode_id = e.id), '') FROM episodes e JOIN shows s ON "
        "s.id = e.show_id WHERE e.show_id = ? AND e.id >= ?"));
    q.addBindValue(showId);
    q.addBindValue(firstNewId);
    if (!q.exec())
        return fail(FeedMerger::tr("Cannot index the episodes"), q);
    return true;
}

bool FeedMerger::removeGone(qint64 showId, const QSet<qint64>& seen, MergeResult& result)
{
    // What the listener still needs stays: a download, a place in the episode, the queue.
    QSqlQuery candidates(m_db);
    candidates.prepare(QStringLiteral(
        "SELECT e.id, e.local_file <> '' OR COALESCE(p.position_ms, 0) > 0 OR q.episode_id IS "
        "NOT NULL FROM episodes e LEFT JOIN playback_positions p ON p.episode_id = e.id "
        "LEFT JOIN queue q ON q.episode_id = e.id WHERE e.show_id = ?"));
    candidates.addBindValue(showId);
    if (!candidates.exec())
        return fail(FeedMerger::tr("Cannot update the show"), candidates.lastError().text());
    QList<qint64> remove;
    QList<qint64> keep;
    while (candidates.next()) {
        const qint64 id = candidates.value(0).toLongLong();
        if (seen.contains(id))
            continue;
        (candidates.value(1).toBool() ? keep : remove) << id;
    }
    QSqlQuery drop(m_db);
    drop.prepare(QStringLiteral("DELETE FROM episodes WHERE id = ?"));
    for (qint64 id : std::as_const(remove)) {
        drop.addBindValue(id);
        if (!drop.exec())
            return fail(FeedMerger::tr("Cannot update the show"), drop.lastError().text());
    }
    QSqlQuery mark(m_db);
    mark.prepare(
        QStringLiteral("UPDATE episodes SET gone_since = ? WHERE id = ? AND gone_since = 0"));
    for (qint64 id : std::as_const(keep)) {
        mark.addBindValue(QDateTime::currentSecsSinceEpoch());
        mark.addBindValue(id);
        if (!mark.exec())
            return fail(FeedMerger::tr("Cannot update the show"), mark.lastError().text());
    }
    result.removed = static_cast<int>(remove.size());
    return true;
}

std::optional<qint64> FeedMerger::upsertShow(const QString& feedUrl, ShowKind kind,
                                             const ParsedFeed& feed)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO shows (feed_url, kind, title, description, link, image_url, author, "
        "language, last_refresh, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(feed_url) DO UPDATE SET title = excluded.title, "
        "description = excluded.description, link = excluded.link, "
        "image_url = excluded.image_url, author = excluded.author, language = excluded.language, "
        "last_refresh = excluded.last_refresh, last_error = '' RETURNING id"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString title = feed.title.isEmpty() ? feedUrl : feed.title;
    for (const QString& value : {feedUrl, showKindName(kind), title, feed.description, feed.link,
                                 feed.imageUrl, feed.author, feed.language})
        q.addBindValue(sql::text(value));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec() || !q.next()) {
        fail(FeedMerger::tr("Cannot save the show"), q.lastError().text());
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

bool FeedMerger::loadStored(qint64 showId)
{
    m_byGuid.clear();
    m_byEnclosure.clear();
    m_byTitleDate.clear();
    m_hashes.clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, guid, enclosure_url, title, published, content_hash "
                             "FROM episodes WHERE show_id = ?"));
    q.addBindValue(showId);
    if (!q.exec())
        return fail(FeedMerger::tr("Cannot read the show"), q.lastError().text());
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        remember(id, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                 q.value(4).toLongLong());
        m_hashes.insert(id, q.value(5).toLongLong());
    }
    return true;
}

void FeedMerger::remember(qint64 id, const QString& guid, const QString& enclosureUrl,
                          const QString& title, qint64 published)
{
    if (!guid.isEmpty())
        m_byGuid.insert(guid, id);
    if (!enclosureUrl.isEmpty())
        m_byEnclosure.insert(enclosureUrl, id);
    m_byTitleDate.insert(titleDateKey(title, published), id);
}

std::optional<qint64> FeedMerger::match(const ParsedEpisode& episode) const
{
    // Publishers change guids: fall back on the enclosure, then on title and date.
    if (!episode.guid.isEmpty()) {
        if (auto it = m_byGuid.constFind(episode.guid); it != m_byGuid.constEnd())
            return *it;
    }
    const QString enclosure = firstEnclosureUrl(episode);
    if (!enclosure.isEmpty()) {
        if (auto it = m_byEnclosure.constFind(enclosure); it != m_byEnclosure.constEnd())
            return *it;
    }
    if (auto it = m_byTitleDate.constFind(titleDateKey(episode.title, episode.published));
        it != m_byTitleDate.constEnd())
        return *it;
    return std::nullopt;
}

std::optional<qint64> FeedMerger::writeEpisode(qint64 showId, std::optional<qint64> existing,
                                               const ParsedEpisode& episode, qint64 hash)
{
    const Enclosure enclosure =
        episode.enclosures.isEmpty() ? Enclosure{} : episode.enclosures.first();
    QSqlQuery& q = existing ? m_updateEpisode : m_insertEpisode;
    q.addBindValue(sql::text(episode.guid));
    q.addBindValue(sql::text(episode.title));
    q.addBindValue(sql::text(episode.link));
    q.addBindValue(sql::text(episode.description.toString()));
    q.addBindValue(sql::text(episode.descriptionHtml.toString()));
    q.addBindValue(sql::text(episode.author));
    q.addBindValue(sql::text(episode.imageUrl));
    q.addBindValue(episode.published);
    if (existing)
        q.addBindValue(episode.durationSeconds);
    q.addBindValue(episode.durationSeconds);
    q.addBindValue(sql::text(enclosure.url));
    q.addBindValue(sql::text(enclosure.mimeType));
    q.addBindValue(enclosure.fileSize);
    q.addBindValue(sql::text(episode.chaptersUrl));
    q.addBindValue(hash);
    if (existing) {
        q.addBindValue(*existing);
    } else {
        q.addBindValue(showId);
        q.addBindValue(QDateTime::currentSecsSinceEpoch());
    }
    if (!q.exec()) {
        fail(FeedMerger::tr("Cannot save the episode \"%1\"").arg(episode.title), q);
        return std::nullopt;
    }
    return existing ? *existing : q.lastInsertId().toLongLong();
}

} // namespace ondes
