#pragma once

#include "Actions.h"
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
    QList<OpenAction> openActions;       ///< both sides, oldest first
    QList<Decision> decisionsToReview;   ///< pending, review due before the next 1:1
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
std::optional<PrepSheet> prepareOneOnOne(const TeamLog& log, const QString& personId, QDate asOf,
                                         const QList<Prompt>& activePrompts);

/// Whether the sheet's Markdown holds links to act on it (the app's view) or
/// none (print, PDF, sharing).
enum class SheetLinks
{
    None,
    Actions ///< each open action links closeActionLink(its index in openActions)
};

/// The link that closes `sheet.openActions[index]` in the app's view of the sheet.
QString closeActionLink(int index);

/// The sheet as Markdown, for printing or sharing. Private notes are not included.
QString prepSheetMarkdown(const PrepSheet& sheet, SheetLinks links = SheetLinks::None);

} // namespace rd
