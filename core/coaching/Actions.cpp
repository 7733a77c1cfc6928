#include "Actions.h"

#include "domain/Validation.h"

#include <algorithm>
#include <functional>
#include <QHash>
#include <QSet>
#include <tuple>

namespace rd {

namespace {

/// The one-on-ones that hold `chosen`, each open one changed by `change`
/// (which says whether it changed anything): one entry per meeting, in the
/// log's order, and only the meetings where something changed.
QList<OneOnOne> changingActions(const TeamLog& log, const QList<OpenAction>& chosen,
                                const std::function<bool(ActionItem&)>& change)
{
    // Only the meetings that hold a chosen action are copied: a tick on a
    // large log touched (and copied) every one of 40,000.
    QSet<qint64> holding;
    for (const OpenAction& action : chosen)
        holding.insert(action.meetingId);
    QList<OneOnOne> changed;
    for (const OneOnOne& m : log.oneOnOnes) {
        if (!holding.contains(m.id))
            continue;
        OneOnOne after = m;
        bool touched = false;
        for (const OpenAction& action : chosen) {
            if (action.meetingId != m.id)
                continue;
            // The same text twice in one meeting: each chosen copy takes the next one.
            for (qsizetype i = 0; i < after.actions.size(); ++i) {
                ActionItem& item = after.actions[i];
                if (item.isOpen() && item == m.actions.at(i) && item == action.item) {
                    touched = change(item) || touched;
                    break;
                }
            }
        }
        if (touched)
            changed << after;
    }
    return changed;
}

} // namespace

QList<OpenAction> openActionsOf(const TeamLog& log, const QString& personId, QDate asOf)
{
    QList<OpenAction> open;
    for (const OneOnOne& m : log.oneOnOnes) {
        if (m.personId != personId || m.date > asOf)
            continue;
        for (const ActionItem& a : m.actions) {
            if (!a.doneOn.isValid() || a.doneOn > asOf)
                open << OpenAction{a, m.date, m.id, m.personId};
        }
    }
    return open;
}

QList<OpenAction> openActions(const TeamLog& log, QDate asOf)
{
    QHash<QString, QString> activeNames;
    for (const Person& p : log.people) {
        if (!p.archived)
            activeNames.insert(p.id, p.name);
    }
    QList<OpenAction> open;
    for (const OneOnOne& m : log.oneOnOnes) {
        if (m.date > asOf || !activeNames.contains(m.personId))
            continue;
        for (const ActionItem& a : m.actions) {
            if (!a.doneOn.isValid() || a.doneOn > asOf)
                open << OpenAction{a, m.date, m.id, m.personId};
        }
    }
    const auto rank = [&](const OpenAction& a) {
        // Dated before undated; among the dated, the earliest due first, which
        // puts the longest overdue on top.
        return std::tuple(!a.item.due.isValid(), a.item.due.toJulianDay(),
                          activeNames.value(a.personId).toLower(), a.agreedOn.toJulianDay());
    };
    std::stable_sort(open.begin(), open.end(),
                     [&](const OpenAction& a, const OpenAction& b) { return rank(a) < rank(b); });
    return open;
}

qint64 daysOverdue(const ActionItem& action, QDate asOf)
{
    return action.due.isValid() ? action.due.daysTo(asOf) : 0;
}

ActionItem withDue(ActionItem action, QDate newDue)
{
    if (action.due == newDue)
        return action;
    if (action.due.isValid()) {
        if (!action.firstDue.isValid())
            action.firstDue = action.due;
        action.dueMoves = std::min(action.dueMoves + 1, MaxDueMoves);
    }
    action.due = newDue;
    return action;
}

QList<OneOnOne> closingActions(const TeamLog& log, const QList<OpenAction>& closed, QDate on)
{
    return changingActions(log, closed, [on](ActionItem& item) {
        item.doneOn = on;
        return true;
    });
}

QList<OneOnOne> movingActions(const TeamLog& log, const QList<OpenAction>& moved, QDate newDue)
{
    return changingActions(log, moved, [newDue](ActionItem& item) {
        if (item.due == newDue)
            return false;
        item = withDue(item, newDue);
        return true;
    });
}

QList<OneOnOne> asTheyAre(const TeamLog& log, const QList<OneOnOne>& changed)
{
    // Indexed by the few changed, not by the whole log.
    QHash<qint64, const OneOnOne*> byId;
    for (const OneOnOne& m : changed)
        byId.insert(m.id, nullptr);
    for (const OneOnOne& m : log.oneOnOnes) {
        if (const auto it = byId.find(m.id); it != byId.end())
            *it = &m;
    }
    QList<OneOnOne> now;
    for (const OneOnOne& m : changed) {
        if (const OneOnOne* stored = byId.value(m.id))
            now << *stored;
    }
    return now;
}

} // namespace rd
