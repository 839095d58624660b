#pragma once

// Small helpers for the library's SQL: run a prepared statement with its values (a failure is
// logged and reads as no rows), read rows, turn a null QString into '' for NOT NULL columns.

#include <QList>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace ondes {

Q_DECLARE_LOGGING_CATEGORY(lcDatabase)

namespace sql {

inline void logError(const QSqlQuery& q)
{
    qCWarning(lcDatabase) << "query failed:" << q.lastError().text() << q.lastQuery();
}

inline bool exec(QSqlQuery& q, const QString& statement, const QVariantList& values = {})
{
    q.setForwardOnly(true);
    if (!q.prepare(statement)) {
        qCWarning(lcDatabase) << "query failed:" << q.lastError().text() << statement;
        return false;
    }
    for (const QVariant& value : values)
        q.addBindValue(value);
    if (!q.exec()) {
        qCWarning(lcDatabase) << "query failed:" << q.lastError().text() << statement;
        return false;
    }
    return true;
}

template <typename Read> auto all(QSqlQuery& q, Read read) -> QList<decltype(read(q))>
{
    QList<decltype(read(q))> rows;
    while (q.next())
        rows << read(q);
    return rows;
}

template <typename Read> auto one(QSqlQuery& q, Read read) -> std::optional<decltype(read(q))>
{
    if (q.next())
        return read(q);
    return std::nullopt;
}

// The first column of the first row, or nothing when there is no row (or the query fails).
inline std::optional<QVariant> value(const QSqlDatabase& db, const QString& statement,
                                     const QVariantList& values = {})
{
    QSqlQuery q(db);
    if (!exec(q, statement, values) || !q.next())
        return std::nullopt;
    return q.value(0);
}

// A null QString binds as SQL NULL, which NOT NULL columns refuse.
inline QString text(const QString& value)
{
    return value.isNull() ? QString(QLatin1String("")) : value;
}

} // namespace sql
} // namespace ondes
