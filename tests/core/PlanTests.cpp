// Planned one-on-ones: stored (schema version 5), covered by what is logged,
// carried by the exchange format, fed into the week, and matched from a
// calendar file (core/schedule).
#include "coaching/Week.h"
#include "domain/Error.h"
#include "exchange/JsonExchange.h"
#include "schedule/CalendarImport.h"
#include "schedule/Plans.h"
#include "storage/Database.h"
#include "storage/PlanRepository.h"
#include "storage/Repositories.h"
#include "storage/TeamLogLoader.h"
#include "store/TeamStore.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

using namespace rd;
using namespace Qt::StringLiterals;

namespace {
const QDate Today(2026, 12, 3); // a Thursday

Person person(const QString& id, const QString& name, int cadence = 14)
{
    Person p;
    p.id = id;
    p.name = name;
    p.cadenceDays = cadence;
    p.joinedOn = QDate(2026, 1, 5);
    return p;
}

PlannedOneOnOne planFor(const QString& who, QDate date, QTime time = QTime(10, 0))
{
    PlannedOneOnOne p;
    p.personId = who;
    p.date = date;
    p.time = time;
    return p;
}

OneOnOne record(const QString& who, QDate date, MeetingStatus status)
{
    OneOnOne m;
    m.personId = who;
    m.date = date;
    m.status = status;
    return m;
}

CalendarMeeting meeting(const QString& summary, QStringList attendees = {})
{
    CalendarMeeting m;
    m.uid = summary + u"@cal"_s;
    m.date = Today.addDays(7);
    m.time = QTime(10, 0);
    m.summary = summary;
    m.attendees = std::move(attendees);
    return m;
}
} // namespace

TEST_CASE("Plans are stored with their calendar id; the same id replaces, keeping its row")
{
    Database db(u":memory:"_s);
    PeopleRepository(db).add(person(u"chloe"_s, u"Chloé Martin"_s));
    const QList<PlannedOneOnOne> stored =
        PlanRepository(db).add({planFor(u"chloe"_s, Today.addDays(1))});
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().id > 0);
    CHECK(stored.first().uid.endsWith(u"@rodedraad"_s));
    PlannedOneOnOne later = stored.first();
    later.id = 0;
    later.time = QTime(15, 30);
    const QList<PlannedOneOnOne> again = PlanRepository(db).add({later});
    CHECK(again.first().id == stored.first().id);
    const QList<PlannedOneOnOne> all = PlanRepository(db).all();
    REQUIRE(all.size() == 1);
    CHECK(all.first().time == QTime(15, 30));
    // A plan out of bounds is refused with one sentence, and nothing is written.
    PlannedOneOnOne tooLong = planFor(u"chloe"_s, Today.addDays(2));
    tooLong.durationMinutes = 481;
    CHECK_THROWS_AS(PlanRepository(db).add({planFor(u"chloe"_s, Today.addDays(3)), tooLong}),
                    ValidationError);
    CHECK(PlanRepository(db).all().size() == 1);
    // A day no calendar file holds is refused too; 2199 is the last year taken.
    PlannedOneOnOne far = planFor(u"chloe"_s, QDate(2200, 1, 1));
    CHECK_THROWS_AS(PlanRepository(db).add({far}), ValidationError);
    far.date = QDate(2199, 12, 31);
    CHECK(PlanRepository(db).add({far}).size() == 1);
}

TEST_CASE("A plan is open until a one-on-one is logged with that person that day")
{
    TeamLog log;
    log.people = {person(u"chloe"_s, u"Chloé Martin"_s), person(u"daan"_s, u"Daan de Vries"_s)};
    PlannedOneOnOne a = planFor(u"chloe"_s, Today.addDays(1));
    PlannedOneOnOne b = planFor(u"daan"_s, Today.addDays(1), QTime());
    PlannedOneOnOne past = planFor(u"chloe"_s, Today.addDays(-1));
    log.planned = {a, b, past};
    QList<PlannedOneOnOne> open = openPlans(log, Today);
    REQUIRE(open.size() == 2);
    CHECK(open.first().personId == u"daan"_s); // a whole day sorts before its times
    for (MeetingStatus status :
         {MeetingStatus::Held, MeetingStatus::Cancelled, MeetingStatus::Moved}) {
        TeamLog covered = log;
        covered.oneOnOnes = {record(u"chloe"_s, a.date, status)};
        open = openPlans(covered, Today);
        REQUIRE(open.size() == 1);
        CHECK(open.first().personId == u"daan"_s);
    }
    // A record the day before covers nothing.
    log.oneOnOnes = {record(u"chloe"_s, Today, MeetingStatus::Held)};
    CHECK(openPlans(log, Today).size() == 2);
    log.people[1].archived = true;
    CHECK(openPlans(log, Today).size() == 1);
}

TEST_CASE("Moving a plan logs it as moved on its day, in one transaction; undoing puts it back")
{
    Database db(u":memory:"_s);
    PeopleRepository(db).add(person(u"chloe"_s, u"Chloé Martin"_s));
    const PlannedOneOnOne plan =
        PlanRepository(db).add({planFor(u"chloe"_s, Today.addDays(1))}).first();
    PlannedOneOnOne moved = plan;
    moved.date = Today.addDays(2);
    moved.time = QTime(14, 0);
    const qint64 recordId =
        PlanRepository(db).move(moved, record(u"chloe"_s, plan.date, MeetingStatus::Moved));
    TeamLog log = loadTeamLog(db.connection());
    REQUIRE(log.oneOnOnes.size() == 1);
    CHECK(log.oneOnOnes.first().status == MeetingStatus::Moved);
    CHECK(log.oneOnOnes.first().date == plan.date);
    REQUIRE(openPlans(log, Today).size() == 1);
    CHECK(openPlans(log, Today).first().date == moved.date);
    PlanRepository(db).unmove(plan, recordId);
    log = loadTeamLog(db.connection());
    CHECK(log.oneOnOnes.isEmpty());
    CHECK(log.planned == QList<PlannedOneOnOne>{plan});
    // A move whose record cannot be written changes the plan neither.
    CHECK_THROWS(
        PlanRepository(db).move(moved, record(u"nobody"_s, plan.date, MeetingStatus::Moved)));
    CHECK(PlanRepository(db).all() == QList<PlannedOneOnOne>{plan});
}

TEST_CASE("A series by the cadence runs to its last day")
{
    const Person chloe = person(u"chloe"_s, u"Chloé Martin"_s, 14);
    const QList<PlannedOneOnOne> series =
        cadenceSeries(chloe, Today, QTime(9, 0), 30, Today.addDays(42));
    REQUIRE(series.size() == 4);
    CHECK(series.last().date == Today.addDays(42));
    CHECK(cadenceSeries(chloe, Today, QTime(9, 0), 30, Today.addDays(41)).size() == 3);
}

TEST_CASE("The week shows the planned day, and the cadence's where nothing is planned")
{
    TeamLog log;
    log.people = {person(u"chloe"_s, u"Chloé Martin"_s), person(u"daan"_s, u"Daan de Vries"_s)};
    log.oneOnOnes = {record(u"chloe"_s, Today.addDays(-20), MeetingStatus::Held),
                     record(u"daan"_s, Today.addDays(-20), MeetingStatus::Held)};
    log.planned = {planFor(u"chloe"_s, Today.addDays(5))};
    const QList<NextOneOnOne> next = nextOneOnOnes(log, Today);
    REQUIRE(next.size() == 2);
    const NextOneOnOne& daan = next.at(0);
    const NextOneOnOne& chloe = next.at(1);
    CHECK(daan.personId == u"daan"_s);
    CHECK_FALSE(daan.planned);
    CHECK(daan.when == DueWhen::Overdue);
    CHECK(daan.due == Today.addDays(-6));
    CHECK(chloe.planned);
    CHECK(chloe.due == Today.addDays(5));
    CHECK(chloe.suggested == Today.addDays(-6)); // still known
    CHECK(chloe.when != DueWhen::Overdue);
    CHECK(dueText(chloe).startsWith(u"planned "_s));
    CHECK(dueText(chloe).endsWith(u", 10:00"_s));
}

TEST_CASE("On one day the week lists planned one-on-ones by their time, not by name")
{
    TeamLog log;
    log.people = {person(u"bram"_s, u"Bram de Vries"_s), person(u"chloe"_s, u"Chloé Martin"_s),
                  person(u"anna"_s, u"Anna Smit"_s)};
    log.planned = {planFor(u"bram"_s, Today, QTime(14, 51)),
                   planFor(u"chloe"_s, Today, QTime(14, 39)),
                   planFor(u"anna"_s, Today, QTime(16, 0))};
    QStringList order;
    for (const NextOneOnOne& n : nextOneOnOnes(log, Today))
        order << n.personId;
    CHECK(order == QStringList{u"chloe"_s, u"bram"_s, u"anna"_s});
    // The control: on the same time, by name.
    log.planned[1].time = QTime(14, 51);
    order.clear();
    for (const NextOneOnOne& n : nextOneOnOnes(log, Today))
        order << n.personId;
    CHECK(order == QStringList{u"bram"_s, u"chloe"_s, u"anna"_s});
}

TEST_CASE("The exchange format carries plans in version 1; a file without them still reads")
{
    TeamLog log;
    log.people = {person(u"chloe"_s, u"Chloé Martin"_s)};
    PlannedOneOnOne p = planFor(u"chloe"_s, Today.addDays(1));
    p.uid = u"series@google.com"_s;
    p.recurrenceId = u"20261204T090000Z"_s;
    PlannedOneOnOne day = planFor(u"chloe"_s, Today.addDays(2), QTime());
    day.uid = u"day@rodedraad"_s;
    log.planned = {p, day};
    const QByteArray json = toExchangeJson(log, QDateTime(Today, QTime(9, 0), QTimeZone::utc()));
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    CHECK(root.value(u"version"_s).toInt() == 1);
    const QJsonArray plans = root.value(u"plannedOneOnOnes"_s).toArray();
    REQUIRE(plans.size() == 2);
    CHECK(plans.at(1).toObject().value(u"time"_s).isNull());
    CHECK_FALSE(plans.at(1).toObject().contains(u"recurrenceId"_s));
    CHECK(parseExchangeJson(json).planned == log.planned);

    // A version 1 file from before the list: every other list reads as before.
    QJsonObject old = root;
    old.remove(u"plannedOneOnOnes"_s);
    const TeamLog oldLog = parseExchangeJson(QJsonDocument(old).toJson());
    CHECK(oldLog.planned.isEmpty());
    CHECK(oldLog.people == log.people);

    // Importing twice: the plans are matched by their calendar id.
    Database db(u":memory:"_s);
    importTeamLog(db, log, ImportMode::Merge);
    const ImportSummary again = importTeamLog(db, log, ImportMode::Merge);
    CHECK(again.added == 0);
    CHECK(PlanRepository(db).all().size() == 2);

    QJsonObject bad = root;
    QJsonArray badPlans = plans;
    QJsonObject badPlan = badPlans.at(0).toObject();
    badPlan.insert(u"time"_s, u"25:00"_s);
    badPlans.replace(0, badPlan);
    bad.insert(u"plannedOneOnOnes"_s, badPlans);
    CHECK_THROWS_WITH(parseExchangeJson(QJsonDocument(bad).toJson()),
                      Catch::Contains("plannedOneOnOnes[0].time"));
}

TEST_CASE("Calendar meetings match a team member by name, first name or attendee")
{
    const QList<Person> team{person(u"chloe"_s, u"Chloé Martin"_s),
                             person(u"daan"_s, u"Daan de Vries"_s),
                             person(u"sanne"_s, u"Sanne Bakker"_s)};
    CHECK(matchPerson(meeting(u"1:1 Chloé / Eva"_s), team) == u"chloe"_s);
    CHECK(matchPerson(meeting(u"1:1 chloe"_s), team) == u"chloe"_s); // case and accents
    CHECK(matchPerson(meeting(u"Voortgangsgesprek"_s, {u"Chloé Martin"_s, u"Eva Jansen"_s}),
                      team) == u"chloe"_s);
    CHECK(matchPerson(meeting(u"Gesprek Daan de Vries"_s), team) == u"daan"_s);
    CHECK(matchPerson(meeting(u"MT standup"_s, {u"Joris Visser"_s}), team).isEmpty());
    CHECK(matchPerson(meeting(u"Daanwerk"_s), team).isEmpty()); // a whole word only
    // Two people's names: neither, so that the manager assigns it.
    CHECK(matchPerson(meeting(u"Chloé and Daan"_s), team).isEmpty());
    QList<Person> twoSannes = team;
    twoSannes << person(u"sanne-2"_s, u"Sanne de Boer"_s);
    CHECK(matchPerson(meeting(u"1-op-1 Sanne"_s), twoSannes).isEmpty());
    CHECK(matchPerson(meeting(u"1-op-1 Sanne Bakker"_s), twoSannes) == u"sanne"_s);
    QList<Person> archived = team;
    archived[0].archived = true;
    CHECK(matchPerson(meeting(u"1:1 Chloé"_s), archived).isEmpty());
}

TEST_CASE("Previewing an import: new, unchanged, changed, already logged and unmatched")
{
    TeamLog log;
    log.people = {person(u"chloe"_s, u"Chloé Martin"_s), person(u"daan"_s, u"Daan de Vries"_s)};
    const CalendarMeeting fresh = meeting(u"1:1 Chloé"_s);
    CalendarMeeting same = meeting(u"1:1 Daan"_s);
    CalendarMeeting loggedDay = meeting(u"Chloé catch-up"_s);
    loggedDay.date = Today.addDays(1);
    const CalendarMeeting nobody = meeting(u"Dentist"_s);
    QList<ImportRow> rows = previewImport({fresh, same, loggedDay, nobody}, log);
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(0).change == ImportChange::New);
    CHECK(rows.at(1).change == ImportChange::New);
    CHECK(rows.at(3).change == ImportChange::Unmatched);

    log.planned = plansToWrite(rows);
    REQUIRE(log.planned.size() == 3);
    log.oneOnOnes = {record(u"chloe"_s, loggedDay.date, MeetingStatus::Cancelled)};
    same.time = QTime(11, 0);
    rows = previewImport({fresh, same, loggedDay, nobody}, log);
    CHECK(rows.at(0).change == ImportChange::Unchanged);
    CHECK(rows.at(1).change == ImportChange::Changed);
    CHECK(rows.at(2).change == ImportChange::Logged);
    CHECK(plansToWrite(rows).size() == 1);
    // The manager assigns the unmatched one, or leaves out a match.
    rows = previewImport({fresh, nobody}, log,
                         {{importKey(nobody), u"daan"_s}, {importKey(fresh), QString()}});
    CHECK(rows.at(0).change == ImportChange::Unmatched);
    CHECK(rows.at(1).change == ImportChange::New);
    CHECK(rows.at(1).plan.personId == u"daan"_s);
}

TEST_CASE("The store plans, moves and puts back, and its snapshot stays true to the file")
{
    Database db(u":memory:"_s);
    PeopleRepository(db).add(person(u"chloe"_s, u"Chloé Martin"_s));
    TeamStore store(db);
    QSignalSpy plansChanged(&store, &TeamStore::plansChanged);
    QSignalSpy meetingAdded(&store, &TeamStore::oneOnOneAdded);
    const QList<PlannedOneOnOne> added = store.addPlans(
        {planFor(u"chloe"_s, Today.addDays(1)), planFor(u"chloe"_s, Today.addDays(8))});
    CHECK(plansChanged.count() == 1);
    CHECK(store.log() == loadTeamLog(db.connection()));
    PlannedOneOnOne moved = added.first();
    moved.date = Today.addDays(2);
    const qint64 recordId =
        store.movePlan(moved, record(u"chloe"_s, added.first().date, MeetingStatus::Moved));
    CHECK(meetingAdded.count() == 1);
    CHECK(store.log() == loadTeamLog(db.connection()));
    CHECK(store.hasOutsideWrites() == false); // one transaction, counted once
    store.unmovePlan(added.first(), recordId);
    CHECK(store.log() == loadTeamLog(db.connection()));
    store.removePlans({added.at(1).id});
    CHECK(store.log().planned == QList<PlannedOneOnOne>{added.first()});
    CHECK(store.log() == loadTeamLog(db.connection()));
    CHECK(plansChanged.count() == 4);
}

TEST_CASE("withoutPlannedDays leaves out days the person has an open plan, except the one moved")
{
    TeamLog log;
    log.people << Person{u"anna"_s, u"Anna"_s, {}, QDate(2026, 1, 1), 14, false}
               << Person{u"bob"_s, u"Bob"_s, {}, QDate(2026, 1, 1), 14, false};
    PlannedOneOnOne existing;
    existing.id = 7;
    existing.personId = u"anna"_s;
    existing.date = QDate(2026, 12, 10);
    existing.time = QTime(10, 0);
    log.planned << existing;
    PlannedOneOnOne sameDay = existing;
    sameDay.id = 0;
    sameDay.time = QTime(15, 0);
    PlannedOneOnOne nextDay = sameDay;
    nextDay.date = existing.date.addDays(1);
    PlannedOneOnOne bobs = sameDay;
    bobs.personId = u"bob"_s;
    const QList<PlannedOneOnOne> kept = withoutPlannedDays(log, {sameDay, nextDay, bobs});
    REQUIRE(kept.size() == 2);
    CHECK(kept.at(0).date == nextDay.date);
    CHECK(kept.at(1).personId == u"bob"_s);
    // The plan being moved does not stand in its own way.
    CHECK(withoutPlannedDays(log, {sameDay}, existing.id).size() == 1);
    // A plan held (covered by a one-on-one that day) no longer takes the day.
    OneOnOne held;
    held.personId = u"anna"_s;
    held.date = existing.date;
    log.oneOnOnes << held;
    CHECK(withoutPlannedDays(log, {sameDay}).size() == 1);
}
