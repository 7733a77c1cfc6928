#pragma once

#include <chrono>
#include <optional>
#include <QByteArray>
#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace rd::sql {

/// The SQLite connection behind `db`; throws StorageError when there is none.
sqlite3* handleOf(const QSqlDatabase& db);

/// While it lives, statements on `db` that run past `budget` are interrupted
/// (they fail with SQLITE_INTERRUPT) and exceeded() says so: a check of a
/// crafted file ends in time.
class TimeLimit final
{
public:
    TimeLimit(const QSqlDatabase& db, std::chrono::milliseconds budget);
    ~TimeLimit();
    Q_DISABLE_COPY_MOVE(TimeLimit)
    bool exceeded() const { return m_exceeded; }

private:
    sqlite3* m_db;
    std::chrono::steady_clock::time_point m_deadline;
    bool m_exceeded = false;
};

/// One prepared statement on the SQLite connection behind a QSqlDatabase,
/// bound and stepped through SQLite's C API.
///
/// The writers use it for every row they insert: QSqlQuery wraps each value in
/// a QVariant and formats a placeholder name for every positional bind, which
/// was a tenth of a large import. It shares the connection, so it takes part in
/// the caller's transaction like any QSqlQuery. It must not outlive the open
/// connection; the writers hold one only for a transaction.
class Statement final
{
public:
    /// Prepares `statement`; throws StorageError when SQLite refuses it.
    Statement(const QSqlDatabase& db, const QString& statement);
    ~Statement();
    Q_DISABLE_COPY_MOVE(Statement)

    // Parameters are numbered from 1, as in SQLite.
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    /// Text for a NOT NULL column: a null QString is stored as ''.
    Statement& bind(int index, const QString& value);
    /// YYYY-MM-DD, or NULL for an invalid date.
    Statement& bind(int index, QDate value);
    /// The number, or NULL.
    Statement& bind(int index, std::optional<int> value);
    Statement& bindNull(int index);

    /// Runs the statement to its end and makes it ready to be bound again;
    /// throws StorageError when SQLite refuses the row.
    void run();
    /// The rowid of the last row this connection inserted.
    qint64 lastInsertId() const;
    /// How many rows the last statement run on this connection changed.
    int changes() const;

private:
    void check(int code) const;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    std::vector<QByteArray> m_text; ///< each parameter's UTF-8, alive until the next row
};

/// Process-wide SQLite settings, applied before the first connection opens (a
/// later call changes nothing): SQLite keeps no memory statistics, which it
/// counts under a global mutex on every allocation.
void configureSqlite();

} // namespace rd::sql
