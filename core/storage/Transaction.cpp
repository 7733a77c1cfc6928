#include "Transaction.h"

#include "CommitRecord.h"
#include "domain/Error.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rd {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    // IMMEDIATE takes the write lock up front, so a busy database waits (busy
    // timeout) at the start instead of failing half-way through.
    QSqlQuery begin(m_db);
    if (!begin.exec(u"BEGIN IMMEDIATE"_s)) {
        // SQLITE_BUSY after the busy timeout: another process holds the write
        // lock, for as long as a large import or a restore takes.
        if (begin.lastError().nativeErrorCode() == u"5"_s)
            throw StorageError(QCoreApplication::translate(
                                   "rd::Database",
                                   "%1 is busy: another Rode Draad is writing to it, such as a "
                                   "long import or a restore. Nothing was changed; try again when "
                                   "it has finished.")
                                   .arg(QFileInfo(m_db.databaseName()).fileName()));
        sql::exec(m_db, u"BEGIN IMMEDIATE"_s); // throws with SQLite's reason
    }
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
