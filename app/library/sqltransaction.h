#pragma once

// One SQLite transaction as a scope: begun when made, rolled back when the scope is left without
// commit() (an early return, a failed statement), so no path forgets the rollback.
// It is a write transaction (BEGIN IMMEDIATE): it holds the library's write lock from the
// start, so another connection's commit cannot invalidate what it read before writing; a
// writer already at work is waited for (the connection's busy timeout), not failed.
//
//     sql::Transaction transaction(db);
//     if (!transaction.begun() || !write(...)) return false;   // rolled back here
//     return transaction.commit();

#include <QSqlDatabase>
#include <QString>

namespace ondes::sql {

class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // False when the transaction could not start (error() says why); nothing to roll back then.
    bool begun() const { return m_open; }
    // When a commit copies the write-ahead log back into the library file: InCommit is SQLite's
    // own rule (once the log passes 1,000 pages, the commit that passed it copies all of it and
    // syncs the file before it returns). Later: this commit only appends to the log, which
    // holds it safely; the caller has the copy made afterwards (Database::checkpointSoon()).
    // A new show of 10,000 episodes writes ~60 MB: its copy and sync took 0.3-0.9 s.
    enum class WalCopy { InCommit, Later };
    // Makes the changes durable. False when SQLite refused (error() says why): rolled back.
    bool commit(WalCopy copy = WalCopy::InCommit);
    // Drops the changes now (the destructor does it too).
    void rollback();
    // The driver's last error, for the message the user reads.
    QString error() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_open = false;
    QString m_error;
};

} // namespace ondes::sql
