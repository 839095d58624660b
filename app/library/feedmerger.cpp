#include "library/feedmerger.h"

#include "feed/showhosts.h"
#include "library/chapterstore.h"
#include "library/episodeprep.h"
#include "library/foreignkeychecks.h"
#include "library/sqltransaction.h"
#include "library/sqlutil.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ondes {
namespace {

// The show's title as stored and searched: its feed's, or its address when the feed has none.
QString showTitleOf(const QString& feedUrl, const ParsedFeed& feed)
{
    return feed.title.isEmpty() ? feedUrl : feed.title;
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
    const auto prepareRow = [this](SqliteStatement& q, const char* statement) {
        return q.prepare(m_db, statement) ||
               fail(FeedMerger::tr("Cannot prepare the library"), q.errorString());
    };
    m_prepared =
        prepareRow(m_insertEpisode,
                   "INSERT INTO episodes (guid, title, link, description, description_html, "
                   "author, image_url, published, duration, enclosure_url, enclosure_type, "
                   "enclosure_size, chapters_url, content_hash, show_id, added_at) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") &&
        prepareRow(m_updateEpisode,
                   "UPDATE episodes SET guid = ?, title = ?, link = ?, description = ?, "
                   "description_html = ?, author = ?, image_url = ?, published = ?, duration = "
                   "CASE WHEN ?9 > 0 THEN ?9 ELSE duration END, enclosure_url = ?10, "
                   "enclosure_type = ?11, enclosure_size = ?12, chapters_url = ?13, "
                   "content_hash = ?14, gone_since = 0 WHERE id = ?15") &&
        // An updated episode's search row is written again once its speakers are in place.
        prepare(m_unindex, "DELETE FROM episode_search WHERE rowid = ?") &&
        prepare(m_index,
                "INSERT INTO episode_search (rowid, title, description, show, speakers) "
                "SELECT e.id, e.title, e.description, s.title, COALESCE((SELECT "
                "group_concat(p.name, ' ') FROM episode_people ep JOIN people p ON p.id = "
                "ep.person_id WHERE ep.episode_id = e.id), '') FROM episodes e JOIN shows s ON "
                "s.id = e.show_id WHERE e.id = ?") &&
        prepareRow(m_indexNew,
                   "INSERT INTO episode_search (rowid, title, description, show, speakers) "
                   "VALUES (?, ?, ?, ?, ?)") &&
        (m_speakers.prepare() ||
         fail(FeedMerger::tr("Cannot prepare the library"), m_speakers.errorString()));
    return m_prepared;
}

std::optional<MergeResult> FeedMerger::merge(const QString& feedUrl, ShowKind kind,
                                             const ParsedFeed& feed, Coverage coverage)
{
    // A show with no episode yet (a new subscription, a show just imported) only gains rows
    // here, each child after the parent this merge wrote or read in the same transaction, and
    // loses none: SQLite's check of each child's parent is left out (adding a 10,000-episode
    // show: about 120,000 checks). Should the show have gained episodes by the time the
    // transaction begins, the merge is rolled back and made again with the checks.
    if (!hasEpisodes(feedUrl)) {
        const sql::ForeignKeyChecks checks(m_db, sql::ForeignKeyChecks::Off);
        if (!checks.enforced()) {
            m_needsChecks = false;
            auto result = mergeOnce(feedUrl, kind, feed, coverage, Checks::Skipped);
            if (result || !m_needsChecks)
                return result;
        }
    }
    return mergeOnce(feedUrl, kind, feed, coverage, Checks::Made);
}

bool FeedMerger::hasEpisodes(const QString& feedUrl)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM episodes WHERE show_id = (SELECT id "
                             "FROM shows WHERE feed_url = ?))"));
    q.addBindValue(sql::text(feedUrl));
    // Unknown reads as yes: the merge then checks every parent.
    return !q.exec() || !q.next() || q.value(0).toBool();
}

std::optional<MergeResult> FeedMerger::mergeOnce(const QString& feedUrl, ShowKind kind,
                                                 const ParsedFeed& feed, Coverage coverage,
                                                 Checks checks)
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
    if (checks == Checks::Skipped && !m_stored.isEmpty()) {
        m_needsChecks = true; // episodes came meanwhile: removing gone ones needs the cascades
        return std::nullopt;
    }
    if (!m_speakers.load(*showId)) {
        fail(FeedMerger::tr("Cannot read the show"), m_speakers.errorString());
        return std::nullopt;
    }

    // A show that had no episode before this merge (a new subscription) has none that is gone.
    const bool hadEpisodes = !m_stored.isEmpty();
    // The channel's author and the title's host: each written episode's hosts.
    ShowHosts hosts = showHosts(feed);
    MergeResult result;
    result.showId = *showId;
    QSet<qint64> seen;
    QList<NewSearchRow> newRows;
    QHash<qint64, qsizetype> newRowOf; // episode id -> its place in newRows
    // The hashes and the people are made a batch ahead on another thread, from what the show
    // had before this merge; this thread matches against what it has now and writes.
    EpisodePrep prep(feed.episodes, m_stored);
    qsizetype position = 0;
    // The newest episode of a feed comes first; write oldest first so ids follow time.
    for (auto it = feed.episodes.crbegin(); it != feed.episodes.crend(); ++it) {
        PreparedEpisode prepared = prep.take(position++);
        const auto existing = m_stored.match(prepared.keys);
        const qint64 hash = prepared.hash;
        if (m_stored.unchanged(existing, hash)) {
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
        if (!prepared.people)
            prepared.people = episodePeople(*it);
        addShowHosts(*prepared.people, it->author, hosts);
        if (episodeId && !m_speakers.write(*episodeId, *prepared.people, isNew)) {
            fail(FeedMerger::tr("Cannot save the episode \"%1\"").arg(it->title),
                 m_speakers.errorString());
            return std::nullopt;
        }
        if (!episodeId)
            return std::nullopt;
        // A feed that lists an episode twice, differently, rewrites the one this merge added:
        // its search row is not written yet.
        const auto added = isNew ? newRows.size() : newRowOf.value(*episodeId, -1);
        if (added >= 0) {
            const NewSearchRow row{*episodeId, &*it, m_speakers.searchNames()};
            if (isNew) {
                newRowOf.insert(*episodeId, added);
                newRows.append(row);
            } else {
                // The update's trigger indexed it already, from the tables.
                newRows[added] = row;
                if (!unindex(*episodeId))
                    return std::nullopt;
            }
        } else if (!reindex(*episodeId)) {
            return std::nullopt;
        }
        seen.insert(*episodeId);
        if (existing) {
            ++result.updated;
        } else {
            ++result.added;
            // A feed that lists one episode twice must not store it twice.
            m_stored.remember(*episodeId, prepared.keys);
        }
        m_stored.setHash(*episodeId, hash);
    }
    if (!indexNew(showTitleOf(feedUrl, feed), newRows))
        return std::nullopt;
    // An empty feed is more likely a broken one than a show that removed everything.
    if (coverage == Coverage::Complete && hadEpisodes && !feed.episodes.isEmpty() &&
        !removeGone(*showId, seen, result))
        return std::nullopt;
    if (result.added + result.updated + result.removed > 0 &&
        !m_speakers.markRecurringHosts(*showId)) {
        m_error = m_speakers.errorString();
        return std::nullopt;
    }
    // Library::storeFeed has the log copied back once this returns.
    if (!transaction.commit(sql::Transaction::WalCopy::Later)) {
        fail(FeedMerger::tr("Cannot save the show"), transaction.error());
        return std::nullopt;
    }
    return result;
}

bool FeedMerger::unindex(qint64 episodeId)
{
    m_unindex.addBindValue(episodeId);
    return m_unindex.exec() || fail(FeedMerger::tr("Cannot index the episodes"), m_unindex);
}

bool FeedMerger::reindex(qint64 episodeId)
{
    if (!unindex(episodeId))
        return false;
    m_index.addBindValue(episodeId);
    if (!m_index.exec())
        return fail(FeedMerger::tr("Cannot index the episodes"), m_index);
    return true;
}

bool FeedMerger::indexNew(const QString& showTitle, const QList<NewSearchRow>& rows)
{
    // The rows go in from the values in memory, one after the other with no other statement
    // between them: FTS5 keeps the terms pending until its hash is full, where a statement
    // that opens a statement journal (an INSERT ... SELECT, one with RETURNING) run between two
    // rows would have it write them out as a segment per episode. One INSERT ... SELECT reading
    // the new rows back from the tables cost 13 % more instructions for a 1,000-episode feed.
    const QByteArray show = showTitle.toUtf8();
    for (const NewSearchRow& row : rows) {
        m_indexNew.bind(1, row.episodeId);
        m_indexNew.bind(2, row.episode->title);
        m_indexNew.bind(3, row.episode->description.view());
        m_indexNew.bind(4, std::string_view(show.constData(), size_t(show.size())));
        m_indexNew.bind(5, row.speakers);
        if (!m_indexNew.exec())
            return fail(FeedMerger::tr("Cannot index the episodes"), m_indexNew.errorString());
    }
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
    const QString title = showTitleOf(feedUrl, feed);
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
    m_stored.clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, guid, enclosure_url, title, published, content_hash "
                             "FROM episodes WHERE show_id = ?"));
    q.addBindValue(showId);
    if (!q.exec())
        return fail(FeedMerger::tr("Cannot read the show"), q.lastError().text());
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        m_stored.remember(id, episodeKeys(q.value(1).toString(), q.value(2).toString(),
                                          q.value(3).toString(), q.value(4).toLongLong()));
        m_stored.setHash(id, q.value(5).toLongLong());
    }
    return true;
}

std::optional<qint64> FeedMerger::writeEpisode(qint64 showId, std::optional<qint64> existing,
                                               const ParsedEpisode& episode, qint64 hash)
{
    const Enclosure enclosure =
        episode.enclosures.isEmpty() ? Enclosure{} : episode.enclosures.first();
    // Both statements take the same values in the same places; then the show and the time of
    // adding for a new episode, its id for an updated one.
    SqliteStatement& q = existing ? m_updateEpisode : m_insertEpisode;
    q.bind(1, episode.guid);
    q.bind(2, episode.title);
    q.bind(3, episode.link);
    q.bind(4, episode.description.view()); // UTF-8 from the parser to SQLite, no QString
    q.bind(5, episode.descriptionHtml.view());
    q.bind(6, episode.author);
    q.bind(7, episode.imageUrl);
    q.bind(8, episode.published);
    q.bind(9, episode.durationSeconds);
    q.bind(10, enclosure.url);
    q.bind(11, enclosure.mimeType);
    q.bind(12, enclosure.fileSize);
    q.bind(13, episode.chaptersUrl);
    q.bind(14, hash);
    if (existing) {
        q.bind(15, *existing);
    } else {
        q.bind(15, showId);
        q.bind(16, QDateTime::currentSecsSinceEpoch());
    }
    if (!q.exec()) {
        fail(FeedMerger::tr("Cannot save the episode \"%1\"").arg(episode.title), q.errorString());
        return std::nullopt;
    }
    return existing ? *existing : q.lastInsertId();
}

} // namespace ondes
