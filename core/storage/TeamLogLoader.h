#pragma once

#include "domain/TeamLog.h"

#include <QMap>
#include <QSqlDatabase>

namespace rd {

/// Reads the whole log into memory in a single read transaction, in the stable
/// order the exchange format and the engine rely on (by date, then person).
TeamLog loadTeamLog(const QSqlDatabase& db);

/// Reads only the one-on-ones (with their items) that match `where`, a SQL
/// condition on the one_on_ones table aliased `m`, bound with `values`.
QList<OneOnOne> loadOneOnOnes(const QSqlDatabase& db, const QString& where = {},
                              const QVariantList& values = {});
QList<Decision> loadDecisions(const QSqlDatabase& db, const QString& where = {},
                              const QVariantList& values = {});
QList<Initiative> loadInitiatives(const QSqlDatabase& db, const QString& where = {},
                                  const QVariantList& values = {});
QList<Person> loadPeople(const QSqlDatabase& db);
QList<BoardEntry> loadBoard(const QSqlDatabase& db);
QList<PromptState> loadPromptStates(const QSqlDatabase& db);
/// The data-like settings (rule thresholds and the like) by key.
QMap<QString, QString> loadSettings(const QSqlDatabase& db);

} // namespace rd
