#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace rd::schema {

/// How the schema of `db` differs from the one Rode Draad made at `version`
/// (1 up to CurrentVersion): its tables with their columns, indexes, triggers
/// and views, compared by kind and name. One phrase per difference ("a view
/// named decisions that Rode Draad does not make"); empty when they are the
/// same. Reads sqlite_schema and the tables' column lists only, so a crafted
/// view or trigger is never run.
QStringList identityDifferences(const QSqlDatabase& db, int version);

} // namespace rd::schema
