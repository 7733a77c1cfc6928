#include "Transaction.h"

#include "CommitRecord.h"
#include "Sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rd {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    // IMMEDIATE takes the write lock up front, so a busy database waits (busy
    // timeout) at the start instead of failing half-way through.
    sql::exec(m_db, u"BEGIN IMMEDIATE"_s);
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery rollback(m_db);
        rollback.exec(u"ROLLBACK"_s);
    }
}

void Transaction::commit()
{
    try {
        commits::count(m_db); // what a lost log tail is measured by (CommitRecord.h)
        sql::exec(m_db, u"COMMIT"_s);
        m_open = false;
    } catch (...) {
        QSqlQuery rollback(m_db);
        rollback.exec(u"ROLLBACK"_s);
        m_open = false;
        throw;
    }
}

} // namespace rd
