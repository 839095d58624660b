#pragma once

// Counts the virtual-machine steps SQLite takes on one connection while it lives: the work a
// query does, independent of the machine's speed (sqlite3_progress_handler).

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace ondes::test {

class SqliteSteps
{
public:
    explicit SqliteSteps(const QSqlDatabase& db)
        : m_handle(*static_cast<sqlite3* const*>(db.driver()->handle().data()))
    {
        sqlite3_progress_handler(m_handle, 1, &SqliteSteps::step, &m_steps);
    }
    ~SqliteSteps() { sqlite3_progress_handler(m_handle, 0, nullptr, nullptr); }
    SqliteSteps(const SqliteSteps&) = delete;
    SqliteSteps& operator=(const SqliteSteps&) = delete;

    qint64 count() const { return m_steps; }

private:
    static int step(void* steps)
    {
        ++*static_cast<qint64*>(steps);
        return 0;
    }

    sqlite3* m_handle;
    qint64 m_steps = 0;
};

} // namespace ondes::test
