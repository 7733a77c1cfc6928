// Undo and redo that cannot go wrong: the same ids after a redone chain, an
// undo stack that never outlives the data it names, another process's writes
// read into the open window, and undo texts in the language on screen.
#include "CatchQt.h"
#include "CliRunner.h"
#include "commands/Commands.h"
#include "dialogs/PersonDialog.h"
#include "domain/Error.h"
#include "exchange/JsonExchange.h"
#include "i18n/Language.h"
#include "MainWindow.h"
#include "models/BoardModel.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "storage/Sql.h"
#include "storage/TeamLogLoader.h"
#include "TestSupport.h"
#include "UiSupport.h"
#include "WindowFixture.h"
#include "Workspace.h"

#include <QAction>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

namespace {
/// An entity's add, its edit, and how to find it in a snapshot.
template <typename T>
struct Chain;

template <>
struct Chain<Person>
{
    static Person make()
    {
        return {QString(), u"Chloé Martin"_s, u"Designer"_s, QDate(), 14, false};
    }
    static void edit(Person& p) { p.role = u"Lead designer"_s; }
    static const QList<Person>& list(const TeamLog& log) { return log.people; }
};

template <>
struct Chain<OneOnOne>
{
    static OneOnOne make()
    {
        OneOnOne m;
        m.personId = u"p1"_s;
        m.date = QDate(2026, 5, 4);
        m.agenda << AgendaItem{u"Growth"_s, Party::Member, true};
        return m;
    }
    static void edit(OneOnOne& m) { m.sharedSummary = u"We agreed a step"_s; }
    static const QList<OneOnOne>& list(const TeamLog& log) { return log.oneOnOnes; }
};

template <>
struct Chain<Decision>
{
    static Decision make()
    {
        Decision d;
        d.personId = u"p1"_s;
        d.date = QDate(2026, 5, 4);
        d.title = u"Pick the test runner"_s;
        d.level = DelegationLevel::Advise;
        return d;
    }
    static void edit(Decision& d) { d.why = u"Faster feedback"_s; }
    static const QList<Decision>& list(const TeamLog& log) { return log.decisions; }
};

template <>
struct Chain<Initiative>
{
    static Initiative make()
    {
        Initiative i;
        i.personId = u"p1"_s;
        i.date = QDate(2026, 5, 4);
        i.description = u"Wrote the on-call guide"_s;
        return i;
    }
    static void edit(Initiative& i) { i.description = u"Wrote and shared the on-call guide"_s; }
    static const QList<Initiative>& list(const TeamLog& log) { return log.initiatives; }
};

QUndoCommand* addCommand(ui::Workspace& w, const Person& p)
{
    return new ui::AddPersonCommand(w, p);
}
QUndoCommand* addCommand(ui::Workspace& w, const OneOnOne& m)
{
    return new ui::LogOneOnOneCommand(w, m);
}
QUndoCommand* addCommand(ui::Workspace& w, const Decision& d)
{
    return new ui::LogDecisionCommand(w, d);
}
QUndoCommand* addCommand(ui::Workspace& w, const Initiative& i)
{
    return new ui::LogInitiativeCommand(w, i);
}

/// The added entity as the snapshot holds it: the one not there before.
template <typename T>
T added(const TeamLog& log, const QList<T>& before)
{
    for (const T& entry : Chain<T>::list(log)) {
        if (std::none_of(before.cbegin(), before.cend(),
                         [&entry](const T& b) { return b.id == entry.id; }))
            return entry;
    }
    FAIL("nothing was added");
    return {};
}

template <typename T>
void redoneChainKeepsIds()
{
    Database db(u":memory:"_s);
    importTeamLog(db, test::sampleLog(), ImportMode::Merge);
    ui::Workspace workspace(db);
    QUndoStack& undo = *workspace.undoStack();
    const QList<T> before = Chain<T>::list(workspace.log());

    REQUIRE(workspace.run(addCommand(workspace, Chain<T>::make())));
    const T original = added(workspace.log(), before);
    T edited = original;
    Chain<T>::edit(edited);
    REQUIRE(workspace.run(new ui::EditEntryCommand<T>(workspace, original, edited)));
    const TeamLog afterChain = loadTeamLog(db.connection());

    // A row with a higher id, written past the store (as SQLite sees it, not
    // the window): a fresh id on redo would now be 1,001, not the original.
    auto raw = [&db](const QString& statement) {
        sql::exec(db.connection(), statement);
    };
    raw(u"INSERT INTO one_on_ones (id, person_id, date, status) VALUES (1000, 'p1', '2020-01-01', "
        u"'held')"_s);
    raw(u"INSERT INTO decisions (id, person_id, date, title, level) VALUES (1000, 'p1', "
        u"'2020-01-01', 'x', 1)"_s);
    raw(u"INSERT INTO initiatives (id, person_id, date, description, kind) VALUES (1000, 'p1', "
        u"'2020-01-01', 'x', 'initiative')"_s);
    undo.redo();
    undo.redo();
    CHECK(undo.index() == 2);
    CHECK(added(workspace.log(), before).id == original.id);
    for (const char* table : {"one_on_ones", "decisions", "initiatives"})
        raw(u"DELETE FROM %1 WHERE id = 1000"_s.arg(QLatin1StringView(table)));
    CHECK(loadTeamLog(db.connection()) == afterChain); // the same ids, the same rows
    CHECK(workspace.log() == afterChain);
}
} // namespace

TEST_CASE("for every entity, add, edit, undo twice and redo twice give the same ids and rows")
{
    SECTION("a person")
    {
        redoneChainKeepsIds<Person>();
    }
    SECTION("a one-on-one")
    {
        redoneChainKeepsIds<OneOnOne>();
    }
    SECTION("a decision")
    {
        redoneChainKeepsIds<Decision>();
    }
    SECTION("an initiative")
    {
        redoneChainKeepsIds<Initiative>();
    }
}

TEST_CASE("a redone edit whose row another process removed says why, and changes nothing")
{
    test::TempDatabase temp;
    Database db(temp.path());
    importTeamLog(db, test::sampleLog(), ImportMode::Merge);
    ui::Workspace workspace(db);
    QStringList errors;
    QObject::connect(&workspace, &ui::Workspace::errorOccurred,
                     [&errors](const QString& message) { errors << message; });
    Decision d = workspace.log().decisions.first();
    Decision edited = d;
    edited.title = u"Edited in the window"_s;
    REQUIRE(workspace.run(new ui::EditDecisionCommand(workspace, d, edited)));
    Decision again = edited;
    again.why = u"A second step on top of the first"_s;
    REQUIRE(workspace.run(new ui::EditDecisionCommand(workspace, edited, again)));
    workspace.undoStack()->undo();
    workspace.undoStack()->undo();
    REQUIRE(workspace.undoStack()->canRedo());

    // Removed through a connection of its own, before the window looked.
    {
        Database other(temp.path());
        DecisionRepository(other).remove(d.id);
    }
    workspace.undoStack()->redo();
    CHECK(errors == QStringList{u"The decision no longer exists."_s});
    CHECK_FALSE(DecisionRepository(db).find(d.id).has_value());
    // The second step stood on the first: nothing is left to redo.
    CHECK(workspace.undoStack()->canRedo()); // until the failed step has returned
    QCoreApplication::processEvents();
    CHECK_FALSE(workspace.undoStack()->canRedo());

    SECTION("once the window looks, the change is read in and the stack is cleared")
    {
        CHECK(workspace.store().checkForOutsideWrites());
        CHECK(workspace.undoStack()->count() == 0);
        CHECK(workspace.log() == loadTeamLog(db.connection()));
    }
}

TEST_CASE("a merge import or a restore clears the undo stack; the window's own edits keep it")
{
    Database db(u":memory:"_s);
    importTeamLog(db, test::sampleLog(), ImportMode::Merge);
    ui::Workspace workspace(db);
    Decision d = workspace.log().decisions.first();
    Decision edited = d;
    edited.title = u"Edited before the import"_s;
    REQUIRE(workspace.run(new ui::EditDecisionCommand(workspace, d, edited)));
    REQUIRE(workspace.run(new ui::LogDecisionCommand(workspace, Chain<Decision>::make())));
    CHECK(workspace.undoStack()->count() == 2); // positive control: the edits stay undoable

    TeamLog incoming = test::sampleLog();
    incoming.decisions.first().why = u"From the other laptop"_s;
    importTeamLog(db, incoming, ImportMode::Merge); // a bulk write: Database::replaced
    CHECK(workspace.undoStack()->count() == 0);
    CHECK_FALSE(workspace.undoStack()->canRedo());
    CHECK(workspace.log() == loadTeamLog(db.connection()));
}

TEST_CASE("a decision logged on the command line appears in the open window, with a note")
{
    test::TempDatabase temp;
    test::writeSampleFile(temp.path());
    Database db(temp.path());
    ui::MainWindow window(db);
    window.show();
    auto* table = test::child<QTableView>(window, u"decisionsTable"_s);
    const int before = table->model()->rowCount();
    REQUIRE(window.workspace().run(
        new ui::LogDecisionCommand(window.workspace(), Chain<Decision>::make())));
    REQUIRE(window.workspace().undoStack()->canUndo());
    REQUIRE(table->model()->rowCount() == before + 1);

    const test::Run run =
        test::runAt(temp.path(), {u"log"_s, u"decision"_s, u"--person"_s, u"p1"_s, u"--title"_s,
                                  u"Logged in the terminal"_s, u"--level"_s, u"agree"_s});
    REQUIRE(run.exitCode == 0);
    // The window looks every two seconds (and when it gains focus).
    REQUIRE(QTest::qWaitFor([&] { return table->model()->rowCount() == before + 2; }, 5000));
    CHECK(window.statusBar()->currentMessage().contains(u"Another program changed this file"_s));
    CHECK_FALSE(window.workspace().undoStack()->canUndo());
    const TeamLog& log = window.workspace().log();
    CHECK(std::any_of(log.decisions.cbegin(), log.decisions.cend(),
                      [](const Decision& d) { return d.title == u"Logged in the terminal"_s; }));
}

TEST_CASE("undo texts follow a live language switch")
{
    Database db(u":memory:"_s);
    importTeamLog(db, test::sampleLog(), ImportMode::Merge);
    ui::MainWindow window(db);
    ui::Workspace& workspace = window.workspace();
    REQUIRE(workspace.run(new ui::LogDecisionCommand(workspace, Chain<Decision>::make())));
    CHECK(workspace.undoStack()->undoText() == u"Log decision"_s);
    auto* undo = test::child<QAction>(window, u"undoAction"_s);
    CHECK(undo->text() == u"&Undo Log decision"_s);
    installLanguage(u"nl"_s);
    QCoreApplication::processEvents();
    CHECK(workspace.undoStack()->undoText() == u"Besluit vastleggen"_s);
    CHECK(undo->text() == u"&Ongedaan maken: Besluit vastleggen"_s); // the menu names the step
    installLanguage(u"en"_s);
    QCoreApplication::processEvents();
    CHECK(workspace.undoStack()->undoText() == u"Log decision"_s);
    CHECK(undo->text() == u"&Undo Log decision"_s);
}

TEST_CASE("the undo texts of a board cell and of a prompt name the team member")
{
    Database db(u":memory:"_s);
    importTeamLog(db, test::sampleLog(), ImportMode::Merge);
    ui::MainWindow window(db); // retranslates the stack on a language change
    ui::Workspace& workspace = window.workspace();
    workspace.setToday(QDate(2026, 3, 12));
    REQUIRE(workspace.run(new ui::SetBoardCellCommand(
        workspace, {0, u"p1"_s, u"Budget"_s, DelegationLevel::Agree, QDate(2026, 3, 12)})));
    CHECK(workspace.undoStack()->undoText() == u"Set Budget for Anna de Vries to 4 · Agree"_s);

    Prompt hers;
    for (const Prompt& p : workspace.prompts()) {
        if (p.personId == u"p1"_s)
            hers = p;
    }
    REQUIRE_FALSE(hers.key.isEmpty());
    REQUIRE(workspace.run(new ui::SetPromptStateCommand(
        workspace, {hers.key, PromptStateKind::Dismissed, workspace.today(), {}, {}},
        std::nullopt)));
    CHECK(workspace.undoStack()->undoText() == u"Mark signal for Anna de Vries dismissed"_s);
    installLanguage(u"nl"_s);
    QCoreApplication::processEvents();
    CHECK(workspace.undoStack()->undoText() ==
          u"Signaal voor Anna de Vries markeren als niet relevant"_s);
    installLanguage(u"en"_s);
    QCoreApplication::processEvents();
}

TEST_CASE("undoing an add after another program logged for that person changes nothing")
{
    test::TempDatabase temp;
    test::writeSampleFile(temp.path());
    Database db(temp.path());
    ui::MainWindow window(db);
    ui::Workspace& workspace = window.workspace();
    auto* add = new ui::AddPersonCommand(workspace, Chain<Person>::make());
    REQUIRE(workspace.run(add));
    const QString id = add->person().id;
    REQUIRE(test::runAt(temp.path(), {u"log"_s, u"decision"_s, u"--person"_s, id, u"--title"_s,
                                      u"Logged in the terminal"_s, u"--level"_s, u"agree"_s})
                .exitCode == 0);

    // Ctrl+Z at once, before the window's timer looked: the action looks first.
    test::child<QAction>(window, u"undoAction"_s)->trigger();
    CHECK(PeopleRepository(db).find(id).has_value());
    CHECK(std::any_of(workspace.log().decisions.cbegin(), workspace.log().decisions.cend(),
                      [&id](const Decision& d) { return d.personId == id; }));
    CHECK(workspace.undoStack()->count() == 0);
    CHECK(window.statusBar()->currentMessage().contains(u"Another program changed this file"_s));

    SECTION("without the look, the store itself refuses to take the entry along")
    {
        try {
            workspace.store().removePerson(id);
            FAIL("a person with another program's entry was removed");
        } catch (const ValidationError& error) {
            CHECK(error.message().contains(u"cannot be undone"_s));
        }
        CHECK(PeopleRepository(db).find(id).has_value());
    }
}

TEST_CASE("another program only reading the file, or checkpointing it, keeps the undo history")
{
    test::TempDatabase temp;
    test::writeSampleFile(temp.path());
    Database db(temp.path());
    ui::MainWindow window(db);
    ui::Workspace& workspace = window.workspace();
    REQUIRE(workspace.run(new ui::LogDecisionCommand(workspace, Chain<Decision>::make())));
    // A read closes with a checkpoint: SQLite's data_version moves, the data does not.
    for (const QStringList& read : {QStringList{u"person"_s, u"list"_s}, QStringList{u"prompts"_s},
                                    QStringList{u"journal"_s}}) {
        CAPTURE(read.join(u' ').toStdString());
        REQUIRE(test::runAt(temp.path(), read).exitCode == 0);
        CHECK_FALSE(workspace.store().checkForOutsideWrites());
        CHECK(workspace.undoStack()->count() == 1);
    }
    // Positive control: a write is noticed.
    REQUIRE(test::runAt(temp.path(), {u"log"_s, u"decision"_s, u"--person"_s, u"p1"_s, u"--title"_s,
                                      u"Written"_s, u"--level"_s, u"agree"_s})
                .exitCode == 0);
    CHECK(workspace.store().checkForOutsideWrites());
    CHECK(workspace.undoStack()->count() == 0);
}

TEST_CASE("a board cell and an added person are undone and redone from the keyboard and the menu")
{
    WindowFixture f;
    QUndoStack* undo = f.workspace().undoStack();
    auto* board = child<QTableView>(f.window, u"boardTable"_s)->model();
    qobject_cast<ui::BoardModel*>(board)->addArea(u"Budget"_s);
    REQUIRE(board->setData(board->index(0, 0), 4));
    CHECK(BoardRepository(f.db).history().size() == 1);
    onNextDialog<ui::PersonDialog>([](ui::PersonDialog* dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"personName"_s), u"Kim"_s);
        dialog->accept();
    });
    f.trigger(u"addPersonAction"_s);
    CHECK(PeopleRepository(f.db).all().size() == 2);
    CHECK(undo->count() == 2);

    f.window.activateWindow(); // the closed dialog took the focus with it
    REQUIRE(QTest::qWaitForWindowActive(&f.window));
    child<QListView>(f.window, u"teamList"_s)
        ->setFocus(); // a focused text field keeps Ctrl+Z for itself
    QTest::keySequence(&f.window, QKeySequence(Qt::CTRL | Qt::Key_Z));
    CHECK(PeopleRepository(f.db).all().size() == 1);
    f.trigger(u"undoAction"_s);
    CHECK(BoardRepository(f.db).history().isEmpty());
    QTest::keySequence(&f.window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    CHECK(BoardRepository(f.db).history().size() == 1);
    f.trigger(u"redoAction"_s);
    CHECK(PeopleRepository(f.db).find(u"kim"_s).has_value());
    CHECK(child<QListView>(f.window, u"teamList"_s)->model()->rowCount() == 2);
}

TEST_CASE("undoing the team member chosen leaves nobody chosen and no page filtered to them")
{
    WindowFixture f;
    Decision d;
    d.personId = u"sam"_s;
    d.date = f.today;
    d.title = u"Plan the demo"_s;
    f.workspace().store().addDecision(d);
    onNextDialog<ui::PersonDialog>([](ui::PersonDialog* dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"personName"_s), u"Kim"_s);
        dialog->accept();
    });
    f.trigger(u"addPersonAction"_s);
    REQUIRE(f.window.selectedPersonId() == u"kim"_s);
    auto* decisions = child<QTableView>(f.window, u"decisionsTable"_s)->model();
    CHECK(decisions->rowCount() == 0); // positive control: the page shows Kim's alone

    f.trigger(u"undoAction"_s);
    CHECK(f.window.selectedPersonId().isEmpty());
    CHECK(decisions->rowCount() == 1);

    // A reset that keeps the person chosen keeps them: Sam, once someone else is added.
    f.window.selectPerson(u"sam"_s);
    f.workspace().store().addPerson(Person{{}, u"Noor"_s, {}, f.today, 14, false});
    CHECK(f.window.selectedPersonId() == u"sam"_s);
    CHECK(decisions->rowCount() == 1);
}

TEST_CASE("a redo that fails in the window turns Redo off and says why")
{
    test::TempDatabase temp;
    Database db(temp.path());
    importTeamLog(db, test::sampleLog(), ImportMode::Merge);
    ui::MainWindow window(db);
    ui::Workspace& workspace = window.workspace();
    const Decision d = workspace.log().decisions.first();
    Decision edited = d;
    edited.title = u"Edited in the window"_s;
    REQUIRE(workspace.run(new ui::EditDecisionCommand(workspace, d, edited)));
    auto* redo = test::child<QAction>(window, u"redoAction"_s);
    test::child<QAction>(window, u"undoAction"_s)->trigger();
    REQUIRE(redo->isEnabled());

    // Removed around Rode Draad (as the sqlite3 shell would): the window cannot see it coming.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"around"_s);
        raw.setDatabaseName(temp.path());
        REQUIRE(raw.open());
        REQUIRE(QSqlQuery(raw).exec(u"DELETE FROM decisions WHERE id = %1"_s.arg(d.id)));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"around"_s);
    QString said;
    test::onNextDialog<QMessageBox>([&said](QMessageBox* box) {
        said = box->text();
        box->accept();
    });
    redo->trigger();
    CHECK(said == u"The decision no longer exists."_s);
    CHECK_FALSE(redo->isEnabled());
    CHECK_FALSE(test::child<QAction>(window, u"redoToolAction"_s)->isEnabled());
    QCoreApplication::processEvents();
    CHECK(window.statusBar()->currentMessage().contains(u"can no longer be redone"_s));
}
