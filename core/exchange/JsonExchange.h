#pragma once

#include "domain/TeamLog.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QDateTime>
#include <QSet>

namespace rd {

/// The exchange format's name and version (see docs/exchange-format.md).
inline constexpr int ExchangeFormatVersion = 1;

/// Serialises a log as an exchange document.
QByteArray toExchangeJson(const TeamLog& log, const QDateTime& exportedAt);

/// Parses and validates an exchange document. `knownPeople` are ids that
/// references may use besides the document's own people (the open database's,
/// when merging). Throws ImportError naming the JSON path of the first problem.
TeamLog parseExchangeJson(const QByteArray& json, const QSet<QString>& knownPeople = {});

enum class ImportMode
{
    Merge,
    Replace
};

struct ImportSummary
{
    int added = 0;   ///< records that were new
    int updated = 0; ///< records that matched an existing one and were refreshed
};

/// Writes a parsed log into the database in one transaction: all or nothing.
/// Merge matches people on id and other records on their natural content
/// (person + date + title or text), so importing the same file twice
/// duplicates nothing. Replace first removes all logged content.
ImportSummary importTeamLog(Database& db, const TeamLog& log, ImportMode mode);

/// Reads, parses and imports a file. Throws ImportError or StorageError.
ImportSummary importExchangeFile(Database& db, const QString& path, ImportMode mode);

} // namespace rd
