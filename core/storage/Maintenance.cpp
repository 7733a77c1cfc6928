#include "Maintenance.h"

#include "domain/Error.h"
#include "Schema.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rd {

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
