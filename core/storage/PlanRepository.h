#pragma once

#include "Database.h"
#include "domain/TeamLog.h"

namespace rd {

/// Planned one-on-ones. A plan is never removed when it is held, moved or
/// cancelled: a one-on-one logged for that person on that day (held,
/// cancelled or moved, the statuses the log already has) covers it, so that
/// undoing that record brings the plan back (see openPlans()). Every write
/// commits in its own transaction and then emits Database::changed(Plans).
class PlanRepository final
{
public:
    explicit PlanRepository(Database& db)
        : m_db(db)
    {}
    QList<PlannedOneOnOne> all() const;
    /// Adds the plans in one transaction, all or none; those without a uid get
    /// a new one. Returns them as stored.
    QList<PlannedOneOnOne> add(QList<PlannedOneOnOne> plans);
    /// Removes plans by row in one transaction (the undo of add()).
    void remove(const QList<qint64>& ids);
    /// Moves `plan` to its new day and time (`plan` holds them) and, in the
    /// same transaction, logs `record` (status moved, on the day it had).
    /// Returns the record's row.
    qint64 move(const PlannedOneOnOne& plan, const OneOnOne& record);
    /// The undo of move(): puts `plan` back as it was and removes the record.
    void unmove(const PlannedOneOnOne& plan, qint64 recordId);

    /// A new calendar id for a plan made here.
    static QString newUid();

private:
    Database& m_db;
};

} // namespace rd
