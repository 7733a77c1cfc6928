// Nothing lost, nothing leaked: backups, restore, corruption, crashes and hostile input.
#include "demo/DemoTeam.h"
#include "exchange/ImportError.h"
#include "exchange/JsonExchange.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/Maintenance.h"
#include "storage/Repositories.h"
#include "storage/Sql.h"
#include "storage/TeamLogLoader.h"
#include "storage/WriterLock.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTextStream>
#include <random>

using namespace Qt::StringLiterals;
using namespace rd;
using rd::test::readFile;
using rd::test::writeFile;

namespace {
QList<BackupFile> syntheticBackups(int days)
{
    QList<BackupFile> backups;
    const QDateTime start(QDate(2025, 1, 1), QTime(9, 0));
    for (int d = 0; d < days; ++d) {
        for (int hour : {9, 17}) // two a day
            backups << BackupFile{u"b-%1-%2"_s.arg(d).arg(hour),
                                  start.addDays(d).addSecs((hour - 9) * 3600), u"0123abcd"_s};
    }
    return backups;
}

/// A sound file with the demo team in it; returns `path`.
QString demoFile(const QString& path)
{
    Database db(path);
    DemoOptions options;
    options.until = QDate(2026, 11, 27);
    importTeamLog(db, generateDemoTeam(options), ImportMode::Merge);
    return path;
}
} // namespace

TEST_CASE("thinning keeps the 10 newest and 7 daily, 8 weekly and 12 monthly backups, "
          "deterministically")
{
    const QList<BackupFile> backups = syntheticBackups(500);
    const QList<BackupFile> removed = backupsToRemove(backups);
    QSet<QString> removedPaths;
    for (const BackupFile& b : removed)
        removedPaths.insert(b.path);
    QList<BackupFile> kept;
    for (const BackupFile& b : backups) {
        if (!removedPaths.contains(b.path))
            kept << b;
    }
    CHECK(kept.size() <= 10 + 7 + 8 + 12);
    CHECK(kept.size() >= 12);
    for (int day = 495; day < 500; ++day) { // the 10 newest stay, two a day
        CHECK_FALSE(removedPaths.contains(u"b-%1-9"_s.arg(day)));
        CHECK_FALSE(removedPaths.contains(u"b-%1-17"_s.arg(day)));
    }
    CHECK_FALSE(removedPaths.contains(u"b-494-17"_s)); // past the 10: the newest of its day stays
    CHECK(removedPaths.contains(u"b-494-9"_s));        // and an older one of the same day goes
    QSet<QString> months;
    for (const BackupFile& b : kept)
        months.insert(b.takenAt.toString(u"yyyy-MM"_s));
    CHECK(months.size() == 12);

    QList<BackupFile> shuffled = backups;
    std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(42));
    CHECK(backupsToRemove(shuffled) == removed);
    CHECK(backupsToRemove(syntheticBackups(5)).isEmpty()); // 10 backups: all of them the newest
    // Positive control: the 11th and 12th; the older of their day goes.
    REQUIRE(backupsToRemove(syntheticBackups(6)).size() == 1);
    CHECK(backupsToRemove(syntheticBackups(6)).first().path == u"b-0-9"_s);
}

TEST_CASE(
    "backups go to the backup folder owner-only, are thinned, and are only taken when data changed")
{
    test::TempDatabase temp;
    Database db(temp.path());
    const QString dir = backupDirectory(db.path());
    CHECK(backupIfChanged(db, dir).isEmpty()); // a new, empty file: nothing to keep yet
    importTeamLog(db, test::sampleLog(), ImportMode::Merge);
    CHECK(dir == temp.dir.filePath(u"backups"_s));
    const QString first = backupIfChanged(db, dir);
    REQUIRE_FALSE(first.isEmpty());
    CHECK_FALSE(QFileInfo(first).permissions().testFlag(QFileDevice::ReadGroup));
    CHECK(checkDatabase(first).isSound());
    CHECK(backupIfChanged(db, dir).isEmpty()); // nothing changed
    PeopleRepository(db).add(Person{u"p9"_s, u"Kim"_s, {}, {}, 14, false});
    const QString second = backupIfChanged(db, dir);
    CHECK_FALSE(second.isEmpty());
    // Both stay (the 10 newest always do), newest first.
    REQUIRE(listBackups(dir).size() == 2);
    CHECK(listBackups(dir).first().path == second);
}

TEST_CASE("restore brings back a backup's content exactly and leaves the backup untouched")
{
    test::TempDatabase temp;
    Database db(temp.path());
    importTeamLog(db, test::sampleLog(), ImportMode::Merge);
    SettingsRepository(db).setValue(u"threshold:talk-share-high.minPercent"_s, u"70"_s);
    const TeamLog before = loadTeamLog(db.connection());
    const QString backup = takeBackup(db, backupDirectory(db.path()));
    const QByteArray backupHash = test::fileHash(backup);

    PeopleRepository(db).add(Person{u"p9"_s, u"Kim"_s, {}, {}, 14, false});
    DecisionRepository(db).remove(before.decisions.first().id);
    SettingsRepository(db).remove(u"threshold:talk-share-high.minPercent"_s);
    restoreFromBackup(db, backup);

    CHECK(loadTeamLog(db.connection()) == before);
    CHECK(SettingsRepository(db).all().value(u"threshold:talk-share-high.minPercent"_s) == u"70"_s);
    CHECK(SearchRepository(db).search(u"audit"_s).size() == 1);
    CHECK(test::fileHash(backup) == backupHash);
    CHECK(checkDatabase(temp.path()).isSound());
    CHECK_THROWS_AS(restoreFromBackup(db, temp.dir.filePath(u"missing.sqlite"_s)), StorageError);
}

TEST_CASE("an older file is backed up before it is migrated, as one of its own backups")
{
    test::TempDatabase temp;
    test::createSchemaV1Database(temp.path());
    QList<BackupFile> copies;
    {
        Database db(temp.path());
        copies = listOwnBackups(db, backupDirectory(temp.path()));
    }
    REQUIRE(copies.size() == 1);
    CHECK(listBackups(backupDirectory(temp.path())).size() == 1);
    const QString copy = copies.first().path;
    CHECK_FALSE(QFileInfo(copy).permissions().testFlag(QFileDevice::ReadOther));
    {
        QSqlDatabase backup = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"backup"_s);
        backup.setDatabaseName(copy);
        backup.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        REQUIRE(backup.open());
        CHECK(sql::scalar(backup, u"PRAGMA user_version"_s).toInt() == 1);
        CHECK(sql::scalar(backup, u"SELECT count(*) FROM decisions"_s).toInt() == 1);
        backup.close();
    }
    QSqlDatabase::removeDatabase(u"backup"_s);
}

TEST_CASE("a migration step that fails leaves the old schema, never a mix")
{
    test::TempDatabase temp;
    test::createSchemaV1Database(temp.path(), {u"CREATE TABLE search_index (x)"_s});
    CHECK_THROWS_AS(Database(temp.path()), StorageError);
    QSqlDatabase check = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
    check.setDatabaseName(temp.path());
    REQUIRE(check.open());
    CHECK(sql::scalar(check, u"PRAGMA user_version"_s).toInt() == 1);
    CHECK_FALSE(sql::scalar(check, u"SELECT 1 FROM sqlite_schema WHERE name = 'prompt_states'"_s)
                    .isValid());
    CHECK_FALSE(
        sql::scalar(check, u"SELECT 1 FROM sqlite_schema WHERE name = 'settings'"_s).isValid());
    check.close();
    check = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"check"_s);
}

TEST_CASE("damaged files are detected and left unchanged")
{
    test::TempDatabase temp;
    const QString good = demoFile(temp.dir.filePath(u"good.sqlite"_s));
    QFile source(good);
    REQUIRE(source.open(QIODevice::ReadOnly));
    const QByteArray bytes = source.readAll();
    REQUIRE(bytes.size() > 64 * 1024);
    int detected = 0;
    int tried = 0;
    auto expectDamaged = [&](const QString& name, const QByteArray& content) {
        const QString path = temp.dir.filePath(name);
        writeFile(path, content);
        const QByteArray hash = test::fileHash(path);
        const IntegrityReport report = checkDatabase(path);
        ++tried;
        detected += report.isSound() ? 0 : 1;
        CHECK_FALSE(report.isSound());
        CHECK(test::fileHash(path) == hash);
        CHECK_THROWS(Database(path));
        CHECK(test::fileHash(path) == hash);
    };
    SECTION("flipped bytes in pages")
    {
        for (int page : {3, 7, 20}) {
            QByteArray flipped = bytes;
            const int pageSize = 4096;
            for (int i = 0; i < 64; ++i) // the b-tree page header and cell pointers
                flipped[page * pageSize + i] = char(~flipped.at(page * pageSize + i));
            expectDamaged(u"flipped-%1.sqlite"_s.arg(page), flipped);
        }
    }
    SECTION("a truncated file")
    {
        expectDamaged(u"truncated.sqlite"_s, bytes.left(bytes.size() / 2));
    }
    SECTION("a file that is not SQLite")
    {
        expectDamaged(u"notes.sqlite"_s,
                      QByteArray("My private notes, not a database\n").repeated(100));
    }
    SECTION("a zero-length file")
    {
        const QString path = temp.dir.filePath(u"empty.sqlite"_s);
        writeFile(path, {});
        CHECK_FALSE(checkDatabase(path).isSound());
        CHECK(QFileInfo(path).size() == 0);
    }
    INFO(detected << " of " << tried);
    CHECK(detected == tried);
}

TEST_CASE("a deferred integrity check holds every write until it passes, and for good when it "
          "fails")
{
    test::TempDatabase temp;
    const QString good = demoFile(temp.dir.filePath(u"good.sqlite"_s));
    Person newcomer;
    newcomer.name = u"Newcomer"_s;

    SECTION("a sound file: refused while pending, accepted once confirmed")
    {
        Database db(good, Database::Access::ReadWrite, nullptr, Database::Check::Deferred);
        REQUIRE(db.isIntegrityCheckPending());
        const QByteArray hash = test::fileHash(good);
        CHECK_THROWS_WITH(PeopleRepository(db).add(newcomer),
                          Catch::Contains("still checking this file"));
        CHECK_THROWS_WITH(importTeamLog(db, TeamLog{}, ImportMode::Merge),
                          Catch::Contains("still checking this file"));
        CHECK(test::fileHash(good) == hash);
        db.confirmIntegrity(Database::findDamage(db.connection()));
        CHECK_FALSE(db.isIntegrityCheckPending());
        CHECK(db.writeRefusal().isEmpty());
        CHECK_NOTHROW(PeopleRepository(db).add(newcomer));
    }
    SECTION("a damaged file: opens for reading, every write refused, the file unchanged")
    {
        QFile source(good);
        REQUIRE(source.open(QIODevice::ReadOnly));
        QByteArray bytes = source.readAll();
        const int page = 20 * 4096;
        for (int i = 0; i < 64; ++i)
            bytes[page + i] = char(~bytes.at(page + i));
        const QString damagedPath = temp.dir.filePath(u"damaged.sqlite"_s);
        writeFile(damagedPath, bytes);
        const QByteArray hash = test::fileHash(damagedPath);
        CHECK_THROWS_WITH(Database(damagedPath), Catch::Contains("damaged"));
        {
            Database db(damagedPath, Database::Access::ReadWrite, nullptr,
                        Database::Check::Deferred);
            const QString damage = Database::findDamage(db.connection());
            CHECK_FALSE(damage.isEmpty());
            db.confirmIntegrity(damage);
            CHECK_FALSE(db.isIntegrityCheckPending());
            CHECK_THROWS_WITH(PeopleRepository(db).add(newcomer), Catch::Contains("is damaged"));
            db.confirmIntegrity(QString()); // a later all-clear does not undo a found damage
            CHECK_THROWS_WITH(PeopleRepository(db).add(newcomer), Catch::Contains("is damaged"));
        }
        CHECK(test::fileHash(damagedPath) == hash);
    }
    SECTION("a file that needs migrating is checked before the migration, even when deferred")
    {
        const QString old = temp.dir.filePath(u"old.sqlite"_s);
        test::createSchemaV1Database(old);
        Database db(old, Database::Access::ReadWrite, nullptr, Database::Check::Deferred);
        CHECK(db.openedAtVersion() == 1);
        CHECK_FALSE(db.isIntegrityCheckPending()); // checked (and migrated) on open
        CHECK_NOTHROW(PeopleRepository(db).add(newcomer));
    }
    SECTION("a new database has nothing to check")
    {
        Database db(temp.dir.filePath(u"new.sqlite"_s), Database::Access::ReadWrite, nullptr,
                    Database::Check::Deferred);
        CHECK_FALSE(db.isIntegrityCheckPending());
        CHECK_NOTHROW(PeopleRepository(db).add(newcomer));
    }
}

TEST_CASE("a database opened later touches nothing until open(), which refuses as the "
          "constructor would")
{
    test::TempDatabase temp;
    const QString good = demoFile(temp.dir.filePath(u"good.sqlite"_s));
    Person newcomer;
    newcomer.name = u"Newcomer"_s;

    SECTION("a sound file: nothing read or written before open(), then as a deferred check")
    {
        const QByteArray hash = test::fileHash(good);
        Database db(good, Database::Access::ReadWrite, nullptr, Database::Check::Deferred,
                    Database::Opening::Later);
        CHECK_FALSE(db.isOpen());
        CHECK_FALSE(db.canWrite());
        CHECK_THROWS_WITH(PeopleRepository(db).all(), Catch::Contains("still opening this file"));
        CHECK_THROWS_WITH(PeopleRepository(db).add(newcomer),
                          Catch::Contains("still opening this file"));
        CHECK(test::fileHash(good) == hash);
        CHECK_FALSE(QFileInfo::exists(good + u"-wal"_s));

        db.open();
        CHECK(db.isOpen());
        CHECK(db.connection().isOpen());
        CHECK(db.isIntegrityCheckPending()); // Check::Deferred: still for the first load
        db.open();                           // once open, nothing more happens
        db.confirmIntegrity(Database::findDamage(db.connection()));
        CHECK_NOTHROW(PeopleRepository(db).add(newcomer));
    }
    SECTION("a new file is created by open(), not before")
    {
        const QString fresh = temp.dir.filePath(u"fresh.sqlite"_s);
        Database db(fresh, Database::Access::ReadWrite, nullptr, Database::Check::Deferred,
                    Database::Opening::Later);
        CHECK_FALSE(QFileInfo::exists(fresh));
        db.open();
        CHECK(QFileInfo::exists(fresh));
        CHECK(db.canWrite());
    }
    SECTION("a file from a newer version: open() refuses it, and it stays byte-identical")
    {
        {
            Database db(good);
            sql::exec(db.connection(), u"PRAGMA user_version = 99"_s);
        }
        const QByteArray hash = test::fileHash(good);
        Database db(good, Database::Access::ReadWrite, nullptr, Database::Check::Deferred,
                    Database::Opening::Later);
        CHECK_THROWS_WITH(db.open(), Catch::Contains("newer version"));
        CHECK_FALSE(db.isOpen());
        CHECK_FALSE(db.canWrite());
        CHECK(test::fileHash(good) == hash);
    }
    SECTION("a truncated file: open() names the damage, for the offer of a backup")
    {
        QFile file(good);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.resize(file.size() / 2));
        file.close();
        const QByteArray hash = test::fileHash(good);
        Database db(good, Database::Access::ReadWrite, nullptr, Database::Check::Deferred,
                    Database::Opening::Later);
        CHECK_THROWS_AS(db.open(), DamagedFileError);
        CHECK_FALSE(db.isOpen());
        CHECK(test::fileHash(good) == hash);
    }
}

TEST_CASE("one writer at a time: a second lock fails, a stale lock from a crash does not block")
{
    test::TempDatabase temp;
    {
        WriterLock first(temp.path());
        REQUIRE(first.acquire());
        WriterLock second(temp.path());
        CHECK_FALSE(second.acquire());
        CHECK(second.holder() == u"process %1 on %2"_s.arg(QCoreApplication::applicationPid())
                                     .arg(QSysInfo::machineHostName()));
        CHECK(QFile::permissions(temp.path() + u".lock"_s) ==
              (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
               QFileDevice::WriteUser));
        first.release();
        CHECK_FALSE(QFileInfo::exists(temp.path() + u".lock"_s));
        CHECK(second.acquire());
    }
    // A lock file left by a process that no longer exists.
    QProcess gone;
    gone.start(u"sleep"_s, {u"0.1"_s});
    REQUIRE(gone.waitForStarted());
    const qint64 deadPid = gone.processId();
    gone.waitForFinished();
    REQUIRE(deadPid > 0);
    writeFile(temp.path() + u".lock"_s, QByteArray::number(deadPid) + "\nrodedraad\n" +
                                            QSysInfo::machineHostName().toUtf8() + "\n");
    WriterLock afterCrash(temp.path());
    CHECK(afterCrash.acquire());
}

TEST_CASE("a damaged database is moved aside untouched and replaced by the newest sound backup")
{
    test::TempDatabase temp;
    const QString dir = backupDirectory(temp.path());
    {
        Database db(temp.path());
        importTeamLog(db, test::sampleLog(), ImportMode::Merge);
        takeBackup(db, dir);
    }
    QFile file(temp.path());
    REQUIRE(file.open(QIODevice::ReadWrite));
    file.resize(file.size() / 2);
    file.close();
    const QByteArray damagedHash = test::fileHash(temp.path());
    CHECK_THROWS_AS(Database(temp.path()), StorageError);

    const QString kept = replaceWithLatestBackup(temp.path(), dir);
    CHECK(test::fileHash(kept) == damagedHash); // kept exactly as it was
    Database db(temp.path());
    CHECK(loadTeamLog(db.connection()).entryCount() == test::sampleLog().entryCount());
    CHECK_THROWS_AS(replaceWithLatestBackup(temp.path(), temp.dir.filePath(u"nowhere"_s)),
                    StorageError);
}

TEST_CASE("a busy database makes a write fail with one sentence; the next write works")
{
    test::TempDatabase temp;
    Database db(temp.path());
    Database other(temp.path());
    sql::exec(db.connection(), u"PRAGMA busy_timeout = 200"_s); // keep the test quick
    sql::exec(other.connection(), u"BEGIN IMMEDIATE"_s);        // another writer holds the lock
    try {
        PeopleRepository(db).add(Person{u"p1"_s, u"Anna"_s, {}, {}, 14, false});
        FAIL("the write went through a held lock");
    } catch (const StorageError& e) {
        CHECK(e.message().contains(u"is busy: another Rode Draad is writing to it"_s));
        CHECK(e.message().contains(u"Nothing was changed"_s));
        CHECK_FALSE(e.message().contains(u'\n'));
    }
    sql::exec(other.connection(), u"ROLLBACK"_s);
    PeopleRepository(db).add(Person{u"p1"_s, u"Anna"_s, {}, {}, 14, false});
    CHECK(PeopleRepository(db).all().size() == 1);
}
