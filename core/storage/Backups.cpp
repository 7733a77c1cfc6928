#include "Backups.h"

#include "CommitRecord.h"
#include "DatabaseIdentity.h"
#include "domain/Error.h"
#include "Locations.h"
#include "Maintenance.h"
#include "ReadOnlyOpen.h"
#include "SafeFile.h"
#include "Schema.h"
#include "settings/AppSettings.h"
#include "Sql.h"
#include "Statement.h"
#include "Transaction.h"

#include <algorithm>
#include <QAtomicInt>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rd {

namespace {
// <file>-<owner>-<taken at>.sqlite; and the names of before backups had owners.
const QString NamePattern = u"^(.+)-([0-9a-f]{8})-(\\d{4}-\\d{2}-\\d{2}-\\d{6})\\.sqlite$"_s;
const QString UnownedPattern =
    u"^rodedraad-(before-schema-\\d+-)?\\d{4}-\\d{2}-\\d{2}-\\d{6}\\.sqlite$"_s;
const QString TimestampFormat = u"yyyy-MM-dd-HHmmss"_s;
const QStringList DataTables{u"people"_s,        u"one_on_ones"_s,   u"agenda_items"_s,
                             u"action_items"_s,  u"decisions"_s,     u"initiatives"_s,
                             u"board_entries"_s, u"prompt_states"_s, u"planned_one_on_ones"_s};
} // namespace

QList<BackupFile> backupsToRemove(const QList<BackupFile>& backups, const RetentionPolicy& policy)
{
    QList<BackupFile> sorted = backups;
    std::stable_sort(sorted.begin(), sorted.end(), [](const BackupFile& a, const BackupFile& b) {
        return a.takenAt != b.takenAt ? a.takenAt > b.takenAt : a.path > b.path;
    });
    QSet<QString> keep;
    for (qsizetype n = 0; n < std::min<qsizetype>(policy.newest, sorted.size()); ++n)
        keep.insert(sorted.at(n).path);
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

QString backupDirectory(const QString& databasePath)
{
    return backupDirectory(databasePath, AppSettings().backupFolder());
}

namespace {

/// The database's file name as a backup's name starts with it, for people: only
/// letters, digits, '.', '_' and '-'.
QString backupStem(const QString& databasePath)
{
    QString stem = QFileInfo(databasePath).completeBaseName();
    for (QChar& c : stem) {
        if (!c.isLetterOrNumber() && c != u'.' && c != u'_' && c != u'-')
            c = u'_';
    }
    return stem.isEmpty() ? u"rodedraad"_s : stem;
}

} // namespace

QString backupFileName(const QString& databasePath, const QString& owner, const QDateTime& at)
{
    return u"%1-%2-%3.sqlite"_s.arg(backupStem(databasePath), owner, at.toString(TimestampFormat));
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
        const QDateTime takenAt = QDateTime::fromString(match.captured(3), TimestampFormat);
        if (takenAt.isValid())
            backups << BackupFile{dir.filePath(name), takenAt, match.captured(2)};
    }
    std::sort(backups.begin(), backups.end(),
              [](const BackupFile& a, const BackupFile& b) { return a.takenAt > b.takenAt; });
    return backups;
}

QList<BackupFile> listBackups(const QString& directory, const QString& databasePath,
                              const QString& owner)
{
    const QString prefix = backupStem(databasePath) + u'-' + owner + u'-';
    QList<BackupFile> own = listBackups(directory);
    own.removeIf([&](const BackupFile& backup) {
        return backup.owner != owner || !QFileInfo(backup.path).fileName().startsWith(prefix);
    });
    return own;
}

QList<BackupFile> listOwnBackups(Database& db, const QString& directory)
{
    return listBackups(directory, db.path(), identity::backupOwner(identity::of(db)));
}

int countUnownedBackups(const QString& directory)
{
    static const QRegularExpression pattern(UnownedPattern);
    int count = 0;
    for (const QString& name : QDir(directory).entryList(QDir::Files))
        count += pattern.match(name).hasMatch() ? 1 : 0;
    return count;
}

BackupSummary summarizeBackup(const QString& path)
{
    Database db(path, Database::Access::ReadOnly);
    const QSqlDatabase c = db.connection();
    BackupSummary summary;
    summary.bytes = QFileInfo(path).size();
    summary.people = sql::scalar(c, u"SELECT count(*) FROM people"_s).toInt();
    summary.entries = countEntries(db);
    summary.latestEntry = QDate::fromString(
        sql::scalar(c, u"SELECT max(d) FROM (SELECT max(date) AS d FROM one_on_ones "
                       u"UNION ALL SELECT max(date) FROM decisions "
                       u"UNION ALL SELECT max(date) FROM initiatives "
                       u"UNION ALL SELECT max(agreed_on) FROM board_entries)"_s)
            .toString(),
        Qt::ISODate);
    return summary;
}

QString takeBackup(Database& db, const QString& directory, Thinning thinning, const QDateTime& now)
{
    // The "backups" folder beside the database is the app's own: a link
    // planted there would send the team's notes elsewhere. A folder chosen in
    // Settings may be a link; that is the manager's choice.
    const QString own = backupDirectory(db.path(), QString());
    if (QFileInfo(directory).absoluteFilePath() == QFileInfo(own).absoluteFilePath() &&
        QFileInfo(own).isSymLink())
        throw StorageError(QCoreApplication::translate(
                               "rd::Database",
                               "%1 is a symbolic link; Rode Draad keeps its backups in a folder of "
                               "its own. Remove the link, or choose a backup folder in Settings.")
                               .arg(own));
    createPrivateFolder(directory);
    const QString owner = identity::backupOwner(identity::of(db));
    // Copies a killed backup of this database left under their work names.
    removeDeadWorkFiles(directory, backupStem(db.path()) + u'-' + owner + u'-');
    QString path = QDir(directory).filePath(backupFileName(db.path(), owner, now));
    for (int second = 1; QFileInfo::exists(path); ++second) // two backups within one second
        path = QDir(directory).filePath(backupFileName(db.path(), owner, now.addSecs(second)));
    writeVerifiedCopy(db, path, CopyIdentity::Same);
    if (thinning == Thinning::Thin)
        thinBackups(directory, db.path(), owner);
    return path;
}

namespace {

/// A cheap look, without opening it: an SQLite header and at least one page.
bool looksLikeDatabase(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() < 512)
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

void thinBackups(const QString& directory, const QString& databasePath, const QString& owner)
{
    // Only files that look like whole databases count towards what is kept:
    // a 0-byte or truncated leftover neither fills a place nor gets removed.
    QList<BackupFile> all = listBackups(directory, databasePath, owner);
    all.removeIf([](const BackupFile& b) { return !looksLikeDatabase(b.path); });
    const QList<BackupFile> removable = backupsToRemove(all);
    if (removable.isEmpty())
        return;
    // Thinning never leaves the file without a sound backup: one of those it
    // keeps (newest first, usually the one just verified) must pass the check,
    // or nothing is removed.
    QList<BackupFile> kept = all;
    kept.removeIf([&removable](const BackupFile& b) {
        return std::any_of(removable.cbegin(), removable.cend(),
                           [&b](const BackupFile& r) { return r.path == b.path; });
    });
    std::stable_sort(kept.begin(), kept.end(), [](const BackupFile& a, const BackupFile& b) {
        return a.takenAt > b.takenAt;
    });
    const bool soundKept = std::any_of(kept.cbegin(), kept.cend(), [](const BackupFile& b) {
        return checkDatabase(b.path).isSound();
    });
    if (!soundKept)
        return;
    for (const BackupFile& old : removable)
        QFile::remove(old.path);
}

QString restoreWithSafetyBackup(Database& db, const QString& backupPath, const QString& directory)
{
    const QString safety = takeBackup(db, directory, Thinning::Keep);
    restoreFromBackup(db, backupPath);
    thinBackups(directory, db.path(), identity::backupOwner(identity::of(db)));
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
    // A file with nothing in it yet (a first start) has nothing to lose.
    if (sql::scalar(db.connection(), u"SELECT count(*) FROM people"_s).toInt() == 0)
        return {};
    const QString fingerprint = dataFingerprint(db);
    const QVariant last = sql::scalar(
        db.connection(), u"SELECT value FROM settings WHERE key = 'backup:fingerprint'"_s);
    if (last.isValid() && last.toString() == fingerprint &&
        !listOwnBackups(db, directory).isEmpty())
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

QString lostCommitsMessage(const Database& db)
{
    // Computed apart from the translate() call, whose arguments lupdate parses.
    const auto lost = int(std::min(db.lostCommits(), qint64(1000000000)));
    return QCoreApplication::translate(
               "rd::Database",
               "%1 lacks the last %n change(s) Rode Draad saved to it: its write-ahead log was "
               "damaged or removed, or an older copy was put in its place.",
               nullptr, lost)
        .arg(db.path());
}

void requireRestorable(const QString& source)
{
    const auto refuse = [&source](const QString& why) {
        return StorageError(QCoreApplication::translate("rd::Database", "%1 cannot be restored: %2")
                                .arg(source, why));
    };
    const QFileInfo file(source);
    if (file.isFile() && file.size() > MaxRestoreBytes)
        throw refuse(
            QCoreApplication::translate(
                "rd::Database", "at %1 MB it is larger than any Rode Draad file (at most %2 MB).")
                .arg(file.size() / (1024 * 1024))
                .arg(MaxRestoreBytes / (1024 * 1024)));
    const IntegrityReport report = checkDatabase(source, RestoreCheckBudget);
    if (!report.isRestorable()) {
        // The first problem, and how many more: a file with 1,000 orphan rows
        // gets one sentence, not 1,000.
        const qsizetype more = report.problems.size() - 1;
        throw refuse(more == 0 ? report.problems.first()
                               : QCoreApplication::translate("rd::Database", "%1 (and %n more)",
                                                             nullptr, int(more))
                                     .arg(report.problems.first()));
    }
}

void copyWithLog(const QString& source, const QString& target)
{
    static QAtomicInt counter;
    const QString name = u"rodedraad-copy-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    QString error;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        if (!openReadOnly(connection, source)) {
            error = connection.lastError().text();
        } else {
            // VACUUM INTO reads the source and writes only the new file, but
            // query_only (ReadOnlyWay::QueryOnly) refuses it all the same.
            QSqlQuery(connection).exec(u"PRAGMA query_only = OFF"_s);
            const sql::TimeLimit limit(connection, RestoreCheckBudget);
            QSqlQuery copy(connection);
            copy.prepare(u"VACUUM INTO ?"_s);
            copy.addBindValue(target);
            if (!copy.exec())
                error = limit.exceeded() ? u"it took too long"_s : copy.lastError().text();
        }
        connection.close();
    }
    QSqlDatabase::removeDatabase(name);
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!error.isEmpty())
        throw StorageError(
            QCoreApplication::translate("rd::Database", "Cannot read %1: %2.").arg(source, error));
}

void restoreFromBackup(Database& db, const QString& backupPath)
{
    db.requireWritable();
    requireRestorable(backupPath);
    // Work on a private copy, migrated to the current schema: the backup itself
    // stays untouched. The copy lives beside the database in its owner-only
    // work folder, never in the shared temporary folder, and goes when done.
    const QString copy = workFile(db.path(), u"restore"_s);
    const auto discard = [&copy] {
        for (const QString& suffix : {QString(), u"-journal"_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(copy + suffix);
    };
    const auto cleanup = qScopeGuard([&copy, discard] {
        discard();
        QDir().rmdir(QFileInfo(copy).absolutePath()); // only when empty
    });
    discard(); // what an earlier attempt of this process id left
    // Through SQLite, not as bytes: the copy holds what the source's
    // write-ahead log holds too, and only the pages in use.
    copyWithLog(backupPath, copy);
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
    } catch (const StorageError& error) {
        sql::exec(c, u"DETACH DATABASE restored"_s);
        // A row the schema refuses (a crafted source without its CHECKs): named for the restore.
        throw StorageError(QCoreApplication::translate("rd::Database", "%1 cannot be restored: %2")
                               .arg(backupPath, error.message()));
    } catch (...) {
        sql::exec(c, u"DETACH DATABASE restored"_s);
        throw;
    }
    sql::exec(c, u"DETACH DATABASE restored"_s);
    db.notifyReplaced();
}

QList<BackupFile> backupsOfFile(const QString& databasePath, const QString& directory)
{
    // The file's id when it can still be read; else its backups by name.
    const QString owner = identity::backupOwner(identity::ofFile(databasePath));
    if (!owner.isEmpty())
        return listBackups(directory, databasePath, owner);
    QList<BackupFile> named = listBackups(directory);
    const QString stem = backupStem(databasePath);
    named.removeIf([&stem](const BackupFile& backup) {
        return !QFileInfo(backup.path).fileName().startsWith(stem + u'-' + backup.owner + u'-');
    });
    // Two databases of that name back up here: the name cannot tell whose is whose.
    QSet<QString> owners;
    for (const BackupFile& backup : std::as_const(named))
        owners.insert(backup.owner);
    return owners.size() > 1 ? QList<BackupFile>() : named;
}

namespace {

/// A flushed copy of `source` beside `target`, under a work name; returns it.
QString copyBeside(const QString& target, const QString& source)
{
    const QString part = target + u".part-"_s + QString::number(QCoreApplication::applicationPid());
    for (const QString& suffix : {QString(), u"-journal"_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(part + suffix);
    removeDeadWorkFiles(QFileInfo(target).absolutePath(), QFileInfo(target).fileName());
    copyWithLog(source, part);
    if (!syncPath(part)) {
        QFile::remove(part);
        throw StorageError(
            QCoreApplication::translate("rd::Database", "Cannot write beside %1.").arg(target));
    }
    return part;
}

/// Gives the flushed copy `part` the name `target`.
void moveIntoPlace(const QString& part, const QString& target)
{
    if (!QFile::rename(part, target) && !(QFile::remove(target) && QFile::rename(part, target))) {
        QFile::remove(part);
        throw StorageError(
            QCoreApplication::translate("rd::Database", "Cannot write %1.").arg(target));
    }
    syncPath(QFileInfo(target).absolutePath());
    commits::forget(target); // the backup counts its own commits
}

/// Through a link, the file it points to is the team's: it is moved aside and
/// replaced where it lives (an encrypted volume, say), and the link stays.
QString resolved(const QString& path)
{
    const QFileInfo info(path);
    return info.isSymLink() && !info.canonicalFilePath().isEmpty() ? info.canonicalFilePath()
                                                                   : path;
}

} // namespace

QString replaceDamagedWith(const QString& linkedPath, const QString& source)
{
    requireRestorable(source);
    const QString damagedPath = resolved(linkedPath);
    // The copy is made and flushed beside the file first: when it fails,
    // nothing was moved and the damaged file is where it was.
    const QString part = copyBeside(damagedPath, source);
    const QString kept =
        damagedPath + u".damaged-"_s + QDateTime::currentDateTime().toString(TimestampFormat);
    for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(damagedPath + suffix) &&
            !QFile::rename(damagedPath + suffix, kept + suffix)) {
            QFile::remove(part);
            throw StorageError(QCoreApplication::translate("rd::Database", "Cannot move %1 aside.")
                                   .arg(damagedPath));
        }
    }
    moveIntoPlace(part, damagedPath);
    commits::forget(linkedPath);
    return kept;
}

void placeBackupAt(const QString& target, const QString& source)
{
    requireRestorable(source);
    const QString path = resolved(target);
    const QFileInfo there(path);
    if (there.exists() && (!there.isFile() || there.size() > 0))
        throw StorageError(QCoreApplication::translate(
                               "rd::Database", "%1 already holds data; nothing was changed.")
                               .arg(target));
    createPrivateFolder(there.absolutePath());
    moveIntoPlace(copyBeside(path, source), path);
}

QString replaceWithLatestBackup(const QString& damagedPath, const QString& backupDir)
{
    QString source;
    for (const BackupFile& backup : backupsOfFile(damagedPath, backupDir)) {
        if (checkDatabase(backup.path, RestoreCheckBudget).isRestorable()) {
            source = backup.path;
            break;
        }
    }
    if (source.isEmpty())
        throw StorageError(
            QCoreApplication::translate("rd::Database", "There is no sound backup in %1.")
                .arg(backupDir));
    return replaceDamagedWith(damagedPath, source);
}

qint64 countEntries(const QString& databasePath)
{
    Database db(databasePath, Database::Access::ReadOnly);
    return countEntries(db);
}

qint64 countEntries(Database& db)
{
    qint64 total = 0;
    for (const char* table : {"one_on_ones", "decisions", "initiatives", "board_entries"})
        total += sql::scalar(db.connection(), u"SELECT count(*) FROM "_s + QLatin1StringView(table))
                     .toLongLong();
    return total;
}

} // namespace rd
