// The Schedule menu as a manager meets it: plan a one-on-one (or a series),
// see it on the home page and in the team list, move it, cancel it, undo
// each; import a calendar file through its preview, and export the plan.
#include "dialogs/CalendarImportDialog.h"
#include "dialogs/PlanDialog.h"
#include "dialogs/PlansDialog.h"
#include "models/TeamModel.h"
#include "schedule/Plans.h"
#include "storage/PlanRepository.h"
#include "widgets/DateField.h"
#include "WindowFixture.h"

#include <catch2/catch.hpp>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QTimeEdit>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

namespace {
/// Plans with Sam through Schedule › Plan a one-on-one, `days` from today at 10:00.
void planWithSam(WindowFixture& f, int days, bool series = false)
{
    f.window.selectPerson(u"sam"_s);
    onNextDialog<ui::PlanDialog>([&](ui::PlanDialog* dialog) {
        CHECK(dialog->findChild<QComboBox*>(u"planPerson"_s)->currentData() == u"sam"_s);
        dialog->findChild<ui::DateField*>(u"planDate"_s)->setDate(f.today.addDays(days));
        dialog->findChild<QTimeEdit*>(u"planTime"_s)->setTime(QTime(10, 0));
        dialog->findChild<QCheckBox*>(u"planSeries"_s)->setChecked(series);
        clickSave(dialog, u"planButtons"_s);
    });
    f.trigger(u"planAction"_s);
}

QString teamRowText(WindowFixture& f)
{
    auto* list = child<QListView>(f.window, u"teamList"_s);
    return list->model()->index(0, 0).data().toString();
}

QString homeWhen(WindowFixture& f)
{
    QCoreApplication::processEvents();
    auto* next = child<QTreeWidget>(f.window, u"homeNext"_s);
    // Headings and people are rows of their own, in the order due.
    for (int top = 0; top < next->topLevelItemCount(); ++top) {
        if (next->topLevelItem(top)->text(0).contains(u"Sam"_s))
            return next->topLevelItem(top)->text(1);
    }
    return {};
}

/// A calendar file of a weekly "1:1 Sam" from `first` (four weeks) and a
/// dentist's appointment nobody matches.
QByteArray calendarFile(QDate first)
{
    const QByteArray day = first.toString(u"yyyyMMdd"_s).toLatin1();
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Test//EN\r\n"
           "BEGIN:VEVENT\r\nUID:weekly-sam@test\r\nDTSTAMP:20261201T000000Z\r\n"
           "DTSTART:" +
           day + "T090000\r\nDTEND:" + day +
           "T093000\r\n"
           "RRULE:FREQ=WEEKLY;COUNT=4\r\nSUMMARY:1:1 Sam\r\n"
           "DESCRIPTION:Private: talk about the salary\r\nEND:VEVENT\r\n"
           "BEGIN:VEVENT\r\nUID:dentist@test\r\nDTSTAMP:20261201T000000Z\r\n"
           "DTSTART:" +
           day + "T140000\r\nDTEND:" + day +
           "T143000\r\n"
           "SUMMARY:Dentist\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
}
} // namespace

TEST_CASE("a planned one-on-one shows on the home page and in the team list, and undoes")
{
    WindowFixture f;
    auto* tester = new QAbstractItemModelTester(
        child<QListView>(f.window, u"teamList"_s)->model(),
        QAbstractItemModelTester::FailureReportingMode::Fatal, &f.window);
    CHECK_FALSE(teamRowText(f).contains(u"next:"_s)); // nothing planned: the control
    CHECK(homeWhen(f).contains(u"over"_s));           // never met, joined 60 days ago
    planWithSam(f, 3);
    REQUIRE(f.workspace().log().planned.size() == 1);
    const PlannedOneOnOne plan = f.workspace().log().planned.first();
    CHECK(plan.date == f.today.addDays(3));
    CHECK(plan.time == QTime(10, 0));
    CHECK(teamRowText(f).contains(u"next: "_s + planText(plan, f.today)));
    CHECK(homeWhen(f) == u"planned "_s + planText(plan, f.today));
    f.workspace().undoStack()->undo();
    CHECK(f.workspace().log().planned.isEmpty());
    CHECK_FALSE(teamRowText(f).contains(u"next:"_s));
    f.workspace().undoStack()->redo();
    CHECK(f.workspace().log().planned == QList<PlannedOneOnOne>{plan}); // same row, same uid
    Q_UNUSED(tester);
}

TEST_CASE("a series follows the person's cadence for six months")
{
    WindowFixture f;
    planWithSam(f, 1, true);
    const QList<PlannedOneOnOne>& plans = f.workspace().log().planned;
    CHECK(plans.size() == PlanHorizonDays / 14 + 1);
    CHECK(plans.at(1).date == plans.at(0).date.addDays(14));
    f.workspace().undoStack()->undo();
    CHECK(plans.isEmpty());
}

TEST_CASE("moving and cancelling the next one-on-one record moved and cancelled, and undo")
{
    WindowFixture f;
    planWithSam(f, 2);
    const PlannedOneOnOne plan = f.workspace().log().planned.first();
    onNextDialog<ui::PlanDialog>([&](ui::PlanDialog* dialog) {
        CHECK_FALSE(dialog->findChild<QComboBox*>(u"planPerson"_s)->isEnabled());
        dialog->findChild<ui::DateField*>(u"planDate"_s)->setDate(f.today.addDays(4));
        clickSave(dialog, u"planButtons"_s);
    });
    f.trigger(u"movePlanAction"_s);
    REQUIRE(meetingsOf(f.db, u"sam"_s).size() == 1);
    CHECK(meetingsOf(f.db, u"sam"_s).first().status == MeetingStatus::Moved);
    CHECK(meetingsOf(f.db, u"sam"_s).first().date == plan.date);
    CHECK(openPlans(f.workspace().log(), f.today).first().date == f.today.addDays(4));
    f.workspace().undoStack()->undo();
    CHECK(meetingsOf(f.db, u"sam"_s).isEmpty());
    CHECK(f.workspace().log().planned == QList<PlannedOneOnOne>{plan});

    f.trigger(u"cancelPlanAction"_s);
    REQUIRE(meetingsOf(f.db, u"sam"_s).size() == 1);
    CHECK(meetingsOf(f.db, u"sam"_s).first().status == MeetingStatus::Cancelled);
    CHECK(openPlans(f.workspace().log(), f.today).isEmpty());
    CHECK_FALSE(child<QAction>(f.window, u"cancelPlanAction"_s)->isEnabled());
    f.workspace().undoStack()->undo();
    CHECK(openPlans(f.workspace().log(), f.today).size() == 1);
}

TEST_CASE("a calendar file is previewed, matched, confirmed, and imported once")
{
    WindowFixture f;
    TempDatabase temp;
    const QString ics = temp.dir.filePath(u"calendar.ics"_s);
    writeFile(ics, calendarFile(f.today.addDays(2)));
    QString button;
    int rows = 0;
    onNextDialog<ui::CalendarImportDialog>([&](ui::CalendarImportDialog* dialog) {
        auto* events = dialog->findChild<QTreeWidget*>(u"calendarEvents"_s);
        rows = events->topLevelItemCount();
        auto* sam = qobject_cast<QComboBox*>(events->itemWidget(events->topLevelItem(0), 2));
        auto* dentist = qobject_cast<QComboBox*>(events->itemWidget(events->topLevelItem(1), 2));
        CHECK(sam->currentData() == u"sam"_s);
        CHECK(dentist->currentData().toString().isEmpty()); // nobody matched: left out
        auto* plan = dialog->findChild<QPushButton*>(u"calendarPlan"_s);
        CHECK(plan->text().startsWith(u"&Plan 4 one-on-one"_s));
        sam->setCurrentIndex(0); // leave it out, too
        CHECK_FALSE(plan->isEnabled());
        sam->setCurrentIndex(sam->findData(u"sam"_s));
        button = plan->text();
        plan->click();
    });
    f.window.importCalendarFile(ics);
    CHECK(rows == 2);
    CHECK(button.startsWith(u"&Plan 4 one-on-one"_s));
    REQUIRE(f.workspace().log().planned.size() == 4);
    CHECK(f.workspace().log().planned.first().time == QTime(9, 0));
    CHECK(f.workspace().log().planned.first().uid == u"weekly-sam@test"_s);

    // The same file again: everything is already planned; nothing to do.
    bool enabled = true;
    onNextDialog<ui::CalendarImportDialog>([&](ui::CalendarImportDialog* dialog) {
        enabled = dialog->findChild<QPushButton*>(u"calendarPlan"_s)->isEnabled();
        dialog->reject();
    });
    f.window.importCalendarFile(ics);
    CHECK_FALSE(enabled);
    CHECK(f.workspace().log().planned.size() == 4);
}

TEST_CASE("a broken calendar file is one sentence, and nothing is planned")
{
    WindowFixture f;
    TempDatabase temp;
    const QString ics = temp.dir.filePath(u"broken.ics"_s);
    writeFile(ics, readFile(QStringLiteral(RODEDRAAD_FIXTURES) + u"/calendar/broken.ics"_s));
    QString said;
    onNextDialog<QMessageBox>([&](QMessageBox* box) {
        said = box->text();
        box->accept();
    });
    f.window.importCalendarFile(ics);
    CHECK(said.startsWith(u"Line 7 of the calendar file cannot be read"_s));
    CHECK(f.workspace().log().planned.isEmpty());
}

TEST_CASE("the plan is exported to a calendar file, owner-only and without notes")
{
    WindowFixture f;
    planWithSam(f, 3);
    TempDatabase temp;
    const QString ics = temp.dir.filePath(u"plan.ics"_s);
    f.window.exportCalendarFile(ics);
    REQUIRE(QFile::exists(ics));
    CHECK(isOwnerOnly(ics));
    const QByteArray text = readFile(ics);
    CHECK(text.contains("SUMMARY:One-on-one with Sam Jansen"));
    CHECK(text.contains(f.workspace().log().planned.first().uid.toUtf8()));
    CHECK_FALSE(text.contains("DESCRIPTION"));
}

TEST_CASE("the plan dialog refuses a second one-on-one with the same person on a planned day")
{
    WindowFixture f;
    planWithSam(f, 3);
    bool refused = false;
    onNextDialog<ui::PlanDialog>([&](ui::PlanDialog* dialog) {
        dialog->findChild<ui::DateField*>(u"planDate"_s)->setDate(f.today.addDays(3));
        dialog->findChild<QTimeEdit*>(u"planTime"_s)->setTime(QTime(15, 0));
        clickSave(dialog, u"planButtons"_s);
        const auto* error = dialog->findChild<QLabel*>(u"planError"_s);
        refused = dialog->isVisible() && error && error->isVisible() &&
                  error->text().startsWith(u"Sam Jansen already has a one-on-one planned"_s);
        // The control: the next day is accepted.
        dialog->findChild<ui::DateField*>(u"planDate"_s)->setDate(f.today.addDays(4));
        clickSave(dialog, u"planButtons"_s);
    });
    f.window.selectPerson(u"sam"_s);
    f.trigger(u"planAction"_s);
    CHECK(refused);
    CHECK(openPlans(f.workspace().log(), f.today).size() == 2);
}

TEST_CASE("All planned one-on-ones lists every plan; cancelling one there takes it off the list")
{
    WindowFixture f;
    planWithSam(f, 1);
    planWithSam(f, 3);
    int before = 0;
    int after = 0;
    QString secondWhen;
    onNextDialog<ui::PlansDialog>([&](ui::PlansDialog* dialog) {
        auto* list = dialog->findChild<QTreeWidget*>(u"plansList"_s);
        QAbstractItemModelTester tester(list->model(),
                                        QAbstractItemModelTester::FailureReportingMode::Warning);
        before = list->topLevelItemCount();
        CHECK(list->topLevelItem(0)->text(1) == u"Sam Jansen"_s);
        CHECK(list->topLevelItem(0)->text(3) == u"Rode Draad"_s);
        secondWhen = list->topLevelItem(1)->text(0);
        list->setCurrentItem(list->topLevelItem(0));
        dialog->findChild<QPushButton*>(u"plansCancel"_s)->click();
        after = list->topLevelItemCount();
        CHECK((after == 1 && list->topLevelItem(0)->text(0) == secondWhen));
        // Prepare opens the sheet and closes the list.
        dialog->findChild<QPushButton*>(u"plansPrepare"_s)->click();
    });
    f.trigger(u"plansAction"_s);
    CHECK(before == 2);
    CHECK(after == 1);
    CHECK(f.pages()->currentWidget()->objectName() == u"preparePage"_s);
    CHECK(openPlans(f.workspace().log(), f.today).size() == 1);
    // Undo brings the cancelled one back.
    f.workspace().undoStack()->undo();
    CHECK(openPlans(f.workspace().log(), f.today).size() == 2);
}
