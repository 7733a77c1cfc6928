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
    /// adding another (RFC 5545 UID).
    QString uid;

    bool isAllDay() const { return !time.isValid(); }
    friend bool operator==(const PlannedOneOnOne&, const PlannedOneOnOne&) = default;
};

} // namespace rd
