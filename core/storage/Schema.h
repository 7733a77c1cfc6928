#pragma once

#include "SearchRow.h"

#include <QSqlDatabase>
#include <QStringList>

namespace rd::schema {

/// The schema version this build writes. Stored in PRAGMA user_version.
constexpr int CurrentVersion = 5;
/// Marks a file as Rode Draad's, in PRAGMA application_id ("RdDr").
constexpr int ApplicationId = 0x52644472;

/// One step from `fromVersion` to `fromVersion + 1`.
struct Migration
{
    int fromVersion;
    const char* name;
    QStringList statements;
};

/// Every step from an empty file to CurrentVersion, in order.
const QList<Migration>& migrations();

/// Creates the latest schema in an empty database, in one transaction.
void createSchema(const QSqlDatabase& db);
/// Migrates step by step from `fromVersion`; each step runs in its own transaction.
void migrate(const QSqlDatabase& db, int fromVersion);

/// Bulk writes (imports) drop the per-row search triggers inside their
/// transaction and rebuild the index in one pass before committing: about ten
/// times faster than indexing row by row. Both must run in the same transaction.
void suspendSearchIndex(const QSqlDatabase& db);
void rebuildSearchIndex(const QSqlDatabase& db);

/// The index keeps no text (version 3): a search reads each hit's person, its
/// one-on-one (or 0), its indexed text and its date from the entry's own table
/// with this query, bound to the entry's id.
QString searchEntryQuery(SearchKind kind);
/// The total length of every indexed text, in one row and column.
QString searchTextLengthQuery();

} // namespace rd::schema
