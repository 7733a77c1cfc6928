#pragma once

#include "domain/TeamLog.h"

#include <array>
#include <optional>
#include <QDate>
#include <QString>

namespace rd {

/// The seven components of the facilitation index, each 0..100.
enum class IndexComponent
{
    AgendaOwnership,
    Listening,
    DelegationDepth,
    TrustKept,
    InitiativeRewarded,
    SafeToFail,
    Rhythm
};
constexpr int IndexComponentCount = 7;

/// The JSON name of a component ("agendaOwnership").
QString componentId(IndexComponent component);
/// The translated name of a component ("Agenda ownership").
QString componentLabel(IndexComponent component);

/// One month of the index. A component without data that month is
/// std::nullopt and its weight goes to the others; a month with no data at
/// all has no index.
struct IndexMonth
{
    QDate month; ///< the first day of the month
    std::array<std::optional<double>, IndexComponentCount> components;
    std::optional<double> index;

    std::optional<double> component(IndexComponent c) const { return components.at(size_t(c)); }
    friend bool operator==(const IndexMonth&, const IndexMonth&) = default;
};

/// Computes the facilitation index per month from `from` to `to` (months
/// inclusive), counting only entries dated on or before `asOf`. With
/// `personId`, only that person's logs count. Pure, like the prompt engine.
QList<IndexMonth> facilitationIndex(const TeamLog& log, QDate from, QDate to, QDate asOf,
                                    const QString& personId = {});

/// The one-on-ones due with `person` by their cadence between `from` and `to`
/// (inclusive), counting from when they joined. An archived person is due
/// nothing after `lastMeeting`.
int meetingsDue(const Person& person, QDate from, QDate to, QDate lastMeeting);
/// The same as a fraction: 31 days at a 14-day cadence expect 2.2 one-on-ones,
/// and the first day of a month 1/14 of one. The rhythm chart sums these, so a
/// month just begun expects a little rather than nothing.
double expectedMeetings(const Person& person, QDate from, QDate to, QDate lastMeeting);

/// The first month with any entry, or an invalid date for an empty log.
QDate firstLoggedMonth(const TeamLog& log);

} // namespace rd
