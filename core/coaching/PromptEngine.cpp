#include "PromptEngine.h"

#include "CoachingSnapshot.h"
#include "rules/RuleCatalogue.h"

#include <algorithm>
#include <QHash>

namespace rd {

QList<Prompt> PromptEngine::evaluate(const TeamLog& log, QDate asOf) const
{
    const CoachingSnapshot snapshot(log, asOf);
    QList<Prompt> prompts;
    for (const auto& rule : coaching::ruleCatalogue())
        rule->evaluate(RuleInput(snapshot, m_thresholds, rule->id()), prompts);

    QHash<QString, int> perPerson;
    for (const Prompt& p : prompts)
        ++perPerson[p.personId];
    std::stable_sort(prompts.begin(), prompts.end(),
                     [&perPerson](const Prompt& a, const Prompt& b) {
                         if (a.severity != b.severity)
                             return a.severity > b.severity;
                         const int countA = perPerson.value(a.personId);
                         const int countB = perPerson.value(b.personId);
                         if (countA != countB)
                             return countA > countB;
                         if (a.personId != b.personId)
                             return a.personId < b.personId;
                         return a.rule < b.rule;
                     });
    return prompts;
}

QList<Prompt> PromptEngine::withoutHandled(const QList<Prompt>& prompts,
                                           const QList<PromptState>& states, QDate asOf)
{
    QHash<QString, const PromptState*> byKey;
    for (const PromptState& s : states)
        byKey.insert(s.key, &s);
    QList<Prompt> active;
    for (const Prompt& p : prompts) {
        const PromptState* s = byKey.value(p.key);
        const bool handled =
            s && (s->state != PromptStateKind::Snoozed || (s->until.isValid() && s->until > asOf));
        if (!handled)
            active << p;
    }
    return active;
}

QList<Prompt> PromptEngine::activePrompts(const TeamLog& log, QDate asOf) const
{
    return withoutHandled(evaluate(log, asOf), log.promptStates, asOf);
}

} // namespace rd
