#include "PlanRepository.h"

#include "domain/Error.h"
#include "domain/Validation.h"
#include "InTransaction.h"
#include "Sql.h"
#include "TeamLogLoader.h"

#include <QCoreApplication>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace rd {

QString PlanRepository::newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces) + u"@rodedraad"_s;
}

QList<PlannedOneOnOne> PlanRepository::all() const
{
    return loadPlans(m_db.connection());
}

QList<PlannedOneOnOne> PlanRepository::add(QList<PlannedOneOnOne> plans)
{
    if (plans.isEmpty())
        return plans; // nothing to write: no transaction, no commit counted
    for (PlannedOneOnOne& p : plans) {
        if (p.uid.isEmpty())
            p.uid = newUid();
        validate(p);
    }
    inTransaction(m_db, DataKind::Plans, [&](LogWriter& w) {
        for (PlannedOneOnOne& p : plans)
            p.id = w.upsertPlan(p);
    });
    return plans;
}

void PlanRepository::remove(const QList<qint64>& ids)
{
    if (ids.isEmpty())
        return;
    inTransaction(m_db, DataKind::Plans, [&](LogWriter& w) {
        for (qint64 id : ids)
            w.removePlan(id);
    });
}

qint64 PlanRepository::move(const PlannedOneOnOne& plan, const OneOnOne& record)
{
    validate(plan);
    validate(record);
    return inTransaction(m_db, DataKind::Plans, [&](LogWriter& w) {
        w.updatePlan(plan);
        return w.insertOneOnOne(record);
    });
}

void PlanRepository::unmove(const PlannedOneOnOne& plan, qint64 recordId)
{
    validate(plan);
    inTransaction(m_db, DataKind::Plans, [&](LogWriter& w) {
        w.updatePlan(plan);
        sql::Statement remove(m_db.connection(), u"DELETE FROM one_on_ones WHERE id = ?"_s);
        remove.bind(1, recordId).run();
        if (remove.changes() != 1)
            throw ValidationError(
                QCoreApplication::translate("rd::Database", "The one-on-one no longer exists."));
    });
}

} // namespace rd
