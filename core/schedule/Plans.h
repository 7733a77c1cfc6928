#pragma once

#include "domain/TeamLog.h"

#include <QHash>

namespace rd {

/// How far ahead a series by the person's cadence is planned, and how far
/// ahead a calendar's recurring events are read: about six months.
constexpr int PlanHorizonDays = 182;

/// The order plans are kept and shown in: by day and time, a whole day
/// first, then by person and row.
bool startsBefore(const PlannedOneOnOne& a, const PlannedOneOnOne& b);

/// The plans still to come: dated `from` up to and including `to` (no end
/// when `to` is invalid), for active team members, and not covered by a
/// one-on-one logged for that person on that day (held, moved or cancelled).
/// By day and time, a whole day first, then by person. Pure.
QList<PlannedOneOnOne> openPlans(const TeamLog& log, QDate from, QDate to = {});

/// `plans` without those on a day their person already has an open plan in
/// `log` (other than the plan with row `except`, the one being moved): one
/// planned one-on-one a day with each person. Pure.
QList<PlannedOneOnOne> withoutPlannedDays(const TeamLog& log, QList<PlannedOneOnOne> plans,
                                          qint64 except = 0);

/// Each active team member's first open plan on or after `from`.
QHash<QString, PlannedOneOnOne> nextPlans(const TeamLog& log, QDate from);

/// Plans for `person` every `cadenceDays` from `first`, up to and including
/// `until`, at `time` (invalid: the whole day), without uids yet.
QList<PlannedOneOnOne> cadenceSeries(const Person& person, QDate first, QTime time,
                                     int durationMinutes, QDate until);

/// A planned one-on-one's title in a calendar, in the interface's language:
/// "One-on-one with Chloé Martin". Never more than the name.
QString calendarSummary(const QString& personName);

/// When a plan is, in words: "Thu 4 Dec, 10:00", or "Thu 4 Dec" for a whole
/// day (the year is added when it is not `today`'s).
QString planText(const PlannedOneOnOne& plan, QDate today);

} // namespace rd
