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

QHash<QString, BoardEntry> currentCells(const QList<BoardEntry>& history, QDate asOf)
{
    QHash<QString, BoardEntry> cells;
    for (const BoardEntry& entry : history) {
        if (entry.agreedOn > asOf)
            continue;
        auto it = cells.find(cellKey(entry.personId, entry.area));
        if (it == cells.end())
            cells.insert(cellKey(entry.personId, entry.area), entry);
        else if (entry.agreedOn >= it->agreedOn)
            *it = entry;
    }
    return cells;
}

} // namespace rd
