#pragma once

#include <QByteArray>
#include <QString>

namespace rd {

/// Writes `bytes` to `path` atomically (QSaveFile) and owner-only (0600): a
/// failed write leaves the previous file intact. Throws StorageError.
void writeFileSafely(const QString& path, const QByteArray& bytes);

/// Creates `dir` (and its parents) owner-only if missing. Throws StorageError.
void ensureDirectory(const QString& dir);

} // namespace rd
