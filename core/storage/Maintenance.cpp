#include "Maintenance.h"

#include "domain/Error.h"
#include "Schema.h"
#include "Sql.h"

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

namespace {

/// fsync() on a file or a folder; false when it could not be flushed.
bool syncFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

} // namespace

QString backupDatabase(Database& db, const QString& target)
{
    QString path = target;
    if (path.isEmpty()) {
        const QDir dir(QFileInfo(db.path()).absoluteDir().filePath(u"backups"_s));
        if (!QDir().mkpath(dir.path()))
            throw StorageError(
                QCoreApplication::translate("rd::Database", "Cannot create the folder %1.")
                    .arg(dir.path()));
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner);
        path = dir.filePath(u"rodedraad-"_s +
                            QDateTime::currentDateTime().toString(u"yyyy-MM-dd-HHmmss"_s) +
                            u".sqlite"_s);
    }
    if (QFileInfo::exists(path))
        throw StorageError(
            QCoreApplication::translate("rd::Database", "%1 already exists; choose another file.")
                .arg(path));
    sql::exec(db.connection(), u"VACUUM INTO ?"_s, {path});
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
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
    if (QFileInfo(wanted).isDir())
        throw StorageError(QCoreApplication::translate(
                               "rd::Database", "%1 is a folder; choose a file name for the copy.")
                               .arg(target));
    const QString temporary =
        wanted + u".part-"_s + QString::number(QCoreApplication::applicationPid());
    QFile::remove(temporary);
    const auto discard = [&temporary] {
        QFile::remove(temporary);
        QFile::remove(temporary + u"-journal"_s);
    };
    try {
        sql::exec(db.connection(), u"VACUUM INTO ?"_s, {temporary});
        QFile::setPermissions(temporary, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (!syncFile(temporary))
            throw StorageError(QCoreApplication::translate(
                "rd::Database", "the copy could not be flushed to disk."));
        const IntegrityReport report = checkDatabase(temporary);
        if (!report.isSound())
            throw StorageError(
                QCoreApplication::translate(
                    "rd::Database", "The copy for %1 did not check out (%2); nothing was replaced.")
                    .arg(target, report.problems.first()));
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
    syncFile(QFileInfo(wanted).absolutePath()); // the rename itself
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
