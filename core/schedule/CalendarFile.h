#pragma once

#include "domain/Error.h"
#include "domain/PlannedOneOnOne.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QTimeZone>

namespace rd {

/// An iCalendar file (RFC 5545) that cannot be read: the sentence names the line.
class CalendarFileError : public Error
{
public:
    using Error::Error;
};

/// One meeting an iCalendar file holds, once its recurrence is expanded:
/// a single event, or one meeting of a recurring one.
struct CalendarMeeting
{
    QString uid;
    /// For one meeting of a recurring event: its original start, in UTC as
    /// "20270318T090000Z", or "20270318" for a whole day. Empty otherwise.
    QString recurrenceId;
    QDate date; ///< in the zone the file was read for
    QTime time; ///< invalid for a whole day
    int durationMinutes = 30;
    QString summary;
    QStringList attendees; ///< their names (CN), or their address when no name is given

    friend bool operator==(const CalendarMeeting&, const CalendarMeeting&) = default;
};

/// Reads the meetings of `ics` that start from `from` up to and including
/// `to`, as wall-clock time in `zone`, through libical: line folding and
/// escaping, the file's own time zones (VTIMEZONE/TZID, Windows names
/// included), whole days, and recurrence (RRULE, RDATE, EXDATE, and meetings
/// moved with RECURRENCE-ID). Cancelled events and meetings are left out.
/// Empty values (the "LOCATION:" every calendar writes) are accepted.
/// Throws CalendarFileError naming the first line it cannot read.
QList<CalendarMeeting> readCalendar(const QByteArray& ics, QDate from, QDate to,
                                    const QTimeZone& zone);

/// Reads the calendar file at `path` (never more than 32 MiB of it, so a
/// device or a pipe is refused) and then as readCalendar().
QList<CalendarMeeting> readCalendarFile(const QString& path, QDate from, QDate to,
                                        const QTimeZone& zone);

/// One event to write: the plan and the title its calendar shows.
struct CalendarEntry
{
    PlannedOneOnOne plan;
    QString summary;
};

/// Writes `entries` as an iCalendar file, one event each, through libical.
/// A plan made here keeps its uid; one read from a calendar is written as
/// that meeting of its recurring event (UID and RECURRENCE-ID), so that the
/// calendar updates it. Times are written in UTC, from wall-clock time in
/// `zone`; whole days as dates. Only the summary, the time and the
/// duration: never a note.
QByteArray writeCalendar(const QList<CalendarEntry>& entries, const QTimeZone& zone,
                         const QDateTime& stamp);

} // namespace rd
