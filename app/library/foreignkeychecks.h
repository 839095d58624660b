#pragma once

// ForeignKeyChecks turns SQLite's foreign key enforcement off on a connection for a scope and
// back on when the scope ends. With it on, every row inserted into a table that references
// another looks its parent up: adding a 10,000-episode show checks about 120,000 parents
// (chapters, transcript links, speakers, credits), as much work again as inserting those rows.
// Only for writes that insert children of parents they have just written themselves and delete
// no parent: ON DELETE CASCADE does not run while the checks are off.
// SQLite ignores the setting inside a transaction: make this before the transaction begins and
// let it end after the transaction has ended.
//
//     sql::ForeignKeyChecks checks(db, sql::ForeignKeyChecks::Off);
//     sql::Transaction transaction(db);

#include <QSqlDatabase>

namespace ondes::sql {

class ForeignKeyChecks
{
public:
    enum Setting { On, Off };
    ForeignKeyChecks(QSqlDatabase db, Setting setting);
    ~ForeignKeyChecks(); // the connection's own setting again
    ForeignKeyChecks(const ForeignKeyChecks&) = delete;
    ForeignKeyChecks& operator=(const ForeignKeyChecks&) = delete;

    // Whether the connection checks foreign keys now (SQLite may have refused the change).
    bool enforced() const { return m_enforced; }

private:
    static bool read(QSqlDatabase& db);
    static void write(QSqlDatabase& db, bool on);

    QSqlDatabase m_db;
    bool m_before = true;
    bool m_enforced = true;
};

} // namespace ondes::sql
