// TeamStore: planned one-on-ones.
#include "OwnWrite.h"
#include "schedule/Plans.h"
#include "storage/PlanRepository.h"
#include "TeamStore.h"

#include <algorithm>

namespace rd {

namespace {
void sortPlans(QList<PlannedOneOnOne>& plans)
{
    std::stable_sort(plans.begin(), plans.end(), startsBefore);
}

void replacePlan(QList<PlannedOneOnOne>& plans, const PlannedOneOnOne& plan)
{
    const auto same = [&plan](const PlannedOneOnOne& p) {
        return p.id == plan.id || (p.uid == plan.uid && p.recurrenceId == plan.recurrenceId);
    };
    plans.removeIf(same);
    plans << plan;
}
} // namespace

QList<PlannedOneOnOne> TeamStore::addPlans(const QList<PlannedOneOnOne>& plans)
{
    if (plans.isEmpty())
        return {};
    QList<PlannedOneOnOne> stored;
    {
        OwnWrite writing(m_writing);
        stored = PlanRepository(m_db).add(plans);
    }
    for (const PlannedOneOnOne& p : std::as_const(stored))
        replacePlan(m_log.planned, p);
    sortPlans(m_log.planned);
    emit plansChanged();
    changed(DataKind::Plans);
    return stored;
}

void TeamStore::removePlans(const QList<qint64>& ids)
{
    if (ids.isEmpty())
        return;
    {
        OwnWrite writing(m_writing);
        PlanRepository(m_db).remove(ids);
    }
    m_log.planned.removeIf([&ids](const PlannedOneOnOne& p) { return ids.contains(p.id); });
    emit plansChanged();
    changed(DataKind::Plans);
}

qint64 TeamStore::movePlan(const PlannedOneOnOne& moved, const OneOnOne& record)
{
    OneOnOne stored = record;
    {
        OwnWrite writing(m_writing);
        stored.id = PlanRepository(m_db).move(moved, record);
    }
    replacePlan(m_log.planned, moved);
    sortPlans(m_log.planned);
    insertEntry(stored);
    emit plansChanged();
    changed(DataKind::Plans); // one transaction: counted once
    return stored.id;
}

void TeamStore::unmovePlan(const PlannedOneOnOne& plan, qint64 recordId)
{
    {
        OwnWrite writing(m_writing);
        PlanRepository(m_db).unmove(plan, recordId);
    }
    eraseEntry<OneOnOne>(recordId);
    replacePlan(m_log.planned, plan);
    sortPlans(m_log.planned);
    emit plansChanged();
    changed(DataKind::Plans); // one transaction: counted once
}

} // namespace rd
