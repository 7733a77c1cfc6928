// File › Restore from a backup, through the real dialog: only this file's own
// backups, each with what it would give back.
#include "dialogs/RestoreDialog.h"
#include "exchange/JsonExchange.h"
#include "MainWindow.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "TestSupport.h"
#include "UiSupport.h"

#include <catch2/catch.hpp>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

TEST_CASE("the restore dialog lists only this file's backups, with what each holds, and restores")
{
    TempDatabase temp;
    const QString backups = backupDirectory(temp.path());
    Database db(temp.path());
    importTeamLog(db, sampleLog(), ImportMode::Merge);
    const QString own = takeBackup(db, backups);
    PeopleRepository(db).add(Person{u"p9"_s, u"Kim"_s, {}, {}, 14, false});
    {
        // Another team's file in the same folder, backed up into the same backups folder.
        Database other(temp.dir.filePath(u"other.sqlite"_s));
        PeopleRepository(other).add(Person{u"x"_s, u"Xander"_s, {}, {}, 14, false});
        takeBackup(other, backups);
    }
    {
        QFile older(QDir(backups).filePath(u"rodedraad-2025-01-01-090000.sqlite"_s));
        REQUIRE(older.open(QIODevice::WriteOnly)); // from before backups had owners
    }
    REQUIRE(listBackups(backups).size() == 2);
    const QLocale locale;
    const BackupSummary summary = summarizeBackup(own); // before the restore thins it away
    ui::MainWindow window(db);
    window.show();
    QStringList row;
    bool noteShown = false;
    onNextDialog<ui::RestoreDialog>([&row, &noteShown](ui::RestoreDialog* dialog) {
        auto* table = dialog->findChild<QTableWidget*>(u"restoreBackups"_s);
        for (int column = 0; table->rowCount() == 1 && column < table->columnCount(); ++column)
            row << table->item(0, column)->text();
        auto* note = dialog->findChild<QLabel*>(u"restoreUnownedNote"_s);
        noteShown = note && note->text().startsWith(u"1 older backup"_s);
        dialog->findChild<QPushButton*>(u"restoreButton"_s)->click();
    });
    child<QAction>(window, u"restoreAction"_s)->trigger();
    REQUIRE(row.size() == 4); // one row: the other file's backup is not offered
    CHECK(row.at(1) == locale.formattedDataSize(summary.bytes));
    CHECK(row.at(2) == u"2"_s);
    CHECK(row.at(3) == locale.toString(summary.latestEntry, QLocale::ShortFormat));
    CHECK(noteShown);
    CHECK_FALSE(PeopleRepository(db).find(u"p9"_s).has_value());
    CHECK(window.workspace().log().people.size() == sampleLog().people.size());
    // The safety copy was taken, and thinning of this file left the other's backup alone.
    CHECK(listOwnBackups(db, backups).size() == 2); // the one restored, and the safety copy
    CHECK(listBackups(backups).size() == 3);
}
