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

/// `log` as a coach may read it: withAnonymousNames(), and every free text a
/// manager typed (notes, summaries, agenda and action items, decision titles,
/// whys, boundaries and learnings, initiative descriptions, reflections)
/// left out. A text that was there becomes a placeholder, so that each rule
/// and figure that asks "was anything written?" answers as it did: the
/// engine's prompts (by key) and every progress series are the same as from
/// `log`. Pure.
TeamLog anonymised(const TeamLog& log);

} // namespace rd
