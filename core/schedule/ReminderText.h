#pragma once

#include "coaching/Prompt.h"
#include "domain/TeamLog.h"
#include "schedule/Reminders.h"

#include <optional>

namespace rd {

/// A reminder in words, for a desktop notification or the window's banner.
struct ReminderNotice
{
    QString title; ///< "1:1 with Chloé Martin at 10:00: prepare"
    QString text;  ///< the signal to bring up, or the day's one-on-ones and the focus
    /// Whose preparation sheet opening it shows; empty for the morning
    /// summary, which opens the home page.
    QString personId;

    friend bool operator==(const ReminderNotice&, const ReminderNotice&) = default;
};

/// `reminder` in the interface's language, said from `today` (a day-before
/// reminder given after midnight says "at 10:00", not "tomorrow"). `open` are
/// the open signals, most pressing first: a plan's notice names the person's
/// first, the morning summary the team's first. Nothing for a plan whose
/// person left the log, or a morning with neither a one-on-one nor a signal.
/// Pure.
std::optional<ReminderNotice> reminderNotice(const Reminder& reminder, const TeamLog& log,
                                             const QList<Prompt>& open, QDate today);

/// The notices that fell in one check, as one: the notice itself when it is
/// alone; else "Prepare 3 one-on-ones" with each notice's title in the given
/// order (at most MostListed, then how many more), opening the home page.
/// A desktop shows one notification at a time, and a banner of 200 is not
/// read. Pure.
std::optional<ReminderNotice> combinedNotice(const QList<ReminderNotice>& notices);
constexpr int MostListed = 5;

} // namespace rd
