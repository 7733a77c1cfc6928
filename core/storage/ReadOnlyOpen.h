#pragma once

#include <QSqlDatabase>
#include <QString>

namespace rd {

/// How a read-only connection opens a file so that it reads every committed
/// change and leaves nothing beside the file that was not there before
/// (docs/reliability.md, "Reading without writing"):
enum class ReadOnlyWay
{
    /// A write-ahead log (or its index) is already there: SQLite's plain
    /// read-only open, which reads the log's frames and leaves both files as found.
    WithLog,
    /// File and folder are writable and no log is there: a connection with
    /// writes switched off (PRAGMA query_only), so that SQLite itself removes
    /// the -wal and -shm it made when the connection closes, and a writer that
    /// starts meanwhile is locked as usual.
    QueryOnly,
    /// The file or its folder cannot be written (read-only media, a mount, a
    /// write-protected folder), so nothing can change it: SQLite's `immutable`
    /// open, which needs no -wal or -shm and takes no locks.
    Immutable
};

/// The way for the file at `path`, from what is beside it and what may be written.
ReadOnlyWay readOnlyWay(const QString& path);

/// Names and opens `connection` (added with the QSQLITE driver, not yet open)
/// to `path` the readOnlyWay(). Returns false when it did not open, with
/// `connection.lastError()` saying why.
bool openReadOnly(QSqlDatabase& connection, const QString& path);

} // namespace rd
