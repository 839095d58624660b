#include "library/spellingvariants.h"

#include "library/personresolver.h"
#include "library/speakercorrections.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ondes {

namespace {

struct Candidate
{
    qint64 id = 0;
    int episodes = 0;
    int keyLength = 0;
};

bool better(const Candidate& a, const Candidate& b)
{
    if (a.episodes != b.episodes)
        return a.episodes > b.episodes;
    if (a.keyLength != b.keyLength)
        return a.keyLength > b.keyLength;
    return a.id < b.id;
}

} // namespace

bool mergeSpellingVariants(QSqlDatabase& db, QString* error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Each person's episode count is read once (a count for every speaker row made this
    // migration take 8 minutes on a library of 100,000 episodes).
    if (!q.exec(QStringLiteral(
            "SELECT s.show_id, p.id, p.key, c.episodes FROM (SELECT DISTINCT e.show_id, "
            "ep.person_id FROM episode_people ep JOIN episodes e ON e.id = ep.episode_id) s "
            "JOIN people p ON p.id = s.person_id JOIN (SELECT person_id, COUNT(*) AS episodes "
            "FROM episode_people GROUP BY person_id) c ON c.person_id = p.id "
            "ORDER BY s.show_id, p.id"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    // Per show and variant key, the people who share it.
    QHash<QPair<qint64, QString>, QList<Candidate>> groups;
    QList<QPair<qint64, QString>> order;
    while (q.next()) {
        const QString key = q.value(2).toString();
        const QPair<qint64, QString> group{q.value(0).toLongLong(), personVariantKey(key)};
        if (!groups.contains(group))
            order << group;
        groups[group] << Candidate{q.value(1).toLongLong(), q.value(3).toInt(),
                                   static_cast<int>(key.size())};
    }
    q.finish();
    SpeakerCorrections corrections(db);
    QHash<qint64, qint64> mergedInto;
    const auto current = [&mergedInto](qint64 id) {
        while (mergedInto.contains(id))
            id = mergedInto.value(id);
        return id;
    };
    for (const auto& group : std::as_const(order)) {
        QList<Candidate> people = groups.value(group);
        if (people.size() < 2)
            continue;
        std::sort(people.begin(), people.end(), better);
        const qint64 kept = current(people.first().id);
        for (qsizetype i = 1; i < people.size(); ++i) {
            const qint64 from = current(people.at(i).id);
            if (from == kept)
                continue;
            if (!corrections.mergeWithin(from, kept)) {
                if (error)
                    *error = corrections.errorString();
                return false;
            }
            mergedInto.insert(from, kept);
        }
    }
    return true;
}

} // namespace ondes
