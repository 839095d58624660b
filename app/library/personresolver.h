#pragma once

// PersonResolver finds the people row for a name as one show writes it: one person, one row.
// The name (personKey: case, accents, spacing and periods do not matter) of someone the show
// already has, or of someone merged into another (person_aliases), is that person; a spelling
// variant of it ("Jerome Pettaway" beside "Jerome L. Pettaway") too; otherwise the name is
// whoever has it across the library, as always; otherwise a new row.

#include "feed/feedtypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace ondes {

// personKey() with the middle initials left out: "jerome l pettaway" -> "jerome pettaway".
QString personVariantKey(const QString& key);

class PersonResolver
{
    Q_DECLARE_TR_FUNCTIONS(ondes::PersonResolver)

public:
    explicit PersonResolver(QSqlDatabase db);

    // Reads the aliases and the people who speak in the show (showId 0: no show).
    bool load(qint64 showId);
    // The person's row, inserted when nobody has the name yet (the avatar and link a feed
    // gives are kept). nullopt when the database fails (errorString()).
    std::optional<qint64> resolve(const Person& person);
    // The name stored for a person resolve() returned (not necessarily the name it was given:
    // an existing row keeps its own spelling).
    QString storedName(qint64 id) const { return m_nameOf.value(id); }
    QString errorString() const { return m_error; }

private:
    bool updateLinks(qint64 id, const Person& person);

    QSqlDatabase m_db;
    QString m_error;
    QHash<QString, qint64> m_byKey;        // personKey -> id (people met, aliases)
    QHash<QString, qint64> m_showVariants; // personVariantKey -> id, within the show
    QHash<qint64, QString> m_nameOf;       // id -> people.name, of every id in m_byKey
    QSet<qint64> m_linksUpdated;           // img and href written in this merge
    QSqlQuery m_upsert;
    bool m_prepared = false;
};

} // namespace ondes
