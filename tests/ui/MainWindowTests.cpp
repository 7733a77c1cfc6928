// The desktop app, driven offscreen through its real widgets, found by objectName.
#include "coaching/PromptEngine.h"
#include "commands/Commands.h"
#include "demo/DemoTeam.h"
#include "dialogs/DecisionDialog.h"
#include "dialogs/InitiativeDialog.h"
#include "dialogs/OneOnOneDialog.h"
#include "dialogs/PersonDialog.h"
#include "dialogs/RestoreDialog.h"
#include "dialogs/SearchDialog.h"
#include "dialogs/SettingsDialog.h"
#include "domain/IsoDate.h"
#include "ElidedLabel.h"
#include "exchange/JsonExchange.h"
#include "i18n/Language.h"
#include "MainWindow.h"
#include "models/BoardModel.h"
#include "models/EntryTableModel.h"
#include "models/JournalModel.h"
#include "models/PromptModel.h"
#include "models/TeamModel.h"
#include "pages/EntriesPage.h"
#include "pages/PreparePage.h"
#include "settings/AppSettings.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/Maintenance.h"
#include "storage/Repositories.h"
#include "storage/Sql.h"
#include "storage/TeamLogLoader.h"
#include "storage/WriterLock.h"
#include "TestSupport.h"
#include "UiSupport.h"
#include "Workspace.h"

#include <catch2/catch.hpp>
#include <functional>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFocusEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

namespace {

/// A window on an in-memory database with one team member, Sam, who joined 60 days ago.
struct Fixture
{
    Database db{u":memory:"_s};
    ui::MainWindow window{db};
    QDate today = QDate::currentDate();

    Fixture()
    {
        PeopleRepository(db).add(
            Person{u"sam"_s, u"Sam Jansen"_s, u"Engineer"_s, today.addDays(-60), 14, false});
        window.show();
        window.activateWindow();
        CHECK(QTest::qWaitForWindowActive(&window)); // shortcuts need the active window
    }
    ui::Workspace& workspace() { return window.workspace(); }
    QTabWidget* pages() { return child<QTabWidget>(window, u"pages"_s); }
    void trigger(const QString& action) { child<QAction>(window, action)->trigger(); }
};

/// The sample team, written to a file (for the app's background load).
void writeSampleFile(const QString& path)
{
    Database db(path);
    importTeamLog(db, test::sampleLog(), ImportMode::Merge);
}

/// Starts the app on `path` as a user would. Every 20 ms `act` sees each visible
/// top-level window until it handles one (returns true): a question to answer,
/// a window to close. Returns the app's exit code.
int runAppActing(const QString& path, const std::function<bool(QWidget*)>& act)
{
    QTimer driver;
    driver.setInterval(20);
    QObject::connect(&driver, &QTimer::timeout, [&act] {
        for (QWidget* top : QApplication::topLevelWidgets()) {
            if (top->isVisible() && act(top))
                return;
        }
    });
    driver.start();
    return ui::runDesktopApp(*qApp, {u"--db"_s, path, u"--lang"_s, u"en"_s});
}

} // namespace

TEST_CASE("every item model passes the model tester, before and after changes")
{
    Database db(u":memory:"_s);
    importTeamLog(db, test::sampleLog(), ImportMode::Merge);
    ui::Workspace workspace(db);
    workspace.setToday(QDate(2026, 3, 12));
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    ui::TeamModel team(workspace);
    ui::PromptModel prompts(workspace);
    ui::EntryTableModel meetings(workspace, ui::EntryTableModel::Log::OneOnOnes);
    ui::EntryTableModel decisions(workspace, ui::EntryTableModel::Log::Decisions);
    ui::EntryTableModel initiatives(workspace, ui::EntryTableModel::Log::Initiatives);
    ui::EntryFilterModel filter;
    filter.setSourceModel(&decisions);
    ui::BoardModel board(workspace);
    ui::JournalModel journal(workspace);
    QList<QAbstractItemModelTester*> testers;
    for (QAbstractItemModel* model : std::initializer_list<QAbstractItemModel*>{
             &team, &prompts, &meetings, &decisions, &initiatives, &filter, &board, &journal})
        testers << new QAbstractItemModelTester(model, Mode::Fatal, model);

    CHECK(team.rowCount() == 1); // the archived person is not listed
    CHECK(team.index(0).data(ui::TeamModel::DaysSinceOneOnOneRole).toInt() == 10);
    CHECK(prompts.rowCount() > 0);
    CHECK(meetings.rowCount() == 2);
    CHECK(board.rowCount() == 1);
    CHECK(board.index(0, 0).data(ui::BoardModel::LevelRole).toInt() == 3); // consult until April
    PeopleRepository(db).add(Person{u"p3"_s, u"Chloé"_s, {}, QDate(2026, 1, 1), 14, false});
    CHECK(team.rowCount() == 2);
    CHECK(board.columnCount() == 2);
    filter.setTextFilter(u"logging"_s);
    CHECK(filter.rowCount() == 1);
    filter.setPersonFilter(u"p3"_s);
    CHECK(filter.rowCount() == 0);
    CHECK(journal.rowCount() == 1);
}

TEST_CASE("adding a team member through the window lists, selects and can archive them")
{
    Database db(u":memory:"_s);
    ui::MainWindow window(db);
    window.show();
    auto* add = child<QAction>(window, u"addPersonAction"_s);

    SECTION("an empty name is refused inline and nothing is saved")
    {
        onNextDialog<ui::PersonDialog>([](ui::PersonDialog* dialog) {
            dialog->findChild<QDialogButtonBox*>(u"personButtons"_s)
                ->button(QDialogButtonBox::Ok)
                ->click();
            auto* error = dialog->findChild<QLabel*>(u"personError"_s);
            CHECK(error->isVisible());
            CHECK_FALSE(error->text().isEmpty());
            dialog->reject();
        });
        add->trigger();
        CHECK(PeopleRepository(db).all().isEmpty());
    }
    SECTION("a valid person is saved and selected")
    {
        onNextDialog<ui::PersonDialog>([](ui::PersonDialog* dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit*>(u"personName"_s), u"Daan Visser"_s);
            QTest::keyClicks(dialog->findChild<QLineEdit*>(u"personRole"_s),
                             u"Frontend engineer"_s);
            dialog->findChild<QSpinBox*>(u"personCadence"_s)->setValue(21);
            dialog->findChild<QDialogButtonBox*>(u"personButtons"_s)
                ->button(QDialogButtonBox::Ok)
                ->click();
        });
        add->trigger();
        const QList<Person> people = PeopleRepository(db).all();
        REQUIRE(people.size() == 1);
        CHECK(people.first().name == u"Daan Visser"_s);
        CHECK(people.first().cadenceDays == 21);
        CHECK(child<QListView>(window, u"teamList"_s)->model()->rowCount() == 1);
        CHECK(window.selectedPersonId() == u"daan-visser"_s);

        child<QAction>(window, u"archivePersonAction"_s)->trigger();
        CHECK(child<QListView>(window, u"teamList"_s)->model()->rowCount() == 0);
        CHECK(PeopleRepository(db).find(u"daan-visser"_s)->archived);
    }
}

TEST_CASE("Ctrl+1 logs a one-on-one with agenda items and shows it in the table")
{
    Fixture f;
    f.window.selectPerson(u"sam"_s);
    onNextDialog<ui::OneOnOneDialog>([](ui::OneOnOneDialog* dialog) {
        CHECK(dialog->findChild<QComboBox*>(u"meetingPerson"_s)->currentData().toString() ==
              u"sam"_s);
        dialog->findChild<QSpinBox*>(u"meetingTalkShare"_s)->setValue(35);
        dialog->findChild<QCheckBox*>(u"meetingContextShared"_s)->setChecked(true);
        auto* agenda = dialog->findChild<QTableWidget*>(u"meetingAgenda"_s);
        auto* add = dialog->findChild<QPushButton*>(u"addAgendaItem"_s);
        add->click();
        agenda->item(0, 0)->setText(u"Career path"_s);
        add->click();
        agenda->item(1, 0)->setText(u"Q3 roadmap"_s);
        qobject_cast<QComboBox*>(agenda->cellWidget(1, 1))->setCurrentIndex(1); // manager
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(u"meetingSharedSummary"_s),
                         u"Agreed next steps"_s);
        clickSave(dialog, u"meetingButtons"_s);
    });
    QTest::keySequence(&f.window, QKeySequence(Qt::CTRL | Qt::Key_1));
    const QList<OneOnOne> stored = OneOnOneRepository(f.db).forPerson(u"sam"_s);
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().agenda.size() == 2);
    CHECK(stored.first().agenda.at(1).raisedBy == Party::Manager);
    CHECK(stored.first().talkSharePercent == 35);
    CHECK(f.pages()->currentWidget()->objectName() == u"meetingsPage"_s);
    auto* table = child<QTableView>(f.window, u"meetingsTable"_s);
    CHECK(table->model()->rowCount() == 1);
    CHECK(table->currentIndex().data(ui::EntryTableModel::EntryIdRole).toLongLong() ==
          stored.first().id);
}

TEST_CASE("a decision and an initiative are logged from their quick-log dialogs; invalid input is "
          "refused inline")
{
    Fixture f;
    SECTION("a decision without a title is not saved")
    {
        onNextDialog<ui::DecisionDialog>([](ui::DecisionDialog* dialog) {
            clickSave(dialog, u"decisionButtons"_s);
            CHECK(dialog->findChild<QLabel*>(u"decisionError"_s)->isVisible());
            dialog->reject();
        });
        f.trigger(u"logDecisionAction"_s);
        CHECK(DecisionRepository(f.db).all().isEmpty());
    }
    SECTION("a decision with why and boundaries")
    {
        onNextDialog<ui::DecisionDialog>([](ui::DecisionDialog* dialog) {
            CHECK(dialog->findChild<QLabel*>(u"decisionLevelHelp"_s)
                      ->text()
                      .contains(u"I fully delegate"_s));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(u"decisionTitle"_s),
                             u"Choose the logging library"_s);
            dialog->findChild<QComboBox*>(u"decisionArea"_s)->setCurrentText(u"Technical design"_s);
            dialog->findChild<QComboBox*>(u"decisionLevel"_s)->setCurrentIndex(5); // inquire
            QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(u"decisionWhy"_s),
                             u"Traceable incidents"_s);
            QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(u"decisionBoundaries"_s),
                             u"Open source"_s);
            clickSave(dialog, u"decisionButtons"_s);
        });
        QTest::keySequence(&f.window, QKeySequence(Qt::CTRL | Qt::Key_2));
        const QList<Decision> decisions = DecisionRepository(f.db).all();
        REQUIRE(decisions.size() == 1);
        CHECK(decisions.first().level == DelegationLevel::Inquire);
        CHECK(decisions.first().why == u"Traceable incidents"_s);
        CHECK(child<QTableView>(f.window, u"decisionsTable"_s)->model()->rowCount() == 1);
    }
    SECTION("an initiative that did not work, recognised in public")
    {
        onNextDialog<ui::InitiativeDialog>([](ui::InitiativeDialog* dialog) {
            QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(u"initiativeDescription"_s),
                             u"Ran a pilot"_s);
            auto* outcome = dialog->findChild<QComboBox*>(u"initiativeOutcome"_s);
            outcome->setCurrentIndex(outcome->findData(int(InitiativeOutcome::Failed)));
            dialog->findChild<QCheckBox*>(u"initiativeRecognised"_s)->setChecked(true);
            auto* how = dialog->findChild<QComboBox*>(u"initiativeHow"_s);
            how->setCurrentIndex(how->findData(int(RecognitionChannel::Public)));
            clickSave(dialog, u"initiativeButtons"_s);
        });
        QTest::keySequence(&f.window, QKeySequence(Qt::CTRL | Qt::Key_3));
        const QList<Initiative> initiatives = InitiativeRepository(f.db).all();
        REQUIRE(initiatives.size() == 1);
        CHECK(initiatives.first().outcome == InitiativeOutcome::Failed);
        CHECK(initiatives.first().recognition == RecognitionChannel::Public);
    }
}

TEST_CASE("the expected prompt appears on Today and is marked done with a reflection")
{
    Fixture f; // Sam joined 60 days ago, no 1:1 and no delegation agreement
    auto* tree = child<QTreeView>(f.window, u"todayPrompts"_s);
    auto* model = qobject_cast<ui::PromptModel*>(tree->model());
    QModelIndex overdue;
    for (const Prompt& p : f.workspace().prompts()) {
        if (p.rule == u"one-on-one-overdue"_s)
            overdue = model->indexOf(p.key);
    }
    REQUIRE(overdue.isValid());
    tree->setCurrentIndex(overdue);
    CHECK(child<QWidget>(f.window, u"todayPromptDetail"_s)
              ->property("plainText")
              .toString()
              .isEmpty() == false);
    onNextDialog<QInputDialog>([](QInputDialog* dialog) {
        CHECK(dialog->objectName() == u"reflectionDialog"_s);
        dialog->setTextValue(u"Booked a fixed Tuesday slot"_s);
        dialog->accept();
    });
    child<QPushButton>(f.window, u"todayDone"_s)->click();
    for (const Prompt& p : f.workspace().prompts())
        CHECK(p.rule != u"one-on-one-overdue"_s);
    const QList<PromptState> states = PromptStateRepository(f.db).all();
    REQUIRE(states.size() == 1);
    CHECK(states.first().note == u"Booked a fixed Tuesday slot"_s);
    CHECK(child<QTableView>(f.window, u"journalTable"_s)->model()->rowCount() == 1);
}

TEST_CASE("a prompt acted on leaves Today alone: the rest of the tree keeps its place and the "
          "next prompt is selected")
{
    Database db(u":memory:"_s);
    DemoOptions options;
    options.until = QDate(2026, 11, 27);
    importTeamLog(db, generateDemoTeam(options), ImportMode::Replace);
    ui::MainWindow window(db);
    window.workspace().setToday(options.until);
    window.show();
    auto* tree = child<QTreeView>(window, u"todayPrompts"_s);
    auto* model = qobject_cast<ui::PromptModel*>(tree->model());
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    int lever = -1;
    for (int g = 0; g < model->rowCount() && lever < 0; ++g) {
        if (model->rowCount(model->index(g, 0)) >= 3)
            lever = g;
    }
    REQUIRE(lever >= 0);
    const QModelIndex group = model->index(lever, 0);
    const int before = model->rowCount(group);
    const QString groupText = group.data().toString();
    const QString next = model->index(1, 0, group).data(ui::PromptModel::KeyRole).toString();
    tree->setCurrentIndex(model->index(0, 0, group));
    const QString first = tree->currentIndex().data(ui::PromptModel::KeyRole).toString();
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    ui::TeamModel* team = window.teamModel();
    QAbstractItemModelTester teamTester(team,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy teamResets(team, &QAbstractItemModel::modelReset);
    QSignalSpy teamChanged(team, &QAbstractItemModel::dataChanged);
    const QString person = model->prompt(tree->currentIndex())->personId;
    const int promptsBefore = window.workspace().promptCount(person);

    child<QPushButton>(window, u"todayDismiss"_s)->click();
    // The team list changes that person's row alone.
    CHECK(teamResets.isEmpty());
    if (!person.isEmpty()) {
        CHECK(window.workspace().promptCount(person) == promptsBefore - 1);
        REQUIRE(teamChanged.size() == 1);
        CHECK(teamChanged.first().first().toModelIndex().row() == team->rowOf(person));
    }
    CHECK_FALSE(model->indexOf(first).isValid());
    CHECK(resets.isEmpty());
    REQUIRE(removed.size() == 1);
    CHECK(model->rowCount(group) == before - 1);
    CHECK(group.data().toString() != groupText); // the lever's count
    for (int g = 0; g < model->rowCount(); ++g)
        CHECK(tree->isExpanded(model->index(g, 0)));
    CHECK(tree->currentIndex().data(ui::PromptModel::KeyRole).toString() == next);
    const Prompt* shown = model->prompt(tree->currentIndex());
    REQUIRE(shown);
    CHECK(child<QWidget>(window, u"todayPromptDetail"_s)
              ->property("plainText")
              .toString()
              .contains(shown->title));

    // Any other change, such as undoing it, resets the tree as before.
    window.workspace().undoStack()->undo();
    CHECK(model->indexOf(first).isValid());
    CHECK(resets.size() == 1);
}

TEST_CASE("every edit can be undone and redone")
{
    Fixture f;
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

TEST_CASE("switching the language in the settings shows Dutch labels")
{
    Fixture f;
    CHECK(f.pages()->tabText(0) == u"Today"_s);
    onNextDialog<ui::SettingsDialog>([](ui::SettingsDialog* dialog) {
        auto* language = dialog->findChild<QComboBox*>(u"settingsLanguage"_s);
        language->setCurrentIndex(language->findData(u"nl"_s));
        dialog->findChild<QDialogButtonBox*>(u"settingsButtons"_s)
            ->button(QDialogButtonBox::Ok)
            ->click();
    });
    f.trigger(u"settingsAction"_s);
    QCoreApplication::processEvents();
    CHECK(f.pages()->tabText(0) == u"Vandaag"_s);
    CHECK(f.pages()->tabText(4) == u"Delegatiebord"_s);
    bool dutchPrompt = false;
    for (const Prompt& p : f.workspace().prompts())
        dutchPrompt |= p.title.contains(u"gesprek"_s) || p.title.contains(u"delegatieafspraak"_s);
    CHECK(dutchPrompt);
    installLanguage(u"en"_s);
    QCoreApplication::processEvents();
    CHECK(f.pages()->tabText(0) == u"Today"_s);
}

TEST_CASE(
    "preparing a one-on-one carries over what was not covered, and starting it logs the meeting")
{
    Fixture f;
    OneOnOne last;
    last.personId = u"sam"_s;
    last.date = f.today.addDays(-14);
    last.sharedSummary = u"We agreed on the roadmap"_s;
    last.agenda << AgendaItem{u"Covered topic"_s, Party::Member, true}
                << AgendaItem{u"Training budget"_s, Party::Member, false};
    last.actions << ActionItem{u"Send course options"_s, Party::Manager, f.today.addDays(3), {}};
    OneOnOneRepository(f.db).add(last);
    f.window.selectPerson(u"sam"_s);
    f.pages()->setCurrentWidget(child<QWidget>(f.window, u"preparePage"_s));
    const QString sheet =
        child<QWidget>(f.window, u"prepSheet"_s)->property("plainText").toString();
    CHECK(sheet.contains(u"Training budget"_s));
    CHECK(sheet.contains(u"Send course options"_s));
    CHECK_FALSE(sheet.contains(u"Covered topic"_s));

    test::TempDatabase temp;
    QString error;
    REQUIRE(child<ui::PreparePage>(f.window, u"preparePage"_s)
                ->savePdf(temp.dir.filePath(u"prep.pdf"_s), &error));
    QFile pdf(temp.dir.filePath(u"prep.pdf"_s));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(4) == "%PDF");
    CHECK_FALSE(pdf.permissions().testFlag(QFileDevice::ReadOther));

    // Start: the open action is listed as itself, not copied as a "Follow up" item.
    onNextDialog<ui::OneOnOneDialog>([](ui::OneOnOneDialog* dialog) {
        auto* agenda = dialog->findChild<QTableWidget*>(u"meetingAgenda"_s);
        auto* open = dialog->findChild<QListWidget*>(u"meetingOpenActions"_s);
        CHECK(agenda->rowCount() == 1);
        CHECK(open->count() == 1);
        if (agenda->rowCount() != 1 || open->count() != 1)
            return dialog->done(QDialog::Rejected);
        CHECK(agenda->item(0, 0)->text() == u"Training budget"_s);
        CHECK(open->item(0)->text().startsWith(u"Send course options"_s));
        clickSave(dialog, u"meetingButtons"_s); // nothing ticked
    });
    child<QPushButton>(f.window, u"prepStart"_s)->click();
    QList<OneOnOne> meetings = OneOnOneRepository(f.db).forPerson(u"sam"_s);
    REQUIRE(meetings.size() == 2);
    CHECK(meetings.last().date == f.today);
    CHECK(meetings.last().agenda.size() == 1);
    CHECK(meetings.last().actions.isEmpty());

    // A meeting that closed nothing: the next sheet lists the action once.
    f.pages()->setCurrentWidget(child<QWidget>(f.window, u"preparePage"_s));
    const QString next = child<QWidget>(f.window, u"prepSheet"_s)->property("plainText").toString();
    CHECK(next.count(u"Send course options"_s) == 1);

    // Ticking it in the next meeting closes it where it was agreed, on that day.
    onNextDialog<ui::OneOnOneDialog>([](ui::OneOnOneDialog* dialog) {
        auto* open = dialog->findChild<QListWidget*>(u"meetingOpenActions"_s);
        REQUIRE(open->count() == 1);
        open->item(0)->setCheckState(Qt::Checked);
        clickSave(dialog, u"meetingButtons"_s);
    });
    child<QPushButton>(f.window, u"prepStart"_s)->click();
    meetings = OneOnOneRepository(f.db).forPerson(u"sam"_s);
    REQUIRE(meetings.size() == 3);
    CHECK(meetings.first().actions.first().doneOn == f.today);
    f.pages()->setCurrentWidget(child<QWidget>(f.window, u"preparePage"_s));
    CHECK(child<QWidget>(f.window, u"prepSheet"_s)
              ->property("plainText")
              .toString()
              .count(u"Send course options"_s) == 0);

    // One undo takes back the meeting and the closing together.
    f.trigger(u"undoAction"_s);
    meetings = OneOnOneRepository(f.db).forPerson(u"sam"_s);
    CHECK(meetings.size() == 2);
    CHECK(meetings.first().actions.first().isOpen());
}

TEST_CASE("a hidden Prepare page redraws its sheet when shown, and answers from the latest "
          "logs meanwhile")
{
    Fixture f;
    f.window.selectPerson(u"sam"_s);
    f.pages()->setCurrentWidget(child<QWidget>(f.window, u"preparePage"_s));
    auto* view = child<QWidget>(f.window, u"prepSheet"_s);
    const QString before = view->property("plainText").toString();
    REQUIRE_FALSE(before.contains(u"Training budget"_s));
    f.pages()->setCurrentIndex(0);

    OneOnOne last;
    last.personId = u"sam"_s;
    last.date = f.today.addDays(-14);
    last.agenda << AgendaItem{u"Training budget"_s, Party::Member, false};
    OneOnOneRepository(f.db).add(last);
    CHECK(view->property("plainText").toString() == before); // not drawn while hidden
    const auto* prepare = child<ui::PreparePage>(f.window, u"preparePage"_s);
    REQUIRE(prepare->meetingToStart().agenda.size() == 1);
    CHECK(prepare->meetingToStart().agenda.first().text == u"Training budget"_s);

    f.pages()->setCurrentWidget(child<QWidget>(f.window, u"preparePage"_s));
    CHECK(view->property("plainText").toString().contains(u"Training budget"_s));
}

TEST_CASE("Ctrl+F searches all free text and opens the entry")
{
    Fixture f;
    Decision d;
    d.personId = u"sam"_s;
    d.date = f.today;
    d.title = u"Choose the kangaroo vendor"_s;
    const qint64 id = DecisionRepository(f.db).add(d);
    onNextDialog<ui::SearchDialog>([&f](ui::SearchDialog* dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"searchText"_s), u"kangar"_s);
        auto* results = dialog->findChild<QListWidget*>(u"searchResults"_s);
        CHECK(results->count() == 1);
        if (results->count() != 1)
            return dialog->reject();
        // What, whose, when, and the words around the match.
        CHECK(results->item(0)->text() ==
              u"Decision · Sam Jansen · %1\nChoose the [kangaroo] vendor"_s.arg(
                  QLocale().toString(f.today, u"d MMM yyyy"_s)));
        emit results->itemActivated(results->item(0));
    });
    QTest::keySequence(&f.window, QKeySequence::Find);
    CHECK(f.pages()->currentWidget()->objectName() == u"decisionsPage"_s);
    CHECK(child<QTableView>(f.window, u"decisionsTable"_s)
              ->currentIndex()
              .data(ui::EntryTableModel::EntryIdRole)
              .toLongLong() == id);
}

TEST_CASE("a read-only window offers no editing")
{
    test::TempDatabase temp;
    {
        Database create(temp.path());
    }
    Database db(temp.path(), Database::Access::ReadOnly);
    ui::MainWindow window(db);
    CHECK_FALSE(child<QAction>(window, u"addPersonAction"_s)->isEnabled());
    CHECK_FALSE(child<QAction>(window, u"logOneOnOneAction"_s)->isEnabled());
    CHECK(window.windowTitle().contains(u"read-only"_s));
}

TEST_CASE("every edit updates the snapshot in place, and it stays true to the file")
{
    using Kind = ui::Workspace::Change::Kind;
    Database db(u":memory:"_s);
    importTeamLog(db, test::sampleLog(), ImportMode::Merge);
    ui::Workspace workspace(db);
    workspace.setToday(QDate(2026, 3, 12));
    workspace.setBackgroundPromptsAbove(0); // as on a large log: prompts off the UI thread
    ui::EntryTableModel decisions(workspace, ui::EntryTableModel::Log::Decisions);
    ui::EntryFilterModel sorted;
    sorted.setSourceModel(&decisions);
    sorted.sort(0, Qt::DescendingOrder);
    ui::BoardModel board(workspace);
    ui::JournalModel journal(workspace);
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    QAbstractItemModelTester testDecisions(&decisions, Mode::Fatal);
    QAbstractItemModelTester testSorted(&sorted, Mode::Fatal);
    QAbstractItemModelTester testBoard(&board, Mode::Fatal);
    QAbstractItemModelTester testJournal(&journal, Mode::Fatal);
    int reloads = 0;
    int resets = 0;
    QObject::connect(&workspace, &ui::Workspace::logChanged,
                     [&] { reloads += workspace.lastChange().everything() ? 1 : 0; });
    QObject::connect(&decisions, &QAbstractItemModel::modelReset, [&resets] { ++resets; });
    // After each step the prompts land; then the snapshot equals a fresh read of the file.
    auto trueToTheFile = [&] {
        REQUIRE(QTest::qWaitFor([&] { return !workspace.isRecomputingPrompts(); }));
        QCoreApplication::processEvents();
        const TeamLog fresh = loadTeamLog(db.connection());
        CHECK(workspace.log() == fresh);
        CHECK(workspace.prompts() == PromptEngine().activePrompts(fresh, workspace.today()));
    };
    auto titleAt = [&sorted](int row) {
        return sorted.index(row, 2).data().toString();
    };

    const int before = decisions.rowCount();
    Decision d;
    d.personId = workspace.log().people.first().id;
    d.date = QDate(2026, 3, 11);
    d.title = u"Choose the conference talk"_s;
    d.level = DelegationLevel::Tell;
    auto* logged = new ui::LogDecisionCommand(workspace, d);
    REQUIRE(workspace.run(logged));
    CHECK(workspace.lastChange().is(Kind::Inserted, DataKind::Decisions));
    CHECK(decisions.rowCount() == before + 1);            // at once, as an inserted row
    CHECK(titleAt(0) == u"Choose the conference talk"_s); // newest first
    trueToTheFile();

    SECTION("an edit changes its row in place; the filter and the sort see it")
    {
        d.id = logged->entryId();
        Decision edited = d;
        edited.title = u"Choose the keynote"_s;
        REQUIRE(workspace.run(new ui::EditDecisionCommand(workspace, d, edited)));
        CHECK(workspace.lastChange().is(Kind::Updated, DataKind::Decisions));
        sorted.setTextFilter(u"KEYNOTE"_s);
        REQUIRE(sorted.rowCount() == 1);
        CHECK(titleAt(0) == u"Choose the keynote"_s);
        sorted.setTextFilter({});
        trueToTheFile();

        // An earlier date moves it in the snapshot's order and down the sorted table.
        Decision moved = edited;
        moved.date = QDate(2024, 1, 1);
        REQUIRE(workspace.run(new ui::EditDecisionCommand(workspace, edited, moved)));
        CHECK(workspace.lastChange().is(Kind::Inserted, DataKind::Decisions));
        CHECK(decisions.rowCount() == before + 1);
        CHECK(titleAt(sorted.rowCount() - 1) == u"Choose the keynote"_s);
        trueToTheFile();
    }
    SECTION("undo removes the row, redo brings it back")
    {
        workspace.undoStack()->undo();
        CHECK(workspace.lastChange().is(Kind::Removed, DataKind::Decisions));
        CHECK(decisions.rowCount() == before);
        trueToTheFile();
        workspace.undoStack()->redo();
        CHECK(decisions.rowCount() == before + 1);
        trueToTheFile();
    }
    SECTION("a board cell, a prompt marked done and a renamed person re-read only their table")
    {
        BoardEntry cell;
        cell.personId = d.personId;
        cell.area = u"Budget"_s;
        cell.level = DelegationLevel::Delegate;
        cell.agreedOn = QDate(2026, 3, 12);
        REQUIRE(workspace.run(new ui::SetBoardCellCommand(workspace, cell)));
        CHECK(workspace.lastChange().is(Kind::Replaced, DataKind::Board));
        trueToTheFile();

        REQUIRE_FALSE(workspace.prompts().isEmpty());
        const Prompt prompt = workspace.prompts().first();
        const int journalBefore = journal.rowCount();
        PromptState done{
            prompt.key, PromptStateKind::Done, QDate(2026, 3, 12), {}, u"Asked, and listened"_s};
        REQUIRE(workspace.run(new ui::SetPromptStateCommand(workspace, done, std::nullopt)));
        // Gone at once: the recomputed prompts only land through the event loop.
        CHECK(std::none_of(workspace.prompts().cbegin(), workspace.prompts().cend(),
                           [&prompt](const Prompt& p) { return p.key == prompt.key; }));
        CHECK(journal.rowCount() == journalBefore + 1);
        trueToTheFile();
        CHECK(std::none_of(workspace.prompts().cbegin(), workspace.prompts().cend(),
                           [&prompt](const Prompt& p) { return p.key == prompt.key; }));

        Person renamed = *workspace.log().person(d.personId);
        Person original = renamed;
        renamed.name = u"Renamed Person"_s;
        REQUIRE(workspace.run(new ui::EditPersonCommand(workspace, original, renamed)));
        CHECK(workspace.lastChange().is(Kind::Replaced, DataKind::People));
        CHECK(titleAt(0) == u"Choose the conference talk"_s);
        CHECK(sorted.index(0, 1).data().toString() == u"Renamed Person"_s);
        trueToTheFile();
    }
    CHECK(reloads == 0); // not one full re-read of the file
}

TEST_CASE("on a file, the window can paint first and take the logs from a background load")
{
    test::TempDatabase temp;
    writeSampleFile(temp.path());
    Database db(temp.path());
    ui::MainWindow window(db, nullptr, ui::Workspace::Loading::InBackground);
    auto* pages = child<QTabWidget>(window, u"pages"_s);
    // Before the first frame only Today is built; the other tabs wait.
    CHECK(pages->count() == 8);
    CHECK(pages->tabText(2) == u"Decisions"_s);
    CHECK(window.findChild<QWidget*>(u"decisionsPage"_s) == nullptr);
    CHECK(child<QLabel>(window, u"todayEmpty"_s)->text() == u"Loading your logs…"_s);
    window.show();
    auto* team = child<QListView>(window, u"teamList"_s);
    CHECK(window.workspace().isLoading());
    CHECK(team->model()->rowCount() == 0); // painted before the logs arrive
    REQUIRE(QTest::qWaitFor([&] { return !window.workspace().isLoading(); }));
    CHECK(team->model()->rowCount() == 1);
    CHECK(window.workspace().log() == loadTeamLog(db.connection()));
    CHECK_FALSE(window.workspace().prompts().isEmpty());
    // Built right after the first frame, each in its own tab, texts kept.
    CHECK(pages->widget(2) == child<QWidget>(window, u"decisionsPage"_s));
    CHECK(pages->widget(7) == child<QWidget>(window, u"progressPage"_s));
    CHECK(pages->tabText(7) == u"Progress"_s);
    CHECK(pages->currentIndex() == 0);
    CHECK(child<QTableView>(window, u"decisionsTable"_s)->model()->rowCount() ==
          window.workspace().log().decisions.size());
}

TEST_CASE("picking a tab before the first frame builds the pages at once")
{
    test::TempDatabase temp;
    writeSampleFile(temp.path());
    Database db(temp.path());
    ui::MainWindow window(db, nullptr, ui::Workspace::Loading::InBackground);
    auto* pages = child<QTabWidget>(window, u"pages"_s);
    QSignalSpy switched(pages, &QTabWidget::currentChanged);
    pages->setCurrentIndex(4);
    CHECK(pages->currentWidget() == child<QWidget>(window, u"boardPage"_s));
    CHECK(pages->tabText(4) == u"Delegation board"_s);
    CHECK(switched.size() == 1);
    window.show();
    REQUIRE(QTest::qWaitFor([&] { return !window.workspace().isLoading(); }));
    CHECK(pages->currentIndex() == 4);
    CHECK(window.findChildren<QWidget*>(u"boardPage"_s).size() == 1);
}

TEST_CASE("the app's integrity check runs with the background load; writing waits for it")
{
    test::TempDatabase temp;
    writeSampleFile(temp.path());
    SECTION("a sound file: writing is enabled once the load has checked it")
    {
        Database db(temp.path(), Database::Access::ReadWrite, nullptr, Database::Check::Deferred);
        ui::MainWindow window(db, nullptr, ui::Workspace::Loading::InBackground);
        window.show();
        auto* logDecision = child<QAction>(window, u"logDecisionAction"_s);
        CHECK(db.isIntegrityCheckPending());
        CHECK_FALSE(window.workspace().canWrite());
        CHECK_FALSE(logDecision->isEnabled());
        REQUIRE(QTest::qWaitFor([&] { return !window.workspace().isLoading(); }));
        CHECK_FALSE(db.isIntegrityCheckPending());
        CHECK(window.workspace().canWrite());
        CHECK(logDecision->isEnabled());
        CHECK(child<QPushButton>(window, u"decisionsAdd"_s)->isEnabled());
        CHECK(child<ui::ElidedLabel>(window, u"statusText"_s)->fullText() == temp.path());
    }
    SECTION("a damaged file: the window says so and never writes to it")
    {
        QFile file(temp.path());
        REQUIRE(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        REQUIRE(bytes.size() > 4 * 4096);
        const qsizetype page = 3 * 4096; // a b-tree page's header and cell pointers
        for (int i = 0; i < 64; ++i)
            bytes[page + i] = char(~bytes.at(page + i));
        file.seek(0);
        file.write(bytes);
        file.close();
        const QByteArray hash = test::fileHash(temp.path());
        {
            Database db(temp.path(), Database::Access::ReadWrite, nullptr,
                        Database::Check::Deferred);
            ui::MainWindow window(db, nullptr, ui::Workspace::Loading::InBackground);
            QSignalSpy damaged(&window.workspace(), &ui::Workspace::damaged);
            window.show();
            REQUIRE(QTest::qWaitFor([&] { return !window.workspace().isLoading(); }));
            REQUIRE(damaged.size() == 1);
            CHECK(damaged.first().first().toString().contains(u"is damaged"_s));
            CHECK_FALSE(window.workspace().canWrite());
            CHECK_FALSE(child<QAction>(window, u"logDecisionAction"_s)->isEnabled());
            CHECK(child<ui::ElidedLabel>(window, u"statusText"_s)
                      ->fullText()
                      .contains(u"is damaged"_s));
        }
        CHECK(test::fileHash(temp.path()) == hash);
    }
}

TEST_CASE("the app offers the newest sound backup when it finds the file damaged")
{
    test::TempDatabase temp;
    const QString backups = backupDirectory(temp.path(), AppSettings().backupFolder());
    {
        Database db(temp.path());
        importTeamLog(db, test::sampleLog(), ImportMode::Merge);
        takeBackup(db, backups);
    }
    QFile file(temp.path());
    REQUIRE(file.open(QIODevice::ReadWrite));
    SECTION("while opening it: a truncated file")
    {
        file.resize(file.size() / 2);
    }
    SECTION("with the first load, off the UI thread: a damaged page")
    {
        QByteArray bytes = file.readAll();
        for (int i = 0; i < 64; ++i)
            bytes[3 * 4096 + i] = char(~bytes.at(3 * 4096 + i));
        file.seek(0);
        file.write(bytes);
    }
    file.close();
    const QByteArray damagedHash = test::fileHash(temp.path());

    // Answer the offer, then close the window that opens on the restored file.
    int offers = 0;
    qint64 entriesShown = -1;
    QStringList unexpected;
    const int code = runAppActing(temp.path(), [&](QWidget* top) {
        if (auto* box = qobject_cast<QMessageBox*>(top);
            box && box->objectName() == u"restoreDamagedQuestion"_s) {
            ++offers;
            box->button(QMessageBox::Yes)->click();
            return true;
        }
        if (auto* box = qobject_cast<QMessageBox*>(top)) {
            unexpected << box->text(); // fail, but never hang on it
            box->close();
            return true;
        }
        if (auto* window = qobject_cast<ui::MainWindow*>(top);
            window && offers > 0 && !window->workspace().isLoading()) {
            entriesShown = window->workspace().log().entryCount();
            window->close();
            return true;
        }
        return false;
    });
    CHECK(unexpected == QStringList());
    CHECK(code == 0);
    CHECK(offers == 1);
    CHECK(entriesShown == test::sampleLog().entryCount());
    CHECK(checkDatabase(temp.path()).isSound());
    // The damaged file is kept, byte for byte, beside the restored one.
    bool kept = false;
    for (const QFileInfo& info :
         QDir(QFileInfo(temp.path()).absolutePath()).entryInfoList(QDir::Files))
        kept = kept || test::fileHash(info.filePath()) == damagedHash;
    CHECK(kept);
}

TEST_CASE("the app draws its window first and opens the file after; a refused file closes it")
{
    test::TempDatabase temp;
    writeSampleFile(temp.path());
    {
        Database db(temp.path());
        sql::exec(db.connection(), u"PRAGMA user_version = 99"_s);
    }
    const QByteArray hash = test::fileHash(temp.path());
    QString shown;
    bool windowUnderneath = false;
    const int code = runAppActing(temp.path(), [&](QWidget* top) {
        auto* box = qobject_cast<QMessageBox*>(top);
        if (!box)
            return false;
        shown = box->text();
        windowUnderneath =
            qobject_cast<ui::MainWindow*>(box->parentWidget()) && box->parentWidget()->isVisible();
        box->close();
        return true;
    });
    CHECK(code == 1);
    CHECK(shown.contains(u"newer version"_s));
    CHECK(windowUnderneath);
    CHECK(test::fileHash(temp.path()) == hash);
    CHECK_FALSE(QFileInfo::exists(temp.path() + u".lock"_s));
}

TEST_CASE("a file another window writes opens read-only, and its lock stays with that window")
{
    test::TempDatabase temp;
    writeSampleFile(temp.path());
    WriterLock other(temp.path());
    REQUIRE(other.acquire());
    QString asked;
    bool readOnlyWindow = false;
    const int code = runAppActing(temp.path(), [&](QWidget* top) {
        if (auto* box = qobject_cast<QMessageBox*>(top);
            box && box->objectName() == u"alreadyOpenQuestion"_s) {
            asked = box->text();
            box->button(QMessageBox::Open)->click();
            return true;
        }
        if (auto* window = qobject_cast<ui::MainWindow*>(top);
            window && !window->workspace().isLoading()) {
            readOnlyWindow =
                window->workspace().isReadOnly() && window->workspace().log().entryCount() > 0;
            window->close();
            return true;
        }
        return false;
    });
    CHECK(code == 0);
    CHECK(asked.contains(u"process %1"_s.arg(QCoreApplication::applicationPid())));
    CHECK(readOnlyWindow);
    CHECK(other.isLocked());
    CHECK(QFileInfo::exists(temp.path() + u".lock"_s));
    WriterLock third(temp.path());
    CHECK_FALSE(third.acquire());
}

TEST_CASE("a table builds its search text once shown, a slice at a time, before any key stroke")
{
    Database db(u":memory:"_s);
    DemoOptions options;
    options.until = QDate(2026, 11, 27);
    options.entries = 12000; // more decisions than one slice
    importTeamLog(db, generateDemoTeam(options), ImportMode::Replace);
    ui::MainWindow window(db);
    window.show();
    const auto* decisions = child<ui::EntriesPage>(window, u"decisionsPage"_s)->model();
    const auto* initiatives = child<ui::EntriesPage>(window, u"initiativesPage"_s)->model();
    REQUIRE(decisions->rowCount() > 4000);
    QTest::qWait(50);
    CHECK_FALSE(decisions->prepareSearch(0)); // a hidden page builds nothing

    child<QTabWidget>(window, u"pages"_s)->setCurrentIndex(2);
    CHECK_FALSE(decisions->prepareSearch(0)); // not while the page is being shown
    CHECK(QTest::qWaitFor([&] { return decisions->prepareSearch(0); }));
    CHECK_FALSE(initiatives->prepareSearch(0));

    // A reload drops it; the page, still in view, builds it again.
    window.workspace().reload();
    CHECK_FALSE(decisions->prepareSearch(0));
    CHECK(QTest::qWaitFor([&] { return decisions->prepareSearch(0); }));

    // Focusing the filter of a page not yet idle builds it at once.
    child<QTabWidget>(window, u"pages"_s)->setCurrentIndex(3);
    auto* filter = child<QLineEdit>(window, u"initiativesFilter"_s);
    QFocusEvent focus(QEvent::FocusIn, Qt::TabFocusReason);
    QApplication::sendEvent(filter, &focus);
    CHECK(initiatives->prepareSearch(0));
}

TEST_CASE("filtering a table narrows it by any column, ignoring case, and keeps the selection "
          "and the sort")
{
    Database db(u":memory:"_s);
    DemoOptions options;
    options.until = QDate(2026, 11, 27);
    importTeamLog(db, generateDemoTeam(options), ImportMode::Replace);
    ui::MainWindow window(db);
    window.show();
    child<QTabWidget>(window, u"pages"_s)->setCurrentIndex(2);
    auto* table = child<QTableView>(window, u"decisionsTable"_s);
    auto* filter = child<QLineEdit>(window, u"decisionsFilter"_s);
    QAbstractItemModel* rows = table->model();
    const int all = rows->rowCount();
    REQUIRE(all == window.workspace().log().decisions.size());

    const QModelIndex picked = rows->index(all / 2, 2); // the Decision column
    table->setCurrentIndex(picked);
    const qint64 id = picked.data(ui::EntryTableModel::EntryIdRole).toLongLong();
    const QString word = picked.data().toString().section(u' ', 0, 0);
    REQUIRE(word.size() >= 3);
    auto isSortedByDateDescending = [rows] {
        for (int r = 1; r < rows->rowCount(); ++r) {
            const int sort = rd::ui::EntryTableModel::SortRole; // the shown date is the locale's
            if (rows->index(r - 1, 0).data(sort).toLongLong() <
                rows->index(r, 0).data(sort).toLongLong())
                return false;
        }
        return true;
    };

    filter->setText(word.toUpper());
    CHECK(rows->rowCount() < all);
    CHECK(rows->rowCount() > 0);
    for (int r = 0; r < rows->rowCount(); ++r) {
        bool found = false;
        for (int c = 0; c < rows->columnCount(); ++c)
            found =
                found || rows->index(r, c).data().toString().contains(word, Qt::CaseInsensitive);
        INFO("row " << r);
        CHECK(found);
    }
    CHECK(table->currentIndex().data(ui::EntryTableModel::EntryIdRole).toLongLong() == id);
    CHECK(isSortedByDateDescending());

    filter->clear();
    CHECK(rows->rowCount() == all);
    CHECK(isSortedByDateDescending());
    CHECK(table->currentIndex().data(ui::EntryTableModel::EntryIdRole).toLongLong() == id);

    // Letters beyond ASCII fold too: "CHLOÉ" finds Chloé.
    filter->setText(u"CHLOÉ BAKKER"_s);
    REQUIRE(rows->rowCount() > 0);
    for (int r = 0; r < rows->rowCount(); ++r)
        CHECK(rows->index(r, 1).data().toString() == u"Chloé Bakker"_s);

    filter->setText(u"no decision says this"_s);
    CHECK(rows->rowCount() == 0);
}

TEST_CASE("the delegation board shares its width among a small team and scrolls for a large one")
{
    Database db(u":memory:"_s);
    importTeamLog(db, test::sampleLog(), ImportMode::Merge);
    ui::MainWindow window(db);
    window.resize(1280, 800);
    window.show();
    child<QTabWidget>(window, u"pages"_s)->setCurrentIndex(4);
    auto* table = child<QTableView>(window, u"boardTable"_s);
    QHeaderView* header = table->horizontalHeader();
    QCoreApplication::processEvents();
    REQUIRE(table->model()->columnCount() >= 1);
    CHECK(header->sectionResizeMode(0) == QHeaderView::Stretch);
    CHECK(header->length() == table->viewport()->width());
    CHECK_FALSE((int(header->defaultAlignment()) & Qt::TextWordWrap)); // the names fit

    // A team of 60: every column keeps room for a name and a level.
    QList<Person> people;
    for (int n = 0; n < 60; ++n)
        people << Person{u"m%1"_s.arg(n), u"Member %1"_s.arg(n), {}, QDate(2026, 1, 1), 14, false};
    TeamLog larger;
    larger.people = people;
    importTeamLog(db, larger, ImportMode::Merge);
    QCoreApplication::processEvents();
    const int columns = table->model()->columnCount();
    REQUIRE(columns > 60);
    CHECK(header->sectionResizeMode(0) == QHeaderView::Interactive);
    const int widestLevel =
        table->fontMetrics().horizontalAdvance(levelDisplay(DelegationLevel::Delegate));
    for (int c = 0; c < columns; ++c)
        CHECK(header->sectionSize(c) == header->sectionSize(0));
    CHECK(header->sectionSize(0) > widestLevel);
    CHECK(header->length() > table->viewport()->width());
    CHECK(table->horizontalScrollBar()->maximum() > 0);

    // A name wider than its column wraps, and the header makes room for two lines.
    larger.people = {Person{u"long"_s,
                            u"Maximiliaan Alexander van Oldenbarnevelt"_s,
                            {},
                            QDate(2026, 1, 1),
                            14,
                            false}};
    importTeamLog(db, larger, ImportMode::Merge);
    QCoreApplication::processEvents();
    CHECK((int(header->defaultAlignment()) & Qt::TextWordWrap));
    CHECK(header->height() >= 2 * header->fontMetrics().lineSpacing());
    const int last = table->model()->columnCount() - 1;
    CHECK(table->model()->headerData(last, Qt::Horizontal, Qt::ToolTipRole).toString() ==
          table->model()->headerData(last, Qt::Horizontal).toString());
}
