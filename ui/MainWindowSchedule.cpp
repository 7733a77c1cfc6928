// The Schedule menu of the main window: planning one-on-ones, moving and
// cancelling the next one, and calendar files in and out.
#include "commands/PlanCommands.h"
#include "dialogs/CalendarImportDialog.h"
#include "dialogs/PlanDialog.h"
#include "dialogs/PlansDialog.h"
#include "domain/Error.h"
#include "MainWindow.h"
#include "schedule/CalendarFile.h"
#include "schedule/Plans.h"
#include "storage/SafeFile.h"
#include "Workspace.h"

#include <QFileDialog>
#include <QItemSelectionModel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace rd::ui {

void MainWindow::createScheduleMenu()
{
    m_planAction = makeAction(u"planAction"_s, {}, &MainWindow::planOneOnOne);
    m_movePlanAction = makeAction(u"movePlanAction"_s, {}, &MainWindow::moveNextPlan);
    m_cancelPlanAction = makeAction(u"cancelPlanAction"_s, {}, &MainWindow::cancelNextPlan);
    m_plansAction = makeAction(u"plansAction"_s, {}, &MainWindow::showPlans);
    m_importCalendar = makeAction(u"importCalendarAction"_s, {}, &MainWindow::importCalendar);
    m_exportCalendar = makeAction(u"exportCalendarAction"_s, {}, &MainWindow::exportCalendar);
    m_scheduleMenu = menuBar()->addMenu(QString());
    m_scheduleMenu->addActions({m_planAction, m_plansAction, m_movePlanAction, m_cancelPlanAction});
    m_scheduleMenu->addSeparator();
    m_scheduleMenu->addActions({m_importCalendar, m_exportCalendar});
    // The next plan of whoever is chosen: the menu says whose, and can act on it.
    connect(m_scheduleMenu, &QMenu::aboutToShow, this, &MainWindow::retranslateSchedule);
    m_workspace->onChangeOf(this, {DataKind::People, DataKind::OneOnOnes, DataKind::Plans},
                            [this] { retranslateSchedule(); });
    connect(m_workspace, &Workspace::loaded, this, &MainWindow::retranslateSchedule);
    connect(m_teamView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::retranslateSchedule);
}

void MainWindow::retranslateSchedule()
{
    m_scheduleMenu->setTitle(tr("S&chedule"));
    m_planAction->setText(tr("&Plan a one-on-one…"));
    m_plansAction->setText(tr("&All planned one-on-ones…"));
    m_importCalendar->setText(tr("&Import a calendar file…"));
    m_importCalendar->setStatusTip(
        tr("Read your one-on-ones from a file Google Calendar, Outlook or Thunderbird exported"));
    m_exportCalendar->setText(tr("&Export the plan to a calendar file…"));
    const std::optional<PlannedOneOnOne> next = nextPlanOfSelected();
    const Person* who = next ? m_workspace->log().person(next->personId) : nullptr;
    m_movePlanAction->setText(who ? tr("&Move the one-on-one with %1 (%2)…")
                                        .arg(who->name, planText(*next, m_workspace->today()))
                                  : tr("&Move the next planned one-on-one…"));
    m_cancelPlanAction->setText(who ? tr("&Cancel the one-on-one with %1 (%2)")
                                          .arg(who->name, planText(*next, m_workspace->today()))
                                    : tr("&Cancel the next planned one-on-one"));
    const bool canWrite = m_workspace->canWrite();
    m_planAction->setEnabled(canWrite && m_workspace->canLog());
    m_importCalendar->setEnabled(canWrite && m_workspace->canLog());
    m_movePlanAction->setEnabled(canWrite && next.has_value());
    m_plansAction->setEnabled(!m_workspace->isLoading());
    m_cancelPlanAction->setEnabled(canWrite && next.has_value());
    const QString choose = tr("Choose a team member with a planned one-on-one");
    m_movePlanAction->setStatusTip(next ? QString() : choose);
    m_cancelPlanAction->setStatusTip(next ? QString() : choose);
}

std::optional<PlannedOneOnOne> MainWindow::nextPlanOfSelected() const
{
    const QString personId = selectedPersonId();
    if (personId.isEmpty())
        return std::nullopt;
    const QHash<QString, PlannedOneOnOne> next =
        nextPlans(m_workspace->log(), m_workspace->today());
    if (const auto found = next.constFind(personId); found != next.cend())
        return *found;
    return std::nullopt;
}

void MainWindow::planOneOnOne()
{
    PlanDialog dialog(m_workspace->log(), m_workspace->today(), this);
    if (!selectedPersonId().isEmpty())
        dialog.setPerson(selectedPersonId());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<PlannedOneOnOne> plans = dialog.plans();
    const Person* who = m_workspace->log().person(plans.first().personId);
    const QString name = who ? who->name : QString();
    const int count = int(plans.size());
    auto* command = new PlanCommand(*m_workspace, plans, [name, count] {
        return tr("Plan %n one-on-one(s) with %1", nullptr, count).arg(name);
    });
    if (m_workspace->run(command))
        note(count == 1
                 ? tr("Planned: %1, %2.").arg(name, planText(plans.first(), m_workspace->today()))
                 : tr("Planned %n one-on-one(s) with %1.", nullptr, count).arg(name));
}

void MainWindow::showPlans()
{
    PlansDialog dialog(*m_workspace, this);
    connect(&dialog, &PlansDialog::prepareRequested, this, &MainWindow::preparePerson);
    connect(&dialog, &PlansDialog::moveRequested, this, &MainWindow::movePlan);
    connect(&dialog, &PlansDialog::cancelRequested, this, &MainWindow::cancelPlan);
    dialog.exec();
}

void MainWindow::moveNextPlan()
{
    if (const std::optional<PlannedOneOnOne> next = nextPlanOfSelected())
        movePlan(*next);
}

void MainWindow::cancelNextPlan()
{
    if (const std::optional<PlannedOneOnOne> next = nextPlanOfSelected())
        cancelPlan(*next);
}

void MainWindow::movePlan(const PlannedOneOnOne& plan)
{
    PlanDialog dialog(m_workspace->log(), m_workspace->today(), QApplication::activeWindow());
    dialog.setMoving(plan);
    if (dialog.exec() == QDialog::Accepted)
        m_workspace->run(new MovePlanCommand(*m_workspace, plan, dialog.plans().first()));
}

void MainWindow::cancelPlan(const PlannedOneOnOne& plan)
{
    // Recorded as the log records a cancelled one-on-one: the rhythm counts it.
    OneOnOne cancelled;
    cancelled.personId = plan.personId;
    cancelled.date = plan.date;
    cancelled.status = MeetingStatus::Cancelled;
    if (m_workspace->run(new LogOneOnOneCommand(*m_workspace, cancelled)))
        note(tr("Cancelled; it is logged as a cancelled one-on-one (Edit › Undo brings it back)."));
}

void MainWindow::importCalendar()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a calendar file"),
        QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
        tr("Calendar files (*.ics)"));
    if (!path.isEmpty())
        importCalendarFile(path);
}

void MainWindow::importCalendarFile(const QString& path)
{
    const QDate today = m_workspace->today();
    QList<CalendarMeeting> meetings;
    try {
        meetings = readCalendarFile(path, today, today.addDays(PlanHorizonDays),
                                    QTimeZone::systemTimeZone());
    } catch (const Error& error) {
        showError(error.message());
        return;
    }
    CalendarImportDialog dialog(meetings, m_workspace->log(), today, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QList<PlannedOneOnOne> plans = dialog.plans();
    if (plans.isEmpty())
        return;
    const int count = int(plans.size());
    if (m_workspace->run(new PlanCommand(*m_workspace, plans, [count] {
            return tr("Import %n planned one-on-one(s)", nullptr, count);
        })))
        note(tr("Planned %n one-on-one(s) from the calendar file.", nullptr, count));
}

void MainWindow::exportCalendar()
{
    if (openPlans(m_workspace->log(), m_workspace->today()).isEmpty()) {
        QMessageBox::information(this, tr("Export the plan"),
                                 tr("Nothing is planned yet. Plan a one-on-one first "
                                    "(Schedule › Plan a one-on-one), or import a calendar file."));
        return;
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the plan to a calendar file"), documents + u"/rodedraad-plan.ics"_s,
        tr("Calendar files (*.ics)"));
    if (!path.isEmpty())
        exportCalendarFile(path);
}

void MainWindow::exportCalendarFile(const QString& path)
{
    const QList<CalendarEntry> entries = calendarEntries(m_workspace->log(), m_workspace->today());
    try {
        if (isSpecialFile(path))
            throw StorageError(tr("%1 is a device or a pipe, not a file.").arg(path));
        writeFileSafely(path, writeCalendar(entries, QTimeZone::systemTimeZone(),
                                            QDateTime::currentDateTimeUtc()));
    } catch (const Error& error) {
        showError(error.message());
        return;
    }
    note(tr("Wrote %n planned one-on-one(s) to %1; open it with your calendar to update it.",
            nullptr, int(entries.size()))
             .arg(path));
}

} // namespace rd::ui
