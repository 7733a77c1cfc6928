// What a restore trusts (issue 15, items 6, 10 and 11): a source is checked
// before it is copied, its write-ahead log is read with it, and a file that
// `check` calls damaged takes no write but can be restored from the command line.

#include "CliRunner.h"
#include "exchange/JsonExchange.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/Maintenance.h"
#include "storage/Repositories.h"
#include "storage/Sql.h"
#include "storage/TeamLogLoader.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace rd;
using rd::test::Cli;

namespace {

/// Runs `statements` on `path` through a plain connection of its own, as an
/// attacker (or a stray tool) would edit the file.
void tamper(const QString& path, const QStringList& statements)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        for (const QString& statement : statements) {
            QSqlQuery query(raw);
            INFO(statement.toStdString());
            REQUIRE(query.exec(statement));
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
}

qint64 peopleIn(Database& db)
{
    return sql::scalar(db.connection(), u"SELECT count(*) FROM people"_s).toLongLong();
}

/// A database with the sample team, and a backup of it taken now.
struct TeamWithBackup
{
    test::TempDatabase temp;
    QString backup;
    TeamWithBackup()
    {
        Database db(temp.path());
        importTeamLog(db, test::sampleLog(), ImportMode::Merge);
        backup = backupDatabase(db, temp.dir.filePath(u"source.sqlite"_s));
        // Afterwards the team changes: a restore would take this back.
        sql::exec(db.connection(), u"INSERT INTO people (id, name) VALUES ('noor', 'Noor')"_s);
    }
};

} // namespace

TEST_CASE("a restore source whose schema is not Rode Draad's is refused before it is copied")
{
    TeamWithBackup team;
    const QString source = team.backup;
    SECTION("positive control: the untouched backup restores")
    {
        Database db(team.temp.path());
        restoreFromBackup(db, source);
        CHECK(peopleIn(db) == 2);
    }
    SECTION("a table replaced by a recursive view, a trigger, an extra table, other columns")
    {
        const QStringList crafted[] = {
            {u"DROP TABLE decisions"_s,
             u"CREATE VIEW decisions AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 "
             u"FROM r) SELECT n, 'p1', '2026-01-01', 'x', '', 1, '', '', NULL, 0, 0, 'pending', "
             u"'' FROM r"_s},
            {u"CREATE TRIGGER spy AFTER INSERT ON people BEGIN SELECT 1; END"_s},
            {u"CREATE TABLE extra (x)"_s},
            {u"ALTER TABLE initiatives ADD COLUMN hidden TEXT"_s},
            {u"DROP INDEX decisions_person_date"_s},
        };
        const char* expected[] = {"an object (view) named decisions",
                                  "an object (trigger) named spy", "an object (table) named extra",
                                  "a table initiatives with other columns",
                                  "no index named decisions_person_date"};
        for (std::size_t n = 0; n < std::size(crafted); ++n) {
            const QString copy = team.temp.dir.filePath(u"crafted-%1.sqlite"_s.arg(n));
            REQUIRE(QFile::copy(source, copy));
            tamper(copy, crafted[n]);
            const QByteArray before = test::fileHash(copy);
            Database db(team.temp.path());
            const QString fingerprint = dataFingerprint(db);
            INFO(expected[n]);
            REQUIRE_THROWS_WITH(restoreFromBackup(db, copy),
                                Catch::Contains("cannot be restored") &&
                                    Catch::Contains(expected[n]) &&
                                    Catch::Contains("not Rode Draad's"));
            CHECK(dataFingerprint(db) == fingerprint); // nothing changed
            CHECK(peopleIn(db) == 3);
            CHECK(test::fileHash(copy) == before); // and the source was only read
            CHECK_FALSE(checkDatabase(copy).isSound());
        }
    }
}

TEST_CASE("a restore source larger than any Rode Draad file is refused without reading it")
{
    TeamWithBackup team;
    // Sparse: the size is there, the blocks are not. SQLite reads the pages its
    // header names, so the zeros after them change nothing.
    const QString atLimit = team.temp.dir.filePath(u"at-limit.sqlite"_s);
    const QString overLimit = team.temp.dir.filePath(u"over-limit.sqlite"_s);
    for (const QString& path : {atLimit, overLimit}) {
        REQUIRE(QFile::copy(team.backup, path));
        QFile file(path);
        REQUIRE(file.resize(path == atLimit ? MaxRestoreBytes : MaxRestoreBytes + 1));
    }
    Database db(team.temp.path());
    REQUIRE_THROWS_WITH(restoreFromBackup(db, overLimit),
                        Catch::Contains("larger than any Rode Draad file"));
    CHECK(peopleIn(db) == 3);
    restoreFromBackup(db, atLimit); // the other side of the threshold
    CHECK(peopleIn(db) == 2);
}

TEST_CASE("a check that runs past its budget is stopped and named")
{
    test::TempDatabase temp;
    {
        Database db(temp.path());
        sql::exec(db.connection(), u"INSERT INTO people (id, name) VALUES ('p', 'P')"_s);
        // Enough rows that the check takes far longer than a millisecond.
        sql::exec(db.connection(), u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                   u"FROM n WHERE i < 40000) INSERT INTO initiatives (person_id, "
                                   u"date, description, kind) SELECT 'p', '2026-01-01', "
                                   u"'initiative ' || i, 'initiative' FROM n"_s);
    }
    CHECK(checkDatabase(temp.path(), std::chrono::minutes(1)).isSound());
    const IntegrityReport hurried = checkDatabase(temp.path(), std::chrono::milliseconds(1));
    REQUIRE_FALSE(hurried.isSound());
    CHECK(hurried.problems.first().contains(u"did not finish within 1 second"_s));
}

TEST_CASE("a restore reads the source's write-ahead log with it")
{
    test::TempDatabase temp;
    const QString writerPath = temp.dir.filePath(u"writer.sqlite"_s);
    const QString withLog = temp.dir.filePath(u"with-log.sqlite"_s);
    const QString mainOnly = temp.dir.filePath(u"main-only.sqlite"_s);
    {
        Database writer(writerPath);
        importTeamLog(writer, test::sampleLog(), ImportMode::Merge);
        sql::exec(writer.connection(), u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        sql::exec(writer.connection(), u"PRAGMA wal_autocheckpoint = 0"_s);
        sql::exec(writer.connection(),
                  u"INSERT INTO people (id, name) VALUES ('noor', 'Noor'), ('ties', 'Ties')"_s);
        // As a writer that died leaves it: the last commits only in the log.
        for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            REQUIRE(QFile::copy(writerPath + suffix, withLog + suffix));
        REQUIRE(QFile::copy(writerPath, mainOnly));
    }
    REQUIRE(QFileInfo(withLog + u"-wal"_s).size() > 0);
    const QByteArray mainBefore = test::fileHash(withLog);
    const QByteArray logBefore = test::fileHash(withLog + u"-wal"_s);

    Database db(temp.path());
    restoreFromBackup(db, withLog);
    CHECK(peopleIn(db) == 4);
    CHECK(loadTeamLog(db.connection()).entryCount() == test::sampleLog().entryCount());
    // The source and its log were read, not changed.
    CHECK(test::fileHash(withLog) == mainBefore);
    CHECK(test::fileHash(withLog + u"-wal"_s) == logBefore);
    // Positive control: the main file alone lacks the two commits in the log.
    restoreFromBackup(db, mainOnly);
    CHECK(peopleIn(db) == 2);
}

TEST_CASE("a file whose index disagrees with its table takes no write and restores from the CLI")
{
    Cli cli;
    REQUIRE(cli({u"person"_s, u"add"_s, u"Anna"_s}).exitCode == 0);
    REQUIRE(cli({u"log"_s, u"decision"_s, u"--person"_s, u"anna"_s, u"--title"_s, u"Budget"_s,
                 u"--level"_s, u"advise"_s})
                .exitCode == 0);
    const QString backup = cli.file(u"before.sqlite"_s);
    REQUIRE(cli({u"backup"_s, u"--to"_s, backup}).exitCode == 0);
    // The index's definition no longer matches the rows it holds: SQLite's
    // quick_check does not look, integrity_check does.
    tamper(cli.db(), {u"PRAGMA writable_schema = ON"_s,
                      u"UPDATE sqlite_schema SET sql = 'CREATE INDEX decisions_person_date ON "
                      u"decisions(date, person_id)' WHERE name = 'decisions_person_date'"_s});
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"quick"_s);
        raw.setDatabaseName(cli.db());
        REQUIRE(raw.open());
        QSqlQuery quick(raw);
        REQUIRE(quick.exec(u"PRAGMA quick_check"_s));
        REQUIRE(quick.next());
        CHECK(quick.value(0).toString() == u"ok"_s); // the gap the open used to have
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"quick"_s);
    const QByteArray damaged = test::fileHash(cli.db());

    const test::Run check = cli({u"check"_s});
    CHECK(check.exitCode == 1);
    const test::Run write = cli(
        {u"log"_s, u"initiative"_s, u"--person"_s, u"anna"_s, u"--text"_s, u"Fixed the build"_s});
    CHECK(write.exitCode == 1);
    CHECK(write.err.contains(u"is damaged"_s));
    CHECK(test::fileHash(cli.db()) == damaged);

    const test::Run restore = cli({u"restore"_s, backup});
    INFO(restore.err.toStdString());
    REQUIRE(restore.exitCode == 0);
    CHECK(restore.err.contains(u"was damaged; it was kept unchanged at"_s));
    const QStringList kept = QDir(QFileInfo(cli.db()).absolutePath())
                                 .entryList({u"test.sqlite.damaged-*"_s}, QDir::Files);
    REQUIRE(kept.size() == 1);
    CHECK(test::fileHash(QFileInfo(cli.db()).absoluteDir().filePath(kept.first())) == damaged);
    CHECK(cli({u"check"_s}).exitCode == 0);
    CHECK(cli({u"log"_s, u"initiative"_s, u"--person"_s, u"anna"_s, u"--text"_s,
               u"Fixed the build"_s})
              .exitCode == 0);
}

TEST_CASE("restore from the command line brings back a file that will not open at all")
{
    Cli cli;
    REQUIRE(cli({u"person"_s, u"add"_s, u"Anna"_s}).exitCode == 0);
    const QString backup = cli.file(u"before.sqlite"_s);
    REQUIRE(cli({u"backup"_s, u"--to"_s, backup}).exitCode == 0);
    {
        QFile file(cli.db());
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.resize(file.size() / 2));
    }
    REQUIRE(cli({u"person"_s, u"list"_s}).exitCode == 1);
    // A source that is not sound is refused, and the damaged file stays put.
    const QString bad = cli.file(u"bad.sqlite"_s);
    REQUIRE(QFile::copy(cli.db(), bad));
    const QByteArray damaged = test::fileHash(cli.db());
    const test::Run refused = cli({u"restore"_s, bad});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"cannot be restored"_s));
    CHECK(test::fileHash(cli.db()) == damaged);

    const test::Run restore = cli({u"restore"_s, backup});
    INFO(restore.err.toStdString());
    REQUIRE(restore.exitCode == 0);
    CHECK(cli({u"person"_s, u"list"_s}).out.contains(u"Anna"_s));
}

TEST_CASE("commits a damaged or missing write-ahead log lost are detected and named")
{
    test::TempDatabase temp;
    const QString writerPath = temp.dir.filePath(u"team.sqlite"_s);
    const QString intact = temp.dir.filePath(u"intact.sqlite"_s);
    const QString cut = temp.dir.filePath(u"cut.sqlite"_s);
    const QString flipped = temp.dir.filePath(u"flipped.sqlite"_s);
    const QString noLog = temp.dir.filePath(u"no-log.sqlite"_s);
    {
        Database writer(writerPath);
        importTeamLog(writer, test::sampleLog(), ImportMode::Merge);
        sql::exec(writer.connection(), u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        sql::exec(writer.connection(), u"PRAGMA wal_autocheckpoint = 0"_s);
        PeopleRepository people(writer);
        for (int n = 0; n < 3; ++n)
            people.add(Person{u"extra-%1"_s.arg(n), u"Extra %1"_s.arg(n), {}, {}, 14, false});
        // Each copy as the writer left it: main file, log, its index and the record.
        for (const QString& copy : {intact, cut, flipped, noLog}) {
            for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s, u".commits"_s}) {
                if (copy == noLog && suffix == u"-wal"_s)
                    continue;
                REQUIRE(QFile::copy(writerPath + suffix, copy + suffix));
            }
        }
    }
    // Cut the log inside its last commit's frames; flip a bit in its first frame.
    {
        QFile log(cut + u"-wal"_s);
        REQUIRE(log.open(QIODevice::ReadWrite));
        REQUIRE(log.resize(log.size() - 100));
    }
    {
        QFile log(flipped + u"-wal"_s);
        REQUIRE(log.open(QIODevice::ReadWrite));
        REQUIRE(log.seek(32 + 24 + 10));
        char byte = 0;
        REQUIRE(log.getChar(&byte));
        REQUIRE(log.seek(32 + 24 + 10));
        REQUIRE(log.putChar(char(byte ^ 0x10)));
    }
    {
        Database db(intact); // positive control: nothing lost, nothing said
        CHECK(db.lostCommits() == 0);
        CHECK(sql::scalar(db.connection(), u"SELECT count(*) FROM people"_s).toInt() == 5);
    }
    {
        Database db(cut);
        CHECK(db.lostCommits() == 1);
        // "the last change" in English, "the last 1 change(s)" untranslated.
        const QString message = lostCommitsMessage(db);
        CHECK((message.contains(u"lacks the last change Rode Draad saved"_s) ||
               message.contains(u"lacks the last 1 change(s)"_s)));
    }
    {
        Database db(flipped);
        CHECK(db.lostCommits() == 3); // SQLite reads no frame after a bad checksum
    }
    {
        Database db(noLog, Database::Access::ReadOnly);
        CHECK(db.lostCommits() == 3);
    }
    // The command line says it on every command until the next write.
    const auto onCut = [&cut](const QStringList& arguments) {
        return test::runAt(cut, arguments).err;
    };
    CHECK(onCut({u"person"_s, u"list"_s}).contains(u"write-ahead log was damaged or removed"_s));
    CHECK(onCut({u"person"_s, u"add"_s, u"Noor"_s}).contains(u"lacks the last change"_s));
    CHECK_FALSE(onCut({u"person"_s, u"list"_s}).contains(u"lacks"_s));
}
