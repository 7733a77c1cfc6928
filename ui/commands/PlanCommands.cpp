#include "PlanCommands.h"

#include "i18n/LocalDate.h"
#include "store/TeamStore.h"
#include "Workspace.h"

#include <QCoreApplication>

namespace rd::ui {

PlanCommand::PlanCommand(Workspace& workspace, QList<PlannedOneOnOne> plans, Text text)
    : StorageCommand(workspace, std::move(text))
    , m_plans(std::move(plans))
{
    for (const PlannedOneOnOne& existing : workspace.log().planned) {
        for (const PlannedOneOnOne& p : std::as_const(m_plans)) {
            if (!p.uid.isEmpty() && p.uid == existing.uid &&
                p.recurrenceId == existing.recurrenceId)
                m_replaced << existing;
        }
    }
}

void PlanCommand::apply()
{
    // The first run gives the new plans their rows and uids; a redo keeps them.
    m_plans = m_workspace.store().addPlans(m_plans);
}

void PlanCommand::revert()
{
    QList<qint64> added;
    for (const PlannedOneOnOne& p : std::as_const(m_plans)) {
        const bool replaced = std::any_of(m_replaced.cbegin(), m_replaced.cend(),
                                          [&p](const PlannedOneOnOne& r) { return r.id == p.id; });
        if (!replaced)
            added << p.id;
    }
    m_workspace.store().removePlans(added);
    m_workspace.store().addPlans(m_replaced);
}

MovePlanCommand::MovePlanCommand(Workspace& workspace, PlannedOneOnOne before,
                                 PlannedOneOnOne after)
    : StorageCommand(workspace,
                     [name = workspace.log().person(before.personId)
                                 ? workspace.log().person(before.personId)->name
                                 : QString()] {
                         return QCoreApplication::translate("rd::ui::StorageCommand",
                                                            "Move the one-on-one with %1")
                             .arg(name);
                     })
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void MovePlanCommand::apply()
{
    if (m_before.date == m_after.date) {
        m_workspace.store().addPlans({m_after}); // another time the same day: no record
        return;
    }
    OneOnOne record;
    record.id = m_recordId; // a redo keeps the row the first run got
    record.personId = m_before.personId;
    record.date = m_before.date;
    record.status = MeetingStatus::Moved;
    m_recordId = m_workspace.store().movePlan(m_after, record);
}

void MovePlanCommand::revert()
{
    if (m_before.date == m_after.date) {
        m_workspace.store().addPlans({m_before});
        return;
    }
    m_workspace.store().unmovePlan(m_before, m_recordId);
}

} // namespace rd::ui
