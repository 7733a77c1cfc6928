#pragma once

#include "Database.h"

#include <chrono>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace rd {

/// One backup file, with the moment it was taken and the database it belongs
/// to, both from its name: <file>-<owner>-YYYY-MM-DD-HHmmss.sqlite, where
/// <file> is the database's file name (for people) and <owner> the first eight
/// hex digits of the id stored in the database (identity::backupOwner()).
struct BackupFile
{
    QString path;
    QDateTime takenAt;
    QString owner;
    friend bool operator==(const BackupFile&, const BackupFile&) = default;
};

/// How many backups thinning keeps: the 10 newest, whenever they were taken
/// (a backup made "before I try something" this morning outlives the
/// afternoon's), and the newest of each of the last 7 days, 8 ISO weeks and
/// 12 months that have a backup (grandfather-father-son).
struct RetentionPolicy
{
    int newest = 10;
    int daily = 7;
    int weekly = 8;
    int monthly = 12;
};

/// The backups that thinning removes. Deterministic: the same list gives the
/// same answer; the newest backup is always kept.
QList<BackupFile> backupsToRemove(const QList<BackupFile>& backups,
                                  const RetentionPolicy& policy = {});

/// The folder backups go to: `configured` if set, else "backups" next to the database.
QString backupDirectory(const QString& databasePath, const QString& configured);
/// The folder backups go to, as the user set it in Settings (AppSettings::backupFolder()).
QString backupDirectory(const QString& databasePath);

/// The name a backup of `databasePath`, owned by `owner`, taken at `at` gets.
QString backupFileName(const QString& databasePath, const QString& owner, const QDateTime& at);

/// Every backup in `directory`, of any database, newest first.
QList<BackupFile> listBackups(const QString& directory);
/// The backups in `directory` of the database at `databasePath` whose id
/// gives `owner`, newest first: both its file name and its id must match, so
/// a copy of the file under another name (same id) and another database of
/// the same name (another id) keep their backups apart. Thinning, the Restore
/// dialog and the damaged-file restore see only these.
QList<BackupFile> listBackups(const QString& directory, const QString& databasePath,
                              const QString& owner);
/// The backups of `db` in `directory`, newest first.
QList<BackupFile> listOwnBackups(Database& db, const QString& directory);
/// The backups in `directory` of the file at `databasePath`, which may not
/// open: by the id it holds, or by its file name when the id cannot be read
/// (none then, when backups of two databases of that name share the folder).
QList<BackupFile> backupsOfFile(const QString& databasePath, const QString& directory);
/// Backups in `directory` from before backups were kept per database
/// (rodedraad-YYYY-MM-DD-HHmmss.sqlite): whose they are is not known, so they
/// are never thinned and never offered.
int countUnownedBackups(const QString& directory);

/// What a backup holds, for the user to see what a restore would give back.
struct BackupSummary
{
    qint64 bytes = 0;
    int people = 0;
    qint64 entries = 0; ///< 1:1s, decisions, initiatives and board agreements
    QDate latestEntry;  ///< the newest date among them; null when there are none
};
/// Reads `path` read-only. Throws StorageError when it cannot be read.
BackupSummary summarizeBackup(const QString& path);

enum class Thinning
{
    Thin,
    Keep
};

/// Takes a backup into `directory` and (unless told to keep) thins that
/// database's backups there. The copy is written under a temporary name and
/// checked before it gets its name, so a backup name never holds a partial or
/// damaged file. Returns the new file's path.
QString takeBackup(Database& db, const QString& directory, Thinning thinning = Thinning::Thin,
                   const QDateTime& now = QDateTime::currentDateTime());
/// Removes the backups of the database at `databasePath` (owned by `owner`)
/// that the retention policy does not keep.
void thinBackups(const QString& directory, const QString& databasePath, const QString& owner);

/// Backs up the current data, restores `backupPath`, then thins the folder, so
/// the backup being restored is never thinned away first. Returns the safety copy.
QString restoreWithSafetyBackup(Database& db, const QString& backupPath, const QString& directory);

/// A fingerprint of the logged data (not settings), to tell whether anything
/// changed since the last backup.
QString dataFingerprint(Database& db);

/// Takes a backup only when the data changed since the last automatic one
/// (the fingerprint is kept in the settings), and never of a file without
/// team members (a first start). Returns the path, or empty.
QString backupIfChanged(Database& db, const QString& directory);

/// One sentence for a file that lost commits (Database::lostCommits()): how
/// many, and why that happens.
QString lostCommitsMessage(const Database& db);

/// A restore source larger than this is refused before it is read: a real
/// team's file is tens of megabytes (37 MB at 100,000 entries).
inline constexpr qint64 MaxRestoreBytes = 1024LL * 1024 * 1024;
/// How long checking and copying a restore source may take (a 100,000-entry
/// file takes a fraction of a second; docs/reliability.md).
inline constexpr std::chrono::milliseconds RestoreCheckBudget{60000};

/// Throws StorageError, in one sentence naming `source`, unless it may be
/// restored: at most MaxRestoreBytes, Rode Draad's schema exactly (no view,
/// trigger or table of its own), sound by checkDatabase() within
/// RestoreCheckBudget, and the current or an older schema version.
void requireRestorable(const QString& source);

/// Copies the database at `source` to `target` (which must not exist) through
/// SQLite, with what its write-ahead log holds, owner-only. Never writes to
/// `source`. Throws StorageError.
void copyWithLog(const QString& source, const QString& target);

/// Replaces the open database's content with a backup's, in one transaction.
/// The backup is checked first and never modified (a copy is migrated if it
/// is older). Take a backup of the current data before calling this.
void restoreFromBackup(Database& db, const QString& backupPath);

/// For a damaged database that cannot be opened: moves it (and its -wal and
/// -shm files) aside to "<name>.damaged-<timestamp>", never writing to it, and
/// puts a copy of the newest sound backup of that database in its place: the
/// backups carrying its id, or, when the damage hides the id, its file name.
/// Returns the path the damaged file was kept at. Throws StorageError when no
/// sound backup exists.
QString replaceWithLatestBackup(const QString& damagedPath, const QString& backupDir);
/// The same with a backup the user names (`restore FILE` on a file that will
/// not open): `source` must pass requireRestorable(). Returns the path the
/// damaged file was kept at.
QString replaceDamagedWith(const QString& damagedPath, const QString& source);
/// `restore FILE` onto a database that does not exist yet, or is empty (a new
/// machine): a flushed copy of `source`, which must pass requireRestorable(),
/// is put at `target`. Throws StorageError when `target` holds data.
void placeBackupAt(const QString& target, const QString& source);

/// Entries (1:1s, decisions, initiatives, board agreements) in a backup, read-only.
qint64 countEntries(const QString& databasePath);
qint64 countEntries(Database& db);

} // namespace rd
