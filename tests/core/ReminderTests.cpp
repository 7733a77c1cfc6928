// Which reminder falls when, from the plan, the settings and a clock passed
// in (core/schedule/Reminders): no waiting on real time. The zone is fixed,
// so the clocks' changes fall on known days (Europe/Amsterdam, 2026: summer
// time from 29 March 02:00, winter time from 25 October 03:00).
#include "schedule/Reminders.h"
#include "TestSupport.h"

using namespace rd;
using namespace Qt::StringLiterals;

namespace {
const QTimeZone Amsterdam("Europe/Amsterdam");

PlannedOneOnOne planFor(QDate date, QTime time = {}, const QString& person = u"anna"_s)
{
    PlannedOneOnOne p;
    p.personId = person;
    p.date = date;
    p.time = time;
    p.uid = person + u'-' + date.toString(Qt::ISODate);
    return p;
}

QDateTime at(QDate date, QTime time)
{
    return QDateTime(date, time, Amsterdam);
}

QList<ReminderKind> kinds(const QList<Reminder>& reminders)
{
    QList<ReminderKind> found;
    for (const Reminder& r : reminders)
        found << r.kind;
    return found;
}

const QDate Thursday(2026, 12, 3);
const QDate Wednesday = Thursday.addDays(-1);
} // namespace

TEST_CASE("the afternoon before: due from its minute on, once")
{
    REQUIRE(Amsterdam.isValid());
    const QList<PlannedOneOnOne> plans{planFor(Thursday, QTime(10, 0))};
    const ReminderSettings settings;
    const QDateTime four = at(Wednesday, QTime(16, 0));
    // A minute early: nothing. On the minute: due. The next check: not again.
    CHECK(
        remindersDue(plans, settings, four.addSecs(-120), four.addSecs(-60), Amsterdam).isEmpty());
    const QList<Reminder> due = remindersDue(plans, settings, four.addSecs(-60), four, Amsterdam);
    REQUIRE(due.size() == 1);
    CHECK(due.first().kind == ReminderKind::DayBefore);
    CHECK(due.first().at == four);
    REQUIRE(due.first().plan);
    CHECK(due.first().plan->personId == u"anna"_s);
    CHECK(remindersDue(plans, settings, four, four.addSecs(60), Amsterdam).isEmpty());

    SECTION("switched off, it never falls")
    {
        ReminderSettings off = settings;
        off.dayBefore = false;
        CHECK(remindersDue(plans, off, four.addSecs(-60), four, Amsterdam).isEmpty());
    }
}

TEST_CASE("shortly before: the minutes set before the start, and never once it has begun")
{
    const QList<PlannedOneOnOne> plans{planFor(Thursday, QTime(10, 0))};
    ReminderSettings settings;
    settings.minutesBefore = 30;
    const QDateTime nineThirty = at(Thursday, QTime(9, 30));
    CHECK(remindersDue(plans, settings, nineThirty.addSecs(-60), nineThirty.addSecs(-1), Amsterdam)
              .isEmpty());
    CHECK(kinds(remindersDue(plans, settings, nineThirty.addSecs(-60), nineThirty, Amsterdam)) ==
          QList{ReminderKind::ShortlyBefore});

    // The app opened after a night closed: only the latest reminder, not both.
    const QDateTime lastSeen = at(Wednesday, QTime(12, 0));
    CHECK(kinds(remindersDue(plans, settings, lastSeen, at(Thursday, QTime(9, 45)), Amsterdam)) ==
          QList{ReminderKind::ShortlyBefore});
    // Opened at 09:59 the day before's reminder is still worth it...
    settings.shortlyBefore = false;
    CHECK(kinds(remindersDue(plans, settings, lastSeen, at(Thursday, QTime(9, 59)), Amsterdam)) ==
          QList{ReminderKind::DayBefore});
    // ...at 10:00 the meeting has begun: too late to prepare.
    CHECK(remindersDue(plans, settings, lastSeen, at(Thursday, QTime(10, 0)), Amsterdam).isEmpty());
}

TEST_CASE("a plan for the whole day is reminded the day before, until its day is over")
{
    const QList<PlannedOneOnOne> plans{planFor(Thursday)};
    REQUIRE(plans.first().isAllDay());
    const ReminderSettings settings;
    const QDateTime lastSeen = at(Wednesday, QTime(12, 0));
    // No "shortly before" a whole day; the afternoon before falls as usual.
    CHECK(kinds(remindersDue(plans, settings, lastSeen, at(Wednesday, QTime(16, 0)), Amsterdam)) ==
          QList{ReminderKind::DayBefore});
    CHECK(kinds(remindersDue(plans, settings, lastSeen, at(Thursday, QTime(23, 59)), Amsterdam)) ==
          QList{ReminderKind::DayBefore});
    CHECK(remindersDue(plans, settings, lastSeen, at(Thursday.addDays(1), QTime(0, 0)), Amsterdam)
              .isEmpty());
}

TEST_CASE("shortly before counts elapsed time across a change of the clocks")
{
    ReminderSettings settings;
    settings.minutesBefore = 60;
    // Summer time: 02:00 becomes 03:00. An hour before 03:30 CEST is 01:30 CET.
    const PlannedOneOnOne spring = planFor(QDate(2026, 3, 29), QTime(3, 30));
    const auto springAt =
        nextReminderAfter({spring}, settings, at(QDate(2026, 3, 29), QTime(0, 0)), Amsterdam);
    REQUIRE(springAt);
    CHECK(*springAt == at(QDate(2026, 3, 29), QTime(1, 30)));
    CHECK(springAt->secsTo(startOf(spring, Amsterdam)) == 3600);
    // Winter time: 03:00 becomes 02:00 again. An hour before 03:30 CET is
    // 02:30 CET, the second 02:30 of that night.
    const PlannedOneOnOne autumn = planFor(QDate(2026, 10, 25), QTime(3, 30));
    const auto autumnAt =
        nextReminderAfter({autumn}, settings, at(QDate(2026, 10, 25), QTime(0, 0)), Amsterdam);
    REQUIRE(autumnAt);
    CHECK(autumnAt->secsTo(startOf(autumn, Amsterdam)) == 3600);
    CHECK(autumnAt->offsetFromUtc() == 3600); // already winter time
    CHECK(autumnAt->time() == QTime(2, 30));
    // The afternoon before stays at 16:00 on the wall clock.
    settings.shortlyBefore = false;
    const auto dayBefore = nextReminderAfter({planFor(QDate(2026, 3, 30), QTime(10, 0))}, settings,
                                             at(QDate(2026, 3, 28), QTime(12, 0)), Amsterdam);
    REQUIRE(dayBefore);
    CHECK(*dayBefore == at(QDate(2026, 3, 29), QTime(16, 0)));
}

TEST_CASE("the morning summary lists the day's one-on-ones, earliest first, only when on")
{
    const QList<PlannedOneOnOne> plans{planFor(Thursday, QTime(14, 0), u"bram"_s),
                                       planFor(Thursday, QTime(9, 0), u"anna"_s),
                                       planFor(Thursday.addDays(1), QTime(9, 0), u"chloe"_s)};
    ReminderSettings settings;
    settings.dayBefore = false;
    settings.shortlyBefore = false;
    const QDateTime morning = at(Thursday, QTime(8, 30));
    CHECK(remindersDue(plans, settings, morning.addSecs(-60), morning, Amsterdam).isEmpty());
    settings.morningSummary = true;
    const QList<Reminder> due =
        remindersDue(plans, settings, morning.addSecs(-60), morning, Amsterdam);
    REQUIRE(due.size() == 1);
    CHECK(due.first().kind == ReminderKind::MorningSummary);
    REQUIRE(due.first().today.size() == 2);
    CHECK(due.first().today.at(0).personId == u"anna"_s);
    CHECK(due.first().today.at(1).personId == u"bram"_s);
    // A morning with nothing planned still has its summary (the focus).
    const QDateTime saturday = at(Thursday.addDays(2), QTime(8, 30));
    const QList<Reminder> empty =
        remindersDue(plans, settings, saturday.addSecs(-60), saturday, Amsterdam);
    REQUIRE(empty.size() == 1);
    CHECK(empty.first().today.isEmpty());
    CHECK_FALSE(empty.first().plan);
}

TEST_CASE("the next reminder is the earliest one still to come")
{
    const QList<PlannedOneOnOne> plans{planFor(Thursday, QTime(10, 0)),
                                       planFor(Thursday.addDays(7), QTime(10, 0))};
    const ReminderSettings settings;
    CHECK(nextReminderAfter(plans, settings, at(Wednesday, QTime(12, 0)), Amsterdam) ==
          at(Wednesday, QTime(16, 0)));
    CHECK(nextReminderAfter(plans, settings, at(Wednesday, QTime(16, 0)), Amsterdam) ==
          at(Thursday, QTime(9, 30)));
    CHECK(nextReminderAfter(plans, settings, at(Thursday, QTime(9, 30)), Amsterdam) ==
          at(Thursday.addDays(6), QTime(16, 0)));
    // Nothing planned and no summary: no timer.
    CHECK_FALSE(nextReminderAfter({}, settings, at(Wednesday, QTime(12, 0)), Amsterdam));
    // A clock that went back (since after now) reminds of nothing.
    CHECK(remindersDue(plans, settings, at(Thursday, QTime(9, 45)), at(Thursday, QTime(9, 0)),
                       Amsterdam)
              .isEmpty());
}
