#include "library/sqltransaction.h"

#include "library/sqlutil.h"

#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace ondes::sql {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    // IMMEDIATE: the write lock is taken now, waiting for another writer under the busy
    // timeout. A deferred transaction (QSqlDatabase::transaction(), plain BEGIN) takes it at
    // its first write instead; in WAL, when another connection committed after this one's
    // first read, that write fails at once with "database is locked" (SQLITE_BUSY_SNAPSHOT,
    // which the busy handler does not retry): the snapshot it read is no longer the newest.
    QSqlQuery begin(m_db);
    m_open = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_open) {
        m_error = begin.lastError().text();
        qCWarning(lcDatabase) << "cannot begin a transaction:" << m_error;
    }
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::commit(WalCopy copy)
{
    if (!m_open)
        return false;
    // The threshold belongs to the connection: it is set back right after this commit.
    std::optional<int> threshold;
    if (copy == WalCopy::Later) {
        QSqlQuery pragma(m_db);
        if (pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && pragma.next())
            threshold = pragma.value(0).toInt();
        pragma.finish();
        if (threshold)
            pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    }
    const bool committed = m_db.commit();
    if (threshold)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(*threshold));
    if (committed) {
        m_open = false;
        return true;
    }
    m_error = m_db.lastError().text();
    qCWarning(lcDatabase) << "cannot commit:" << m_error;
    rollback();
    return false;
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    m_db.rollback();
}

} // namespace ondes::sql
