#include "DelegationBoard.h"

namespace rd {

std::optional<BoardEntry> currentCell(const QList<BoardEntry>& history, const QString& personId,
                                      const QString& area, QDate asOf)
{
    std::optional<BoardEntry> current;
    for (const BoardEntry& entry : history) {
        if (entry.personId != personId || entry.area != area || entry.agreedOn > asOf)
            continue;
        if (!current || entry.agreedOn >= current->agreedOn)
            current = entry;
    }
    return current;
}

} // namespace rd
