#pragma once

#include <QByteArray>
#include <QString>

namespace rd {

/// Writes `bytes` to `path` by a safe replace: a new owner-only work file
/// beside it (O_EXCL, O_NOFOLLOW, 0600), every byte written, fsync, close,
/// rename over the target, fsync of the folder. A failure at any step (a full
/// disk, a read-only folder) leaves the earlier file as it was, removes the
/// work file and throws a StorageError naming the file and the cause. A
/// symbolic link at `path` is replaced, never written through. A device or a
/// pipe at `path` (isSpecialFile()) is refused. Work files a killed earlier
/// write of the same target left are removed first (removeDeadWorkFiles()).
void writeFileSafely(const QString& path, const QByteArray& bytes);

/// Whether `path` (its links followed) is a device, a pipe or a socket, or
/// lies in /dev or /proc, or is a link into them: never replaced by a safe
/// write (as root, a rename would put a file where /dev/stdout's link was,
/// even when stdout is a file), so refused with one sentence.
bool isSpecialFile(const QString& path);

/// Removes the work files in `folder` that a killed write left: names that
/// start with `prefix` and end in ".part-<pid>" (or that with SQLite's
/// "-journal", "-wal" or "-shm" after it), of a process that no longer runs. Work files
/// of running processes are theirs.
void removeDeadWorkFiles(const QString& folder, const QString& prefix);

/// fsync() on a file or a folder; false when it could not be flushed.
bool syncPath(const QString& path);

/// Creates `dir` (and its parents) owner-only if missing. Throws StorageError.
void ensureDirectory(const QString& dir);

} // namespace rd
