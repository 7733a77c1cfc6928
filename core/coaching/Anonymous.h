#pragma once

#include "domain/TeamLog.h"

namespace rd {

/// A letter label for the n-th item (from 0): A … Z, AA, AB, ….
QString alphabeticLabel(int n);

/// `log` with the names a reader could recognise replaced, for the anonymised
/// report: team members become "Team member A, B, …" in the log's order (their
/// roles are dropped), and decision areas, which the manager typed and which
/// often name a project or a client, become "Area A, B, …" in alphabetical
/// order. Ids, dates, levels and every other field stay, so every figure
/// computed from it is the same as from `log`. Pure.
TeamLog withAnonymousNames(const TeamLog& log);

} // namespace rd
