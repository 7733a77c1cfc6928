#pragma once

#include "TeamLog.h"

namespace rd {

/// Domain rules a value must meet before it is stored: the dialogs check them
/// as the user types, the repositories before every write. Each throws
/// ValidationError with one sentence naming the field.
/// The longest one-line field (a name, a role, a title, an area, a learning):
/// longer is refused with one sentence, never cut.
constexpr qsizetype MaxLineLength = 1000;
/// How often an action's due date can be renegotiated.
constexpr int MaxDueMoves = 1000;

void validate(const Person& person);
void validate(const OneOnOne& meeting);
void validate(const Decision& decision);
void validate(const Initiative& initiative);
void validate(const BoardEntry& entry);
/// A plan's length: at least 5 minutes, at most a working day.
constexpr int MinPlanMinutes = 5;
constexpr int MaxPlanMinutes = 480;
void validate(const PlannedOneOnOne& plan);

} // namespace rd
