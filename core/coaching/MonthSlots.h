#pragma once

#include <algorithm>
#include <QDate>
#include <QList>

namespace rd {

/// Maps dates to consecutive calendar months starting at `first`, by Julian
/// day alone: QDate::year() and month() each convert the date, and on a large
/// log that conversion dominates a month-by-month tally.
class MonthSlots
{
public:
    MonthSlots(QDate first, qsizetype count)
    {
        const QDate start(first.year(), first.month(), 1);
        m_bounds.reserve(count + 1);
        for (qsizetype n = 0; n <= count; ++n)
            m_bounds << start.addMonths(int(n)).toJulianDay();
    }

    /// The month of `date` (0-based), or -1 outside the range or for an invalid date.
    int operator()(QDate date) const
    {
        if (!date.isValid() || m_bounds.size() < 2)
            return -1;
        const qint64 day = date.toJulianDay();
        if (day < m_bounds.first() || day >= m_bounds.last())
            return -1;
        return int(std::upper_bound(m_bounds.cbegin(), m_bounds.cend(), day) - m_bounds.cbegin()) -
               1;
    }

private:
    QList<qint64> m_bounds; ///< the first day of each month, then the day after the last
};

} // namespace rd
