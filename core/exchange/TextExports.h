#pragma once

#include "domain/TeamLog.h"

#include <QMap>
#include <QString>

namespace rd {

/// One CSV file per log (RFC 4180, UTF-8, header row), keyed by file name:
/// people.csv, delegation-board.csv, one-on-ones.csv, agenda-items.csv,
/// action-items.csv, decisions.csv, initiatives.csv, prompt-states.csv.
/// Agenda and action rows name their one-on-one by its row in one-on-ones.csv.
QMap<QString, QByteArray> toCsvFiles(const TeamLog& log);

/// A readable handover of one team member's history for the next manager:
/// board, shared 1:1 summaries with agenda and actions, decisions and
/// initiatives. Private notes stay out: they were the manager's own.
QString personHandoverMarkdown(const TeamLog& log, const Person& person);

/// Writes the CSV files into `dir` (created if needed). Throws StorageError.
void exportCsv(const TeamLog& log, const QString& dir);
/// Writes one <person-id>.md per team member into `dir`. Throws StorageError.
void exportMarkdown(const TeamLog& log, const QString& dir);

} // namespace rd
