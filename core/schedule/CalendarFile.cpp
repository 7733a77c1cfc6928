#include "CalendarFile.h"

#include <algorithm>
#include <libical/ical.h>
#include <memory>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

/// The largest calendar file read: a year of a busy calendar is a few MiB.
constexpr qsizetype MaxCalendarBytes = 32 * 1024 * 1024;
/// The most meetings one file may expand to in the period read.
constexpr qsizetype MaxMeetings = 20000;
constexpr int MinMinutes = 5;
constexpr qsizetype MaxUidLength = 1000; // MaxLineLength, as a plan's uid
constexpr int MaxMinutes = 480;

struct ComponentFree
{
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

QString fromUtf8(const char* text)
{
    return text ? QString::fromUtf8(text) : QString();
}

/// Empty values ("LOCATION:") are in every calendar's files; libical marks them.
bool isHarmless(const char* error)
{
    return error && qstrncmp(error, "No value for", 12) == 0;
}

/// The first error libical found in `c` or below it that is not harmless.
std::optional<QString> firstError(icalcomponent* c)
{
    for (icalproperty* p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY)) {
        const char* error = icalproperty_get_xlicerror(p);
        if (!isHarmless(error))
            return fromUtf8(error);
    }
    for (icalcomponent* child = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); child;
         child = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT)) {
        if (auto error = firstError(child))
            return error;
    }
    return std::nullopt;
}

/// The physical line (from 1) of the first content line libical cannot read
/// on its own, or 0. Lines are unfolded first (RFC 5545 3.1), so that a long
/// property counts from where it begins.
int badLine(const QByteArray& ics)
{
    const QList<QByteArray> physical = ics.split('\n');
    QByteArray logical;
    int startsAt = 0;
    const auto check = [&]() {
        QByteArray line = logical.trimmed();
        if (line.isEmpty() || line.startsWith("BEGIN:") || line.startsWith("END:") ||
            line.endsWith(':'))
            return true;
        icalproperty* p = icalproperty_new_from_string(line.constData());
        const bool ok = p && !icalproperty_get_first_parameter(p, ICAL_XLICERRORTYPE_PARAMETER);
        if (p)
            icalproperty_free(p);
        return ok;
    };
    for (int n = 0; n < physical.size(); ++n) {
        QByteArray line = physical.at(n);
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.isEmpty() && (line.front() == ' ' || line.front() == '\t')) {
            logical += line.mid(1);
            continue;
        }
        if (!check())
            return startsAt;
        logical = line;
        startsAt = n + 1;
    }
    return check() ? 0 : startsAt;
}

QByteArray lineText(const QByteArray& ics, int line)
{
    QByteArray text = ics.split('\n').value(line - 1).trimmed();
    return text.size() > 60 ? text.left(57) + "..." : text;
}

/// The zone a property's TZID names: the file's own VTIMEZONE first, then
/// libical's built-in zones; none for UTC and floating times.
icaltimezone* zoneOf(icalcomponent* root, icalproperty* property)
{
    icalparameter* tzid = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER);
    if (!tzid)
        return nullptr;
    const char* name = icalparameter_get_tzid(tzid);
    if (icaltimezone* own = icalcomponent_get_timezone(root, name))
        return own;
    return icaltimezone_get_builtin_timezone(name);
}

/// Seconds since the epoch of `t`: UTC, in its zone, or (floating) as
/// wall-clock time in `zone`.
qint64 epochOf(icaltimetype t, icaltimezone* tz, const QTimeZone& zone)
{
    if (icaltime_is_utc(t))
        return icaltime_as_timet_with_zone(t, icaltimezone_get_utc_timezone());
    if (tz)
        return icaltime_as_timet_with_zone(t, tz);
    return QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, t.second), zone)
        .toSecsSinceEpoch();
}

QString idOfDay(QDate date)
{
    return date.toString(u"yyyyMMdd"_s);
}

QString idOfTime(qint64 epoch)
{
    return QDateTime::fromSecsSinceEpoch(epoch, QTimeZone::utc())
        .toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
}

struct Event
{
    icalcomponent* component;
    QString uid;
    QString summary;
    QStringList attendees;
    bool cancelled;
};

Event eventOf(icalcomponent* c)
{
    Event e{c,
            fromUtf8(icalcomponent_get_uid(c)),
            fromUtf8(icalcomponent_get_summary(c)),
            {},
            icalcomponent_get_status(c) == ICAL_STATUS_CANCELLED};
    for (icalproperty* p = icalcomponent_get_first_property(c, ICAL_ATTENDEE_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_ATTENDEE_PROPERTY)) {
        icalparameter* cn = icalproperty_get_first_parameter(p, ICAL_CN_PARAMETER);
        QString name = cn ? fromUtf8(icalparameter_get_cn(cn)) : QString();
        if (name.isEmpty())
            name = fromUtf8(icalproperty_get_attendee(p)).remove(u"mailto:"_s, Qt::CaseInsensitive);
        if (!name.isEmpty())
            e.attendees << name;
    }
    return e;
}

int minutesOf(qint64 seconds)
{
    return std::clamp(int(seconds / 60), MinMinutes, MaxMinutes);
}

class Reader
{
public:
    Reader(icalcomponent* root, QDate from, QDate to, const QTimeZone& zone)
        : m_root(root)
        , m_from(from)
        , m_to(to)
        , m_zone(zone)
    {}

    void addSingle(const Event& e, const QString& recurrenceId)
    {
        const icaltimetype start = icalcomponent_get_dtstart(e.component);
        if (icaltime_is_null_time(start))
            return;
        icalproperty* dtstart =
            icalcomponent_get_first_property(e.component, ICAL_DTSTART_PROPERTY);
        const icaltimetype end = icalcomponent_get_dtend(e.component);
        if (start.is_date) {
            add(e, recurrenceId, QDate(start.year, start.month, start.day), {}, 30);
            return;
        }
        const qint64 begins = epochOf(start, zoneOf(m_root, dtstart), m_zone);
        icalproperty* dtend = icalcomponent_get_first_property(e.component, ICAL_DTEND_PROPERTY);
        const qint64 ends = icaltime_is_null_time(end)
                                ? begins + 30 * 60
                                : epochOf(end, dtend ? zoneOf(m_root, dtend) : nullptr, m_zone);
        addAt(e, recurrenceId, begins, ends - begins);
    }

    void addSeries(const Event& e, const QSet<QString>& moved)
    {
        icalproperty* rule = icalcomponent_get_first_property(e.component, ICAL_RRULE_PROPERTY);
        if (rule && icalproperty_get_rrule(rule).freq < ICAL_DAILY_RECURRENCE)
            return; // every hour, minute or second: not a one-on-one
        const icaltimetype start = icalcomponent_get_dtstart(e.component);
        if (icaltime_is_null_time(start))
            return;
        m_event = &e;
        m_moved = &moved;
        m_allDay = start.is_date;
        // A day's margin on both sides: the period is in local days.
        const QDateTime first(m_from.addDays(-1), QTime(0, 0), QTimeZone::utc());
        const QDateTime last(m_to.addDays(2), QTime(0, 0), QTimeZone::utc());
        icalcomponent_foreach_recurrence(
            e.component,
            icaltime_from_timet_with_zone(time_t(first.toSecsSinceEpoch()), 0,
                                          icaltimezone_get_utc_timezone()),
            icaltime_from_timet_with_zone(time_t(last.toSecsSinceEpoch()), 0,
                                          icaltimezone_get_utc_timezone()),
            [](icalcomponent*, struct icaltime_span* span, void* self) {
                static_cast<Reader*>(self)->addOccurrence(*span);
            },
            this);
        m_event = nullptr;
    }

    QList<CalendarMeeting> meetings() const { return m_meetings; }

private:
    void addOccurrence(const icaltime_span& span)
    {
        if (m_allDay) {
            const QDate day = QDateTime::fromSecsSinceEpoch(span.start, QTimeZone::utc()).date();
            if (!m_moved->contains(idOfDay(day)))
                add(*m_event, idOfDay(day), day, {}, 30);
            return;
        }
        if (!m_moved->contains(idOfTime(span.start)))
            addAt(*m_event, idOfTime(span.start), span.start, span.end - span.start);
    }

    void addAt(const Event& e, const QString& recurrenceId, qint64 begins, qint64 seconds)
    {
        const QDateTime local = QDateTime::fromSecsSinceEpoch(begins, m_zone);
        add(e, recurrenceId, local.date(), QTime(local.time().hour(), local.time().minute()),
            minutesOf(seconds));
    }

    void add(const Event& e, const QString& recurrenceId, QDate date, QTime time, int minutes)
    {
        if (date < m_from || date > m_to)
            return;
        if (m_meetings.size() >= MaxMeetings)
            throw CalendarFileError(
                QCoreApplication::translate("rd::Calendar",
                                            "The calendar file holds more than %1 meetings in the "
                                            "months read; choose a calendar of your one-on-ones.")
                    .arg(MaxMeetings));
        m_meetings << CalendarMeeting{e.uid,   recurrenceId, date,       time,
                                      minutes, e.summary,    e.attendees};
    }

    icalcomponent* m_root;
    QDate m_from;
    QDate m_to;
    QTimeZone m_zone;
    const Event* m_event = nullptr;
    const QSet<QString>* m_moved = nullptr;
    bool m_allDay = false;
    QList<CalendarMeeting> m_meetings;
};

/// The RECURRENCE-ID of a moved meeting, as CalendarMeeting names it.
QString recurrenceIdOf(icalcomponent* root, icalcomponent* c, const QTimeZone& zone)
{
    icalproperty* p = icalcomponent_get_first_property(c, ICAL_RECURRENCEID_PROPERTY);
    const icaltimetype t = icalproperty_get_recurrenceid(p);
    if (t.is_date)
        return idOfDay(QDate(t.year, t.month, t.day));
    return idOfTime(epochOf(t, zoneOf(root, p), zone));
}

} // namespace

QList<CalendarMeeting> readCalendar(const QByteArray& ics, QDate from, QDate to,
                                    const QTimeZone& zone)
{
    if (ics.size() > MaxCalendarBytes)
        throw CalendarFileError(QCoreApplication::translate(
            "rd::Calendar",
            "The calendar file is larger than 32 MiB; export only your one-on-ones."));
    if (ics.contains('\0'))
        throw CalendarFileError(QCoreApplication::translate(
            "rd::Calendar", "This is not a calendar file: it holds binary data."));
    if (!ics.trimmed().startsWith("BEGIN:VCALENDAR"))
        throw CalendarFileError(QCoreApplication::translate(
            "rd::Calendar",
            "This is not a calendar file: it does not begin with BEGIN:VCALENDAR."));
    Component root(icalparser_parse_string(ics.constData()));
    if (!root || icalcomponent_isa(root.get()) != ICAL_VCALENDAR_COMPONENT)
        throw CalendarFileError(QCoreApplication::translate(
            "rd::Calendar", "This is not one calendar (iCalendar) file."));
    if (const std::optional<QString> error = firstError(root.get())) {
        if (const int line = badLine(ics))
            throw CalendarFileError(
                QCoreApplication::translate("rd::Calendar",
                                            "Line %1 of the calendar file cannot be read: %2")
                    .arg(line)
                    .arg(QString::fromUtf8(lineText(ics, line))));
        throw CalendarFileError(
            QCoreApplication::translate("rd::Calendar", "The calendar file cannot be read: %1")
                .arg(*error));
    }
    icalerror_clear_errno();

    QList<Event> masters;
    QList<Event> moved;
    for (icalcomponent* c = icalcomponent_get_first_component(root.get(), ICAL_VEVENT_COMPONENT); c;
         c = icalcomponent_get_next_component(root.get(), ICAL_VEVENT_COMPONENT)) {
        Event e = eventOf(c);
        // An event without a UID cannot be found again, nor one whose UID is
        // longer than a plan keeps (RFC 5545 asks for a short one).
        if (e.uid.isEmpty() || e.uid.size() > MaxUidLength)
            continue;
        const bool isMoved = icalcomponent_get_first_property(c, ICAL_RECURRENCEID_PROPERTY);
        // A UID names one event: a second event with it is a broken export; the first counts.
        if (!isMoved && std::any_of(masters.cbegin(), masters.cend(),
                                    [&e](const Event& m) { return m.uid == e.uid; }))
            continue;
        (isMoved ? moved : masters) << e;
    }
    // Every meeting moved or cancelled on its own, by series.
    QHash<QString, QSet<QString>> movedIds;
    for (const Event& e : std::as_const(moved))
        movedIds[e.uid].insert(recurrenceIdOf(root.get(), e.component, zone));

    Reader reader(root.get(), from, to, zone);
    for (const Event& e : std::as_const(masters)) {
        if (e.cancelled)
            continue;
        const bool recurs = icalcomponent_get_first_property(e.component, ICAL_RRULE_PROPERTY) ||
                            icalcomponent_get_first_property(e.component, ICAL_RDATE_PROPERTY);
        if (recurs)
            reader.addSeries(e, movedIds.value(e.uid));
        else
            reader.addSingle(e, {});
    }
    for (const Event& e : std::as_const(moved)) {
        if (!e.cancelled)
            reader.addSingle(e, recurrenceIdOf(root.get(), e.component, zone));
    }
    QList<CalendarMeeting> meetings = reader.meetings();
    std::stable_sort(meetings.begin(), meetings.end(),
                     [](const CalendarMeeting& a, const CalendarMeeting& b) {
                         const int at = a.time.isValid() ? a.time.msecsSinceStartOfDay() : -1;
                         const int bt = b.time.isValid() ? b.time.msecsSinceStartOfDay() : -1;
                         return std::tie(a.date, at, a.uid) < std::tie(b.date, bt, b.uid);
                     });
    return meetings;
}

QList<CalendarMeeting> readCalendarFile(const QString& path, QDate from, QDate to,
                                        const QTimeZone& zone)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw CalendarFileError(
            QCoreApplication::translate("rd::Calendar", "%1 cannot be read: %2.")
                .arg(path, file.errorString()));
    QByteArray bytes;
    while (bytes.size() <= MaxCalendarBytes) {
        const QByteArray more = file.read(1 << 20);
        if (more.isEmpty())
            break;
        bytes += more;
    }
    return readCalendar(bytes, from, to, zone);
}

namespace {
icaltimetype utcTime(const QDateTime& at)
{
    return icaltime_from_timet_with_zone(time_t(at.toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

icaltimetype dayOf(QDate date)
{
    icaltimetype t = icaltime_null_date();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    return t;
}
} // namespace

QByteArray writeCalendar(const QList<CalendarEntry>& entries, const QTimeZone& zone,
                         const QDateTime& stamp)
{
    Component calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(),
                               icalproperty_new_prodid("-//Rode Draad//Rode Draad//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    for (const CalendarEntry& entry : entries) {
        const PlannedOneOnOne& p = entry.plan;
        icalcomponent* event = icalcomponent_new_vevent();
        icalcomponent_set_uid(event, p.uid.toUtf8().constData());
        icalcomponent_set_dtstamp(event, utcTime(stamp));
        if (!p.recurrenceId.isEmpty()) {
            const icaltimetype rid = icaltime_from_string(p.recurrenceId.toUtf8().constData());
            if (!icaltime_is_null_time(rid))
                icalcomponent_set_recurrenceid(event, rid);
        }
        if (p.isAllDay()) {
            icalcomponent_set_dtstart(event, dayOf(p.date));
            icalcomponent_set_dtend(event, dayOf(p.date.addDays(1)));
        } else {
            const QDateTime start(p.date, p.time, zone);
            icalcomponent_set_dtstart(event, utcTime(start));
            icalcomponent_set_dtend(event, utcTime(start.addSecs(60LL * p.durationMinutes)));
        }
        icalcomponent_set_summary(event, entry.summary.toUtf8().constData());
        icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_OPAQUE));
        icalcomponent_add_component(calendar.get(), event);
    }
    char* text = icalcomponent_as_ical_string_r(calendar.get());
    QByteArray ics(text);
    icalmemory_free_buffer(text);
    return ics;
}

} // namespace rd
