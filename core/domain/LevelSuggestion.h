#pragma once

#include "TeamLog.h"

namespace rd {

/// The level a new decision for `personId` in `area` starts at, as of `asOf`:
/// the delegation board's current level for that cell; else the level of the
/// last decision logged with them; else DefaultLevel. Pure.
DelegationLevel suggestedLevel(const TeamLog& log, const QString& personId, const QString& area,
                               QDate asOf);

} // namespace rd
