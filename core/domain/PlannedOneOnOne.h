#pragma once

#include <QDate>
#include <QString>
#include <QTime>

namespace rd {

/// A one-on-one planned for a day, and usually a time, that has not been
/// held yet. The time is local wall-clock time in the manager's time zone;
/// none means the whole day (an all-day calendar event).
struct PlannedOneOnOne
{
    qint64 id = 0; ///< database row id; 0 before it is stored
    QString personId;
    QDate date;
    QTime time; ///< invalid for the whole day
    int durationMinutes = 30;
    /// Stable across exports, so that a calendar updates its event instead of
    /// adding another (RFC 5545 UID). A plan made here gets its own; a plan
    /// read from a calendar keeps the event's.
    QString uid;
    /// For one meeting of a recurring calendar event: that meeting's original
    /// start as RFC 5545 writes it ("20270318T090000Z", or "20270318" for a
    /// whole day), which with `uid` names it (RECURRENCE-ID). Empty for a
    /// plan of its own.
    QString recurrenceId;

    bool isAllDay() const { return !time.isValid(); }
    friend bool operator==(const PlannedOneOnOne&, const PlannedOneOnOne&) = default;
};

} // namespace rd
