// The first day in core: which file a start opens, what the settings remember,
// one sentence for every way opening a file can fail, the writer lock's
// answers, and File › Save a Copy.
#include "domain/Error.h"
#include "settings/AppSettings.h"
#include "settings/StartupFile.h"
#include "storage/Database.h"
#include "storage/Locations.h"
#include "storage/Maintenance.h"
#include "storage/Repositories.h"
#include "storage/WriterLock.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace rd;
using rd::test::readFile;
using rd::test::writeFile;

namespace {

/// A database with one team member, `name`.
void makeDatabase(const QString& path, const QString& name)
{
    Database db(path);
    PeopleRepository(db).add(Person{u"p"_s, name, {}, QDate(2026, 1, 5), 14, false});
}

QString onlyPersonIn(const QString& path)
{
    Database db(path, Database::Access::ReadOnly);
    const QList<Person> people = PeopleRepository(db).all();
    return people.size() == 1 ? people.first().name : QString();
}

/// A settings file as version 1 wrote it: only that the welcome was shown.
void writeVersion1Settings(const QString& ini)
{
    QFile file(ini);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("[General]\nwelcomeShown=true\n");
}
} // namespace

TEST_CASE("a start opens --db, then RODEDRAAD_DB, then the file used last, else asks")
{
    QTemporaryDir dir;
    const QString last = dir.filePath(u"last.sqlite"_s);
    writeFile(last, "x");
    using Source = StartupFile::Source;

    CHECK(chooseStartupFile(u"a.sqlite"_s, u"b.sqlite"_s, last).source == Source::Argument);
    CHECK(chooseStartupFile(u"a.sqlite"_s, u"b.sqlite"_s, last).path == u"a.sqlite"_s);
    CHECK(chooseStartupFile({}, u"b.sqlite"_s, last).source == Source::Environment);
    CHECK(chooseStartupFile({}, u"b.sqlite"_s, last).path == u"b.sqlite"_s);
    const StartupFile remembered = chooseStartupFile({}, {}, last);
    CHECK(remembered.source == Source::Remembered);
    CHECK(remembered.path == last);
    CHECK(remembered.note.isEmpty());

    SECTION("the file used last is gone: ask again, and say which file")
    {
        REQUIRE(QFile::remove(last));
        const StartupFile gone = chooseStartupFile({}, {}, last);
        CHECK(gone.source == Source::Welcome);
        CHECK(gone.path.isEmpty());
        CHECK(gone.note.contains(last));
    }
    SECTION("no choice yet: ask, unless your own team's file is in the data folder")
    {
        QFile::remove(ownTeamPath());
        CHECK(chooseStartupFile({}, {}, {}).source == Source::Welcome);
        createPrivateFolder(dataFolder());
        makeDatabase(ownTeamPath(), u"Daan"_s);
        const StartupFile found = chooseStartupFile({}, {}, {});
        CHECK(found.source == Source::Remembered);
        CHECK(found.path == ownTeamPath());
        QFile::remove(ownTeamPath());
    }
}

TEST_CASE("the settings remember the file opened last and keep a recent list of eight")
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    CHECK(settings.lastDatabase().isEmpty());
    CHECK(settings.defaultCadence() == 14); // the default, before anything is set
    QStringList files;
    for (int n = 0; n < 10; ++n) {
        files << dir.filePath(u"team-%1.sqlite"_s.arg(n));
        writeFile(files.last(), "x");
        settings.rememberOpened(files.last());
    }
    CHECK(settings.lastDatabase() == files.last());
    CHECK(settings.recentDatabases().size() == AppSettings::RecentLimit);
    CHECK(settings.recentDatabases().first() == files.last());
    CHECK_FALSE(settings.recentDatabases().contains(files.first())); // the oldest fell off

    // Opening one again moves it up, once.
    settings.rememberOpened(files.at(5));
    CHECK(settings.recentDatabases().first() == files.at(5));
    CHECK(settings.recentDatabases().count(files.at(5)) == 1);

    // Files that are gone are dropped, and named.
    REQUIRE(QFile::remove(files.at(7)));
    CHECK(settings.forgetMissing() == QStringList{files.at(7)});
    CHECK_FALSE(settings.recentDatabases().contains(files.at(7)));
    CHECK(settings.forgetMissing().isEmpty()); // positive control above: nothing else went

    settings.forget(files.at(5));
    CHECK(settings.lastDatabase().isEmpty());
    CHECK_FALSE(settings.recentDatabases().contains(files.at(5)));

    // Kept on disk for the next start.
    settings.rememberOpened(files.at(9));
    settings.sync();
    const AppSettings reread(dir.filePath(u"settings.ini"_s));
    CHECK(reread.lastDatabase() == files.at(9));
}

TEST_CASE("an older settings file whose welcome chose the sample team now reopens it")
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(u"settings.ini"_s);
    createPrivateFolder(dataFolder());
    QFile::remove(ownTeamPath());
    makeDatabase(sampleTeamPath(), u"Sample"_s);
    writeVersion1Settings(ini);
    CHECK(AppSettings(ini).lastDatabase() == QFileInfo(sampleTeamPath()).absoluteFilePath());

    SECTION("with your own team's file there, that one wins")
    {
        QTemporaryDir other;
        const QString ini2 = other.filePath(u"settings.ini"_s);
        makeDatabase(ownTeamPath(), u"Own"_s);
        writeVersion1Settings(ini2);
        CHECK(AppSettings(ini2).lastDatabase() == QFileInfo(ownTeamPath()).absoluteFilePath());
        QFile::remove(ownTeamPath());
    }
    SECTION("a welcome never shown remembers nothing")
    {
        QTemporaryDir other;
        CHECK(AppSettings(other.filePath(u"settings.ini"_s)).lastDatabase().isEmpty());
    }
    QFile::remove(sampleTeamPath());
}

TEST_CASE("every way opening can fail has its own sentence, and nothing is created")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"missing.sqlite"_s);

    CHECK(openObstacle(missing, false, Presence::MayCreate).isEmpty()); // positive control
    CHECK(openObstacle(missing, false, Presence::MustExist) ==
          u"The database %1 does not exist."_s.arg(missing));
    CHECK(openObstacle(missing, true, Presence::MayCreate) ==
          u"The database %1 does not exist."_s.arg(missing));
    const QString inMissingFolder = dir.filePath(u"gone/team.sqlite"_s);
    CHECK(openObstacle(inMissingFolder, true, Presence::MustExist) ==
          u"The folder %1 does not exist."_s.arg(dir.filePath(u"gone"_s)));
    CHECK(openObstacle(inMissingFolder, false, Presence::MayCreate).isEmpty());

    const QString blocker = dir.filePath(u"blocker"_s);
    writeFile(blocker, "x");
    CHECK(openObstacle(blocker + u"/sub/team.sqlite"_s, false, Presence::MayCreate) ==
          u"Cannot create the folder %1: %2 is not a folder."_s.arg(blocker + u"/sub"_s, blocker));
    CHECK(openObstacle(dir.path(), false, Presence::MustExist) ==
          u"%1 is a folder, not a Rode Draad database."_s.arg(dir.path()));
    CHECK(openObstacle(u"/dev/null"_s, true, Presence::MustExist) ==
          u"/dev/null is not a regular file, so it is not a Rode Draad database."_s);
    CHECK_FALSE(QFileInfo::exists(missing));
    const QString empty = dir.filePath(u"empty.sqlite"_s);
    writeFile(empty, {});
    CHECK_THROWS_WITH(Database(empty, Database::Access::ReadOnly),
                      u"%1 is empty: it holds no Rode Draad data."_s.arg(empty).toStdString());

    // Database says the same, and creates nothing.
    CHECK_THROWS_WITH(Database(missing, Database::Access::ReadOnly),
                      u"The database %1 does not exist."_s.arg(missing).toStdString());
    CHECK_THROWS_WITH(
        Database(blocker + u"/sub/team.sqlite"_s),
        u"Cannot create the folder %1: %2 is not a folder."_s.arg(blocker + u"/sub"_s, blocker)
            .toStdString());
    CHECK_FALSE(QFileInfo::exists(missing));
}

TEST_CASE("a file you may not read or change is said to be so, not 'not a Rode Draad database'")
{
    QTemporaryDir dir;
    QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7755));
    const QString path = dir.filePath(u"team.sqlite"_s);
    makeDatabase(path, u"Daan"_s);
    const QByteArray hash = test::fileHash(path);
    // root may read anything: check as the unprivileged user 'nobody' when the
    // tests run as root, as this user otherwise.
    const auto check = [&path](const QStringList& extra) {
        QProcess cli;
        QStringList arguments = {u"--db"_s, path, u"check"_s};
        QString program = QStringLiteral(RODEDRAAD_EXE);
        if (::geteuid() == 0) {
            arguments.prepend(program);
            arguments =
                QStringList{u"--reuid=nobody"_s, u"--regid=nogroup"_s, u"--clear-groups"_s} +
                arguments;
            program = u"setpriv"_s;
        }
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"HOME"_s, u"/tmp"_s);
        environment.remove(u"XDG_RUNTIME_DIR"_s);
        cli.setProcessEnvironment(environment);
        cli.start(program, arguments + extra);
        REQUIRE(cli.waitForFinished(30000));
        return QString::fromUtf8(cli.readAllStandardError()).trimmed();
    };
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    CHECK(check({}) == u"You do not have permission to read %1."_s.arg(path));
    CHECK(test::fileHash(path) == hash);
    // Positive control: readable by all, the same check says the file is sound.
    QFile::setPermissions(path, QFileDevice::Permissions(0x6644));
    QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7777)); // for the -shm beside it
    CHECK(check({}) == QString());
}

TEST_CASE("the writer lock says who holds it, refuses a planted link and names what failed")
{
    test::TempDatabase temp;
    const QString lockPath = temp.path() + u".lock"_s;

    SECTION("another holder is 'held elsewhere', with its process id")
    {
        WriterLock first(temp.path());
        REQUIRE(first.acquire());
        WriterLock second(temp.path());
        const LockAttempt attempt = second.acquire();
        CHECK(attempt.outcome == LockAttempt::Outcome::HeldElsewhere);
        CHECK(second.holderPid() == QCoreApplication::applicationPid());
    }
    SECTION("the file named through a symbolic link meets the same lock")
    {
        {
            Database create(temp.path());
        }
        const QString link = temp.dir.filePath(u"link.sqlite"_s);
        REQUIRE(QFile::link(temp.path(), link));
        WriterLock first(link);
        REQUIRE(first.acquire());
        WriterLock second(temp.path());
        CHECK(second.acquire().outcome == LockAttempt::Outcome::HeldElsewhere);
        CHECK_FALSE(QFileInfo::exists(link + u".lock"_s));
    }
    SECTION("a link planted at the lock's path is refused, and its target left alone")
    {
        const QString victim = temp.dir.filePath(u"victim.txt"_s);
        writeFile(victim, "keep me");
        REQUIRE(QFile::link(victim, lockPath));
        WriterLock lock(temp.path());
        const LockAttempt attempt = lock.acquire();
        CHECK(attempt.outcome == LockAttempt::Outcome::Failed);
        CHECK(attempt.error ==
              u"Cannot create the lock file %1: it is a symbolic link."_s.arg(lockPath));
        QFile file(victim);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == "keep me");
        // Positive control: without the link the lock is taken.
        REQUIRE(QFile::remove(lockPath));
        CHECK(lock.acquire());
    }
    SECTION("a missing folder is a failure with its cause, never 'already open'")
    {
        WriterLock lock(temp.dir.filePath(u"nowhere/team.sqlite"_s));
        const LockAttempt attempt = lock.acquire();
        CHECK(attempt.outcome == LockAttempt::Outcome::Failed);
        CHECK(attempt.error.contains(u"No such file or directory"_s));
    }
}

TEST_CASE("Save a Copy writes a checked copy, replaces only by rename, and never the open file")
{
    test::TempDatabase temp;
    makeDatabase(temp.path(), u"Daan Visser"_s);
    Database db(temp.path());
    const QString copy = temp.dir.filePath(u"copy.sqlite"_s);

    saveCopy(db, copy);
    CHECK(onlyPersonIn(copy) == u"Daan Visser"_s);
    CHECK(test::isOwnerOnly(copy));

    SECTION("another Rode Draad file is never replaced; any other file is, whole")
    {
        PeopleRepository(db).remove(u"p"_s);
        PeopleRepository(db).add(Person{u"q"_s, u"Eva"_s, {}, QDate(2026, 1, 5), 14, false});
        const QByteArray before = test::fileHash(copy);
        CHECK_THROWS_AS(saveCopy(db, copy), StorageError);
        CHECK(test::fileHash(copy) == before);
        const QString other = temp.dir.filePath(u"notes.txt"_s);
        writeFile(other, "an old export");
        saveCopy(db, other);
        CHECK(onlyPersonIn(other) == u"Eva"_s);
        CHECK(QDir(temp.dir.path()).entryList({u"*.part-*"_s}).isEmpty());
    }
    SECTION("a link at the target is replaced, not written through")
    {
        const QString victim = temp.dir.filePath(u"victim.txt"_s);
        writeFile(victim, "keep me");
        const QString link = temp.dir.filePath(u"link.sqlite"_s);
        REQUIRE(QFile::link(victim, link));
        saveCopy(db, link);
        CHECK_FALSE(QFileInfo(link).isSymLink());
        CHECK(onlyPersonIn(link) == u"Daan Visser"_s);
        QFile file(victim);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == "keep me");
    }
    SECTION("the open file and its side files are refused, unchanged")
    {
        const QByteArray before = test::fileHash(temp.path());
        CHECK_THROWS_AS(saveCopy(db, temp.path()), StorageError);
        CHECK_THROWS_AS(saveCopy(db, temp.path() + u"-wal"_s), StorageError);
        CHECK(test::fileHash(temp.path()) == before);
        CHECK(onlyPersonIn(temp.path()) == u"Daan Visser"_s);
    }
    SECTION("a failed copy leaves the earlier one intact and no work file")
    {
        const QByteArray before = test::fileHash(copy);
        CHECK_THROWS_AS(saveCopy(db, temp.dir.filePath(u"no/such/folder/copy.sqlite"_s)),
                        StorageError);
        CHECK(test::fileHash(copy) == before);
        CHECK(QDir(temp.dir.path()).entryList({u"*.part-*"_s}).isEmpty());
    }
}
