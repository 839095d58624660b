#pragma once

// Counts the transactions that write, committed on one connection while it lives
// (sqlite3_commit_hook): "marking N episodes is one transaction" as a number.

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace ondes::test {

class SqliteCommits
{
public:
    explicit SqliteCommits(const QSqlDatabase& db)
        : m_handle(*static_cast<sqlite3* const*>(db.driver()->handle().data()))
    {
        sqlite3_commit_hook(m_handle, &SqliteCommits::committed, &m_commits);
    }
    ~SqliteCommits() { sqlite3_commit_hook(m_handle, nullptr, nullptr); }
    SqliteCommits(const SqliteCommits&) = delete;
    SqliteCommits& operator=(const SqliteCommits&) = delete;

    int count() const { return m_commits; }

private:
    static int committed(void* commits)
    {
        ++*static_cast<int*>(commits);
        return 0; // let it commit
    }

    sqlite3* m_handle;
    int m_commits = 0;
};

} // namespace ondes::test
