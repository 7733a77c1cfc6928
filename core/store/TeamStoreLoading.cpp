// TeamStore: reading the file. The first load (off the UI thread on the
// app's start, after a migration on the pool when one is due), a reload, and
// the look for other processes' writes.
#include "coaching/FacilitationIndex.h"
#include "domain/Error.h"
#include "storage/CommitRecord.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/TeamLogLoader.h"
#include "TeamStore.h"

#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace rd {

void TeamStore::confirmIntegrity(const QString& damage)
{
    m_db.confirmIntegrity(damage);
    if (!damage.isEmpty())
        emit damaged(m_db.writeRefusal());
}

void TeamStore::startLoading()
{
    if (!std::exchange(m_loadPending, false))
        return;
    if (m_db.isReadOnly() || !Database::needsMigration(m_db.path())) {
        openAndLoad();
        return;
    }
    // An older file is checked, backed up and migrated on the pool, through its
    // own connection: on a large file that takes seconds, and the window keeps
    // responding meanwhile. The store's connection opens the migrated file.
    m_migrationWatcher.setFuture(QtConcurrent::run(&m_pool, [path = m_db.path()] {
        OpenFailure failure;
        try {
            Database migrating(path);
        } catch (const DamagedFileError& error) {
            failure = {error.message(), true};
        } catch (const Error& error) {
            failure = {error.message(), false};
        }
        return failure;
    }));
}

void TeamStore::openAndLoad()
{
    try {
        m_db.open(); // the app opens its file once the window is drawn
    } catch (const DamagedFileError& error) {
        failOpening(error.message(), true);
        return;
    } catch (const Error& error) {
        failOpening(error.message(), false);
        return;
    }
    loadInBackground();
}

void TeamStore::failOpening(const QString& message, bool damaged)
{
    m_loading = false;
    emit openFailed(message, damaged);
}

void TeamStore::loadInBackground()
{
    m_loading = true;
    m_loadGeneration = m_generation;
    rememberDataVersion(); // before the worker reads: a write after it is noticed
    m_loadWatcher.setFuture(
        QtConcurrent::run(&m_pool, [path = m_db.path(), check = m_db.isIntegrityCheckPending()] {
            return readSnapshotOf(path, check);
        }));
}

void TeamStore::replaceSnapshot(Snapshot snapshot)
{
    m_log = std::move(snapshot.log);
    m_settings = std::move(snapshot.settings);
    m_thresholds = std::move(snapshot.thresholds);
    m_firstMonth = firstLoggedMonth(m_log);
    ++m_generation;
}

void TeamStore::reload()
{
    emit aboutToBeReset();
    try {
        rememberDataVersion();
        replaceSnapshot(readSnapshot(m_db.connection()));
    } catch (const Error& error) {
        ++m_generation;
        emit errorOccurred(error.message());
    }
    emit reset();
}

void TeamStore::rememberDataVersion()
{
    if (!m_db.isOpen())
        return;
    try {
        m_dataVersion = sql::scalar(m_db.connection(), u"PRAGMA data_version"_s).toLongLong();
        m_commitCount = commits::counted(m_db.connection());
    } catch (const Error&) {
        m_dataVersion = -1;
    }
}

bool TeamStore::hasOutsideWrites()
{
    if (m_loading || !m_db.isOpen())
        return false;
    try {
        const qint64 now = sql::scalar(m_db.connection(), u"PRAGMA data_version"_s).toLongLong();
        if (now == m_dataVersion)
            return false;
        if (commits::counted(m_db.connection()) == m_commitCount) {
            m_dataVersion = now; // a checkpoint or a read: nothing to read in
            return false;
        }
        return true;
    } catch (const Error&) {
        return false; // the next look tries again
    }
}

void TeamStore::acceptOwnCommits(qint64 commits)
{
    if (m_loading || !m_db.isOpen() || commits <= 0)
        return;
    try {
        if (commits::counted(m_db.connection()) != m_commitCount + commits)
            return; // someone else wrote as well: the next look reads it all
        m_settings = loadSettings(m_db.connection());
        m_thresholds = Thresholds::fromSettings(m_settings);
        rememberDataVersion();
    } catch (const Error&) {
        // The next look tries again, and reads everything.
    }
}

bool TeamStore::checkForOutsideWrites()
{
    if (!hasOutsideWrites())
        return false;
    reload();
    emit changedOutside();
    return true;
}

} // namespace rd
