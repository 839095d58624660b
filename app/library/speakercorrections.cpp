#include "library/speakercorrections.h"

#include "feed/speakerkinds.h"
#include "library/personresolver.h"
#include "library/sqltransaction.h"
#include "library/sqlutil.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

namespace ondes {

namespace {

// The kind a role the listener typed names; a credit's label keeps the speaker a speaker.
QString kindOfRole(const QString& role)
{
    const SpeakerKind kind = speakerKindOfRole(role);
    return sql::text(kind == SpeakerKind::Credit || kind == SpeakerKind::Unknown
                         ? QString()
                         : speakerKindName(kind));
}

} // namespace

SpeakerCorrections::SpeakerCorrections(QSqlDatabase db) : m_db(std::move(db)) {}

bool SpeakerCorrections::run(const std::function<bool()>& change)
{
    m_error.clear();
    sql::Transaction transaction(m_db);
    if (!transaction.begun()) {
        m_error = SpeakerCorrections::tr("Cannot write to the library: ") + transaction.error();
        return false;
    }
    if (!change())
        return false; // change() said why; the scope rolls back
    if (!transaction.commit()) {
        m_error = SpeakerCorrections::tr("Cannot write to the library: ") + transaction.error();
        return false;
    }
    return true;
}

bool SpeakerCorrections::exec(const QString& statement, const QVariantList& values,
                              int* rowsAffected)
{
    QSqlQuery q(m_db);
    q.prepare(statement);
    for (const QVariant& value : values)
        q.addBindValue(value);
    if (!q.exec()) {
        m_error = SpeakerCorrections::tr("Cannot save the correction: ") + q.lastError().text();
        return false;
    }
    if (rowsAffected)
        *rowsAffected = q.numRowsAffected();
    return true;
}

bool SpeakerCorrections::reindex(const QList<qint64>& episodeIds)
{
    for (const qint64 id : episodeIds) {
        if (!exec(QStringLiteral("DELETE FROM episode_search WHERE rowid = ?"), {id}) ||
            !exec(QStringLiteral(
                      "INSERT INTO episode_search (rowid, title, description, show, speakers) "
                      "SELECT e.id, e.title, e.description, s.title, COALESCE((SELECT "
                      "group_concat(p.name, ' ') FROM episode_people ep JOIN people p ON p.id = "
                      "ep.person_id WHERE ep.episode_id = e.id), '') FROM episodes e JOIN shows "
                      "s ON s.id = e.show_id WHERE e.id = ?"),
                  {id}))
            return false;
    }
    return true;
}

bool SpeakerCorrections::removeSpeaker(qint64 episodeId, qint64 personId)
{
    return run([&] {
        int removed = 0;
        if (!exec(
                QStringLiteral("DELETE FROM episode_people WHERE episode_id = ? AND person_id = ?"),
                {episodeId, personId}, &removed))
            return false;
        if (removed == 0) {
            m_error =
                SpeakerCorrections::tr("This person does not speak in episode %1").arg(episodeId);
            return false;
        }
        return exec(QStringLiteral("INSERT OR IGNORE INTO speaker_removals (episode_id, "
                                   "person_id) VALUES (?, ?)"),
                    {episodeId, personId}) &&
               reindex({episodeId});
    });
}

std::optional<qint64> SpeakerCorrections::addSpeaker(qint64 episodeId, const QString& name,
                                                     const std::optional<QString>& role)
{
    const QString written = name.simplified();
    if (written.isEmpty()) {
        m_error = SpeakerCorrections::tr("A speaker needs a name");
        return std::nullopt;
    }
    qint64 personId = 0;
    const bool done = run([&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT show_id FROM episodes WHERE id = ?"));
        q.addBindValue(episodeId);
        if (!q.exec() || !q.next()) {
            m_error = SpeakerCorrections::tr("No episode with id %1").arg(episodeId);
            return false;
        }
        PersonResolver people(m_db);
        if (!people.load(q.value(0).toLongLong())) {
            m_error = people.errorString();
            return false;
        }
        Person person;
        person.name = written;
        const auto id = people.resolve(person);
        if (!id) {
            m_error = people.errorString();
            return false;
        }
        personId = *id;
        const QString newRole = sql::text(role.value_or(QString()).simplified());
        const QString kind = kindOfRole(newRole);
        int updated = 0;
        // An existing speaker keeps their place, and their kind unless the new role names one.
        if (!exec(QStringLiteral("UPDATE episode_people SET source = 'user', "
                                 "role = CASE WHEN ? THEN ? ELSE role END, "
                                 "kind = CASE WHEN ? <> '' THEN ? ELSE kind END "
                                 "WHERE episode_id = ? AND person_id = ?"),
                  {role.has_value(), newRole, kind, kind, episodeId, personId}, &updated))
            return false;
        if (updated == 0 &&
            !exec(QStringLiteral("INSERT INTO episode_people (episode_id, person_id, role, grp, "
                                 "source, kind, ordinal) SELECT ?, ?, ?, '', 'user', ?, "
                                 "COALESCE(MAX(ordinal) + 1, 0) FROM episode_people "
                                 "WHERE episode_id = ?"),
                  {episodeId, personId, newRole, kind, episodeId}))
            return false;
        return exec(QStringLiteral(
                        "DELETE FROM speaker_removals WHERE episode_id = ? AND person_id = ?"),
                    {episodeId, personId}) &&
               reindex({episodeId});
    });
    return done ? std::optional<qint64>(personId) : std::nullopt;
}

bool SpeakerCorrections::setRole(qint64 episodeId, qint64 personId, const QString& role)
{
    return run([&] {
        int updated = 0;
        const QString newRole = sql::text(role.simplified());
        const QString kind = kindOfRole(newRole);
        if (!exec(QStringLiteral("UPDATE episode_people SET source = 'user', role = ?, "
                                 "kind = CASE WHEN ? <> '' THEN ? ELSE kind END "
                                 "WHERE episode_id = ? AND person_id = ?"),
                  {newRole, kind, kind, episodeId, personId}, &updated))
            return false;
        if (updated == 0) {
            m_error =
                SpeakerCorrections::tr("This person does not speak in episode %1").arg(episodeId);
            return false;
        }
        return true;
    });
}

bool SpeakerCorrections::mergePeople(qint64 fromId, qint64 intoId)
{
    return run([&] { return mergeWithin(fromId, intoId); });
}

bool SpeakerCorrections::mergeWithin(qint64 fromId, qint64 intoId)
{
    if (fromId == intoId) {
        m_error = SpeakerCorrections::tr("A person cannot be merged into themselves");
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM people WHERE id IN (?, ?)"));
    q.addBindValue(fromId);
    q.addBindValue(intoId);
    if (!q.exec() || !q.next() || q.value(0).toInt() != 2) {
        m_error = SpeakerCorrections::tr("No such person");
        return false;
    }
    QList<qint64> episodes;
    q.prepare(QStringLiteral("SELECT episode_id FROM episode_people WHERE person_id = ?"));
    q.addBindValue(fromId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    while (q.next())
        episodes << q.value(0).toLongLong();
    const QVariantList ids{intoId, fromId};
    // Where both speak in an episode, the person merged into keeps their row there.
    return exec(QStringLiteral(
                    "UPDATE OR IGNORE episode_people SET person_id = ? WHERE person_id = ?"),
                ids) &&
           exec(QStringLiteral(
                    "UPDATE OR IGNORE speaker_removals SET person_id = ? WHERE person_id = ?"),
                ids) &&
           // Removed from an episode they now speak in (by the other name): they speak.
           exec(QStringLiteral("DELETE FROM speaker_removals WHERE person_id = ? AND episode_id "
                               "IN (SELECT episode_id FROM episode_people WHERE person_id = ?)"),
                {intoId, intoId}) &&
           exec(QStringLiteral("UPDATE person_aliases SET person_id = ? WHERE person_id = ?"),
                ids) &&
           exec(QStringLiteral("INSERT OR REPLACE INTO person_aliases (key, person_id) "
                               "SELECT key, ? FROM people WHERE id = ?"),
                ids) &&
           exec(QStringLiteral(
                    "UPDATE people SET img = CASE WHEN img = '' THEN (SELECT img FROM people "
                    "WHERE id = ?) ELSE img END, href = CASE WHEN href = '' THEN (SELECT href "
                    "FROM people WHERE id = ?) ELSE href END WHERE id = ?"),
                {fromId, fromId, intoId}) &&
           exec(QStringLiteral("DELETE FROM people WHERE id = ?"), {fromId}) && reindex(episodes);
}

} // namespace ondes
