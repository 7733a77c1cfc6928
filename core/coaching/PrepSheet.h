#pragma once

#include "Actions.h"
#include "domain/MeetingDraft.h"
#include "domain/TeamLog.h"
#include "Prompt.h"

#include <optional>

namespace rd {

class PromptEngine;

/// Everything to prepare the next one-on-one with one person.
struct PrepSheet
{
    Person person;
    QDate asOf;
    std::optional<OneOnOne> lastMeeting; ///< the last held one-on-one
    QList<AgendaItem> carriedAgenda;     ///< not covered last time
    /// The agenda of the coming one-on-one: what was prepared for it (topics
    /// kept, dropped and added), or else everything carried over.
    QList<AgendaItem> agenda;
    /// Carried over but taken off the coming agenda by the manager.
    QList<AgendaItem> droppedAgenda;
    /// A meeting with this person has begun: its view holds the agenda, and
    /// the sheet does not change it underneath.
    bool meetingUnderWay = false;
    QList<OpenAction> openActions;     ///< both sides, oldest first
    QList<Decision> decisionsToReview; ///< pending, review due before the next 1:1
    QList<Initiative> initiativesToRecognise;
    QList<Prompt> prompts; ///< this person's active prompts
    QStringList questions; ///< 3 to 5 suggested questions
};

/// Prepares the one-on-one with `personId` as of `asOf`. Pure: no database, no clock.
/// Returns std::nullopt when the person is not in the log.
std::optional<PrepSheet> prepareOneOnOne(const TeamLog& log, const QString& personId, QDate asOf,
                                         const PromptEngine& engine);
/// The same with the prompts already computed (PromptEngine::activePrompts() as
/// of `asOf`): the app keeps them, and evaluating the engine again on a large
/// log took 100 ms or more on every change.
/// `draft` is this person's saved draft, if any: a prepared agenda (not
/// begun) becomes the sheet's agenda while the last held one-on-one is still
/// the one it was prepared after; a meeting begun holds the agenda itself.
std::optional<PrepSheet> prepareOneOnOne(const TeamLog& log, const QString& personId, QDate asOf,
                                         const QList<Prompt>& activePrompts,
                                         const MeetingDraft* draft = nullptr);

/// How the manager changes the coming agenda from the sheet.
enum class AgendaChange
{
    Drop,    ///< takes `agenda[index]` off (a topic added is gone)
    PutBack, ///< puts `droppedAgenda[index]` back on
};

/// The link that makes `change` to the item at `index` in the app's view.
QString agendaLink(AgendaChange change, int index);

/// The prepared agenda (a draft not begun) after `change`, for saving; or
/// std::nullopt when the index is out of range or a meeting is under way.
std::optional<MeetingDraft> changedAgenda(const PrepSheet& sheet, AgendaChange change, int index);
/// The prepared agenda with `topic` added, raised by the manager; or
/// std::nullopt when the topic is blank, already on it (in any case), or a
/// meeting is under way.
std::optional<MeetingDraft> agendaWithTopic(const PrepSheet& sheet, const QString& topic);

/// Whether the sheet's Markdown holds links to act on it (the app's view) or
/// none (print, PDF, sharing).
enum class SheetLinks
{
    None,
    /// Each open action links closeActionLink(its index in openActions), each
    /// agenda item agendaLink(), each prompt its lever's leverLink().
    Actions
};

/// The link a prompt carries to its lever's explanation in the app
/// ("rodedraad:lever/transparency").
QString leverLink(Lever lever);

/// The link that closes `sheet.openActions[index]` in the app's view of the sheet.
QString closeActionLink(int index);

/// The sheet as Markdown, for printing or sharing. Private notes are not included.
QString prepSheetMarkdown(const PrepSheet& sheet, SheetLinks links = SheetLinks::None);

} // namespace rd
