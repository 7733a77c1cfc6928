// The desktop app on a file an older version wrote: the migration runs off the
// UI thread, after the window is drawn.
#include "MainWindow.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/DatabaseIdentity.h"
#include "storage/Repositories.h"
#include "storage/Schema.h"
#include "storage/Sql.h"
#include "storage/TeamLogLoader.h"
#include "TestSupport.h"
#include "Workspace.h"

#include <catch2/catch.hpp>
#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

/// The backups taken of the file at `path` (before its migration, in these tests).
QList<BackupFile> migrationBackups(const QString& path)
{
    return backupsOfFile(path, backupDirectory(path));
}

} // namespace

TEST_CASE("an older file is migrated off the UI thread, then opened and loaded")
{
    test::TempDatabase temp;
    test::createSchemaV1Database(temp.path());
    REQUIRE(Database::needsMigration(temp.path()));
    Database db(temp.path(), Database::Access::ReadWrite, nullptr, Database::Check::Deferred,
                Database::Opening::Later);
    ui::MainWindow window(db, nullptr, ui::Workspace::Loading::InBackground);
    window.workspace().startLoading(); // what the first frame does
    // It returned before the migration: the window's connection is not open yet.
    CHECK_FALSE(db.isOpen());
    CHECK(window.workspace().isLoading());
    window.show();
    REQUIRE(QTest::qWaitFor([&] { return !window.workspace().isLoading(); }, 20000));
    REQUIRE(db.isOpen());
    CHECK(db.openedAtVersion() == schema::CurrentVersion); // the pool had migrated it
    CHECK(sql::scalar(db.connection(), u"PRAGMA user_version"_s).toInt() == schema::CurrentVersion);
    CHECK_FALSE(Database::needsMigration(temp.path()));
    CHECK(migrationBackups(temp.path()).size() == 1);
    CHECK(window.workspace().log().people.size() == 1);
    CHECK(SearchRepository(db).search(u"kangaroo"_s).size() == 1);
    CHECK(db.canWrite());
}

TEST_CASE("a migration that fails off the UI thread says why and leaves the old file")
{
    test::TempDatabase temp;
    // A table in the way of version 2's search index: that step fails half-way.
    test::createSchemaV1Database(temp.path(), {u"CREATE TABLE search_index (x)"_s});
    Database db(temp.path(), Database::Access::ReadWrite, nullptr, Database::Check::Deferred,
                Database::Opening::Later);
    ui::MainWindow window(db, nullptr, ui::Workspace::Loading::InBackground);
    QSignalSpy failed(&window.workspace(), &ui::Workspace::openFailed);
    window.workspace().startLoading();
    REQUIRE(failed.wait(20000));
    CHECK_FALSE(failed.first().at(0).toString().isEmpty());
    CHECK_FALSE(failed.first().at(1).toBool()); // not damaged: no backup to offer
    CHECK_FALSE(window.workspace().isLoading());
    CHECK_FALSE(db.isOpen());
    CHECK(Database::needsMigration(temp.path())); // still version 1
}

TEST_CASE("needsMigration reads the version only")
{
    test::TempDatabase temp;
    CHECK_FALSE(Database::needsMigration(temp.path())); // missing
    CHECK_FALSE(Database::needsMigration(u":memory:"_s));
    {
        Database current(temp.path());
    }
    CHECK_FALSE(Database::needsMigration(temp.path())); // current
    test::TempDatabase old;
    test::createSchemaV1Database(old.path());
    CHECK(Database::needsMigration(old.path()));
}
