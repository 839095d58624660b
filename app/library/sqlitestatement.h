#pragma once

// SqliteStatement runs one statement on a QSqlDatabase's own SQLite connection through SQLite's
// C API: prepared once, values bound by position, text bound as UTF-8. A merge writes thousands
// of rows; through QSqlQuery each value went through a QVariant and each text through UTF-16
// (QString, then SQLite's own conversion back to UTF-8), and that showed in the profiles.
// The statement takes part in whatever transaction the connection is in.

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QVarLengthArray>

#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace ondes {

class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // False when db is not an open SQLite connection or the statement does not compile
    // (errorString() says why).
    bool prepare(const QSqlDatabase& db, const char* statement);
    bool isPrepared() const { return m_statement != nullptr; }

    // Positions count from 1, as in SQL. A null QString binds as '' (the columns are NOT NULL);
    // text given as UTF-8 bytes must stay alive until exec() returns.
    void bind(int position, qint64 value);
    void bind(int position, int value) { bind(position, qint64(value)); }
    void bind(int position, const QString& text);
    void bind(int position, std::string_view utf8);

    // Runs the statement to its end and makes it ready for the next values. False on error.
    bool exec();
    // The rowid of the row the last INSERT on this connection made.
    qint64 lastInsertId() const;
    QString errorString() const { return m_error; }

private:
    bool fail();

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_error;
    QVarLengthArray<QByteArray, 8> m_held; // the UTF-8 of bound QStrings, until exec()
};

} // namespace ondes
