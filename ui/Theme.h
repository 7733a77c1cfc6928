#pragma once

#include "coaching/Prompt.h"
#include "domain/Enums.h"

#include <QColor>

/// Every colour that carries a meaning, in one place: the delegation levels'
/// scale, the meeting statuses, initiative kinds, prompt outcomes and
/// severities, keyed by their enums. Widgets and charts ask here; nothing
/// picks a colour by comparing names.
namespace rd::ui::theme {

/// From a warm red (control, Tell) through amber to a calm green
/// (facilitation, Delegate).
QColor level(DelegationLevel level);
QColor meetingStatus(MeetingStatus status);
QColor initiativeKind(InitiativeKind kind);
/// What became of a prompt: done, snoozed, dismissed.
QColor promptState(PromptStateKind state);
/// Prompts raised (the follow-through chart's first bar).
QColor promptsRaised();
QColor severity(Severity severity);
/// The n-th of ten distinct colours that read on light and dark backgrounds,
/// for series without a meaning of their own (the board's areas).
QColor qualitative(int n);

} // namespace rd::ui::theme
