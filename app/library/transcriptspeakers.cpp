#include "library/transcriptspeakers.h"

#include "feed/feedtypes.h"
#include "feed/transcripttext.h"
#include "library/personresolver.h"
#include "library/sqlutil.h"

#include <QRegularExpression>
#include <QSet>

namespace ondes {

namespace {

// "Speaker 2", "Host", "Guest 1", "Q": a transcript's labels for voices it does not name.
bool isAnonymousLabel(const QString& name)
{
    static const QRegularExpression label(
        QStringLiteral("^(speaker|voice|person|participant|interviewer|interviewee|host|co-?host|"
                       "guest|narrator|moderator|caller|unknown|audience|announcer|q|a|"
                       "intervenant|invit[ée]e?|animat(eur|rice)|journaliste)( ?[0-9]+)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return label.match(name).hasMatch();
}

QString titleCase(const QString& name)
{
    QString result = name.toLower();
    bool wordStart = true;
    for (QChar& c : result) {
        if (wordStart && c.isLetter())
            c = c.toUpper();
        wordStart = !c.isLetter();
    }
    return result;
}

} // namespace

QString TranscriptSpeakers::personName(const QString& voice)
{
    QString name = voice.simplified();
    if (name.endsWith(u':'))
        name.chop(1);
    if (!transcripttext::looksLikeSpeakerName(name) || isAnonymousLabel(name))
        return {};
    bool lower = false;
    for (const QChar c : name)
        lower = lower || c.isLower();
    return lower ? name : titleCase(name);
}

bool TranscriptSpeakers::fail(const QString& why)
{
    m_error = TranscriptSpeakers::tr("Cannot save the transcript's speakers: %1").arg(why);
    return false;
}

bool TranscriptSpeakers::write(qint64 episodeId, const QStringList& voices)
{
    QSqlQuery q(m_db);
    if (!sql::exec(q, QStringLiteral("SELECT show_id FROM episodes WHERE id = ?"), {episodeId}))
        return fail(q.lastError().text());
    if (!q.next())
        return fail(TranscriptSpeakers::tr("no episode %1").arg(episodeId));
    const qint64 showId = q.value(0).toLongLong();
    PersonResolver people(m_db);
    if (!people.load(showId))
        return fail(people.errorString());
    QSet<qint64> removed;
    if (!sql::exec(q, QStringLiteral("SELECT person_id FROM speaker_removals WHERE episode_id = ?"),
                   {episodeId}))
        return fail(q.lastError().text());
    while (q.next())
        removed.insert(q.value(0).toLongLong());
    if (!sql::exec(q,
                   QStringLiteral("DELETE FROM episode_people WHERE episode_id = ? AND source = "
                                  "'transcript'"),
                   {episodeId}))
        return fail(q.lastError().text());
    if (!sql::exec(q,
                   QStringLiteral("SELECT COALESCE(MAX(ordinal) + 1, 0) FROM episode_people "
                                  "WHERE episode_id = ?"),
                   {episodeId}) ||
        !q.next())
        return fail(q.lastError().text());
    int ordinal = q.value(0).toInt();
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO episode_people (episode_id, person_id, role, grp, source, kind, "
        "ordinal) VALUES (?, ?, '', '', 'transcript', '', ?)"));
    for (const QString& voice : voices) {
        const QString name = personName(voice);
        if (name.isEmpty())
            continue;
        Person person;
        person.name = name;
        const std::optional<qint64> personId = people.resolve(person);
        if (!personId)
            return fail(people.errorString());
        if (removed.contains(*personId))
            continue;
        insert.addBindValue(episodeId);
        insert.addBindValue(*personId);
        insert.addBindValue(ordinal);
        if (!insert.exec())
            return fail(insert.lastError().text());
        if (insert.numRowsAffected() > 0)
            ++ordinal;
    }
    // The episode's search row names its speakers.
    if (!sql::exec(q, QStringLiteral("DELETE FROM episode_search WHERE rowid = ?"), {episodeId}) ||
        !sql::exec(q,
                   QStringLiteral(
                       "INSERT INTO episode_search (rowid, title, description, show, speakers) "
                       "SELECT e.id, e.title, e.description, s.title, COALESCE((SELECT "
                       "group_concat(p.name, ' ') FROM episode_people ep JOIN people p ON p.id = "
                       "ep.person_id WHERE ep.episode_id = e.id), '') FROM episodes e JOIN shows "
                       "s ON s.id = e.show_id WHERE e.id = ?"),
                   {episodeId}))
        return fail(q.lastError().text());
    return true;
}

} // namespace ondes
