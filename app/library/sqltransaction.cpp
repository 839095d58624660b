#include "library/sqltransaction.h"

#include "library/sqlutil.h"

#include <QSqlError>

namespace ondes::sql {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    m_open = m_db.transaction();
    if (!m_open) {
        m_error = m_db.lastError().text();
        qCWarning(lcDatabase) << "cannot begin a transaction:" << m_error;
    }
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::commit()
{
    if (!m_open)
        return false;
    if (m_db.commit()) {
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
