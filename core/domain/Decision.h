#pragma once

#include "Enums.h"

#include <QDate>
#include <QString>

namespace rd {

/// A decision the manager delegated, with the agreed level and its "direction and room".
struct Decision
{
    qint64 id = 0;
    QString personId;
    QDate date;
    QString title;
    QString area;
    DelegationLevel level = DefaultLevel;
    QString why;        ///< the goal: why it matters (direction)
    QString boundaries; ///< the kaders: budget, deadline, scope (room)
    QDate reviewOn;
    int checkIns = 0;
    bool overridden = false; ///< the manager overrode it or took it back
    DecisionOutcome outcome = DecisionOutcome::Pending;
    QString learning;

    friend bool operator==(const Decision&, const Decision&) = default;
};

} // namespace rd
