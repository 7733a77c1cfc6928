#pragma once

#include <QSqlDatabase>

namespace rd {

/// An immediate write transaction that rolls back unless commit() is reached.
/// Every write in Rode Draad goes through one.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    /// Commits; throws StorageError (after rolling back) when the commit fails.
    void commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace rd
