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
#include "WindowFixture.h"
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
    WindowFixture f;
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
    const QList<OneOnOne> stored = meetingsOf(f.db, u"sam"_s);
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
    WindowFixture f;
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
    SECTION("a decision saved without picking a level has the default level, shown in bold")
    {
        onNextDialog<ui::DecisionDialog>([](ui::DecisionDialog* dialog) {
            CHECK(dialog->findChild<QComboBox*>(u"decisionLevel"_s)->currentIndex() ==
                  toInt(DefaultLevel) - MinLevel);
            CHECK(dialog->findChild<QLabel*>(u"decisionLevelHelp"_s)
                      ->text()
                      .contains(u"<b>%1. "_s.arg(toInt(DefaultLevel))));
            QTest::keyClicks(dialog->findChild<QLineEdit*>(u"decisionTitle"_s), u"Plan the demo"_s);
            clickSave(dialog, u"decisionButtons"_s);
        });
        f.trigger(u"logDecisionAction"_s);
        const QList<Decision> decisions = DecisionRepository(f.db).all();
        REQUIRE(decisions.size() == 1);
        CHECK(decisions.first().level == DelegationLevel::Advise);
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
    WindowFixture f; // Sam joined 60 days ago, no 1:1 and no delegation agreement
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

TEST_CASE("switching the language in the settings shows Dutch labels")
{
    WindowFixture f;
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
    WindowFixture f;
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
    QList<OneOnOne> meetings = meetingsOf(f.db, u"sam"_s);
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
        CHECK(open->count() == 1);
        if (open->count() == 1)
            open->item(0)->setCheckState(Qt::Checked);
        clickSave(dialog, u"meetingButtons"_s);
    });
    child<QPushButton>(f.window, u"prepStart"_s)->click();
    meetings = meetingsOf(f.db, u"sam"_s);
    REQUIRE(meetings.size() == 3);
    CHECK(meetings.first().actions.first().doneOn == f.today);
    f.pages()->setCurrentWidget(child<QWidget>(f.window, u"preparePage"_s));
    CHECK(child<QWidget>(f.window, u"prepSheet"_s)
              ->property("plainText")
              .toString()
              .count(u"Send course options"_s) == 0);

    // One undo takes back the meeting and the closing together.
    f.trigger(u"undoAction"_s);
    meetings = meetingsOf(f.db, u"sam"_s);
    CHECK(meetings.size() == 2);
    CHECK(meetings.first().actions.first().isOpen());
}

TEST_CASE("a hidden Prepare page redraws its sheet when shown, and answers from the latest "
          "logs meanwhile")
{
    WindowFixture f;
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
    WindowFixture f;
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
