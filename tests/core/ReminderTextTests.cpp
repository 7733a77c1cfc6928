// A reminder in words (core/schedule/ReminderText): the title says when from
// the day it is given, the text brings the person's first signal, the
// morning summary lists the day and the team's focus, and a notice about
// someone no longer in the log is not given.
#include "schedule/ReminderText.h"
#include "TestSupport.h"

using namespace rd;
using namespace Qt::StringLiterals;

namespace {
const QDate Thursday(2026, 12, 3);

TeamLog team()
{
    TeamLog log;
    log.people << Person{u"chloe"_s, u"Chloé Martin"_s, {}, Thursday.addDays(-90), 14, false}
               << Person{u"daan"_s, u"Daan de Vries"_s, {}, Thursday.addDays(-90), 14, false};
    return log;
}

PlannedOneOnOne planFor(const QString& person, QDate date, QTime time = {})
{
    PlannedOneOnOne p;
    p.personId = person;
    p.date = date;
    p.time = time;
    return p;
}

Reminder aboutPlan(const PlannedOneOnOne& plan, ReminderKind kind = ReminderKind::DayBefore)
{
    return Reminder{kind, {}, plan, {}};
}

Prompt signalFor(const QString& person, const QString& title)
{
    Prompt p;
    p.personId = person;
    p.title = title;
    return p;
}
} // namespace

TEST_CASE("a plan's notice says when from the day it is given: today, tomorrow, or the date")
{
    const PlannedOneOnOne plan = planFor(u"chloe"_s, Thursday, QTime(10, 0));
    const auto given = [&plan](QDate today) {
        return reminderNotice(aboutPlan(plan), team(), {}, today).value().title;
    };
    CHECK(given(Thursday) == u"1:1 with Chloé Martin at 10:00: prepare"_s);
    CHECK(given(Thursday.addDays(-1)) == u"1:1 with Chloé Martin tomorrow at 10:00: prepare"_s);
    CHECK(given(Thursday.addDays(-2)) == u"1:1 with Chloé Martin, Thu 3 Dec, 10:00: prepare"_s);

    const PlannedOneOnOne allDay = planFor(u"chloe"_s, Thursday);
    CHECK(reminderNotice(aboutPlan(allDay), team(), {}, Thursday.addDays(-1))->title ==
          u"1:1 with Chloé Martin tomorrow: prepare"_s);
    CHECK(reminderNotice(aboutPlan(allDay), team(), {}, Thursday)->title ==
          u"1:1 with Chloé Martin today: prepare"_s);
}

TEST_CASE("a plan's notice opens that person's sheet and brings their first signal")
{
    const PlannedOneOnOne plan = planFor(u"chloe"_s, Thursday, QTime(10, 0));
    const QList<Prompt> open{signalFor(u"daan"_s, u"Daan decides nothing alone"_s),
                             signalFor(u"chloe"_s, u"No initiative recognised in 6 weeks"_s),
                             signalFor(u"chloe"_s, u"A second signal"_s)};
    const ReminderNotice notice = reminderNotice(aboutPlan(plan), team(), open, Thursday).value();
    CHECK(notice.personId == u"chloe"_s);
    CHECK(notice.text == u"To bring up: No initiative recognised in 6 weeks"_s);
    // Without a signal of hers: the sheet's agenda.
    const QList<Prompt> othersOnly{open.first()};
    CHECK(reminderNotice(aboutPlan(plan), team(), othersOnly, Thursday)->text ==
          u"Open the preparation sheet for the agenda and a question."_s);
}

TEST_CASE("no notice about someone who is no longer in the log")
{
    const PlannedOneOnOne plan = planFor(u"gone"_s, Thursday, QTime(10, 0));
    CHECK_FALSE(reminderNotice(aboutPlan(plan), team(), {}, Thursday).has_value());
    // The control: the same plan for someone who is.
    CHECK(
        reminderNotice(aboutPlan(planFor(u"daan"_s, Thursday, QTime(10, 0))), team(), {}, Thursday)
            .has_value());
}

TEST_CASE("the morning summary lists the day's one-on-ones and the team's focus")
{
    Reminder morning{ReminderKind::MorningSummary, {}, std::nullopt, {}};
    morning.today << planFor(u"chloe"_s, Thursday, QTime(10, 0))
                  << planFor(u"daan"_s, Thursday, QTime(14, 30));
    morning.plan = morning.today.first();
    const QList<Prompt> open{signalFor(u"daan"_s, u"Daan decides nothing alone"_s)};
    const ReminderNotice notice = reminderNotice(morning, team(), open, Thursday).value();
    CHECK(notice.title.startsWith(u"Today: 2 one-on-one"_s));
    // The list is the locale's ("10:00 Chloé Martin and 14:30 Daan de Vries.").
    CHECK(notice.text ==
          QLocale().createSeparatedList({u"10:00 Chloé Martin"_s, u"14:30 Daan de Vries"_s}) +
              u".\nFocus: Daan decides nothing alone"_s);
    CHECK(notice.personId.isEmpty()); // opens the home page
}

TEST_CASE("a morning with neither a one-on-one nor a signal gives no summary")
{
    const Reminder empty{ReminderKind::MorningSummary, {}, std::nullopt, {}};
    CHECK_FALSE(reminderNotice(empty, team(), {}, Thursday).has_value());
    // Either one is enough: a signal alone says so, and that nothing is planned.
    const ReminderNotice focusOnly =
        reminderNotice(empty, team(), {signalFor({}, u"Few decisions delegated"_s)}, Thursday)
            .value();
    CHECK(focusOnly.title == u"No one-on-ones planned today"_s);
    CHECK(focusOnly.text == u"Focus: Few decisions delegated"_s);
}

TEST_CASE("notices that fall together are one: the nearest first, five listed, then how many more")
{
    CHECK_FALSE(combinedNotice({}).has_value());
    const ReminderNotice one{u"1:1 with Chloé Martin at 10:00: prepare"_s, u"x"_s, u"chloe"_s};
    CHECK(combinedNotice({one}) == one); // alone: itself
    QList<ReminderNotice> many;
    for (int i = 0; i < 7; ++i)
        many << ReminderNotice{u"title %1"_s.arg(i), u"text"_s, u"p%1"_s.arg(i)};
    const ReminderNotice all = combinedNotice(many).value();
    CHECK(all.title.startsWith(u"Prepare 7 one-on-one"_s));
    CHECK(all.personId.isEmpty()); // the home page lists them
    const QStringList lines = all.text.split(u'\n');
    REQUIRE(lines.size() == MostListed + 1);
    CHECK(lines.first() == u"title 0"_s);
    CHECK(lines.at(MostListed - 1) == u"title 4"_s);
    CHECK(lines.last().startsWith(u"and 2 more"_s));
    // Exactly five: all listed, nothing more said.
    CHECK(combinedNotice(many.mid(0, MostListed))->text.split(u'\n').size() == MostListed);
}
