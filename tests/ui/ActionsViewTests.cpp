// The Actions view: every open action overdue first; tick one closed, close
// several in one step, agree a new due date (recorded), open its one-on-one.
#include "coaching/Actions.h"
#include "dialogs/OneOnOneDialog.h"
#include "i18n/Language.h"
#include "models/ActionsModel.h"
#include "models/PromptModel.h"
#include "UiSupport.h"
#include "WindowFixture.h"

#include <catch2/catch.hpp>
#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

namespace {

/// The fixture with Kim as well, and three open actions in two one-on-ones:
/// Sam's two (one 10 days overdue, one due next week) and Kim's (3 days over).
struct ActionsFixture : WindowFixture
{
    QTableView* table = nullptr;
    ui::ActionsModel* model = nullptr;

    ActionsFixture()
    {
        installLanguage(u"en"_s); // the plural forms come from the English translation
        PeopleRepository(db).add(
            Person{u"kim"_s, u"Kim Bakker"_s, {}, today.addDays(-90), 14, false});
        OneOnOne sam;
        sam.personId = u"sam"_s;
        sam.date = today.addDays(-20);
        sam.actions << ActionItem{u"Send the course options"_s,
                                  Party::Manager,
                                  today.addDays(-10),
                                  {}}
                    << ActionItem{u"Write the proposal"_s, Party::Member, today.addDays(7), {}};
        OneOnOneRepository(db).add(sam);
        OneOnOne kim;
        kim.personId = u"kim"_s;
        kim.date = today.addDays(-10);
        kim.actions << ActionItem{u"Book the training"_s, Party::Manager, today.addDays(-3), {}};
        OneOnOneRepository(db).add(kim);
        workspace().reload();
        window.selectPerson({});
        pages()->setCurrentWidget(child<QWidget>(window, u"actionsPage"_s));
        table = child<QTableView>(window, u"actionsTable"_s);
        model = qobject_cast<ui::ActionsModel*>(table->model());
        QCoreApplication::processEvents(); // the language change, posted
    }
    QString text(int row) const
    {
        return model->index(row, ui::ActionsModel::TextColumn).data().toString();
    }
    QString summary() { return child<QLabel>(window, u"actionsSummary"_s)->text(); }
    void selectRows(const QList<int>& rows)
    {
        table->clearSelection();
        for (int row : rows)
            table->selectionModel()->select(model->index(row, 0), QItemSelectionModel::Select |
                                                                      QItemSelectionModel::Rows);
    }
    ActionItem stored(const QString& person, int index)
    {
        return meetingsOf(db, person).first().actions.at(index);
    }
};

} // namespace

TEST_CASE("the Actions view lists every open action, overdue first, and says how many are late")
{
    ActionsFixture f;
    REQUIRE(f.model);
    QAbstractItemModelTester tester(f.model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(f.model->rowCount() == 3);
    CHECK(f.text(0) == u"Send the course options"_s);
    CHECK(f.text(1) == u"Book the training"_s);
    CHECK(f.text(2) == u"Write the proposal"_s);
    const QModelIndex due = f.model->index(0, ui::ActionsModel::DueColumn);
    CHECK(due.data().toString().contains(u"10 days overdue"_s)); // in words, not only in red
    CHECK(due.data(Qt::ForegroundRole).isValid());
    // Positive control: an action not yet due has no alarm colour.
    CHECK_FALSE(f.model->index(2, ui::ActionsModel::DueColumn).data(Qt::ForegroundRole).isValid());
    CHECK(f.model->index(1, ui::ActionsModel::PersonColumn).data().toString() == u"Kim Bakker"_s);
    CHECK(f.summary().startsWith(u"3 open actions, 2 overdue"_s));
    // The sidebar's choice filters the list.
    f.window.selectPerson(u"kim"_s);
    CHECK(f.model->rowCount() == 1);
    f.window.selectPerson({});
    CHECK(f.model->rowCount() == 3);
}

TEST_CASE("ticking an action closes it as of today, and undo opens it again")
{
    ActionsFixture f;
    QAbstractItemModelTester tester(f.model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QModelIndex first = f.model->index(0, ui::ActionsModel::TextColumn);
    CHECK(first.flags().testFlag(Qt::ItemIsUserCheckable));
    CHECK(f.model->setData(first, Qt::Checked, Qt::CheckStateRole));
    CHECK(f.stored(u"sam"_s, 0).doneOn == f.today);
    CHECK(f.stored(u"sam"_s, 1).isOpen()); // the other one in the same meeting stays open
    CHECK(f.model->rowCount() == 2);
    CHECK(f.workspace().undoStack()->undoText() == u"Close 1 action"_s);
    f.workspace().undoStack()->undo();
    CHECK(f.stored(u"sam"_s, 0).isOpen());
    CHECK(f.model->rowCount() == 3);
}

TEST_CASE("Mark done closes several actions of different one-on-ones in one step")
{
    ActionsFixture f;
    auto* done = child<QPushButton>(f.window, u"actionsDone"_s);
    CHECK_FALSE(done->isEnabled()); // nothing selected yet
    f.selectRows({0, 1});
    REQUIRE(done->isEnabled());
    const int steps = f.workspace().undoStack()->count();
    done->click();
    CHECK(f.stored(u"sam"_s, 0).doneOn == f.today);
    CHECK(f.stored(u"kim"_s, 0).doneOn == f.today);
    CHECK(f.model->rowCount() == 1);
    CHECK(f.workspace().undoStack()->count() == steps + 1);
    CHECK(f.workspace().undoStack()->undoText() == u"Close 2 actions"_s);
    CHECK(f.summary().startsWith(u"1 open action, none overdue"_s));
    f.workspace().undoStack()->undo();
    CHECK(f.stored(u"sam"_s, 0).isOpen());
    CHECK(f.stored(u"kim"_s, 0).isOpen());
}

TEST_CASE("a new due date from the date picker records the renegotiation")
{
    ActionsFixture f;
    f.selectRows({0});
    const QDate newDue = f.today.addDays(5);
    QDate offered;
    onNextDialog<QDialog>([&](QDialog* dialog) {
        auto* date = dialog->findChild<QDateEdit*>(u"actionsNewDue"_s);
        CHECK(date);
        if (!date)
            return dialog->reject();
        CHECK(date->calendarPopup());
        offered = date->date();
        date->setDate(newDue);
        clickSave(dialog, u"actionsDueButtons"_s);
    });
    child<QPushButton>(f.window, u"actionsMove"_s)->click();
    CHECK(offered == f.today.addDays(7)); // a week on from today, as it was overdue
    const ActionItem moved = f.stored(u"sam"_s, 0);
    CHECK(moved.due == newDue);
    CHECK(moved.firstDue == f.today.addDays(-10));
    CHECK(moved.dueMoves == 1);
    CHECK(moved.isOpen());
    // No longer overdue, and the move shows.
    const int row =
        int(f.model->match(f.model->index(0, 0), Qt::DisplayRole, u"Send the course options"_s)
                .first()
                .row());
    CHECK(f.model->index(row, ui::ActionsModel::MovedColumn).data().toString() == u"1×"_s);
    CHECK(f.model->index(row, ui::ActionsModel::MovedColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .startsWith(u"Moved 1 time; first due"_s));
    // Positive control: an action never moved shows nothing there.
    CHECK(f.model->index(row == 0 ? 1 : 0, ui::ActionsModel::MovedColumn).data().isNull());
    CHECK(f.workspace().undoStack()->undoText() == u"Move the due date of 1 action"_s);

    // Cancelled: nothing changes.
    f.selectRows({0});
    onNextDialog<QDialog>([](QDialog* dialog) { dialog->reject(); });
    child<QPushButton>(f.window, u"actionsMove"_s)->click();
    CHECK(meetingsOf(f.db, u"sam"_s).first().actions.first() == moved);
}

TEST_CASE("the due cell edits with a calendar, and a new date there is a recorded move")
{
    ActionsFixture f;
    const QModelIndex due = f.model->index(1, ui::ActionsModel::DueColumn); // Kim's
    REQUIRE(due.flags().testFlag(Qt::ItemIsEditable));
    f.table->setCurrentIndex(due);
    f.table->edit(due);
    auto* editor = f.table->findChild<QDateEdit*>(u"dateCellEditor"_s);
    REQUIRE(editor);
    CHECK(editor->calendarPopup());
    CHECK(editor->date() == f.today.addDays(-3));
    editor->setDate(f.today.addDays(14));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the view commits the editor on its next turn
    const ActionItem moved = f.stored(u"kim"_s, 0);
    CHECK(moved.due == f.today.addDays(14));
    CHECK(moved.dueMoves == 1);
    CHECK(moved.firstDue == f.today.addDays(-3));
}

TEST_CASE("Show the one-on-one opens the meeting the action was agreed in")
{
    ActionsFixture f;
    auto* open = child<QPushButton>(f.window, u"actionsOpenMeeting"_s);
    f.selectRows({0, 1});
    CHECK_FALSE(open->isEnabled()); // one action at a time
    f.selectRows({1});
    REQUIRE(open->isEnabled());
    open->click();
    CHECK(f.pages()->currentWidget() == child<QWidget>(f.window, u"meetingsPage"_s));
    // Kim's meeting, whose details list the action.
    const QString detail = child<QTextBrowser>(f.window, u"meetingsDetail"_s)->toPlainText();
    CHECK(detail.contains(u"Book the training"_s));
    CHECK_FALSE(detail.contains(u"Send the course options"_s));
}

TEST_CASE("with no open action the view says where actions come from")
{
    WindowFixture f;
    f.pages()->setCurrentWidget(child<QWidget>(f.window, u"actionsPage"_s));
    CHECK(child<QLabel>(f.window, u"actionsSummary"_s)->text().startsWith(u"No open actions."_s));
    CHECK_FALSE(child<QPushButton>(f.window, u"actionsDone"_s)->isEnabled());
}

TEST_CASE("the 1:1 dialog picks action dates with a calendar and keeps a renegotiation")
{
    ActionsFixture f;
    OneOnOne sam = meetingsOf(f.db, u"sam"_s).first();
    sam.actions[0] = withDue(sam.actions[0], f.today.addDays(2)); // moved once already
    ui::OneOnOneDialog dialog(f.workspace().log());
    dialog.setMeeting(sam);
    dialog.show();
    auto* table = dialog.findChild<QTableWidget*>(u"meetingActions"_s);
    REQUIRE(table);
    // Saved unchanged, the history stays as it was.
    CHECK(dialog.meeting().actions == sam.actions);
    // Opens the cell's editor, lets `use` work it, and commits with Return.
    const auto editCell = [table](int row, int column, const auto& use) {
        const QModelIndex cell = table->model()->index(row, column);
        table->setCurrentIndex(cell);
        table->edit(cell);
        auto* editor = table->findChild<QDateEdit*>(u"dateCellEditor"_s);
        CHECK(editor);
        if (!editor)
            return;
        CHECK(editor->calendarPopup());
        use(editor);
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents(); // the view commits on its next turn
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    };

    // A new due date for the second action: a first move, recorded.
    editCell(1, 2, [&](QDateEdit* editor) { editor->setDate(f.today.addDays(21)); });
    const QList<ActionItem> after = dialog.meeting().actions;
    CHECK(after.at(0) == sam.actions.at(0));
    CHECK(after.at(1).due == f.today.addDays(21));
    CHECK(after.at(1).firstDue == f.today.addDays(7));
    CHECK(after.at(1).dueMoves == 1);

    // Delete empties an optional date: a done date set by mistake goes again.
    editCell(0, 3, [&](QDateEdit* editor) { editor->setDate(f.today); });
    CHECK(dialog.meeting().actions.at(0).doneOn == f.today);
    editCell(0, 3, [](QDateEdit* editor) { QTest::keyClick(editor, Qt::Key_Delete); });
    CHECK(dialog.meeting().actions.at(0).isOpen());
}

TEST_CASE("the overdue-actions signal's step opens the Actions view on that person")
{
    ActionsFixture f;
    auto* tree = child<QTreeView>(f.window, u"todayPrompts"_s);
    auto* prompts = qobject_cast<ui::PromptModel*>(tree->model());
    const auto keyOf = [&f](const QString& rule, const QString& person) {
        for (const Prompt& p : f.workspace().prompts()) {
            if (p.rule == rule && p.personId == person)
                return p.key;
        }
        return QString();
    };
    REQUIRE(
        QTest::qWaitFor([&] { return !keyOf(u"manager-actions-overdue"_s, u"kim"_s).isEmpty(); }));
    auto* detail = child<QTextBrowser>(f.window, u"todayPromptDetail"_s);
    // Positive control: another signal's step has no such link.
    const QString other = keyOf(u"no-delegation-agreement"_s, u"kim"_s);
    REQUIRE_FALSE(other.isEmpty());
    tree->setCurrentIndex(prompts->indexOf(other));
    CHECK(detail->toHtml().contains(u"One concrete step"_s));
    CHECK_FALSE(detail->toHtml().contains(u"rodedraad:actions"_s));
    tree->setCurrentIndex(prompts->indexOf(keyOf(u"manager-actions-overdue"_s, u"kim"_s)));
    REQUIRE(detail->toHtml().contains(u"rodedraad:actions"_s));
    emit detail->anchorClicked(QUrl(u"rodedraad:actions"_s));
    CHECK(f.pages()->currentWidget() == child<QWidget>(f.window, u"actionsPage"_s));
    REQUIRE(f.model->rowCount() == 1); // Kim's, chosen in the sidebar
    CHECK(f.text(0) == u"Book the training"_s);
}

TEST_CASE("a hidden Actions view waits to be shown before it reads the logs again")
{
    ActionsFixture f;
    REQUIRE(f.model->rowCount() == 3);
    f.pages()->setCurrentIndex(0); // hidden
    OneOnOne extra;
    extra.personId = u"sam"_s;
    extra.date = f.today;
    extra.actions << ActionItem{u"A fourth"_s, Party::Member, f.today.addDays(3), {}};
    f.workspace().store().addOneOnOne(extra);
    CHECK(f.model->rowCount() == 3); // not read while hidden
    f.pages()->setCurrentWidget(child<QWidget>(f.window, u"actionsPage"_s));
    CHECK(f.model->rowCount() == 4); // read once, when shown
    CHECK(f.summary().startsWith(u"4 open actions"_s));
}
