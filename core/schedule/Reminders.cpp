#include "Reminders.h"

#include <algorithm>

namespace rd {

QDateTime startOf(const PlannedOneOnOne& plan, const QTimeZone& zone)
{
    return QDateTime(plan.date, plan.isAllDay() ? QTime(0, 0) : plan.time, zone);
}

namespace {
/// Every moment a reminder for `plan` falls, earliest first.
QList<Reminder> remindersOf(const PlannedOneOnOne& plan, const ReminderSettings& settings,
                            const QTimeZone& zone)
{
    QList<Reminder> found;
    if (settings.dayBefore)
        found << Reminder{ReminderKind::DayBefore,
                          QDateTime(plan.date.addDays(-1), settings.dayBeforeAt, zone),
                          plan,
                          {}};
    // Elapsed minutes, so that a change of the clocks in between counts as
    // the time it is. A whole day has no "shortly before".
    if (settings.shortlyBefore && !plan.isAllDay())
        found << Reminder{ReminderKind::ShortlyBefore,
                          startOf(plan, zone).addSecs(-60LL * settings.minutesBefore),
                          plan,
                          {}};
    return found;
}

QList<PlannedOneOnOne> plansOn(const QList<PlannedOneOnOne>& plans, QDate day,
                               const QTimeZone& zone)
{
    QList<PlannedOneOnOne> onDay;
    for (const PlannedOneOnOne& p : plans) {
        if (p.date == day)
            onDay << p;
    }
    std::stable_sort(onDay.begin(), onDay.end(), [&zone](const auto& a, const auto& b) {
        return startOf(a, zone) < startOf(b, zone);
    });
    return onDay;
}

Reminder morningOf(const QList<PlannedOneOnOne>& plans, const ReminderSettings& settings, QDate day,
                   const QTimeZone& zone)
{
    Reminder summary{ReminderKind::MorningSummary, QDateTime(day, settings.morningAt, zone),
                     std::nullopt, plansOn(plans, day, zone)};
    if (!summary.today.isEmpty())
        summary.plan = summary.today.first();
    return summary;
}
} // namespace

QList<Reminder> remindersDue(const QList<PlannedOneOnOne>& plans, const ReminderSettings& settings,
                             const QDateTime& since, const QDateTime& now, const QTimeZone& zone)
{
    QList<Reminder> due;
    if (!(since < now))
        return due;
    for (const PlannedOneOnOne& plan : plans) {
        const QDateTime start = startOf(plan, zone);
        const QDateTime end =
            plan.isAllDay() ? QDateTime(plan.date.addDays(1), QTime(0, 0), zone) : start;
        if (!(now < end))
            continue; // begun (or, for a whole day, over): too late to prepare
        std::optional<Reminder> latest;
        for (const Reminder& r : remindersOf(plan, settings, zone)) {
            if (since < r.at && r.at <= now)
                latest = r;
        }
        if (latest)
            due << *latest;
    }
    if (settings.morningSummary) {
        // The last morning in the span whose day is not over.
        const QDate today = now.toTimeZone(zone).date();
        const Reminder summary = morningOf(plans, settings, today, zone);
        if (since < summary.at && summary.at <= now)
            due << summary;
    }
    std::stable_sort(due.begin(), due.end(),
                     [](const Reminder& a, const Reminder& b) { return a.at < b.at; });
    return due;
}

std::optional<QDateTime> nextReminderAfter(const QList<PlannedOneOnOne>& plans,
                                           const ReminderSettings& settings, const QDateTime& now,
                                           const QTimeZone& zone)
{
    std::optional<QDateTime> next;
    const auto consider = [&next, &now](const QDateTime& at) {
        if (now < at && (!next || at < *next))
            next = at;
    };
    for (const PlannedOneOnOne& plan : plans) {
        for (const Reminder& r : remindersOf(plan, settings, zone))
            consider(r.at);
    }
    if (settings.morningSummary) {
        const QDate today = now.toTimeZone(zone).date();
        consider(QDateTime(today, settings.morningAt, zone));
        consider(QDateTime(today.addDays(1), settings.morningAt, zone));
    }
    return next;
}

} // namespace rd
