#pragma once

#include "CalendarFile.h"
#include "domain/TeamLog.h"

namespace rd {

/// The active team member a calendar meeting is with: a full name in its
/// summary or among its attendees, else a first name as a whole word there,
/// when exactly one team member has it. Letter case and accents do not
/// count ("chloe" is Chloé). Empty when nobody or more than one matches.
QString matchPerson(const CalendarMeeting& meeting, const QList<Person>& people);

/// What importing one calendar meeting would do.
enum class ImportChange
{
    New,       ///< a plan that is not there yet
    Changed,   ///< the plan is there with another day, time, length or person
    Unchanged, ///< the plan is there as the file has it
    Logged,    ///< a one-on-one is already logged with that person that day
    Unmatched  ///< no team member (or more than one) matches: assign it or leave it
};

struct ImportRow
{
    CalendarMeeting meeting;
    QString personId; ///< empty while unmatched
    ImportChange change = ImportChange::Unmatched;
    /// The plan it would write (its row when it is there already).
    PlannedOneOnOne plan;

    friend bool operator==(const ImportRow&, const ImportRow&) = default;
};

/// What importing `meetings` into `log` would do, row by row, in the file's
/// order. `assigned` overrides the match by "uid|recurrence id" (an empty
/// person: leave it out). Pure.
QList<ImportRow> previewImport(const QList<CalendarMeeting>& meetings, const TeamLog& log,
                               const QHash<QString, QString>& assigned = {});

/// The key previewImport() takes assignments by.
QString importKey(const CalendarMeeting& meeting);

/// What exporting the plan writes: every open plan from `from` on, titled
/// with calendarSummary() in the interface's language.
QList<CalendarEntry> calendarEntries(const TeamLog& log, QDate from);

/// The plans to write for `rows`: the new and the changed ones.
QList<PlannedOneOnOne> plansToWrite(const QList<ImportRow>& rows);

} // namespace rd
