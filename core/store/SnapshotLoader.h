#pragma once

#include "coaching/Thresholds.h"
#include "domain/TeamLog.h"

#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace rd {

/// Everything the store keeps in memory, read from the file in one go.
struct Snapshot
{
    TeamLog log;
    /// The data-like settings by key, and the thresholds they give.
    QMap<QString, QString> settings;
    Thresholds thresholds;
    /// Why it could not be read; empty when it was.
    QString error;
    /// Whether the deferred integrity check ran first; `damage` is its result
    /// (empty for a sound file).
    bool checked = false;
    QString damage;
};

/// The rule thresholds the file's settings hold (defaults for the rest): the
/// one place they are read, for the store, the command line and the report.
Thresholds loadThresholds(const QSqlDatabase& connection);

/// Reads a snapshot through `connection` (the store's own, on its thread).
/// Throws rd::Error when the file cannot be read.
Snapshot readSnapshot(const QSqlDatabase& connection);

/// Reads a snapshot of the file at `path` through a read-only connection of
/// its own, opened and closed on the calling thread: the store runs it off the
/// UI thread for its first load. With `check`, the integrity check a deferred
/// open skipped runs first on the same connection. Never throws: a failure
/// comes back in Snapshot::error.
Snapshot readSnapshotOf(const QString& path, bool check);

} // namespace rd
