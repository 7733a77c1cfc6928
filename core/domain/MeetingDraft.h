#pragma once

#include "OneOnOne.h"

#include <QDateTime>
#include <QStringList>

namespace rd {

/// An earlier action ticked done during a meeting: closed when it ends.
struct TickedAction
{
    qint64 meetingId = 0;
    QString text;
    friend bool operator==(const TickedAction&, const TickedAction&) = default;
};

/// A one-on-one being held: what the meeting view shows, saved as the
/// manager types so that a crash or a kill loses nothing. One per person.
struct MeetingDraft
{
    QString personId;
    QDate date;
    QList<AgendaItem> agenda; ///< `covered` is the tick on the checklist
    QList<TickedAction> tickedEarlier;
    QString notes;   ///< private; marker lines become actions (actionLines())
    QString summary; ///< what may be shared
    std::optional<int> talkSharePercent;
    std::optional<int> energy;
    bool contextShared = false;
    bool mistakeDiscussed = false;
    /// The owner and due date chosen for an action line, by its text; a line
    /// without a choice is the team member's, due by the cadence.
    QList<ActionItem> actionChoices;
    QDateTime savedAt;
    /// False for an agenda prepared before the meeting (the Prepare page's
    /// topics kept, dropped and added): it is not a meeting to resume.
    bool begun = true;
    /// For a prepared agenda: the last held one-on-one it follows (its id; 0
    /// when there was none). Once another is the last, the agenda is history.
    qint64 preparedAfter = 0;

    friend bool operator==(const MeetingDraft&, const MeetingDraft&) = default;
};

/// The action lines of meeting notes: a line that starts with a marker
/// ("[ ]", "- [ ]", "todo:", "to do:", "actie:", "te doen:", any case) gives
/// the text after it, trimmed; empty ones are left out. Pure.
QStringList actionLines(const QString& notes);

/// The actions the notes hold, with the owner and due date chosen for each,
/// or the team member and `defaultDue`. Pure.
QList<ActionItem> draftActions(const MeetingDraft& draft, QDate defaultDue);

/// The one-on-one the draft becomes when the meeting ends. Pure.
OneOnOne meetingFromDraft(const MeetingDraft& draft, QDate defaultDue);

/// The draft as stored (JSON), and back; a body that cannot be read throws
/// ValidationError naming what is wrong.
QByteArray draftBody(const MeetingDraft& draft);
MeetingDraft draftFromBody(const QString& personId, const QByteArray& body);

} // namespace rd
