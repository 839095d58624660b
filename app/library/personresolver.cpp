#include "library/personresolver.h"

#include "feed/personkey.h"

#include <QSqlError>
#include <QVariant>

namespace ondes {

QString personVariantKey(const QString& key)
{
    const QStringList words = key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 3)
        return key;
    QStringList kept{words.first()};
    for (qsizetype i = 1; i + 1 < words.size(); ++i) {
        if (words.at(i).size() > 1)
            kept << words.at(i);
    }
    kept << words.last();
    return kept.join(QLatin1Char(' '));
}

PersonResolver::PersonResolver(QSqlDatabase db) : m_db(std::move(db)) {}

bool PersonResolver::load(qint64 showId)
{
    m_byKey.clear();
    m_showVariants.clear();
    m_nameOf.clear();
    m_linksUpdated.clear();
    m_error.clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QHash<qint64, QStringList> aliasesOf;
    if (!q.exec(QStringLiteral("SELECT a.key, a.person_id, COALESCE(p.name, '') FROM "
                               "person_aliases a LEFT JOIN people p ON p.id = a.person_id"))) {
        m_error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const qint64 id = q.value(1).toLongLong();
        m_byKey.insert(q.value(0).toString(), id);
        m_nameOf.insert(id, q.value(2).toString());
        aliasesOf[id] << q.value(0).toString();
    }
    if (showId == 0)
        return true;
    q.prepare(QStringLiteral("SELECT DISTINCT p.id, p.key, p.name FROM episodes e "
                             "JOIN episode_people ep ON ep.episode_id = e.id "
                             "JOIN people p ON p.id = ep.person_id WHERE e.show_id = ? "
                             "ORDER BY p.id"));
    q.addBindValue(showId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString key = q.value(1).toString();
        m_byKey.insert(key, id);
        m_nameOf.insert(id, q.value(2).toString());
        m_showVariants.insert(personVariantKey(key), id);
        for (const QString& alias : aliasesOf.value(id)) {
            if (!m_showVariants.contains(personVariantKey(alias)))
                m_showVariants.insert(personVariantKey(alias), id);
        }
    }
    return true;
}

std::optional<qint64> PersonResolver::resolve(const Person& person)
{
    const QString key = personKey(person.name);
    const QString variant = personVariantKey(key);
    // The exact name first: two people of the show whose names differ by an initial stay apart
    // once they are.
    if (auto it = m_byKey.constFind(key); it != m_byKey.constEnd()) {
        const qint64 id = *it;
        if (!m_showVariants.contains(variant))
            m_showVariants.insert(variant, id);
        return updateLinks(id, person) ? std::optional<qint64>(id) : std::nullopt;
    }
    if (auto it = m_showVariants.constFind(variant); it != m_showVariants.constEnd()) {
        const qint64 id = *it;
        m_byKey.insert(key, id);
        return updateLinks(id, person) ? std::optional<qint64>(id) : std::nullopt;
    }
    if (!m_prepared) {
        m_upsert = QSqlQuery(m_db);
        m_upsert.setForwardOnly(true);
        // Keep the avatar and link a feed gave, even when a later mention has none.
        m_prepared = m_upsert.prepare(QStringLiteral(
            "INSERT INTO people (key, name, img, href) VALUES (?, ?, ?, ?) ON CONFLICT(key) "
            "DO UPDATE SET img = CASE WHEN excluded.img <> '' THEN excluded.img ELSE img END, "
            "href = CASE WHEN excluded.href <> '' THEN excluded.href ELSE href END "
            "RETURNING id, name"));
        if (!m_prepared) {
            m_error = m_upsert.lastError().text();
            return std::nullopt;
        }
    }
    const auto text = [](const QString& value) {
        return value.isNull() ? QString(QLatin1String("")) : value;
    };
    m_upsert.addBindValue(key);
    m_upsert.addBindValue(person.name.simplified());
    m_upsert.addBindValue(text(person.img));
    m_upsert.addBindValue(text(person.href));
    if (!m_upsert.exec() || !m_upsert.next()) {
        m_error = PersonResolver::tr("Cannot save the speaker %1: %2")
                      .arg(person.name, m_upsert.lastError().text());
        return std::nullopt;
    }
    const qint64 id = m_upsert.value(0).toLongLong();
    m_nameOf.insert(id, m_upsert.value(1).toString());
    m_upsert.finish(); // RETURNING: done with the row before the statement runs again
    m_byKey.insert(key, id);
    m_showVariants.insert(variant, id);
    m_linksUpdated.insert(id);
    return id;
}

bool PersonResolver::updateLinks(qint64 id, const Person& person)
{
    // The avatar and link a feed gives replace the stored ones, once per person and merge;
    // a mention without them keeps what is there.
    if ((person.img.isEmpty() && person.href.isEmpty()) || m_linksUpdated.contains(id))
        return true;
    m_linksUpdated.insert(id);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE people SET img = CASE WHEN ? <> '' THEN ? ELSE img END, "
                             "href = CASE WHEN ? <> '' THEN ? ELSE href END WHERE id = ?"));
    const QString img = person.img.isNull() ? QString(QLatin1String("")) : person.img;
    const QString href = person.href.isNull() ? QString(QLatin1String("")) : person.href;
    for (const QVariant& value : QVariantList{img, img, href, href, id})
        q.addBindValue(value);
    if (!q.exec()) {
        m_error = PersonResolver::tr("Cannot save the speaker %1: %2")
                      .arg(person.name, q.lastError().text());
        return false;
    }
    return true;
}

} // namespace ondes
