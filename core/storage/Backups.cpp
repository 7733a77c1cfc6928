#include "Backups.h"

#include "domain/Error.h"
#include "Maintenance.h"
#include "Schema.h"
#include "Sql.h"
#include "Transaction.h"

#include <algorithm>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace rd {

namespace {
const QString NamePattern = u"^rodedraad-(\\d{4}-\\d{2}-\\d{2}-\\d{6})\\.sqlite$"_s;
const QString TimestampFormat = u"yyyy-MM-dd-HHmmss"_s;
const QStringList DataTables{u"people"_s,        u"one_on_ones"_s,  u"agenda_items"_s,
                             u"action_items"_s,  u"decisions"_s,    u"initiatives"_s,
                             u"board_entries"_s, u"prompt_states"_s};
} // namespace

QList<BackupFile> backupsToRemove(const QList<BackupFile>& backups, const RetentionPolicy& policy)
{
    QList<BackupFile> sorted = backups;
    std::stable_sort(sorted.begin(), sorted.end(), [](const BackupFile& a, const BackupFile& b) {
        return a.takenAt != b.takenAt ? a.takenAt > b.takenAt : a.path > b.path;
    });
    QSet<QString> keep;
    auto keepNewestPer = [&](int limit, auto bucketOf) {
        QSet<QString> buckets;
        for (const BackupFile& backup : sorted) {
            const QString bucket = bucketOf(backup.takenAt.date());
            if (buckets.contains(bucket))
                continue;
            if (buckets.size() >= limit)
                break;
            buckets.insert(bucket);
            keep.insert(backup.path);
        }
    };
    keepNewestPer(policy.daily, [](QDate d) { return d.toString(Qt::ISODate); });
    keepNewestPer(policy.weekly, [](QDate d) {
        int year = 0;
        const int week = d.weekNumber(&year);
        return u"%1W%2"_s.arg(year).arg(week);
    });
    keepNewestPer(policy.monthly, [](QDate d) { return d.toString(u"yyyy-MM"_s); });
    QList<BackupFile> remove;
    for (const BackupFile& backup : sorted) {
        if (!keep.contains(backup.path))
            remove << backup;
    }
    return remove;
}

QString backupDirectory(const QString& databasePath, const QString& configured)
{
    if (!configured.isEmpty())
        return configured;
    return QFileInfo(databasePath).absoluteDir().filePath(u"backups"_s);
}

QList<BackupFile> listBackups(const QString& directory)
{
    static const QRegularExpression pattern(NamePattern);
    QList<BackupFile> backups;
    const QDir dir(directory);
    for (const QString& name : dir.entryList(QDir::Files)) {
        const auto match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        const QDateTime takenAt = QDateTime::fromString(match.captured(1), TimestampFormat);
        if (takenAt.isValid())
            backups << BackupFile{dir.filePath(name), takenAt};
    }
    std::sort(backups.begin(), backups.end(),
              [](const BackupFile& a, const BackupFile& b) { return a.takenAt > b.takenAt; });
    return backups;
}

QString takeBackup(Database& db, const QString& directory, Thinning thinning, const QDateTime& now)
{
    if (!QDir().mkpath(directory))
        throw StorageError(
            QCoreApplication::translate("rd::Database", "Cannot create the folder %1.")
                .arg(directory));
    QFile::setPermissions(directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QString path =
        QDir(directory).filePath(u"rodedraad-"_s + now.toString(TimestampFormat) + u".sqlite"_s);
    for (int second = 1; QFileInfo::exists(path); ++second) // two backups within one second
        path = QDir(directory).filePath(
            u"rodedraad-"_s + now.addSecs(second).toString(TimestampFormat) + u".sqlite"_s);
    backupDatabase(db, path);
    if (thinning == Thinning::Thin)
        thinBackups(directory);
    return path;
}

void thinBackups(const QString& directory)
{
    for (const BackupFile& old : backupsToRemove(listBackups(directory)))
        QFile::remove(old.path);
}

QString restoreWithSafetyBackup(Database& db, const QString& backupPath, const QString& directory)
{
    const QString safety = takeBackup(db, directory, Thinning::Keep);
    restoreFromBackup(db, backupPath);
    thinBackups(directory);
    return safety;
}

QString dataFingerprint(Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& table : DataTables) {
        const QString key =
            table == u"people"_s || table == u"prompt_states"_s ? u"rowid"_s : u"id"_s;
        QSqlQuery q = sql::exec(db.connection(),
                                u"SELECT count(*), coalesce(max(%1), 0), coalesce(sum(%1), 0) "
                                u"FROM %2"_s.arg(key, table));
        if (q.next())
            hash.addData((q.value(0).toString() + u':' + q.value(1).toString() + u':' +
                          q.value(2).toString() + u';')
                             .toUtf8());
    }
    // Counts alone miss edits; the rowids of changed rows do not move, so add the text too.
    hash.addData(sql::scalar(db.connection(), schema::searchTextLengthQuery()).toString().toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

QString backupIfChanged(Database& db, const QString& directory)
{
    const QString fingerprint = dataFingerprint(db);
    const QVariant last = sql::scalar(
        db.connection(), u"SELECT value FROM settings WHERE key = 'backup:fingerprint'"_s);
    if (last.isValid() && last.toString() == fingerprint && !listBackups(directory).isEmpty())
        return {};
    const QString path = takeBackup(db, directory);
    Transaction transaction(db.connection());
    sql::exec(db.connection(),
              u"INSERT INTO settings (key, value) VALUES ('backup:fingerprint', ?) "
              u"ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
              {fingerprint});
    transaction.commit();
    return path;
}

void restoreFromBackup(Database& db, const QString& backupPath)
{
    db.requireWritable();
    const IntegrityReport report = checkDatabase(backupPath);
    if (!report.isSound() &&
        !(report.problems.size() == 1 && report.problems.first().contains(u"schema"_s)))
        throw StorageError(QCoreApplication::translate("rd::Database", "%1 cannot be restored: %2")
                               .arg(backupPath, report.problems.join(u' ')));
    // Work on a private copy, migrated to the current schema: the backup itself stays untouched.
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(u"restore.sqlite"_s);
    if (!QFile::copy(backupPath, copy))
        throw StorageError(
            QCoreApplication::translate("rd::Database", "Cannot read %1.").arg(backupPath));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        Database migrated(copy);
    }

    const QSqlDatabase c = db.connection();
    sql::exec(c, u"ATTACH DATABASE ? AS restored"_s, {copy});
    try {
        Transaction transaction(c);
        schema::suspendSearchIndex(c);
        sql::exec(c, u"DELETE FROM people"_s); // cascades to every log
        sql::exec(c, u"DELETE FROM prompt_states"_s);
        sql::exec(c, u"DELETE FROM settings WHERE key LIKE 'threshold:%'"_s);
        for (const QString& table : DataTables)
            sql::exec(c, u"INSERT INTO main.%1 SELECT * FROM restored.%1"_s.arg(table));
        sql::exec(c, u"INSERT OR REPLACE INTO main.settings SELECT * FROM restored.settings "
                     u"WHERE key LIKE 'threshold:%'"_s);
        schema::rebuildSearchIndex(c);
        transaction.commit();
    } catch (...) {
        sql::exec(c, u"DETACH DATABASE restored"_s);
        throw;
    }
    sql::exec(c, u"DETACH DATABASE restored"_s);
    db.notifyReplaced();
}

QString replaceWithLatestBackup(const QString& damagedPath, const QString& backupDir)
{
    QString source;
    for (const BackupFile& backup : listBackups(backupDir)) {
        if (checkDatabase(backup.path).isSound()) {
            source = backup.path;
            break;
        }
    }
    if (source.isEmpty())
        throw StorageError(
            QCoreApplication::translate("rd::Database", "There is no sound backup in %1.")
                .arg(backupDir));
    const QString kept =
        damagedPath + u".damaged-"_s + QDateTime::currentDateTime().toString(TimestampFormat);
    for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(damagedPath + suffix) &&
            !QFile::rename(damagedPath + suffix, kept + suffix))
            throw StorageError(QCoreApplication::translate("rd::Database", "Cannot move %1 aside.")
                                   .arg(damagedPath));
    }
    if (!QFile::copy(source, damagedPath))
        throw StorageError(
            QCoreApplication::translate("rd::Database", "Cannot read %1.").arg(source));
    QFile::setPermissions(damagedPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return kept;
}

qint64 countEntries(const QString& databasePath)
{
    Database db(databasePath, Database::Access::ReadOnly);
    qint64 total = 0;
    for (const char* table : {"one_on_ones", "decisions", "initiatives", "board_entries"})
        total += sql::scalar(db.connection(), u"SELECT count(*) FROM "_s + QLatin1StringView(table))
                     .toLongLong();
    return total;
}

} // namespace rd
