#pragma once

#include "domain/TeamLog.h"
#include "Prompt.h"
#include "Thresholds.h"

namespace rd {

/// The coaching engine: pure. Logs and an "as of" date in, prompts out; no
/// database, no clock, no widgets. The same input gives the same output.
class PromptEngine
{
public:
    explicit PromptEngine(Thresholds thresholds = {})
        : m_thresholds(std::move(thresholds))
    {}

    /// Every prompt that fires as of `asOf`, ordered as rules.md says:
    /// severity (important, nudge, info), then the person with the most
    /// prompts, then rule id. Prompt states are not applied.
    QList<Prompt> evaluate(const TeamLog& log, QDate asOf) const;

    /// The prompts still asking for attention: not done, not dismissed and not
    /// snoozed past `asOf`. A new occurrence has a new key and shows again.
    static QList<Prompt> withoutHandled(const QList<Prompt>& prompts,
                                        const QList<PromptState>& states, QDate asOf);

    /// evaluate() then withoutHandled() with the log's own prompt states.
    QList<Prompt> activePrompts(const TeamLog& log, QDate asOf) const;

    const Thresholds& thresholds() const { return m_thresholds; }

private:
    Thresholds m_thresholds;
};

} // namespace rd
