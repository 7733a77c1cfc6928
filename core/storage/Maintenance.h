#pragma once

#include "Database.h"

#include <chrono>
#include <QStringList>

namespace rd {

/// `backup --to FILE`: a verified copy (writeVerifiedCopy()) at a file that
/// does not exist yet. An empty `target` means a backup in the backup folder
/// (takeBackup()). Returns the path written. Throws StorageError.
QString backupDatabase(Database& db, const QString& target = {});

/// Whether a copy keeps the database's identity (a backup) or gets its own (a
/// copy that will live as a database of its own).
enum class CopyIdentity
{
    Same,
    New
};

/// A consistent online copy of `db` at `target`, written beside it under a
/// temporary name: VACUUM INTO, owner-only, flushed, checked (integrity_check and
/// the schema version) and only then renamed to `target`, replacing what was
/// there. A full disk, a kill or a failed check leaves `target` as it was and
/// no work file. Throws StorageError naming the target and the cause.
void writeVerifiedCopy(Database& db, const QString& target, CopyIdentity identity);

/// File › Save a Copy: a consistent online copy of the open database at
/// `target`, which may exist already. The copy is written beside the target
/// under a temporary name, owner-only, flushed and checked (integrity_check and
/// the schema version) before it replaces the target in one rename, so a full
/// disk or a kill leaves the earlier file at `target` intact. Refuses the open
/// database itself, its side files, and any other Rode Draad database (an
/// earlier export of another kind may be replaced). Throws StorageError.
void saveCopy(Database& db, const QString& target);

struct IntegrityReport
{
    QStringList problems;     ///< one sentence each; empty when the database is sound
    bool olderSchema = false; ///< one problem is an older schema version, which opening migrates
    bool isSound() const { return problems.isEmpty(); }
    /// Sound, or sound but for an older schema version: a restore may use it.
    bool isRestorable() const { return isSound() || (olderSchema && problems.size() == 1); }
};

/// Runs the schema identity check (schema::identityDifferences()),
/// integrity_check, foreign_key_check and the schema-version check on the file
/// at `path` through a read-only connection. Never writes to the file. With a
/// `budget`, a check that runs longer is stopped and named as a problem.
IntegrityReport checkDatabase(const QString& path,
                              std::chrono::milliseconds budget = std::chrono::milliseconds::zero());

} // namespace rd
