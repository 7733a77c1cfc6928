#pragma once

#include "Database.h"

#include <QStringList>

namespace rd {

/// Makes a consistent online copy of the open database (VACUUM INTO), owner-only.
/// An empty `target` means backups/rodedraad-<timestamp>.sqlite next to the
/// database. Returns the path written. Throws StorageError.
QString backupDatabase(Database& db, const QString& target = {});

/// File › Save a Copy: a consistent online copy of the open database at
/// `target`, which may exist already. The copy is written beside the target
/// under a temporary name, owner-only, flushed and checked (quick_check and
/// the schema version) before it replaces the target in one rename, so a full
/// disk or a kill leaves the earlier file at `target` intact. Refuses the open
/// database itself and its side files. Throws StorageError.
void saveCopy(Database& db, const QString& target);

struct IntegrityReport
{
    QStringList problems; ///< one sentence each; empty when the database is sound
    bool isSound() const { return problems.isEmpty(); }
};

/// Runs integrity_check, foreign_key_check and the schema-version check on the
/// file at `path` through a read-only connection. Never writes to the file.
IntegrityReport checkDatabase(const QString& path);

} // namespace rd
