#pragma once

#include "domain/TeamLog.h"

#include <functional>
#include <QByteArray>
#include <QJsonObject>
#include <QSet>

/// The exchange reader's steps, for the importer: checking the document, then
/// validating its records in batches that a writer can take while the next
/// ones are read. parseExchangeJson() is the same in one call.
namespace rd::exchange {

/// Larger files are refused before parsing: a real log is a few megabytes.
inline constexpr qint64 MaxExchangeBytes = 512LL * 1024 * 1024;

/// The root object of a document whose size, syntax, format name and version
/// were checked. Throws ImportError.
QJsonObject readDocument(const QByteArray& json);

/// How many entries (board cells, one-on-ones, decisions, initiatives) the
/// document lists, before any is validated: TeamLog::entryCount() of the whole.
qsizetype listedEntries(const QJsonObject& root);

/// Validates every record of `root` in document order (people, board,
/// one-on-ones, decisions, initiatives, prompt states) and hands them to
/// `deliver` in batches of `batchSize` records; the last batch may be smaller
/// or empty. `knownPeople` are ids that references may use besides the
/// document's own people. Throws ImportError naming the JSON path of the first
/// problem; the batches before it were delivered.
void readRecords(const QJsonObject& root, const QSet<QString>& knownPeople, qsizetype batchSize,
                 const std::function<void(TeamLog&&)>& deliver);

} // namespace rd::exchange
