// The schedule on a `demo --entries 100000` database with every team member's
// one-on-ones planned by their rhythm for six months: what the reminders'
// check does every minute, the team list's "next:", and the home page's week
// with plans against the same week without them (the baseline, same run).
#include "BenchSupport.h"
#include "coaching/PromptEngine.h"
#include "coaching/Week.h"
#include "MainWindow.h"
#include "pages/HomeView.h"
#include "reminders/ReminderService.h"
#include "schedule/Plans.h"
#include "schedule/Reminders.h"
#include "schedule/ReminderText.h"
#include "storage/Database.h"
#include "storage/TeamLogLoader.h"
#include "Workspace.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <QTemporaryDir>
#include <QWidget>

using namespace rd;
using rd::bench::AsOf;
using rd::bench::largeDatabase;

TEST_CASE("the schedule on 100,000 entries, every team member planned for six months")
{
    Database db(largeDatabase());
    const TeamLog unplanned = loadTeamLog(db.connection());
    TeamLog log = unplanned;
    for (const Person& person : log.people) {
        if (!person.archived)
            log.planned << cadenceSeries(person, AsOf, QTime(10, 0), 30,
                                         AsOf.addDays(PlanHorizonDays));
    }
    std::stable_sort(log.planned.begin(), log.planned.end(), startsBefore);
    const QList<Prompt> open = PromptEngine().activePrompts(log, AsOf);
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const ReminderSettings settings;
    // The afternoon before everyone's first planned one-on-one: 1,057 reminders fall at once.
    const QDate dayBefore = AsOf.addDays(-1);
    const QDateTime now(dayBefore, QTime(16, 0), zone);
    std::printf("%lld plans for %lld people, %lld one-on-ones logged, %lld reminders due\n",
                static_cast<long long>(log.planned.size()),
                static_cast<long long>(log.people.size()),
                static_cast<long long>(log.oneOnOnes.size()),
                static_cast<long long>(remindersDue(openPlans(log, dayBefore, AsOf), settings,
                                                    now.addSecs(-60), now, zone)
                                           .size()));

    BENCHMARK("baseline: copy the plans")
    {
        QList<PlannedOneOnOne> copy = log.planned;
        copy.detach();
        return copy.size();
    };
    BENCHMARK("the reminders' check: open plans of the next two days")
    {
        return openPlans(log, dayBefore, dayBefore.addDays(2)).size();
    };
    const QList<PlannedOneOnOne> soon = openPlans(log, dayBefore, dayBefore.addDays(2));
    BENCHMARK("the reminders' check: what is due, and when to look again")
    {
        const QList<Reminder> due = remindersDue(soon, settings, now.addSecs(-60), now, zone);
        return due.size() + (nextReminderAfter(soon, settings, now, zone) ? 1 : 0);
    };
    const QList<Reminder> due = remindersDue(soon, settings, now.addSecs(-60), now, zone);
    BENCHMARK("the due reminders in words")
    {
        qsizetype words = 0;
        for (const Reminder& r : due)
            words +=
                reminderNotice(r, log, open, dayBefore).value_or(ReminderNotice{}).title.size();
        return words;
    };
    BENCHMARK("the team list's next plans (nextPlans)")
    {
        return nextPlans(log, AsOf).size();
    };
    BENCHMARK("baseline: weekOf without plans")
    {
        return weekOf(unplanned, open, AsOf).next.size();
    };
    BENCHMARK("weekOf with every team member planned")
    {
        return weekOf(log, open, AsOf).next.size();
    };
}

TEST_CASE("the home page drawn with every team member planned, and the window's reminder check")
{
    QTemporaryDir dir;
    Database db(rd::bench::largeDatabaseCopy(dir));
    ui::MainWindow window(db);
    rd::bench::warmUp(window);
    const auto drawHome = [&window] {
        ui::HomeView home(window.workspace());
        home.resize(1000, 700);
        home.show();
        return home.grab().width();
    };
    BENCHMARK("baseline: the home page drawn, nothing planned")
    {
        return drawHome();
    };
    BENCHMARK("baseline: the window's reminder check, nothing planned")
    {
        window.reminders().check();
        return window.reminders().nextCheck().isValid();
    };
    QList<PlannedOneOnOne> plans;
    for (const Person& person : window.workspace().log().people) {
        if (!person.archived)
            plans << cadenceSeries(person, AsOf, QTime(10, 0), 30, AsOf.addDays(PlanHorizonDays));
    }
    window.workspace().store().addPlans(plans);
    std::printf("%lld plans stored\n",
                static_cast<long long>(window.workspace().log().planned.size()));
    BENCHMARK("the home page drawn, every team member planned")
    {
        return drawHome();
    };
    BENCHMARK("the window's reminder check, every team member planned")
    {
        window.reminders().check();
        return window.reminders().nextCheck().isValid();
    };
}
