#include "SnapshotLoader.h"

#include "domain/Error.h"
#include "storage/Database.h"
#include "storage/TeamLogLoader.h"

namespace rd {

Thresholds loadThresholds(const QSqlDatabase& connection)
{
    return Thresholds::fromSettings(loadSettings(connection));
}

Snapshot readSnapshot(const QSqlDatabase& connection)
{
    Snapshot snapshot;
    snapshot.log = loadTeamLog(connection);
    snapshot.settings = loadSettings(connection);
    snapshot.thresholds = Thresholds::fromSettings(snapshot.settings);
    return snapshot;
}

Snapshot readSnapshotOf(const QString& path, bool check)
{
    Snapshot snapshot;
    try {
        Database reader(path, Database::Access::ReadOnly, nullptr, Database::Check::Deferred);
        if (check) {
            snapshot.damage = Database::findDamage(reader.connection());
            snapshot.checked = true;
        }
        const bool checked = snapshot.checked;
        const QString damage = snapshot.damage;
        snapshot = readSnapshot(reader.connection());
        snapshot.checked = checked;
        snapshot.damage = damage;
    } catch (const Error& error) {
        snapshot.error = error.message();
    }
    return snapshot;
}

} // namespace rd
