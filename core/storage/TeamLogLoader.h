#pragma once

#include "domain/TeamLog.h"

#include <optional>
#include <QMap>
#include <QSqlDatabase>

namespace rd {

/// Reads the whole log into memory in a single read transaction, in the stable
/// order the exchange format and the engine rely on (by date, then person).
TeamLog loadTeamLog(const QSqlDatabase& db);

/// Reads every one-on-one (with its agenda and actions), or only the one with `id`.
QList<OneOnOne> loadOneOnOnes(const QSqlDatabase& db, std::optional<qint64> id = std::nullopt);
/// Reads every decision, or only the one with `id`.
QList<Decision> loadDecisions(const QSqlDatabase& db, std::optional<qint64> id = std::nullopt);
/// Reads every initiative, or only the one with `id`.
QList<Initiative> loadInitiatives(const QSqlDatabase& db, std::optional<qint64> id = std::nullopt);
QList<Person> loadPeople(const QSqlDatabase& db);
QList<BoardEntry> loadBoard(const QSqlDatabase& db);
QList<PromptState> loadPromptStates(const QSqlDatabase& db);
/// Every planned one-on-one, by date and time (a whole day first), then person.
QList<PlannedOneOnOne> loadPlans(const QSqlDatabase& db);
/// The data-like settings (rule thresholds and the like) by key.
QMap<QString, QString> loadSettings(const QSqlDatabase& db);

} // namespace rd
