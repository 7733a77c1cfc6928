// Logging from the window: a team member, a one-on-one, a decision and an
// initiative through their dialogs, and a read-only window that offers none of it.
#include "commands/Commands.h"
#include "dialogs/DecisionDialog.h"
#include "dialogs/InitiativeDialog.h"
#include "dialogs/OneOnOneDialog.h"
#include "dialogs/PersonDialog.h"
#include "MainWindow.h"
#include "models/EntryTableModel.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "TestSupport.h"
#include "UiSupport.h"
#include "WindowFixture.h"
#include "Workspace.h"

#include <catch2/catch.hpp>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

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
    SECTION("a decision without a title is not saved, and says so until one is typed")
    {
        onNextDialog<ui::DecisionDialog>([](ui::DecisionDialog* dialog) {
            clickSave(dialog, u"decisionButtons"_s);
            auto* error = dialog->findChild<QLabel*>(u"decisionError"_s);
            CHECK(error->isVisible());
            // Typing the missing title takes the sentence away.
            QTest::keyClicks(dialog->findChild<QLineEdit*>(u"decisionTitle"_s), u"A"_s);
            CHECK_FALSE(error->isVisible());
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
            outcome->setCurrentIndex(
                outcome->findData(QVariant::fromValue(InitiativeOutcome::Failed)));
            dialog->findChild<QCheckBox*>(u"initiativeRecognised"_s)->setChecked(true);
            auto* how = dialog->findChild<QComboBox*>(u"initiativeHow"_s);
            how->setCurrentIndex(how->findData(QVariant::fromValue(RecognitionChannel::Public)));
            clickSave(dialog, u"initiativeButtons"_s);
        });
        QTest::keySequence(&f.window, QKeySequence(Qt::CTRL | Qt::Key_3));
        const QList<Initiative> initiatives = InitiativeRepository(f.db).all();
        REQUIRE(initiatives.size() == 1);
        CHECK(initiatives.first().outcome == InitiativeOutcome::Failed);
        CHECK(initiatives.first().recognition == RecognitionChannel::Public);
    }
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

TEST_CASE("the details of the entry shown follow its edit and its undo")
{
    WindowFixture f;
    Decision d;
    d.personId = u"sam"_s;
    d.date = f.today;
    d.title = u"Plan the demo"_s;
    const qint64 id = f.workspace().store().addDecision(d);
    f.pages()->setCurrentWidget(child<QWidget>(f.window, u"decisionsPage"_s));
    auto* table = child<QTableView>(f.window, u"decisionsTable"_s);
    REQUIRE(table->model()->rowCount() == 1);
    table->setCurrentIndex(table->model()->index(0, 0));
    auto* detail = child<QWidget>(f.window, u"decisionsDetail"_s);
    REQUIRE(detail->property("plainText").toString().contains(u"Plan the demo"_s));

    d.id = id;
    Decision edited = d;
    edited.title = u"Plan the customer demo"_s;
    REQUIRE(f.workspace().run(new ui::EditDecisionCommand(f.workspace(), d, edited)));
    CHECK(detail->property("plainText").toString().contains(u"Plan the customer demo"_s));
    f.trigger(u"undoAction"_s);
    CHECK_FALSE(detail->property("plainText").toString().contains(u"customer"_s));
}

TEST_CASE("a new decision's level follows the board for its area until a level is picked")
{
    WindowFixture f;
    f.workspace().store().agreeBoardCell(
        BoardEntry{0, u"sam"_s, u"Budget"_s, DelegationLevel::Inquire, f.today.addDays(-5)});
    f.window.selectPerson(u"sam"_s);
    DelegationLevel withBudget = DefaultLevel;
    DelegationLevel afterPick = DefaultLevel;
    onNextDialog<ui::DecisionDialog>([&](ui::DecisionDialog* dialog) {
        auto* level = dialog->findChild<QComboBox*>(u"decisionLevel"_s);
        auto* area = dialog->findChild<QComboBox*>(u"decisionArea"_s);
        area->setCurrentText(u"Budget"_s);
        withBudget = level->currentData().value<DelegationLevel>();
        // The user picks a level: a later area no longer moves it.
        level->setCurrentIndex(level->findData(QVariant::fromValue(DelegationLevel::Consult)));
        emit level->activated(level->currentIndex());
        area->setCurrentText(u"Planning"_s);
        area->setCurrentText(u"Budget"_s);
        afterPick = level->currentData().value<DelegationLevel>();
        dialog->reject();
    });
    f.trigger(u"logDecisionAction"_s);
    CHECK(withBudget == DelegationLevel::Inquire);
    CHECK(afterPick == DelegationLevel::Consult);
}
