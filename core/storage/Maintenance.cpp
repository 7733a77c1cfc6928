#include "Maintenance.h"

#include "Backups.h"
#include "DatabaseIdentity.h"
#include "domain/Error.h"
#include "Locations.h"
#include "ReadOnlyOpen.h"
#include "SafeFile.h"
#include "Schema.h"
#include "SchemaIdentity.h"
#include "Sql.h"
#include "Statement.h"
#include "Transaction.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace rd {

void writeVerifiedCopy(Database& db, const QString& target, CopyIdentity identity)
{
    const QString wanted = QFileInfo(target).absoluteFilePath();
    if (QFileInfo(wanted).isDir())
        throw StorageError(QCoreApplication::translate(
                               "rd::Database", "%1 is a folder; choose a file name for the copy.")
                               .arg(target));
    if (isSpecialFile(wanted))
        throw StorageError(QCoreApplication::translate(
                               "rd::Database", "%1 is a device or a pipe; choose a file name for "
                                               "the copy.")
                               .arg(target));
    if (!QFileInfo(QFileInfo(wanted).absolutePath()).isDir())
        throw StorageError(
            QCoreApplication::translate("rd::Database", "The folder %1 does not exist.")
                .arg(QFileInfo(wanted).absolutePath()));
    const QString temporary =
        wanted + u".part-"_s + QString::number(QCoreApplication::applicationPid());
    const auto discard = [&temporary] {
        for (const QString& suffix : {u""_s, u"-journal"_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(temporary + suffix);
    };
    discard(); // what a killed attempt of this process id left
    removeDeadWorkFiles(QFileInfo(wanted).absolutePath(), QFileInfo(wanted).fileName());
    try {
        {
            // A read-only session's query_only connection (ReadOnlyWay::QueryOnly)
            // refuses VACUUM INTO, which only reads it: allowed for this statement.
            const bool readOnly = db.isReadOnly();
            if (readOnly)
                sql::exec(db.connection(), u"PRAGMA query_only = OFF"_s);
            const auto back = qScopeGuard([&db, readOnly] {
                if (readOnly)
                    QSqlQuery(db.connection()).exec(u"PRAGMA query_only = ON"_s);
            });
            sql::exec(db.connection(), u"VACUUM INTO ?"_s, {temporary});
        }
        QFile::setPermissions(temporary, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (identity == CopyIdentity::New) {
            // A database of its own: its own id, and no memory of the original's backups.
            Database copy(temporary);
            const QSqlDatabase c = copy.connection();
            Transaction transaction(c);
            sql::exec(c,
                      u"DELETE FROM settings WHERE key IN ('database:id', 'backup:fingerprint')"_s);
            transaction.commit();
            identity::store(c, identity::newId());
        }
        if (!syncPath(temporary))
            throw StorageError(QCoreApplication::translate(
                "rd::Database", "the copy could not be flushed to disk."));
        // integrity_check and the schema version, as an open does; throws when either fails.
        Database check(temporary, Database::Access::ReadOnly);
    } catch (const StorageError& error) {
        discard();
        throw StorageError(
            QCoreApplication::translate("rd::Database", "Cannot save a copy to %1: %2")
                .arg(target, error.message()));
    }
    // rename() replaces the name: a link at the target is replaced, never written through.
    if (::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(wanted).constData()) !=
        0) {
        const QString cause = QString::fromLocal8Bit(std::strerror(errno));
        discard();
        throw StorageError(
            QCoreApplication::translate("rd::Database", "Cannot save a copy to %1: %2.")
                .arg(target, cause));
    }
    discard(); // the check's read-only connection may leave an index beside the work file
    syncPath(QFileInfo(wanted).absolutePath()); // the rename itself
}

QString backupDatabase(Database& db, const QString& target)
{
    if (target.isEmpty())
        return takeBackup(db, backupDirectory(db.path()));
    if (QFileInfo::exists(target) || QFileInfo(target).isSymLink())
        throw StorageError(
            QCoreApplication::translate("rd::Database", "%1 already exists; choose another file.")
                .arg(target));
    writeVerifiedCopy(db, target, CopyIdentity::Same);
    return target;
}

void saveCopy(Database& db, const QString& target)
{
    const QString own = QFileInfo(db.path()).absoluteFilePath();
    const QString wanted = QFileInfo(target).absoluteFilePath();
    for (const QString& side :
         QStringList{own, own + u"-wal"_s, own + u"-shm"_s, own + u".lock"_s}) {
        if (wanted == side || QFileInfo(wanted).canonicalFilePath() == side)
            throw StorageError(
                QCoreApplication::translate(
                    "rd::Database", "%1 is the open file itself; choose another name for the copy.")
                    .arg(target));
    }
    // Replacing an earlier export is fine; replacing a team's logs is not.
    if (QFileInfo(wanted).isFile() && QFileInfo(wanted).size() > 0 &&
        !identity::ofFile(wanted).isEmpty())
        throw StorageError(
            QCoreApplication::translate("rd::Database",
                                        "%1 is a Rode Draad file with its own team; Save a Copy "
                                        "never replaces one. Choose a new name.")
                .arg(target));
    writeVerifiedCopy(db, target, CopyIdentity::New);
}

namespace {

/// The checks of checkDatabase() on an open read-only connection.
void checkConnection(const QString& path, const QSqlDatabase& connection,
                     std::chrono::milliseconds budget, IntegrityReport& report)
{
    QStringList& problems = report.problems;
    QSqlQuery q(connection);
    if (!q.exec(u"SELECT (SELECT application_id FROM pragma_application_id), "
                u"(SELECT user_version FROM pragma_user_version), "
                u"(SELECT count(*) FROM sqlite_schema)"_s) ||
        !q.next()) {
        problems << QCoreApplication::translate("rd::Database", "%1 cannot be read: %2.")
                        .arg(path, q.lastError().databaseText());
        return;
    }
    const int applicationId = q.value(0).toInt();
    const int version = q.value(1).toInt();
    if ((applicationId != schema::ApplicationId &&
         (applicationId != 0 || q.value(2).toInt() > 0)) ||
        version < 1) {
        problems << QCoreApplication::translate("rd::Database", "%1 is not a Rode Draad database.")
                        .arg(path);
        return;
    }
    if (version > schema::CurrentVersion) {
        problems << QCoreApplication::translate(
                        "rd::Database",
                        "%1 was written by a newer version of Rode Draad (schema %2; this version "
                        "reads up to %3).")
                        .arg(path)
                        .arg(version)
                        .arg(schema::CurrentVersion);
        return;
    }
    const QStringList differences = schema::identityDifferences(connection, version);
    if (!differences.isEmpty()) {
        problems << QCoreApplication::translate("rd::Database",
                                                "Its schema is not Rode Draad's: it has %1.")
                        .arg(differences.mid(0, 3).join(u"; "_s));
        return; // nothing of it is read further: a crafted object is never run
    }
    std::optional<sql::TimeLimit> limit;
    if (budget > std::chrono::milliseconds::zero())
        limit.emplace(connection, budget);
    if (!q.exec(u"PRAGMA integrity_check"_s)) {
        // Computed apart from the translate() call, whose arguments lupdate parses.
        const auto seconds = int(std::chrono::ceil<std::chrono::seconds>(budget).count());
        if (limit && limit->exceeded())
            problems << QCoreApplication::translate(
                "rd::Database",
                "Its check did not finish within %n second(s), longer than any Rode "
                "Draad file takes.",
                nullptr, seconds);
        else
            problems << QCoreApplication::translate("rd::Database", "Integrity check: %1.")
                            .arg(q.lastError().databaseText());
        return;
    }
    while (q.next()) {
        const QString row = q.value(0).toString().simplified();
        if (row != u"ok"_s)
            problems
                << QCoreApplication::translate("rd::Database", "Integrity check: %1.").arg(row);
    }
    if (q.exec(u"PRAGMA foreign_key_check"_s)) {
        while (q.next())
            problems << QCoreApplication::translate(
                            "rd::Database",
                            "Row %1 of %2 refers to a row of %3 that does not exist.")
                            .arg(q.value(1).toString(), q.value(0).toString(),
                                 q.value(2).toString());
    }
    if (version != schema::CurrentVersion) {
        problems << QCoreApplication::translate("rd::Database",
                                                "The schema version is %1, expected %2.")
                        .arg(version)
                        .arg(schema::CurrentVersion);
        report.olderSchema = true;
    }
}

} // namespace

IntegrityReport checkDatabase(const QString& path, std::chrono::milliseconds budget)
{
    IntegrityReport report;
    const QFileInfo file(path);
    if (!file.exists()) {
        report.problems
            << QCoreApplication::translate("rd::Database", "%1 does not exist.").arg(path);
        return report;
    }
    if (const QString obstacle = openObstacle(path, true, Presence::MustExist);
        !obstacle.isEmpty()) {
        report.problems << obstacle;
        return report;
    }
    if (file.size() == 0) {
        report.problems << QCoreApplication::translate("rd::Database",
                                                       "%1 is empty: it holds no Rode Draad data.")
                               .arg(path);
        return report;
    }
    static QAtomicInt counter;
    const QString name = u"rodedraad-check-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        if (openReadOnly(connection, path))
            checkConnection(path, connection, budget, report);
        else
            report.problems << QCoreApplication::translate("rd::Database", "Cannot open %1: %2.")
                                   .arg(path, connection.lastError().text());
        connection.close();
    }
    QSqlDatabase::removeDatabase(name);
    return report;
}

} // namespace rd
