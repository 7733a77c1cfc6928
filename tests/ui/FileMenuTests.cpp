// The File menu's file actions, driven through the real window: New, Open
// Recent (and the files that are gone), Save a Copy, the team switch and the
// window title that names the file.
#include "MainWindow.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"
#include "storage/Locations.h"
#include "storage/Repositories.h"
#include "TestSupport.h"
#include "UiSupport.h"
#include "Version.h"

#include <catch2/catch.hpp>
#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStatusBar>

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

Q_DECLARE_METATYPE(rd::ui::FileTarget)

namespace {

/// Answers the next file dialog with `path`, as a user typing it would.
void answerFileDialog(const QString& path)
{
    onNextDialog<QFileDialog>([path](QFileDialog* dialog) {
        dialog->selectFile(path);
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog's own accept() is protected
    });
}

ui::FileTarget requested(const QSignalSpy& spy)
{
    return spy.isEmpty() ? ui::FileTarget{} : spy.last().at(0).value<ui::FileTarget>();
}

void clearRecent()
{
    AppSettings settings;
    settings.forgetAllFiles();
}

} // namespace

TEST_CASE("the window title names the file and marks the sample team and read-only review")
{
    TempDatabase temp;
    {
        Database db(temp.path());
        ui::MainWindow window(db);
        CHECK(window.windowTitle() == u"test.sqlite – Rode Draad"_s);
        CHECK_FALSE(child<QLabel>(window, u"fileMarker"_s)->isVisibleTo(&window));
        CHECK(child<QAction>(window, u"switchTeamAction"_s)->text() == u"Open the s&ample team"_s);
    }
    {
        Database db(temp.path(), Database::Access::ReadOnly);
        ui::MainWindow window(db);
        CHECK(window.windowTitle() == u"test.sqlite (read-only) – Rode Draad"_s);
        CHECK(child<QLabel>(window, u"fileMarker"_s)->text().contains(u"Read-only review"_s));
    }
    createPrivateFolder(dataFolder());
    {
        Database db(sampleTeamPath());
        ui::MainWindow window(db);
        CHECK(window.windowTitle() == u"Sample team – Rode Draad"_s);
        CHECK(child<QLabel>(window, u"fileMarker"_s)->isVisibleTo(&window));
        CHECK(child<QAction>(window, u"switchTeamAction"_s)->text() == u"Open your own tea&m"_s);
        QSignalSpy spy(&window, &ui::MainWindow::openRequested);
        child<QAction>(window, u"switchTeamAction"_s)->trigger();
        REQUIRE(spy.size() == 1);
        CHECK(requested(spy).path == ownTeamPath()); // no other file opened yet
    }
    QFile::remove(sampleTeamPath());
}

TEST_CASE("Open Recent lists the files opened, drops the ones that are gone, and says so")
{
    qRegisterMetaType<ui::FileTarget>();
    TempDatabase temp;
    const QString other = temp.dir.filePath(u"other.sqlite"_s);
    const QString gone = temp.dir.filePath(u"gone.sqlite"_s);
    Database(other).connection();
    clearRecent();
    {
        AppSettings settings;
        Database(gone).connection();
        settings.rememberOpened(gone);
        settings.rememberOpened(other);
        settings.rememberOpened(temp.path());
    }
    REQUIRE(QFile::remove(gone));
    Database db(temp.path());
    ui::MainWindow window(db);
    auto* menu = child<QMenu>(window, u"recentMenu"_s);
    emit menu->aboutToShow();

    const QList<QAction*> items = menu->actions();
    REQUIRE(items.size() == 2);
    CHECK(items.at(0)->data().toString() == QFileInfo(temp.path()).absoluteFilePath());
    CHECK_FALSE(items.at(0)->isEnabled()); // the open file itself
    CHECK(items.at(1)->data().toString() == other);
    CHECK(items.at(1)->isEnabled());
    CHECK(window.statusBar()->currentMessage().contains(gone));
    CHECK_FALSE(AppSettings().recentDatabases().contains(gone));

    QSignalSpy spy(&window, &ui::MainWindow::openRequested);
    items.at(1)->trigger();
    REQUIRE(spy.size() == 1);
    CHECK(requested(spy).path == other);
    CHECK(requested(spy).presence == Presence::MustExist); // Open Recent never creates a file
    clearRecent();
}

TEST_CASE("New asks for a name and never replaces an existing file")
{
    qRegisterMetaType<ui::FileTarget>();
    TempDatabase temp;
    Database db(temp.path());
    ui::MainWindow window(db);
    QSignalSpy spy(&window, &ui::MainWindow::openRequested);

    SECTION("a new name is opened, created when it opens")
    {
        const QString fresh = temp.dir.filePath(u"second-team.sqlite"_s);
        answerFileDialog(fresh);
        child<QAction>(window, u"newFileAction"_s)->trigger();
        REQUIRE(spy.size() == 1);
        CHECK(requested(spy).path == fresh);
        CHECK(requested(spy).presence == Presence::MayCreate);
        CHECK_FALSE(QFileInfo::exists(fresh)); // made by the open, not by the menu
    }
    SECTION("an existing file is refused with one sentence and left as it was")
    {
        const QByteArray before = fileHash(temp.path());
        answerFileDialog(temp.path());
        QString message;
        QTimer::singleShot(200, [&message] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                message = box->text();
                box->accept();
            }
        });
        child<QAction>(window, u"newFileAction"_s)->trigger();
        CHECK(spy.isEmpty());
        CHECK(message == u"%1 already exists. Choose another name, or use Open… to open it."_s.arg(
                             temp.path()));
        CHECK(fileHash(temp.path()) == before);
    }
}

TEST_CASE("Save a Copy writes a consistent copy the user can open")
{
    TempDatabase temp;
    Database db(temp.path());
    PeopleRepository(db).add(Person{u"sam"_s, u"Sam Jansen"_s, {}, QDate(2026, 1, 5), 14, false});
    ui::MainWindow window(db);
    const QString copy = temp.dir.filePath(u"for-the-coach.sqlite"_s);
    answerFileDialog(copy);
    child<QAction>(window, u"saveCopyAction"_s)->trigger();
    CHECK(window.statusBar()->currentMessage() == u"Saved a copy to %1."_s.arg(copy));
    Database saved(copy, Database::Access::ReadOnly);
    REQUIRE(PeopleRepository(saved).all().size() == 1);
    CHECK(PeopleRepository(saved).all().first().name == u"Sam Jansen"_s);
    CHECK(isOwnerOnly(copy));
}

TEST_CASE("Help › About names the version, the file, the licence and that nothing goes online")
{
    test::TempDatabase temp;
    Database db(temp.path());
    ui::MainWindow window(db);
    QString text;
    onNextDialog<QMessageBox>([&](QMessageBox* box) {
        text = box->text();
        box->accept();
    });
    child<QAction>(window, u"aboutAction"_s)->trigger();
    CHECK(text.contains(rodedraadVersion()));
    CHECK(text.contains(temp.path()));
    CHECK(text.contains(u"no network connections"_s));
    CHECK(text.contains(u"General Public License, version 3 or later"_s));
}
