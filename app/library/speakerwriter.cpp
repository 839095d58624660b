#include "library/speakerwriter.h"

#include "feed/episodespeakers.h"
#include "feed/recurringhosts.h"
#include "library/sqlutil.h"

#include <QSqlError>
#include <QVariant>

#include <algorithm>

namespace ondes {

SpeakerWriter::SpeakerWriter(QSqlDatabase db) : m_db(db), m_people(db) {}

bool SpeakerWriter::fail(const QString& what, const QString& why)
{
    m_error = what + QStringLiteral(": ") + why;
    return false;
}

bool SpeakerWriter::prepare()
{
    const auto prepare = [this](QSqlQuery& q, const char* statement) {
        q = QSqlQuery(m_db);
        q.setForwardOnly(true);
        return q.prepare(QString::fromLatin1(statement)) ||
               fail(SpeakerWriter::tr("Cannot prepare the library"), q.lastError().text());
    };
    const auto prepareRow = [this](SqliteStatement& q, const char* statement) {
        return q.prepare(m_db, statement) ||
               fail(SpeakerWriter::tr("Cannot prepare the library"), q.errorString());
    };
    // The transcript's voices are the transcript store's (TranscriptSpeakers): a refresh keeps
    // them.
    return prepare(m_clearSpeakers,
                   "DELETE FROM episode_people WHERE episode_id = ? AND source NOT IN ('user', "
                   "'transcript')") &&
           // A row the listener wrote for this person is already there and stays.
           prepareRow(m_insertSpeaker,
                      "INSERT OR IGNORE INTO episode_people (episode_id, person_id, role, grp, "
                      "source, kind, ordinal) VALUES (?, ?, ?, ?, ?, ?, ?)") &&
           prepare(m_clearCredits, "DELETE FROM episode_credits WHERE episode_id = ?") &&
           prepareRow(m_insertCredit, "INSERT INTO episode_credits (episode_id, ordinal, name, "
                                      "role, source) VALUES (?, ?, ?, ?, ?)");
}

bool SpeakerWriter::load(qint64 showId)
{
    m_removed.clear();
    if (!m_people.load(showId))
        return fail(SpeakerWriter::tr("Cannot read the show's people"), m_people.errorString());
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.episode_id, r.person_id FROM speaker_removals r "
                             "JOIN episodes e ON e.id = r.episode_id WHERE e.show_id = ?"));
    q.addBindValue(showId);
    if (!q.exec())
        return fail(SpeakerWriter::tr("Cannot read the show's people"), q.lastError().text());
    while (q.next())
        m_removed.insert({q.value(0).toLongLong(), q.value(1).toLongLong()});
    return true;
}

bool SpeakerWriter::write(qint64 episodeId, const ParsedEpisode& episode, bool isNew)
{
    return write(episodeId, episodePeople(episode), isNew);
}

bool SpeakerWriter::write(qint64 episodeId, const EpisodePeople& people, bool isNew)
{
    if (!isNew) {
        for (QSqlQuery* clear : {&m_clearSpeakers, &m_clearCredits}) {
            clear->addBindValue(episodeId);
            if (!clear->exec())
                return fail(SpeakerWriter::tr("Cannot save the speakers"),
                            clear->lastError().text());
        }
    }
    m_written.clear();
    int ordinal = 0;
    for (const EpisodeSpeaker& entry : people.speakers) {
        const auto person = m_people.resolve(entry.person);
        if (!person)
            return fail(SpeakerWriter::tr("Cannot save the speakers"), m_people.errorString());
        if (m_removed.contains({episodeId, *person}))
            continue;
        m_insertSpeaker.bind(1, episodeId);
        m_insertSpeaker.bind(2, *person);
        m_insertSpeaker.bind(3, entry.person.role);
        m_insertSpeaker.bind(4, entry.person.group);
        m_insertSpeaker.bind(5, entry.source);
        m_insertSpeaker.bind(6, entry.kind);
        m_insertSpeaker.bind(7, ordinal++);
        if (!m_insertSpeaker.exec())
            return fail(SpeakerWriter::tr("Cannot save the speakers"),
                        m_insertSpeaker.errorString());
        m_written << *person;
    }
    ordinal = 0;
    for (const EpisodeSpeaker& credit : people.credits) {
        m_insertCredit.bind(1, episodeId);
        m_insertCredit.bind(2, ordinal++);
        m_insertCredit.bind(3, credit.person.name.simplified());
        m_insertCredit.bind(4, credit.person.role);
        m_insertCredit.bind(5, credit.source);
        if (!m_insertCredit.exec())
            return fail(SpeakerWriter::tr("Cannot save the credits"), m_insertCredit.errorString());
    }
    return true;
}

QString SpeakerWriter::searchNames() const
{
    // One row per (episode, person): a person named twice was written once.
    QList<qint64> people = m_written;
    std::sort(people.begin(), people.end());
    people.erase(std::unique(people.begin(), people.end()), people.end());
    QString names;
    for (qsizetype i = 0; i < people.size(); ++i) {
        if (i > 0)
            names += QLatin1Char(' ');
        names += m_people.storedName(people.at(i));
    }
    return names;
}

bool SpeakerWriter::markRecurringHosts(qint64 showId)
{
    const auto failed = [this](const QSqlQuery& q) {
        return fail(SpeakerWriter::tr("Cannot save the show's hosts"), q.lastError().text());
    };
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM episodes WHERE show_id = ?"));
    q.addBindValue(showId);
    if (!q.exec() || !q.next())
        return failed(q);
    const qint64 episodes = q.value(0).toLongLong();
    // Rows already promoted (source 'show') count too: the next merge sees the same numbers.
    q.prepare(QStringLiteral(
        "SELECT ep.person_id, COUNT(*) FROM episode_people ep JOIN episodes e ON e.id = "
        "ep.episode_id WHERE e.show_id = ? AND ep.source IN ('description', 'show') "
        "GROUP BY ep.person_id"));
    q.addBindValue(showId);
    if (!q.exec())
        return failed(q);
    QList<qint64> recurring;
    while (q.next()) {
        if (RecurringHosts::isRecurring(q.value(1).toLongLong(), episodes))
            recurring << q.value(0).toLongLong();
    }
    if (recurring.isEmpty())
        return true;
    // A statement per (person, role as written), not per row: a host the descriptions name in
    // every episode is a thousand rows of the same few roles.
    QSqlQuery roles(m_db);
    roles.setForwardOnly(true);
    roles.prepare(QStringLiteral(
        "SELECT DISTINCT ep.role, ep.kind FROM episode_people ep JOIN episodes e ON e.id = "
        "ep.episode_id WHERE e.show_id = ? AND ep.person_id = ? AND ep.source = 'description'"));
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral(
        "UPDATE episode_people SET kind = 'host', source = 'show', role = ? WHERE person_id = ? "
        "AND role = ? AND kind = ? AND source = 'description' AND episode_id IN (SELECT id FROM "
        "episodes WHERE show_id = ?)"));
    for (const qint64 person : std::as_const(recurring)) {
        roles.addBindValue(showId);
        roles.addBindValue(person);
        if (!roles.exec())
            return failed(roles);
        QList<std::pair<QString, QString>> promoted; // (role, kind)
        while (roles.next()) {
            if (RecurringHosts::isPromotable(roles.value(1).toString(),
                                             QStringLiteral("description")))
                promoted.append({roles.value(0).toString(), roles.value(1).toString()});
        }
        for (const auto& [role, kind] : std::as_const(promoted)) {
            update.addBindValue(RecurringHosts::hostRole(role));
            update.addBindValue(person);
            update.addBindValue(role);
            update.addBindValue(kind);
            update.addBindValue(showId);
            if (!update.exec())
                return failed(update);
        }
    }
    return true;
}

} // namespace ondes
