#pragma once

#include "domain/TeamLog.h"

namespace rd {

/// An action item still open, with the one-on-one it was agreed in.
struct OpenAction
{
    ActionItem item;
    QDate agreedOn;
    qint64 meetingId = 0; ///< the one-on-one that holds it
    QString personId;

    friend bool operator==(const OpenAction&, const OpenAction&) = default;
};

/// The action items still open for `personId` as of `asOf`, both sides, in
/// the order of their one-on-ones. Pure.
QList<OpenAction> openActionsOf(const TeamLog& log, const QString& personId, QDate asOf);

/// Every action still open as of `asOf` with the active team members, both
/// sides: overdue first (the longest overdue on top), then by due date, then
/// those without one; ties by the team member's name, then the oldest
/// one-on-one. An archived team member's actions are left out. Pure.
QList<OpenAction> openActions(const TeamLog& log, QDate asOf);

/// Days `action` is past its due date as of `asOf`: 0 when it is due today,
/// negative before, and 0 without a due date.
qint64 daysOverdue(const ActionItem& action, QDate asOf);

/// `action` due on `newDue` instead. Moving a date that was agreed records the
/// renegotiation: the first agreed date is kept and the moves count up. An
/// action without a due date simply gets one; the same date changes nothing.
ActionItem withDue(ActionItem action, QDate newDue);

/// The one-on-ones that hold `closed`, as they are once each of those actions
/// is done on `on`: one entry per meeting, in the log's order. An action that
/// is no longer open (or no longer there) is left as it is. Pure.
QList<OneOnOne> closingActions(const TeamLog& log, const QList<OpenAction>& closed, QDate on);

/// The one-on-ones that hold `moved`, as they are once each of those open
/// actions is due on `newDue`, by withDue(); an action already due on
/// `newDue` is left as it is. Pure.
QList<OneOnOne> movingActions(const TeamLog& log, const QList<OpenAction>& moved, QDate newDue);

/// The meetings of `changed` as `log` holds them now (what an undo puts back).
QList<OneOnOne> asTheyAre(const TeamLog& log, const QList<OneOnOne>& changed);

} // namespace rd
