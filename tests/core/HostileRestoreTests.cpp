// What a hostile review of the restore and read-only paths found (issue 15):
// each case with the command a user would type, and what it must do.

#include "CliRunner.h"
#include "storage/CommitRecord.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace rd;
using rd::test::Run;
using rd::test::runAt;

namespace {

/// A team of one with a backup of it at `backup`.
void teamWithBackup(const QString& db, const QString& backup)
{
    REQUIRE(runAt(db, {u"person"_s, u"add"_s, u"Anna"_s}).exitCode == 0);
    REQUIRE(runAt(db, {u"backup"_s, u"--to"_s, backup}).exitCode == 0);
}

} // namespace

TEST_CASE("a pipe or a link to a device at the commit record neither blocks nor stops the record")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"team.sqlite"_s);
    REQUIRE(runAt(db, {u"person"_s, u"add"_s, u"Anna"_s}).exitCode == 0);
    const QString record = commits::recordPath(db);
    SECTION("a pipe")
    {
        QFile::remove(record);
        REQUIRE(::mkfifo(QFile::encodeName(record).constData(), 0600) == 0);
    }
    SECTION("a link to a device")
    {
        QFile::remove(record);
        REQUIRE(QFile::link(u"/dev/zero"_s, record));
    }
    CHECK(runAt(db, {u"person"_s, u"list"_s}).exitCode == 0); // no hang
    CHECK(runAt(db, {u"person"_s, u"add"_s, u"Bram"_s}).exitCode == 0);
    CHECK(QFileInfo(record).isFile());
    CHECK_FALSE(QFileInfo(record).isSymLink());
    QFile file(record);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().startsWith("commits "));
}

TEST_CASE("a restore source with many problems is refused in one sentence")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"team.sqlite"_s);
    const QString source = dir.filePath(u"source.sqlite"_s);
    teamWithBackup(db, source);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"orphans"_s);
        raw.setDatabaseName(source);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(u"PRAGMA foreign_keys = OFF"_s));
        for (int n = 0; n < 50; ++n)
            REQUIRE(q.exec(u"INSERT INTO decisions (person_id, date, title, level) VALUES "
                           u"('nobody', '2026-01-01', 'orphan', 3)"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"orphans"_s);
    const Run run = runAt(db, {u"restore"_s, source});
    CHECK(run.exitCode == 1);
    CHECK(run.err.count(u"refers to a row of people that does not exist"_s) == 1);
    CHECK(run.err.contains(u"(and 49 more)"_s));
    CHECK_FALSE(run.err.contains(u'\n'));
}

TEST_CASE("restore onto a new machine, and onto a file behind a link")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"team.sqlite"_s);
    const QString source = dir.filePath(u"source.sqlite"_s);
    teamWithBackup(db, source);
    SECTION("no file yet, or an empty one: the backup is put there, no --other-file needed")
    {
        for (const QString& target :
             {dir.filePath(u"new/team.sqlite"_s), dir.filePath(u"empty.sqlite"_s)}) {
            if (target.endsWith(u"empty.sqlite"_s)) {
                QFile empty(target);
                REQUIRE(empty.open(QIODevice::WriteOnly));
            }
            const Run run = runAt(target, {u"restore"_s, source});
            INFO(run.err.toStdString());
            CHECK(run.exitCode == 0);
            CHECK(runAt(target, {u"person"_s, u"list"_s}).out.contains(u"Anna"_s));
            CHECK(test::isOwnerOnly(target));
        }
    }
    SECTION("a damaged file behind a link is replaced where it lives; the link stays")
    {
        const QString link = dir.filePath(u"link.sqlite"_s);
        REQUIRE(QFile::link(db, link));
        {
            QFile file(db);
            REQUIRE(file.open(QIODevice::ReadWrite));
            REQUIRE(file.resize(file.size() / 2));
        }
        const Run run = runAt(link, {u"restore"_s, source});
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(QFileInfo(link).isSymLink());
        CHECK(runAt(db, {u"person"_s, u"list"_s}).out.contains(u"Anna"_s));
        CHECK(QDir(dir.path()).entryList({u"team.sqlite.damaged-*"_s}, QDir::Files).size() == 1);
    }
    SECTION("empty names are wrong usage")
    {
        CHECK(runAt(db, {u"restore"_s, u""_s}).exitCode == 2);
        CHECK(runAt(db, {u"export"_s, u"--json"_s, u""_s}).exitCode == 2);
    }
}

TEST_CASE("a read-only session can back up; a log without its index on read-only media is named")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"team.sqlite"_s);
    REQUIRE(runAt(db, {u"person"_s, u"add"_s, u"Anna"_s}).exitCode == 0);
    const QString copy = dir.filePath(u"copy.sqlite"_s);
    const Run backup = runAt(db, {u"--read-only"_s, u"backup"_s, u"--to"_s, copy});
    INFO(backup.err.toStdString());
    CHECK(backup.exitCode == 0);
    CHECK(runAt(copy, {u"check"_s}).exitCode == 0);

    test::TinyFilesystem mount(4 * 1024 * 1024);
    if (!mount.mounted()) {
        WARN("skipped: " << mount.reason().toStdString());
        return;
    }
    const QString onMedia = mount.filePath(u"team.sqlite"_s);
    REQUIRE(QFile::copy(db, onMedia));
    {
        QFile log(onMedia + u"-wal"_s); // a log, but no -shm, and no folder to make one in
        REQUIRE(log.open(QIODevice::WriteOnly));
        log.write(QByteArray(4096, '\0'));
    }
    REQUIRE(mount.remount(true));
    const Run run = runAt(onMedia, {u"--read-only"_s, u"person"_s, u"list"_s});
    CHECK(run.exitCode == 1);
    CHECK_FALSE(run.err.contains(u"is not a Rode Draad database"_s));
    CHECK(run.err.contains(u"Cannot read"_s));
}
