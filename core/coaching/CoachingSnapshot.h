#pragma once

#include "domain/TeamLog.h"

#include <functional>
#include <QHash>

namespace rd {

/// One active team member's logs up to the "as of" date, oldest first.
struct PersonLog
{
    const Person* person = nullptr;
    QList<const OneOnOne*> meetings;
    QList<const Decision*> decisions;
    QList<const Initiative*> initiatives;
    QList<const BoardEntry*> board;

    /// When they joined; the first logged entry when the joined date is unknown.
    QDate joined() const;
};

/// True when the initiative had been recognised on or before `asOf`.
inline bool recognisedBy(const Initiative& i, QDate asOf)
{
    return i.recognisedOn.isValid() ? i.recognisedOn <= asOf : i.recognition.has_value();
}

/// The logs as of a date, indexed per person. Entries dated after `asOf` and
/// archived people are left out, so the rules never see them. It points into
/// the TeamLog it was built from, which must outlive it.
class CoachingSnapshot
{
public:
    CoachingSnapshot(const TeamLog& log, QDate asOf);

    QDate asOf() const { return m_asOf; }
    const QList<PersonLog>& people() const { return m_people; }
    const PersonLog* person(const QString& id) const;

    /// Days from `date` to the "as of" date.
    qint64 daysAgo(QDate date) const { return date.daysTo(m_asOf); }
    /// True when `date` lies in the `days` days up to and including the "as of" date.
    bool within(QDate date, double days) const
    {
        return date.isValid() && date <= m_asOf && daysAgo(date) <= qint64(days);
    }

    /// The `n` most recent held one-on-ones matching `accept`, oldest first.
    static QList<const OneOnOne*> lastHeld(const PersonLog& who, int n,
                                           const std::function<bool(const OneOnOne&)>& accept = {});
    /// The `n` most recent held one-on-ones when there are `n` of them and none
    /// has `flag` set (context shared, a mistake discussed); else empty.
    static QList<const OneOnOne*> lastHeldWithout(const PersonLog& who, int n,
                                                  bool OneOnOne::*flag);

private:
    QDate m_asOf;
    QList<PersonLog> m_people;
    QHash<QString, qsizetype> m_index;
};

} // namespace rd
