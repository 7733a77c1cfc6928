#pragma once

#include <QSqlDatabase>
#include <QString>

/// Detecting a lost write-ahead log tail (docs/reliability.md, "Commits the
/// log lost"). SQLite stops reading a -wal at the first frame whose checksum
/// fails, so a bit flip or a truncation silently drops every commit after it.
/// Every write transaction adds one to a counter in the database
/// (settings "commit:count"); after a commit it acknowledged, the app writes
/// that number to "<file>.commits" beside the database, outside the log. A
/// file that opens with a lower counter than its record lost commits.
namespace rd::commits {

/// The settings key of the counter.
inline constexpr char CounterKey[] = "commit:count";

/// Inside a write transaction, before COMMIT: one more commit. Does nothing on
/// a file without a settings table (schema 1, before its migration).
void count(const QSqlDatabase& connection);

/// The counter of the open database; 0 when it has none yet.
qint64 counted(const QSqlDatabase& connection);

/// The record beside the database at `databasePath`: "<file>.commits".
QString recordPath(const QString& databasePath);
/// The number recorded for `databasePath` whose id (identity::read()) is
/// `databaseId`; 0 when there is no readable record, or it is another
/// database's (a file put in its place).
qint64 recorded(const QString& databasePath, const QString& databaseId);
/// Records `count` for `databasePath` by a safe replace; a failure (a full
/// disk) is not an error: the record then stays lower, which never raises a
/// false alarm.
void record(const QString& databasePath, const QString& databaseId, qint64 count);
/// Forgets the record (the file was replaced by a backup).
void forget(const QString& databasePath);

} // namespace rd::commits
