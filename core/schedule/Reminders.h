#pragma once

#include "domain/PlannedOneOnOne.h"

#include <optional>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace rd {

/// When to be reminded: the afternoon before a planned one-on-one, shortly
/// before it, and (optionally) a summary each morning.
struct ReminderSettings
{
    bool dayBefore = true;
    QTime dayBeforeAt{16, 0};
    bool shortlyBefore = true;
    int minutesBefore = 30; ///< 5..240
    bool morningSummary = false;
    QTime morningAt{8, 30};

    friend bool operator==(const ReminderSettings&, const ReminderSettings&) = default;
};

enum class ReminderKind
{
    DayBefore,     ///< prepare: the one-on-one is tomorrow
    ShortlyBefore, ///< prepare: it starts in a few minutes
    MorningSummary ///< today's one-on-ones (and the focus, shown by the app)
};

struct Reminder
{
    ReminderKind kind = ReminderKind::DayBefore;
    QDateTime at; ///< when it falls
    /// The plan it is about; for a morning summary, the first of the day's
    /// plans, if there is one.
    std::optional<PlannedOneOnOne> plan;
    /// For a morning summary: every plan of that day, earliest first.
    QList<PlannedOneOnOne> today;

    friend bool operator==(const Reminder&, const Reminder&) = default;
};

/// When `plan` starts, in `zone`: its day and time, or the start of its day
/// when it takes the whole day.
QDateTime startOf(const PlannedOneOnOne& plan, const QTimeZone& zone);

/// The reminders that fell after `since` and no later than `now`, at most
/// one per plan (the latest: after a night with the app closed, "shortly
/// before" replaces "the day before"), and only while the plan has not
/// begun; the morning summary of the last morning in that span, if it is on
/// and that day has not ended. Earliest first. Pure: the clock is passed in.
QList<Reminder> remindersDue(const QList<PlannedOneOnOne>& plans, const ReminderSettings& settings,
                             const QDateTime& since, const QDateTime& now, const QTimeZone& zone);

/// The first moment after `now` at which a reminder falls, for a timer; none
/// when nothing is planned and the morning summary is off.
std::optional<QDateTime> nextReminderAfter(const QList<PlannedOneOnOne>& plans,
                                           const ReminderSettings& settings, const QDateTime& now,
                                           const QTimeZone& zone);

} // namespace rd
