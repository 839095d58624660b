#include "library/sqlitestatement.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace ondes {

namespace {

sqlite3* handleOf(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

} // namespace

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

bool SqliteStatement::fail()
{
    m_error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                   : QStringLiteral("not an open SQLite connection");
    return false;
}

bool SqliteStatement::prepare(const QSqlDatabase& db, const char* statement)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_held.clear();
    m_db = db.isOpen() ? handleOf(db) : nullptr;
    if (!m_db)
        return fail();
    if (sqlite3_prepare_v3(m_db, statement, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) !=
        SQLITE_OK) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        return fail();
    }
    return true;
}

void SqliteStatement::bind(int position, qint64 value)
{
    sqlite3_bind_int64(m_statement, position, value);
}

void SqliteStatement::bind(int position, const QString& text)
{
    m_held.append(text.toUtf8());
    const QByteArray& utf8 = m_held.last();
    // constData() of an empty QByteArray is "", so a null QString binds as '', not NULL.
    sqlite3_bind_text(m_statement, position, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bind(int position, std::string_view utf8)
{
    sqlite3_bind_text(m_statement, position, utf8.empty() ? "" : utf8.data(), int(utf8.size()),
                      SQLITE_STATIC);
}

bool SqliteStatement::exec()
{
    if (!m_statement)
        return fail();
    int status = sqlite3_step(m_statement);
    while (status == SQLITE_ROW)
        status = sqlite3_step(m_statement);
    const bool ok = status == SQLITE_DONE;
    if (!ok)
        fail();
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_held.clear();
    return ok;
}

qint64 SqliteStatement::lastInsertId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

} // namespace ondes
