// Reading without writing (issue 15, item 12): a sound file on a read-only
// folder or mount opens for review and for `check` and `report`; a read-only
// session in a writable folder leaves no -wal or -shm behind it.

#include "CliRunner.h"
#include "exchange/JsonExchange.h"
#include "storage/Database.h"
#include "storage/Maintenance.h"
#include "storage/ReadOnlyOpen.h"
#include "storage/Sql.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace rd;
using rd::test::Run;
using rd::test::runAt;
using rd::test::TinyFilesystem;

namespace {

QStringList sideFiles(const QString& db)
{
    QStringList found;
    for (const QString& suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        if (QFileInfo::exists(db + suffix))
            found << suffix;
    }
    return found;
}

void createSample(const QString& path)
{
    Database db(path);
    importTeamLog(db, test::sampleLog(), ImportMode::Merge);
}

qint64 peopleIn(const QString& path)
{
    Database db(path, Database::Access::ReadOnly);
    return sql::scalar(db.connection(), u"SELECT count(*) FROM people"_s).toLongLong();
}

} // namespace

TEST_CASE("a read-only session in a writable folder leaves no -wal or -shm behind")
{
    test::TempDatabase temp;
    const QString db = temp.path();
    createSample(db);
    REQUIRE(sideFiles(db).isEmpty()); // a clean close leaves one file
    const QByteArray before = test::fileHash(db);

    SECTION("check, report and --read-only commands")
    {
        REQUIRE(readOnlyWay(db) == ReadOnlyWay::QueryOnly);
        Run run = runAt(db, {u"check"_s});
        REQUIRE(run.exitCode == 0);
        CHECK(sideFiles(db).isEmpty());
        run = runAt(db, {u"--read-only"_s, u"person"_s, u"list"_s});
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.contains(u"Anna"_s));
        CHECK(sideFiles(db).isEmpty());
        run = runAt(db, {u"report"_s, u"--pdf"_s, temp.dir.filePath(u"r.pdf"_s)});
        REQUIRE(run.exitCode == 0);
        CHECK(sideFiles(db).isEmpty());
        CHECK(test::fileHash(db) == before);
    }
    SECTION("a read-only connection cannot write, and the writer's lock still works")
    {
        {
            Database reader(db, Database::Access::ReadOnly);
            QSqlQuery write(reader.connection());
            CHECK_FALSE(write.exec(u"DELETE FROM people"_s));
            // A writer that starts while the review is open commits as usual.
            Database writer(db);
            sql::exec(writer.connection(), u"UPDATE people SET role = 'Lead'"_s);
        }
        CHECK(sideFiles(db).isEmpty());
        CHECK(peopleIn(db) == 2);
    }
    SECTION("positive control: SQLite's plain read-only open does leave them")
    {
        {
            QSqlDatabase plain = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"plain"_s);
            plain.setDatabaseName(db);
            plain.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            REQUIRE(plain.open());
            QSqlQuery(plain).exec(u"SELECT count(*) FROM people"_s);
            plain.close();
        }
        QSqlDatabase::removeDatabase(u"plain"_s);
        CHECK(sideFiles(db) == QStringList{u"-wal"_s, u"-shm"_s});
        // And a log already there is read with its frames and left as found.
        REQUIRE(readOnlyWay(db) == ReadOnlyWay::WithLog);
        CHECK(runAt(db, {u"check"_s}).exitCode == 0);
        CHECK(sideFiles(db) == QStringList{u"-wal"_s, u"-shm"_s});
    }
}

TEST_CASE("a sound file on a read-only mount opens for review, check and report")
{
    TinyFilesystem mount(4 * 1024 * 1024);
    if (!mount.mounted()) {
        WARN("skipped: " << mount.reason().toStdString());
        return;
    }
    const QString db = mount.filePath(u"team.sqlite"_s);
    createSample(db);
    REQUIRE(mount.remount(true));
    REQUIRE(readOnlyWay(db) == ReadOnlyWay::Immutable);

    Run run = runAt(db, {u"check"_s});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"is sound"_s));
    run = runAt(db, {u"--read-only"_s, u"person"_s, u"list"_s});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"Anna"_s));
    QTemporaryDir out;
    run = runAt(db, {u"report"_s, u"--pdf"_s, out.filePath(u"r.pdf"_s)});
    CHECK(run.exitCode == 0);
    CHECK(QFileInfo(out.filePath(u"r.pdf"_s)).size() > 0);
    CHECK(peopleIn(db) == 2);
    CHECK(checkDatabase(db).isSound());
    // Writing is refused with one sentence that says what to do instead.
    run = runAt(db, {u"person"_s, u"add"_s, u"Noor"_s});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"Open it read-only"_s));
    CHECK(sideFiles(db).isEmpty());
}

TEST_CASE("a file on a read-only mount with a write-ahead log is read with its frames")
{
    TinyFilesystem mount(4 * 1024 * 1024);
    if (!mount.mounted()) {
        WARN("skipped: " << mount.reason().toStdString());
        return;
    }
    const QString db = mount.filePath(u"team.sqlite"_s);
    createSample(db);
    {
        // A writer that died with its last commit still in the log: copied as it was.
        Database writer(db);
        sql::exec(writer.connection(), u"PRAGMA wal_autocheckpoint = 0"_s);
        sql::exec(writer.connection(),
                  u"INSERT INTO people (id, name) VALUES ('noor', 'Noor'), ('ties', 'Ties')"_s);
        for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            REQUIRE(QFile::copy(db + suffix, mount.filePath(u"copy.sqlite"_s) + suffix));
        QSqlDatabase(writer.connection()).close(); // no checkpoint: the frames stay in the log
    }
    const QString copy = mount.filePath(u"copy.sqlite"_s);
    REQUIRE(QFileInfo(copy + u"-wal"_s).size() > 0);
    REQUIRE(mount.remount(true));
    REQUIRE(readOnlyWay(copy) == ReadOnlyWay::WithLog);
    CHECK(peopleIn(copy) == 4);
    const Run run = runAt(copy, {u"--read-only"_s, u"person"_s, u"list"_s});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"Noor"_s));
}
