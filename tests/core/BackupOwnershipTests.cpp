// Backups belong to one database: two files sharing a backup folder never
// thin, offer or restore each other's copies. Identity is the id stored in the
// file, not its name.
#include "domain/Error.h"
#include "exchange/JsonExchange.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/DatabaseIdentity.h"
#include "storage/Maintenance.h"
#include "storage/Repositories.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <memory>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

void addPerson(Database& db, const QString& name)
{
    PeopleRepository(db).add(Person{name.toLower(), name, {}, QDate(2026, 1, 5), 14, false});
}

QString onlyPersonIn(const QString& path)
{
    Database db(path, Database::Access::ReadOnly);
    const QList<Person> people = PeopleRepository(db).all();
    return people.size() == 1 ? people.first().name : QString();
}

/// Takes a backup of `db` every day for `days` days from 2026-01-01, at `hour`.
QStringList dailyBackups(Database& db, const QString& dir, int days, int hour)
{
    QStringList paths;
    const QDateTime start(QDate(2026, 1, 1), QTime(hour, 0));
    for (int d = 0; d < days; ++d)
        paths << takeBackup(db, dir, Thinning::Thin, start.addDays(d));
    return paths;
}

} // namespace

TEST_CASE("a database has one id, kept in the file, and its backups carry it")
{
    test::TempDatabase temp;
    Database db(temp.path());
    const QString id = identity::of(db);
    CHECK(id.size() == 36);
    CHECK(identity::of(db) == id);              // stable
    CHECK(identity::ofFile(temp.path()) == id); // read from the file itself
    const QString backup = takeBackup(db, backupDirectory(temp.path(), {}));
    CHECK(QFileInfo(backup).fileName().startsWith(u"test-"_s + identity::backupOwner(id) + u'-'));
    CHECK(identity::ofFile(backup) == id);

    // Another file has another id; a restore keeps the target's.
    const QString otherPath = temp.dir.filePath(u"other.sqlite"_s);
    Database other(otherPath);
    CHECK(identity::of(other) != id);
    restoreFromBackup(other, backup);
    CHECK(identity::ofFile(otherPath) != id);
}

TEST_CASE("two databases sharing a backup folder never thin or offer each other's backups")
{
    test::TempDatabase temp;
    const QString shared = temp.dir.filePath(u"backups"_s);
    // Both files have the same name in different folders: only the id tells them apart.
    QDir().mkpath(temp.dir.filePath(u"a"_s));
    QDir().mkpath(temp.dir.filePath(u"b"_s));
    Database a(temp.dir.filePath(u"a/team.sqlite"_s));
    auto b = std::make_unique<Database>(temp.dir.filePath(u"b/team.sqlite"_s));
    addPerson(a, u"Anna"_s);
    addPerson(*b, u"Bram"_s);

    const QStringList ofB = dailyBackups(*b, shared, 3, 9);
    const QStringList ofA = dailyBackups(a, shared, 60, 10); // enough for A's thinning to act

    // Positive control: A's own thinning removed A's old backups...
    const QList<BackupFile> ownA = listOwnBackups(a, shared);
    CHECK(ownA.size() < 60);
    CHECK_FALSE(QFileInfo::exists(ofA.at(20)));
    // ...and none of B's.
    for (const QString& path : ofB)
        CHECK(QFileInfo::exists(path));
    const QList<BackupFile> ownB = listOwnBackups(*b, shared);
    CHECK(ownB.size() == 3);
    for (const BackupFile& backup : ownA)
        CHECK(onlyPersonIn(backup.path) == u"Anna"_s);
    for (const BackupFile& backup : ownB)
        CHECK(onlyPersonIn(backup.path) == u"Bram"_s);
    CHECK(listBackups(shared).size() == ownA.size() + ownB.size());

    SECTION("a damaged file whose id is gone, named as the other, gets no backup chosen for it")
    {
        const QString bPath = b->path();
        b.reset();
        takeBackup(a, shared, Thinning::Thin, QDateTime(QDate(2026, 6, 1), QTime(12, 0)));
        {
            // B's file is damaged beyond reading: its id is gone, its name is left.
            QFile file(bPath);
            REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(QByteArray(4096, 'x'));
        }
        // "team" in both names: the name cannot tell, so nothing is chosen for the user.
        CHECK(backupsOfFile(bPath, shared).isEmpty());
        CHECK_THROWS_AS(replaceWithLatestBackup(bPath, shared), StorageError);
    }
}

TEST_CASE("with its id unreadable, a damaged file finds its backups by its file name")
{
    test::TempDatabase temp;
    const QString shared = temp.dir.filePath(u"backups"_s);
    const QString path = temp.dir.filePath(u"mine.sqlite"_s);
    {
        Database own(path);
        Database other(temp.dir.filePath(u"yours.sqlite"_s));
        addPerson(own, u"Anna"_s);
        addPerson(other, u"Bram"_s);
        takeBackup(own, shared, Thinning::Thin, QDateTime(QDate(2026, 1, 1), QTime(9, 0)));
        takeBackup(other, shared, Thinning::Thin, QDateTime(QDate(2026, 2, 1), QTime(9, 0)));
    }
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(4096, 'x'));
    }
    REQUIRE(backupsOfFile(path, shared).size() == 1);
    replaceWithLatestBackup(path, shared);
    CHECK(onlyPersonIn(path) == u"Anna"_s); // not Bram, whose backup is newer
}

TEST_CASE("a copy saved for someone else is a database of its own")
{
    test::TempDatabase temp;
    Database db(temp.path());
    addPerson(db, u"Anna"_s);
    const QString copy = temp.dir.filePath(u"copy.sqlite"_s);
    saveCopy(db, copy);
    CHECK(identity::ofFile(copy) != identity::of(db));
    CHECK_FALSE(identity::ofFile(copy).isEmpty());
    // A backup keeps the id (it is the same database, earlier).
    const QString to = temp.dir.filePath(u"backup-to.sqlite"_s);
    backupDatabase(db, to);
    CHECK(identity::ofFile(to) == identity::of(db));
}

TEST_CASE("what a backup holds is shown before restoring it")
{
    test::TempDatabase temp;
    const QString backup = [&temp] {
        Database db(temp.path());
        importTeamLog(db, test::sampleLog(), ImportMode::Merge);
        return takeBackup(db, backupDirectory(temp.path(), {}));
    }();
    const BackupSummary summary = summarizeBackup(backup);
    CHECK(summary.people == 2);
    CHECK(summary.entries == countEntries(backup));
    CHECK(summary.bytes == QFileInfo(backup).size());
    CHECK(summary.latestEntry.isValid());
    CHECK_THROWS_AS(summarizeBackup(temp.dir.filePath(u"missing.sqlite"_s)), StorageError);
}

TEST_CASE("work files and backups from before ids are neither listed nor thinned")
{
    test::TempDatabase temp;
    const QString dir = temp.dir.filePath(u"backups"_s);
    Database db(temp.path());
    const QString owner = identity::backupOwner(identity::of(db));
    QDir().mkpath(dir);
    const QStringList strays = {u"rodedraad-2025-01-01-090000.sqlite"_s,
                                u"rodedraad-before-schema-1-2025-01-01-090000.sqlite"_s,
                                // a running backup's work file (this process's)
                                u"test-%1-2025-01-01-090000.sqlite.part-%2"_s.arg(owner).arg(
                                    QCoreApplication::applicationPid())};
    for (const QString& name : strays) {
        QFile file(QDir(dir).filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    CHECK(listBackups(dir).isEmpty());
    CHECK(countUnownedBackups(dir) == 2);
    dailyBackups(db, dir, 40, 9);
    CHECK(listOwnBackups(db, dir).size() < 40); // thinning ran
    for (const QString& name : strays)
        CHECK(QFileInfo::exists(QDir(dir).filePath(name)));
}

TEST_CASE("a copy of the file under another name keeps its backups apart from the original's")
{
    test::TempDatabase temp;
    const QString shared = temp.dir.filePath(u"backups"_s);
    const QString work = temp.dir.filePath(u"work.sqlite"_s);
    QString original;
    {
        Database db(work);
        addPerson(db, u"Alice"_s);
        original =
            takeBackup(db, shared, Thinning::Thin, QDateTime(QDate(2026, 1, 1), QTime(9, 0)));
    }
    // A plain cp: the copy carries the same id.
    const QString experiment = temp.dir.filePath(u"experiment.sqlite"_s);
    REQUIRE(QFile::copy(work, experiment));
    REQUIRE(identity::ofFile(experiment) == identity::ofFile(work));
    {
        Database copy(experiment);
        dailyBackups(copy, shared, 60, 10);              // enough for its thinning to act
        CHECK(listOwnBackups(copy, shared).size() < 60); // positive control: it thinned
    }
    CHECK(QFileInfo::exists(original));
    Database db(work);
    REQUIRE(listOwnBackups(db, shared).size() == 1);
    CHECK(listOwnBackups(db, shared).first().path == original);
}

TEST_CASE("thinning counts only whole backups, and a link at 'backups' is refused")
{
    test::TempDatabase temp;
    Database db(temp.path());
    addPerson(db, u"Anna"_s);
    const QString dir = backupDirectory(temp.path(), {});
    QStringList sound = dailyBackups(db, dir, 10, 9);
    REQUIRE(listOwnBackups(db, dir).size() == 10);
    // Ten empty leftovers under real backup names, newer than every sound one,
    // as a killed or failed backup of an older version left them.
    QStringList leftovers;
    for (int d = 0; d < 10; ++d) {
        const QString name = QFileInfo(sound.first()).fileName();
        const QString fake =
            QDir(dir).filePath(name.left(name.size() - u"2026-01-01-090000.sqlite"_s.size()) +
                               u"2026-03-%1-090000.sqlite"_s.arg(d + 10, 2, 10, QChar(u'0')));
        QFile file(fake);
        REQUIRE(file.open(QIODevice::WriteOnly));
        leftovers << fake;
    }
    // The next backup thins: the leftovers take no place among the ten kept,
    // so only the oldest sound backup goes; a leftover is never removed either.
    const QString next =
        takeBackup(db, dir, Thinning::Thin, QDateTime(QDate(2026, 4, 1), QTime(9, 0)));
    CHECK(QFile::exists(next));
    CHECK_FALSE(QFile::exists(sound.first()));
    for (qsizetype n = 1; n < sound.size(); ++n)
        CHECK(QFile::exists(sound.at(n)));
    for (const QString& fake : std::as_const(leftovers))
        CHECK(QFile::exists(fake));
    // And `check` names a leftover for what it is, not "an older schema".
    const IntegrityReport leftover = checkDatabase(leftovers.first());
    REQUIRE(leftover.problems.size() == 1);
    CHECK(leftover.problems.first().contains(u"is empty: it holds no Rode Draad data"_s));
    CHECK_FALSE(leftover.isRestorable());

    // The folder beside the database is the app's own: a link there is refused.
    test::TempDatabase other;
    Database second(other.path());
    addPerson(second, u"Bram"_s);
    QTemporaryDir elsewhere;
    const QString own = backupDirectory(other.path(), {});
    REQUIRE(QFile::link(elsewhere.path(), own));
    REQUIRE_THROWS_WITH(takeBackup(second, own), Catch::Contains("is a symbolic link"));
    CHECK(QDir(elsewhere.path()).isEmpty());
    // Positive control: without the link, the backup is made.
    REQUIRE(QFile::remove(own));
    CHECK(QFile::exists(takeBackup(second, own)));
}
