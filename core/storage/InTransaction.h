#pragma once

#include "Database.h"
#include "domain/DataKind.h"
#include "LogWriter.h"
#include "Transaction.h"

#include <type_traits>

namespace rd {

/// For inTransaction(): the entry is the one `write` adds; its id is what it returns.
constexpr qint64 AddedEntry = -1;

/// Runs `write` inside one transaction, then tells listeners what changed
/// (`entryId`: the one entry of a log it wrote, or AddedEntry).
template <typename Write>
auto inTransaction(Database& db, DataKind kind, Write&& write, qint64 entryId = 0)
{
    db.requireWritable();
    Transaction transaction(db.connection());
    LogWriter writer(db.connection());
    if constexpr (std::is_void_v<decltype(write(writer))>) {
        write(writer);
        transaction.commit();
        db.notifyChanged(kind, entryId);
    } else {
        auto result = write(writer);
        transaction.commit();
        if constexpr (std::is_same_v<decltype(result), qint64>) {
            if (entryId == AddedEntry)
                entryId = result;
        }
        db.notifyChanged(kind, entryId);
        return result;
    }
}

} // namespace rd
