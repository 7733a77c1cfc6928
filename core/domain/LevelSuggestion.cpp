#include "LevelSuggestion.h"

namespace rd {

DelegationLevel suggestedLevel(const TeamLog& log, const QString& personId, const QString& area,
                               QDate asOf)
{
    if (!area.trimmed().isEmpty()) {
        if (const auto cell = currentCell(log.board, personId, area.trimmed(), asOf))
            return cell->level;
    }
    // The decisions are in the loader's order (by date): the last one on or
    // before the date is the one used last.
    for (auto it = log.decisions.crbegin(); it != log.decisions.crend(); ++it) {
        if (it->personId == personId && it->date.isValid() && it->date <= asOf)
            return it->level;
    }
    return DefaultLevel;
}

} // namespace rd
