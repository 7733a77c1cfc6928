#pragma once

#include "Database.h"

#include <QStringList>

namespace rd {

/// Makes a consistent online copy of the open database (VACUUM INTO), owner-only.
/// An empty `target` means backups/rodedraad-<timestamp>.sqlite next to the
/// database. Returns the path written. Throws StorageError.
QString backupDatabase(Database& db, const QString& target = {});

struct IntegrityReport
{
    QStringList problems; ///< one sentence each; empty when the database is sound
    bool isSound() const { return problems.isEmpty(); }
};

/// Runs integrity_check, foreign_key_check and the schema-version check on the
/// file at `path` through a read-only connection. Never writes to the file.
IntegrityReport checkDatabase(const QString& path);

} // namespace rd
