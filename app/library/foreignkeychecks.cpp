#include "library/foreignkeychecks.h"

#include "library/sqlutil.h"

#include <QSqlQuery>

namespace ondes::sql {

ForeignKeyChecks::ForeignKeyChecks(QSqlDatabase db, Setting setting) : m_db(std::move(db))
{
    m_before = read(m_db);
    if (m_before != (setting == On))
        write(m_db, setting == On);
    m_enforced = read(m_db);
}

ForeignKeyChecks::~ForeignKeyChecks()
{
    if (m_enforced != m_before)
        write(m_db, m_before);
}

bool ForeignKeyChecks::read(QSqlDatabase& db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next() && q.value(0).toBool();
}

void ForeignKeyChecks::write(QSqlDatabase& db, bool on)
{
    QSqlQuery q(db);
    if (!q.exec(on ? QStringLiteral("PRAGMA foreign_keys = ON")
                   : QStringLiteral("PRAGMA foreign_keys = OFF")))
        logError(q);
}

} // namespace ondes::sql
