#include "Maintenance.h"

#include "Backups.h"
#include "DatabaseIdentity.h"
#include "domain/Error.h"
#include "SafeFile.h"
#include "Schema.h"
#include "Sql.h"
#include "Transaction.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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
    try {
        sql::exec(db.connection(), u"VACUUM INTO ?"_s, {temporary});
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
        // quick_check and the schema version, as an open does; throws when either fails.
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

IntegrityReport checkDatabase(const QString& path)
{
    IntegrityReport report;
    if (!QFileInfo::exists(path)) {
        report.problems
            << QCoreApplication::translate("rd::Database", "%1 does not exist.").arg(path);
        return report;
    }
    try {
        Database db(path, Database::Access::ReadOnly);
        const QSqlDatabase connection = db.connection();
        QSqlQuery q = sql::exec(connection, u"PRAGMA integrity_check"_s);
        while (q.next()) {
            const QString row = q.value(0).toString();
            if (row != u"ok"_s)
                report.problems
                    << QCoreApplication::translate("rd::Database", "Integrity check: %1.").arg(row);
        }
        q = sql::exec(connection, u"PRAGMA foreign_key_check"_s);
        while (q.next()) {
            report.problems << QCoreApplication::translate("rd::Database",
                                                           "Row %1 of %2 refers to a missing %3.")
                                   .arg(q.value(1).toString(), q.value(0).toString(),
                                        q.value(2).toString());
        }
        const int version = sql::scalar(connection, u"PRAGMA user_version"_s).toInt();
        if (version != schema::CurrentVersion)
            report.problems << QCoreApplication::translate("rd::Database",
                                                           "The schema version is %1, expected %2.")
                                   .arg(version)
                                   .arg(schema::CurrentVersion);
    } catch (const Error& error) {
        report.problems << error.message();
    }
    return report;
}

} // namespace rd
