// Injected I/O faults (issue 15): through a fault-injecting SQLite VFS
// (tests/support/FaultVfs), the Nth write, torn write, sync or read fails, for
// every N until the operation no longer reaches it, on a log, an import, a
// backup and a restore. After every fault the operation reported failure or
// finished, nothing acknowledged is missing, and the file is sound.

#include "domain/Error.h"
#include "exchange/JsonExchange.h"
#include "FaultVfs.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/Maintenance.h"
#include "storage/Repositories.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <functional>
#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;
using namespace rd;
using rd::test::FaultVfs;

namespace {

constexpr int MaxN = 300; ///< the sweep's end for an operation that goes on longer

Initiative initiative(const QString& text)
{
    Initiative i;
    i.personId = test::sampleLog().people.first().id;
    i.date = QDate(2026, 1, 5);
    i.description = text;
    return i;
}

struct Outcome
{
    qint64 entries = 0;
    int soundBackups = 0;
    int unsoundBackups = 0;
};

Outcome outcomeOf(const QString& path, const QString& backups)
{
    Outcome outcome;
    outcome.entries = countEntries(path);
    for (const BackupFile& backup : listBackups(backups))
        ++(checkDatabase(backup.path).isSound() ? outcome.soundBackups : outcome.unsoundBackups);
    return outcome;
}

/// Sweeps every fault kind over `operation` on fresh copies of a baseline
/// (the sample team, 3 more initiatives, and one backup of the sample team
/// alone). `accepted` says whether an outcome after a failure is all or
/// nothing; `done` what a success must have left.
void sweep(const char* name, const std::function<void(Database&, const QString&)>& operation,
           const std::function<bool(const Outcome&, const Outcome&)>& accepted,
           const std::function<bool(const Outcome&, const Outcome&)>& done)
{
    test::TempDatabase temp;
    const QString baseline = temp.dir.filePath(u"baseline/team.sqlite"_s);
    REQUIRE(QDir().mkpath(QFileInfo(baseline).absolutePath()));
    {
        Database db(baseline);
        importTeamLog(db, test::sampleLog(), ImportMode::Merge);
        takeBackup(db, backupDirectory(baseline, {}));
        for (int n = 0; n < 3; ++n)
            InitiativeRepository(db).add(initiative(u"after the backup %1"_s.arg(n)));
    }
    const Outcome before = outcomeOf(baseline, backupDirectory(baseline, {}));
    FaultVfs vfs;
    int injected = 0;
    int failures = 0;
    for (const FaultVfs::Fault fault : {FaultVfs::Fault::Write, FaultVfs::Fault::TornWrite,
                                        FaultVfs::Fault::Sync, FaultVfs::Fault::Read}) {
        for (int n = 1; n <= MaxN; ++n) {
            const QString dir = temp.dir.filePath(u"run-%1-%2"_s.arg(int(fault)).arg(n));
            const QString path = dir + u"/team.sqlite"_s;
            REQUIRE(QDir().mkpath(dir + u"/backups"_s));
            REQUIRE(QFile::copy(baseline, path));
            for (const BackupFile& backup : listBackups(backupDirectory(baseline, {})))
                REQUIRE(QFile::copy(backup.path,
                                    dir + u"/backups/"_s + QFileInfo(backup.path).fileName()));
            bool failed = false;
            bool struck = false;
            {
                Database db(path);
                vfs.arm(fault, n);
                try {
                    operation(db, dir + u"/backups"_s);
                } catch (const Error& error) {
                    failed = true;
                    INFO(error.message().toStdString());
                    CHECK_FALSE(error.message().contains(u'\n'));
                }
                struck = vfs.struck();
                vfs.disarm();
            }
            INFO(name << ", fault " << int(fault) << " at call " << n
                      << (failed ? ", reported" : ", finished"));
            const Outcome after = outcomeOf(path, dir + u"/backups"_s);
            CHECK(checkDatabase(path).isSound());
            CHECK(after.entries >= 0);
            if (failed)
                CHECK(accepted(before, after));
            else
                CHECK(done(before, after));
            CHECK(after.unsoundBackups == 0);
            QDir(dir).removeRecursively();
            injected += struck ? 1 : 0;
            failures += failed ? 1 : 0;
            if (!struck)
                break; // the operation ends before its nth call of this kind
        }
    }
    std::printf("fault injection, %s: %d faults injected, %d reported as failures, all survived\n",
                name, injected, failures);
    CHECK(injected > 0);
}

} // namespace

TEST_CASE("injected I/O faults during a log leave every acknowledged entry and a sound file")
{
    sweep(
        "log",
        [](Database& db, const QString&) { InitiativeRepository(db).add(initiative(u"new"_s)); },
        [](const Outcome& b, const Outcome& a) {
            return a.entries == b.entries || a.entries == b.entries + 1;
        },
        [](const Outcome& b, const Outcome& a) { return a.entries == b.entries + 1; });
}

TEST_CASE("injected I/O faults during an import leave all of it or none")
{
    TeamLog more;
    more.people = test::sampleLog().people;
    for (int n = 0; n < 40; ++n)
        more.initiatives << initiative(u"imported %1"_s.arg(n));
    sweep(
        "import",
        [more](Database& db, const QString&) { importTeamLog(db, more, ImportMode::Merge); },
        [](const Outcome& b, const Outcome& a) {
            return a.entries == b.entries || a.entries == b.entries + 40;
        },
        [](const Outcome& b, const Outcome& a) { return a.entries == b.entries + 40; });
}

TEST_CASE("injected I/O faults during a backup never leave a damaged file under a backup name")
{
    sweep(
        "backup", [](Database& db, const QString& dir) { takeBackup(db, dir); },
        [](const Outcome& b, const Outcome& a) {
            return a.entries == b.entries && a.soundBackups >= b.soundBackups;
        },
        [](const Outcome& b, const Outcome& a) {
            return a.entries == b.entries && a.soundBackups == b.soundBackups + 1;
        });
}

TEST_CASE("injected I/O faults during a restore leave the old data or the backup's")
{
    const qint64 backupEntries = test::sampleLog().entryCount();
    sweep(
        "restore",
        [](Database& db, const QString& dir) {
            restoreFromBackup(db, listBackups(dir).last().path);
        },
        [backupEntries](const Outcome& b, const Outcome& a) {
            return a.entries == b.entries || a.entries == backupEntries;
        },
        [backupEntries](const Outcome&, const Outcome& a) { return a.entries == backupEntries; });
}
