#pragma once

#include "Database.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace rd {

/// One backup file, with the moment it was taken (from its name).
struct BackupFile
{
    QString path;
    QDateTime takenAt;
    friend bool operator==(const BackupFile&, const BackupFile&) = default;
};

/// How many backups thinning keeps: the newest of each of the last 7 days,
/// 8 ISO weeks and 12 months that have a backup (grandfather-father-son).
struct RetentionPolicy
{
    int daily = 7;
    int weekly = 8;
    int monthly = 12;
};

/// The backups that thinning removes. Deterministic: the same list gives the
/// same answer; the newest backup is always kept.
QList<BackupFile> backupsToRemove(const QList<BackupFile>& backups,
                                  const RetentionPolicy& policy = {});

/// The folder backups go to: `configured` if set, else "backups" next to the database.
QString backupDirectory(const QString& databasePath, const QString& configured = {});

/// The backups in `directory` (files named rodedraad-YYYY-MM-DD-HHmmss.sqlite), newest first.
QList<BackupFile> listBackups(const QString& directory);

enum class Thinning
{
    Thin,
    Keep
};

/// Takes a backup into `directory` and (unless told to keep) thins the folder.
/// Returns the new file's path.
QString takeBackup(Database& db, const QString& directory, Thinning thinning = Thinning::Thin,
                   const QDateTime& now = QDateTime::currentDateTime());
/// Removes the backups the retention policy does not keep.
void thinBackups(const QString& directory);

/// Backs up the current data, restores `backupPath`, then thins the folder, so
/// the backup being restored is never thinned away first. Returns the safety copy.
QString restoreWithSafetyBackup(Database& db, const QString& backupPath, const QString& directory);

/// A fingerprint of the logged data (not settings), to tell whether anything
/// changed since the last backup.
QString dataFingerprint(Database& db);

/// Takes a backup only when the data changed since the last automatic one
/// (the fingerprint is kept in the settings). Returns the path, or empty.
QString backupIfChanged(Database& db, const QString& directory);

/// Replaces the open database's content with a backup's, in one transaction.
/// The backup is checked first and never modified (a copy is migrated if it
/// is older). Take a backup of the current data before calling this.
void restoreFromBackup(Database& db, const QString& backupPath);

/// For a damaged database that cannot be opened: moves it (and its -wal and
/// -shm files) aside to "<name>.damaged-<timestamp>", never writing to it, and
/// puts a copy of the newest sound backup in its place. Returns the path the
/// damaged file was kept at. Throws StorageError when no sound backup exists.
QString replaceWithLatestBackup(const QString& damagedPath, const QString& backupDir);

/// Entries (1:1s, decisions, initiatives, board agreements) in a backup, read-only.
qint64 countEntries(const QString& databasePath);

} // namespace rd
