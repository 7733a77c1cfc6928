// A file whose write-ahead log lost commits (issue 15, item 13): the app says
// so when it opens the file and offers the newest backup, and takes no
// automatic backup of it meanwhile.
#include "exchange/JsonExchange.h"
#include "MainWindow.h"
#include "settings/AppSettings.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "storage/Sql.h"
#include "TestSupport.h"
#include "WindowFixture.h"

#include <catch2/catch.hpp>
#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QMessageBox>

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

TEST_CASE("the app names commits its file lost and offers the newest backup")
{
    TempDatabase temp;
    const QString path = temp.path();
    const QString backups = backupDirectory(path, AppSettings().backupFolder());
    const QString held = temp.dir.filePath(u"held"_s);
    REQUIRE(QDir().mkpath(held));
    const QStringList suffixes{u""_s, u"-wal"_s, u"-shm"_s, u".commits"_s};
    {
        Database writer(path);
        importTeamLog(writer, sampleLog(), ImportMode::Merge);
        takeBackup(writer, backups);
        sql::exec(writer.connection(), u"PRAGMA wal_autocheckpoint = 0"_s);
        PeopleRepository(writer).add(Person{u"noor"_s, u"Noor"_s, {}, {}, 14, false});
        for (const QString& suffix : suffixes)
            REQUIRE(QFile::copy(path + suffix, held + u"/team"_s + suffix));
    }
    for (const QString& suffix : suffixes) {
        QFile::remove(path + suffix);
        REQUIRE(QFile::copy(held + u"/team"_s + suffix, path + suffix));
    }
    const bool cut = GENERATE(false, true);
    if (cut) { // the log loses its last commit
        QFile log(path + u"-wal"_s);
        REQUIRE(log.open(QIODevice::ReadWrite));
        REQUIRE(log.resize(log.size() - 100));
    }
    const qsizetype backupsBefore = backupsOfFile(path, backups).size();

    int offers = 0;
    QString offered;
    qint64 entriesShown = -1;
    qsizetype peopleShown = -1;
    QStringList unexpected;
    const int code = runAppActing(path, [&](QWidget* top) {
        if (auto* box = qobject_cast<QMessageBox*>(top);
            box && box->objectName() == u"restoreLostCommitsQuestion"_s) {
            ++offers;
            offered = box->text();
            box->button(QMessageBox::Yes)->click();
            return true;
        }
        if (auto* box = qobject_cast<QMessageBox*>(top)) {
            unexpected << box->text(); // fail, but never hang on it
            box->close();
            return true;
        }
        if (auto* window = qobject_cast<ui::MainWindow*>(top);
            window && !window->workspace().isLoading() && (offers > 0 || !cut)) {
            entriesShown = window->workspace().log().entryCount();
            peopleShown = window->workspace().log().people.size();
            window->close();
            return true;
        }
        return false;
    });
    CHECK(unexpected == QStringList());
    CHECK(code == 0);
    if (!cut) { // positive control: an intact log is silent
        CHECK(offers == 0);
        CHECK(peopleShown == sampleLog().people.size() + 1);
        return;
    }
    CHECK(offers == 1);
    CHECK(offered.contains(u"lacks the last change Rode Draad saved to it"_s));
    CHECK(offered.contains(u"Restore the newest backup?"_s));
    // The window opens on the backup, and the file as it was is kept beside it.
    CHECK(entriesShown == sampleLog().entryCount());
    CHECK(peopleShown == sampleLog().people.size());
    CHECK(QDir(QFileInfo(path).absolutePath())
              .entryList({u"test.sqlite.damaged-*"_s}, QDir::Files)
              .size() == 1);
    // No automatic backup of the file that lost commits was taken first: the
    // only new one is the restore's own, of the restored data.
    CHECK(backupsOfFile(path, backups).size() <= backupsBefore + 1);
}
