// plan and schedule: planned one-on-ones, and the calendar files they travel in.
#include "CliContext.h"
#include "domain/Error.h"
#include "domain/Validation.h"
#include "i18n/LocalDate.h"
#include "schedule/CalendarImport.h"
#include "schedule/Plans.h"
#include "storage/Database.h"
#include "storage/PlanRepository.h"
#include "storage/Repositories.h"
#include "storage/SafeFile.h"
#include "storage/TeamLogLoader.h"

#include <algorithm>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace rd {

QJsonObject planJson(const PlannedOneOnOne& p)
{
    QJsonObject object{
        {u"id"_s, p.id},
        {u"person"_s, p.personId},
        {u"date"_s, p.date.toString(Qt::ISODate)},
        {u"time"_s, p.isAllDay() ? QJsonValue() : QJsonValue(p.time.toString(u"HH:mm"_s))},
        {u"durationMinutes"_s, p.durationMinutes},
        {u"uid"_s, p.uid}};
    if (!p.recurrenceId.isEmpty())
        object.insert(u"recurrenceId"_s, p.recurrenceId);
    return object;
}

namespace {

QTime timeOption(const CliContext& c)
{
    if (!c.isSet(u"time"_s))
        return {};
    const QString text = c.value(u"time"_s);
    const QTime time = QTime::fromString(text, u"HH:mm"_s);
    if (!time.isValid())
        throw UsageError(
            QCoreApplication::translate("rd::Cli", "--time: \"%1\" is not a time of day (HH:MM).")
                .arg(text));
    return time;
}

QDate futureDate(const CliContext& c)
{
    const QDate date = c.date(u"date"_s);
    if (!date.isValid())
        throw UsageError(QCoreApplication::translate("rd::Cli", "--date is required."));
    if (date < QDate::currentDate())
        throw UsageError(QCoreApplication::translate(
                             "rd::Cli", "--date: %1 is in the past; a plan is for today or later.")
                             .arg(date.toString(Qt::ISODate)));
    if (date > QDate::currentDate().addYears(2))
        throw UsageError(
            QCoreApplication::translate("rd::Cli", "--date: %1 is more than two years ahead.")
                .arg(date.toString(Qt::ISODate)));
    return date;
}

int plan(CliContext& c)
{
    const QDate first = futureDate(c);
    const QTime time = timeOption(c);
    const int duration = *c.integer(u"duration"_s, MinPlanMinutes, MaxPlanMinutes, 30);
    const QDate until = c.date(u"until"_s, first.addDays(PlanHorizonDays));
    if (c.isSet(u"until"_s) && !c.isSet(u"every-cadence"_s))
        throw UsageError(
            QCoreApplication::translate("rd::Cli", "--until goes with --every-cadence."));
    if (until < first || first.daysTo(until) > 2 * 366)
        throw UsageError(QCoreApplication::translate(
            "rd::Cli", "--until must lie after --date and at most two years ahead of it."));
    auto db = c.openDatabase();
    const Person who = c.person(*db);
    if (who.archived)
        throw UsageError(QCoreApplication::translate(
                             "rd::Cli", "%1 is archived; bring them back before planning.")
                             .arg(who.name));
    const QList<PlannedOneOnOne> asked = c.isSet(u"every-cadence"_s)
                                             ? cadenceSeries(who, first, time, duration, until)
                                             : cadenceSeries(who, first, time, duration, first);
    // One planned one-on-one a day with each person: a series leaves out the
    // days already planned; a single day already planned is refused.
    QList<PlannedOneOnOne> plans = withoutPlannedDays(loadTeamLog(db->connection()), asked);
    if (plans.isEmpty())
        throw ValidationError(QCoreApplication::translate(
                                  "rd::Cli", "%1 already has a one-on-one planned on %2; move "
                                             "that one instead (schedule move ID).")
                                  .arg(who.name, first.toString(Qt::ISODate)));
    if (plans.size() < asked.size())
        c.err << QCoreApplication::translate("rd::Cli",
                                             "Left out %n day(s) already planned with %1.", nullptr,
                                             int(asked.size() - plans.size()))
                     .arg(who.name)
              << u'\n';
    plans = PlanRepository(*db).add(plans);
    for (const PlannedOneOnOne& p : std::as_const(plans))
        c.out << p.id << u'\n';
    return 0;
}

int scheduleList(CliContext& c)
{
    const QDate from = c.date(u"from"_s, QDate::currentDate());
    const QDate to = c.date(u"to"_s);
    if (to.isValid() && to < from)
        throw UsageError(QCoreApplication::translate("rd::Cli", "--to lies before --from."));
    CliContext::requireBoundedPeriod(from, to);
    auto db = c.openDatabase();
    const TeamLog log = loadTeamLog(db->connection());
    const QList<PlannedOneOnOne> plans = openPlans(log, from, to);
    if (c.isSet(u"json"_s)) {
        QJsonArray array;
        for (const PlannedOneOnOne& p : plans) {
            QJsonObject object = planJson(p);
            object.insert(u"personName"_s, log.person(p.personId)->name);
            array.append(object);
        }
        printJson(
            c.out,
            QJsonDocument(QJsonObject{{u"from"_s, from.toString(Qt::ISODate)},
                                      {u"to"_s, to.isValid() ? QJsonValue(to.toString(Qt::ISODate))
                                                             : QJsonValue()},
                                      {u"plans"_s, array}})
                .toJson(QJsonDocument::Compact));
        return 0;
    }
    if (plans.isEmpty())
        c.out << QCoreApplication::translate("rd::Cli",
                                             "No one-on-ones planned; plan one with: plan "
                                             "--person P --date D [--time HH:MM]")
              << u'\n';
    for (const PlannedOneOnOne& p : plans) {
        c.out << p.id << u'\t' << p.date.toString(Qt::ISODate) << u'\t'
              << (p.isAllDay() ? QCoreApplication::translate("rd::Cli", "all day")
                               : p.time.toString(u"HH:mm"_s))
              << u'\t' << log.person(p.personId)->name << u'\t'
              << QCoreApplication::translate("rd::Cli", "%n minute(s)", nullptr, p.durationMinutes)
              << u'\n';
    }
    return 0;
}

/// The open plan `ID` names, with the log it is in.
PlannedOneOnOne openPlan(const CliContext& c, const TeamLog& log)
{
    bool ok = false;
    const qint64 id = c.positional.size() == 1 ? c.positional.first().toLongLong(&ok) : 0;
    if (!ok)
        throw UsageError(
            QCoreApplication::translate("rd::Cli", "Name the plan by its id (schedule list)."));
    for (const PlannedOneOnOne& p : openPlans(log, QDate(1, 1, 1))) {
        if (p.id == id)
            return p;
    }
    throw UsageError(QCoreApplication::translate("rd::Cli", "No open plan has the id %1.").arg(id));
}

int scheduleMove(CliContext& c)
{
    const QDate date = futureDate(c);
    auto db = c.openDatabase();
    const TeamLog log = loadTeamLog(db->connection());
    PlannedOneOnOne plan = openPlan(c, log);
    if (plan.date == date && !c.isSet(u"time"_s))
        throw UsageError(QCoreApplication::translate(
            "rd::Cli", "The plan is on that day already; give another day or --time."));
    OneOnOne record;
    record.personId = plan.personId;
    record.date = plan.date;
    record.status = MeetingStatus::Moved;
    plan.date = date;
    if (c.isSet(u"time"_s))
        plan.time = timeOption(c);
    if (record.date == plan.date)
        PlanRepository(*db).add({plan}); // another time the same day: no record
    else
        PlanRepository(*db).move(plan, record);
    c.out << plan.id << u'\n';
    return 0;
}

int scheduleCancel(CliContext& c)
{
    auto db = c.openDatabase();
    const TeamLog log = loadTeamLog(db->connection());
    const PlannedOneOnOne plan = openPlan(c, log);
    OneOnOne record;
    record.personId = plan.personId;
    record.date = plan.date;
    record.status = MeetingStatus::Cancelled;
    c.out << OneOnOneRepository(*db).add(record) << u'\n';
    return 0;
}

const char* changeId(ImportChange change)
{
    switch (change) {
    case ImportChange::New:
        return "new";
    case ImportChange::Changed:
        return "changed";
    case ImportChange::Unchanged:
        return "unchanged";
    case ImportChange::Logged:
        return "logged";
    case ImportChange::Unmatched:
        break;
    }
    return "unmatched";
}

QString changeText(ImportChange change)
{
    switch (change) {
    case ImportChange::New:
        return QCoreApplication::translate("rd::Cli", "new");
    case ImportChange::Changed:
        return QCoreApplication::translate("rd::Cli", "changed");
    case ImportChange::Unchanged:
        return QCoreApplication::translate("rd::Cli", "unchanged");
    case ImportChange::Logged:
        return QCoreApplication::translate("rd::Cli", "already logged");
    case ImportChange::Unmatched:
        break;
    }
    return QCoreApplication::translate("rd::Cli", "no team member");
}

QString oneFile(const CliContext& c, const char* usage)
{
    if (c.positional.size() != 1)
        throw UsageError(QCoreApplication::translate("rd::Cli", usage));
    return c.positional.first();
}

int scheduleImport(CliContext& c)
{
    const QString path =
        oneFile(c, QT_TRANSLATE_NOOP("rd::Cli", "schedule import needs exactly one FILE.ics."));
    // The six months from --from; a day already past is never planned.
    const QDate from = c.date(u"from"_s, QDate::currentDate());
    const QList<CalendarMeeting> meetings =
        readCalendarFile(path, std::max(from, QDate::currentDate()), from.addDays(PlanHorizonDays),
                         QTimeZone::systemTimeZone());
    auto db = c.openDatabase();
    const TeamLog log = loadTeamLog(db->connection());
    const QList<ImportRow> rows = previewImport(meetings, log);
    const bool json = c.isSet(u"json"_s);
    QJsonArray array;
    QHash<ImportChange, int> counts;
    for (const ImportRow& row : rows) {
        ++counts[row.change];
        const Person* who = row.personId.isEmpty() ? nullptr : log.person(row.personId);
        if (json) {
            QJsonObject object{{u"change"_s, QString::fromLatin1(changeId(row.change))},
                               {u"person"_s, who ? QJsonValue(who->id) : QJsonValue()},
                               {u"date"_s, row.meeting.date.toString(Qt::ISODate)},
                               {u"time"_s, row.meeting.time.isValid()
                                               ? QJsonValue(row.meeting.time.toString(u"HH:mm"_s))
                                               : QJsonValue()},
                               {u"durationMinutes"_s, row.meeting.durationMinutes},
                               {u"summary"_s, row.meeting.summary},
                               {u"uid"_s, row.meeting.uid}};
            if (!row.meeting.recurrenceId.isEmpty())
                object.insert(u"recurrenceId"_s, row.meeting.recurrenceId);
            array.append(object);
            continue;
        }
        c.out << changeText(row.change) << u'\t' << row.meeting.date.toString(Qt::ISODate) << u'\t'
              << (row.meeting.time.isValid() ? row.meeting.time.toString(u"HH:mm"_s)
                                             : QCoreApplication::translate("rd::Cli", "all day"))
              << u'\t' << (who ? who->name : u"-"_s) << u'\t' << row.meeting.summary << u'\n';
    }
    const bool dryRun = c.isSet(u"dry-run"_s);
    if (!dryRun)
        PlanRepository(*db).add(plansToWrite(rows));
    if (json) {
        printJson(c.out, QJsonDocument(QJsonObject{{u"dryRun"_s, dryRun}, {u"meetings"_s, array}})
                             .toJson(QJsonDocument::Compact));
        return 0;
    }
    const int planned = counts.value(ImportChange::New) + counts.value(ImportChange::Changed);
    c.out << (dryRun ? QCoreApplication::translate(
                           "rd::Cli", "Would plan %n one-on-one(s) (nothing changed: --dry-run).",
                           nullptr, planned)
                     : QCoreApplication::translate("rd::Cli", "Planned %n one-on-one(s).", nullptr,
                                                   planned))
          << u' '
          << QCoreApplication::translate("rd::Cli",
                                         "%1 unchanged or already logged; %2 with no team member "
                                         "(left out).")
                 .arg(counts.value(ImportChange::Unchanged) + counts.value(ImportChange::Logged))
                 .arg(counts.value(ImportChange::Unmatched))
          << u'\n';
    return 0;
}

int scheduleExport(CliContext& c)
{
    const QString path =
        oneFile(c, QT_TRANSLATE_NOOP("rd::Cli", "schedule export needs exactly one FILE.ics."));
    if (isSpecialFile(path))
        throw UsageError(
            QCoreApplication::translate("rd::Cli", "%1 is a device or a pipe, not a file.")
                .arg(path));
    auto db = c.openDatabase();
    const TeamLog log = loadTeamLog(db->connection());
    const QList<CalendarEntry> entries = calendarEntries(log, QDate::currentDate());
    writeFileSafely(
        path, writeCalendar(entries, QTimeZone::systemTimeZone(), QDateTime::currentDateTimeUtc()));
    c.out << QCoreApplication::translate("rd::Cli", "Wrote %n planned one-on-one(s) to %1.",
                                         nullptr, int(entries.size()))
                 .arg(path)
          << u'\n';
    return 0;
}

} // namespace

QList<CommandSpec> scheduleCommands()
{
    const QCommandLineOption person = valueOption(
        u"person"_s, QT_TRANSLATE_NOOP("rd::Cli", "The team member (id or name)."), u"P"_s);
    const QCommandLineOption date = valueOption(
        u"date"_s, QT_TRANSLATE_NOOP("rd::Cli", "The day (YYYY-MM-DD), today or later."), u"D"_s);
    const QCommandLineOption time = valueOption(
        u"time"_s, QT_TRANSLATE_NOOP("rd::Cli", "The time of day (HH:MM); none: all day."),
        u"HH:MM"_s);
    const QCommandLineOption json =
        flagOption(u"json"_s, QT_TRANSLATE_NOOP("rd::Cli", "Print JSON."));
    return {
        {u"plan"_s,
         {person, date, time,
          valueOption(u"duration"_s, QT_TRANSLATE_NOOP("rd::Cli", "Minutes (default 30)."),
                      u"MIN"_s),
          flagOption(u"every-cadence"_s,
                     QT_TRANSLATE_NOOP("rd::Cli",
                                       "A series by their cadence, for six months or --until.")),
          valueOption(u"until"_s, QT_TRANSLATE_NOOP("rd::Cli", "The series' last day."), u"D"_s)},
         {},
         plan},
        {u"schedule list"_s,
         {valueOption(u"from"_s, QT_TRANSLATE_NOOP("rd::Cli", "First day (default today)."),
                      u"D"_s),
          valueOption(u"to"_s, QT_TRANSLATE_NOOP("rd::Cli", "Last day."), u"D"_s), json},
         {},
         scheduleList},
        {u"schedule move"_s, {date, time}, u"ID"_s, scheduleMove},
        {u"schedule import"_s,
         {flagOption(u"dry-run"_s,
                     QT_TRANSLATE_NOOP("rd::Cli", "Show what would be planned; change nothing.")),
          valueOption(u"from"_s,
                      QT_TRANSLATE_NOOP("rd::Cli", "Read meetings from this day (default today)."),
                      u"D"_s),
          json},
         u"FILE.ics"_s,
         scheduleImport},
        {u"schedule export"_s, {}, u"FILE.ics"_s, scheduleExport},
        {u"schedule cancel"_s, {}, u"ID"_s, scheduleCancel},
    };
}

} // namespace rd
