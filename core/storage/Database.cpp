#include "Database.h"

#include "Backups.h"
#include "CommitRecord.h"
#include "DatabaseIdentity.h"
#include "domain/Error.h"
#include "Locations.h"
#include "ReadOnlyOpen.h"
#include "Schema.h"
#include "Sql.h"
#include "Statement.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return u"rodedraad-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

/// Creates an empty, owner-only file so that SQLite (and its -wal and -shm
/// files, which copy the main file's mode) never exist with wider permissions.
void createOwnerOnlyFile(const QString& path)
{
    createPrivateFolder(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        throw StorageError(
            QCoreApplication::translate("rd::Database", "Cannot create the database file %1.")
                .arg(path));
    file.close();
    file.setPermissions(OwnerOnly);
}

/// A database that already exists keeps its data but not a wider mode: the
/// file and its -wal and -shm (which SQLite gives the main file's mode) become
/// owner-only when their group or others could read them. Only files this
/// user owns, and never through a symbolic link.
void tightenExistingFiles(const QString& path)
{
    constexpr QFileDevice::Permissions wider = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                               QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                               QFileDevice::WriteOther | QFileDevice::ExeOther;
    for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        const QFileInfo file(path + suffix);
        if (!file.exists() || file.isSymLink() || file.ownerId() != ::geteuid() ||
            !(file.permissions() & wider))
            continue;
        // Only group and others lose their bits; the owner's stay as they were.
        // Qt's "User" bits say what this process may do (root may write a
        // read-only file) and setPermissions() would give them to the owner.
        constexpr QFileDevice::Permissions asThisUser =
            QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;
        QFile::setPermissions(file.filePath(), file.permissions() & ~wider & ~asThisUser);
    }
}

QString damagedMessage(const QString& path, const QString& damage)
{
    return QCoreApplication::translate(
               "rd::Database", "%1 is damaged (%2); it was left untouched. Restore a backup.")
        .arg(path, damage);
}

/// Runs `read` on a read-only connection of its own to `path` (openReadOnly()),
/// named `name`, and closes it again. Returns the error when the file cannot be opened.
template <typename Read>
QString withReadOnlyConnection(const QString& path, const QString& name, Read&& read)
{
    QString openError;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        if (openReadOnly(connection, path))
            read(connection);
        else
            openError = connection.lastError().text();
        connection.close();
    }
    QSqlDatabase::removeDatabase(name);
    return openError;
}

} // namespace

Database::Database(const QString& path, Access access, QObject* parent, Check check,
                   Opening opening)
    : QObject(parent)
    , m_path(path)
    , m_connectionName(nextConnectionName())
    , m_access(access)
    , m_check(check)
{
    if (opening == Opening::Now)
        open();
}

void Database::open()
{
    if (m_open)
        return;
    sql::configureSqlite();
    m_checkPending = false; // what a failed attempt may have left
    try {
        openOrNameDamage();
    } catch (...) {
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    }
    m_open = true;
}

Database::~Database()
{
    {
        QSqlDatabase db = namedConnection();
        if (db.isOpen() && canWrite()) {
            // Fold the WAL back into the main file so a clean exit leaves one file
            // (never on a file found damaged, or not yet checked).
            QSqlQuery checkpoint(db);
            checkpoint.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    if (!m_open)
        throw StorageError(notOpenYet());
    return namedConnection();
}

QSqlDatabase Database::namedConnection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::notOpenYet()
{
    return QCoreApplication::translate(
        "rd::Database",
        "Rode Draad is still opening this file; nothing was changed. Try again in a moment.");
}

QString Database::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("RODEDRAAD_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return ownTeamPath();
}

bool Database::needsMigration(const QString& path)
{
    if (path == u":memory:"_s || !QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return false;
    int version = 0;
    withReadOnlyConnection(path, nextConnectionName() + u"-version"_s,
                           [&version](const QSqlDatabase& probe) {
                               QSqlQuery query(probe);
                               if (query.exec(u"PRAGMA user_version"_s) && query.next())
                                   version = query.value(0).toInt();
                           });
    return version > 0 && version < schema::CurrentVersion;
}

QString Database::backupBeforeMigration()
{
    // A consistent copy of the old file, before any migration step touches it,
    // beside this file's other backups and under the same scheme. A file from
    // before ids (schema 1 has no settings table) gets its id here, and keeps it.
    QString id = identity::read(namedConnection());
    if (id.isEmpty())
        id = identity::newId();
    const QString dir = backupDirectory(m_path);
    const auto refuse = [this] {
        return StorageError(
            QCoreApplication::translate("rd::Database", "Cannot back up %1 before updating it.")
                .arg(m_path));
    };
    try {
        createPrivateFolder(dir);
    } catch (const StorageError&) {
        throw refuse();
    }
    const QString target = QDir(dir).filePath(
        backupFileName(m_path, identity::backupOwner(id), QDateTime::currentDateTime()));
    QSqlQuery copy(namedConnection());
    if (!copy.prepare(u"VACUUM INTO ?"_s))
        throw refuse();
    copy.addBindValue(target);
    if (!copy.exec())
        throw refuse();
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return id;
}

int Database::probeVersion()
{
    // Read the file's identity and version through a read-only connection, so a
    // file we refuse is never touched (a read-write close may checkpoint).
    bool readable = false;
    int applicationId = 0;
    int version = 0;
    int objects = 0;
    QString damage;
    QString unreadable;
    const QString openError = withReadOnlyConnection(
        m_path, m_connectionName + u"-probe"_s, [&](const QSqlDatabase& probe) {
            QSqlQuery query(probe);
            readable = query.exec(u"PRAGMA application_id"_s) && query.next();
            const QString code = query.lastError().nativeErrorCode();
            // SQLITE_CORRUPT: SQLite knows the file (a truncated one, say) but not its content.
            if (!readable && code == u"11"_s)
                damage = query.lastError().databaseText();
            // Anything but SQLITE_NOTADB is not about the file being another's:
            // a full disk, a write-ahead log without its index on read-only media.
            else if (!readable && code != u"26"_s)
                unreadable = query.lastError().databaseText();
            if (readable) {
                applicationId = query.value(0).toInt();
                if (query.exec(u"PRAGMA user_version"_s) && query.next())
                    version = query.value(0).toInt();
                if (query.exec(u"SELECT count(*) FROM sqlite_schema"_s) && query.next())
                    objects = query.value(0).toInt();
                // A migration writes, so a file that needs one is checked first.
                const bool checkNow = m_check == Check::OnOpen || version != schema::CurrentVersion;
                if (checkNow)
                    damage = findDamage(probe);
                else
                    m_checkPending = true;
            }
        });

    if (!openError.isEmpty())
        throw StorageError(QCoreApplication::translate("rd::Database", "Cannot open %1: %2.")
                               .arg(m_path, openError));
    if (!damage.isEmpty())
        throw DamagedFileError(damagedMessage(m_path, damage));
    if (!unreadable.isEmpty())
        throw StorageError(QCoreApplication::translate("rd::Database", "Cannot read %1: %2.")
                               .arg(m_path, unreadable));
    const bool foreign = !readable || (applicationId != schema::ApplicationId &&
                                       (applicationId != 0 || objects > 0));
    if (foreign)
        throw StorageError(
            QCoreApplication::translate("rd::Database", "%1 is not a Rode Draad database.")
                .arg(m_path));
    if (version > schema::CurrentVersion) {
        throw StorageError(
            QCoreApplication::translate("rd::Database",
                                        "%1 was written by a newer version of Rode Draad (schema "
                                        "%2; this version reads up to %3). Update Rode Draad to "
                                        "open it.")
                .arg(m_path)
                .arg(version)
                .arg(schema::CurrentVersion));
    }
    return version;
}

QString Database::findDamage(const QSqlDatabase& connection)
{
    // integrity_check, not quick_check: it also compares every index with its
    // table, which quick_check skips, and a write through a damaged index is
    // how a damaged file gets worse. About twice quick_check's time
    // (docs/reliability.md); the desktop app runs it off the UI thread.
    QSqlQuery query(connection);
    if (!query.exec(u"PRAGMA integrity_check(1)"_s) || !query.next())
        return query.lastError().text().isEmpty() ? u"unreadable"_s : query.lastError().text();
    // One sentence: SQLite's report spans lines ("*** in database main ***\nPage 4: …").
    const QString result = query.value(0).toString().simplified();
    if (result != u"ok"_s)
        return result;
    if (!query.exec(u"PRAGMA foreign_key_check"_s))
        return query.lastError().text();
    if (query.next())
        return QCoreApplication::translate("rd::Database",
                                           "row %1 of %2 refers to a row of %3 that does not exist")
            .arg(query.value(1).toString(), query.value(0).toString(), query.value(2).toString());
    return {};
}

QString Database::writeRefusal() const
{
    if (isReadOnly())
        return QCoreApplication::translate("rd::Database",
                                           "This database is open read-only; nothing was changed.");
    if (!m_damage.isEmpty())
        return damagedMessage(m_path, m_damage);
    if (!m_open)
        return notOpenYet();
    if (m_checkPending)
        return QCoreApplication::translate(
            "rd::Database",
            "Rode Draad is still checking this file; nothing was changed. Try again in a moment.");
    return {};
}

void Database::requireWritable() const
{
    const QString refusal = writeRefusal();
    if (!refusal.isEmpty())
        throw StorageError(refusal);
}

void Database::confirmIntegrity(const QString& damage)
{
    m_checkPending = false;
    if (m_damage.isEmpty())
        m_damage = damage;
}

void Database::openOrNameDamage()
{
    try {
        openFile();
    } catch (const DamagedFileError&) {
        throw;
    } catch (const StorageError&) {
        // Without the check up front, damage can surface as any read error
        // while opening: name it for what it is, so the app can offer a backup.
        if (m_checkPending) {
            QString damage;
            withReadOnlyConnection(
                m_path, m_connectionName + u"-check"_s,
                [&damage](const QSqlDatabase& probe) { damage = findDamage(probe); });
            if (!damage.isEmpty())
                throw DamagedFileError(damagedMessage(m_path, damage));
        }
        throw;
    }
}

void Database::openFile()
{
    const bool inMemory = m_path == u":memory:"_s;
    if (!inMemory) {
        const QString obstacle = openObstacle(m_path, isReadOnly(), Presence::MayCreate);
        if (!obstacle.isEmpty())
            throw StorageError(obstacle);
        const QFileInfo info(m_path);
        if (isReadOnly() && info.size() == 0)
            throw StorageError(QCoreApplication::translate(
                                   "rd::Database", "%1 is empty: it holds no Rode Draad data.")
                                   .arg(m_path));
        if (!info.exists()) {
            createOwnerOnlyFile(m_path);
        } else {
            if (!isReadOnly()) {
                tightenExistingFiles(m_path);
                sweepWorkFolder(m_path); // what a killed restore left beside it
            }
            if (info.size() > 0)
                m_openedAtVersion = probeVersion();
        }
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    bool opened = false;
    if (isReadOnly() && !inMemory) {
        opened = openReadOnly(db, m_path);
    } else {
        db.setDatabaseName(m_path);
        opened = db.open();
    }
    if (!opened)
        throw StorageError(QCoreApplication::translate("rd::Database", "Cannot open %1: %2.")
                               .arg(m_path, db.lastError().text()));
    applyPragmas();

    const int version = sql::scalar(db, u"PRAGMA user_version"_s).toInt();
    m_openedAtVersion = version;
    if (version > schema::CurrentVersion)
        throw StorageError(QCoreApplication::translate(
                               "rd::Database", "%1 was written by a newer version of Rode Draad.")
                               .arg(m_path));
    if (!inMemory) {
        const qint64 acknowledged = commits::recorded(m_path, identity::read(db));
        const qint64 found = commits::counted(db);
        m_lostCommits = acknowledged > found ? acknowledged - found : 0;
    }
    if (isReadOnly()) {
        if (version < schema::CurrentVersion)
            throw StorageError(
                QCoreApplication::translate(
                    "rd::Database",
                    "%1 uses an older schema and cannot be migrated while read-only.")
                    .arg(m_path));
        return;
    }
    if (version == 0) {
        schema::createSchema(db);
        identity::store(db, identity::newId());
    } else if (version < schema::CurrentVersion) {
        const QString id = backupBeforeMigration();
        schema::migrate(db, version);
        identity::store(db, id);
    }
}

void Database::acknowledgeCommit()
{
    if (!m_open || isReadOnly() || m_path == u":memory:"_s)
        return;
    const QSqlDatabase db = namedConnection();
    commits::record(m_path, identity::read(db), commits::counted(db));
    m_lostCommits = 0;
}

void Database::applyPragmas()
{
    const QSqlDatabase db = namedConnection();
    sql::exec(db, u"PRAGMA busy_timeout = 5000"_s);
    sql::exec(db, u"PRAGMA foreign_keys = ON"_s);
    if (isReadOnly())
        return;
    const QString mode = sql::scalar(db, u"PRAGMA journal_mode = WAL"_s).toString();
    if (mode != u"wal"_s && !(m_path == u":memory:"_s && mode == u"memory"_s))
        throw StorageError(
            QCoreApplication::translate("rd::Database", "Cannot switch %1 to write-ahead logging.")
                .arg(m_path));
    sql::exec(db, u"PRAGMA synchronous = FULL"_s);
    // Keep the WAL bounded during long sessions: truncate it to 4 MiB after checkpoints.
    sql::exec(db, u"PRAGMA journal_size_limit = 4194304"_s);
    // A 32 MiB page cache keeps large imports from spilling pages mid-transaction.
    sql::exec(db, u"PRAGMA cache_size = -32768"_s);
}

} // namespace rd
