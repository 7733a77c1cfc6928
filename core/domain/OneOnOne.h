#pragma once

#include "Enums.h"

#include <optional>
#include <QDate>
#include <QList>
#include <QString>

namespace rd {

struct AgendaItem
{
    QString text;
    Party raisedBy = Party::Member;
    bool covered = false;

    friend bool operator==(const AgendaItem&, const AgendaItem&) = default;
};

struct ActionItem
{
    QString text;
    Party owner = Party::Member;
    QDate due;
    QDate doneOn; ///< invalid while the action is open
    /// The due date first agreed, kept when a new one is agreed; invalid
    /// while the date never moved. Renegotiating is a legitimate outcome.
    QDate firstDue{};
    int dueMoves = 0; ///< how often a new due date was agreed

    bool isOpen() const { return !doneOn.isValid(); }
    friend bool operator==(const ActionItem&, const ActionItem&) = default;
};

/// One one-on-one meeting, as the manager logged it.
struct OneOnOne
{
    qint64 id = 0; ///< database row id; 0 before it is stored
    QString personId;
    QDate date;
    MeetingStatus status = MeetingStatus::Held;
    std::optional<int> durationMinutes;
    std::optional<int> talkSharePercent; ///< the manager's own estimate of their share of talking
    bool contextShared = false;          ///< goals, results or decisions were shared
    bool mistakeDiscussed = false;       ///< a mistake or setback was discussed as learning
    std::optional<int> energy;           ///< 1..5, what the team member said, never a rating
    QList<AgendaItem> agenda;
    QList<ActionItem> actions;
    QString privateNotes;
    QString sharedSummary;

    friend bool operator==(const OneOnOne&, const OneOnOne&) = default;
};

} // namespace rd
