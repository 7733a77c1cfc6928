#pragma once

#include "Commands.h"

namespace rd::ui {

/// Plans one-on-ones: one, a series, or what a calendar file holds. Plans
/// that replace ones already there (the same calendar id) are put back as
/// they were by undo; new ones are removed.
class PlanCommand final : public StorageCommand
{
public:
    PlanCommand(Workspace& workspace, QList<PlannedOneOnOne> plans, Text text);
    const QList<PlannedOneOnOne>& plans() const { return m_plans; }

private:
    void apply() override;
    void revert() override;
    QList<PlannedOneOnOne> m_plans;
    QList<PlannedOneOnOne> m_replaced; ///< as they were before the first run
};

/// Moves a plan to another day, recording a moved one-on-one on the day it
/// had (TeamStore::movePlan()); to another time the same day, it only
/// changes the plan.
class MovePlanCommand final : public StorageCommand
{
public:
    MovePlanCommand(Workspace& workspace, PlannedOneOnOne before, PlannedOneOnOne after);

private:
    void apply() override;
    void revert() override;
    PlannedOneOnOne m_before, m_after;
    qint64 m_recordId = 0;
};

} // namespace rd::ui
