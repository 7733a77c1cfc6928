#include "RuleNames.h"

#include <QCoreApplication>

namespace rd {

QString ruleName(const QString& ruleId)
{
    static const struct
    {
        const char* id;
        const char* name;
    } names[] = {
        {"decision-without-why", QT_TRANSLATE_NOOP("rd::RuleNames", "Decisions without a why")},
        {"decision-without-boundaries",
         QT_TRANSLATE_NOOP("rd::RuleNames", "Decisions without boundaries")},
        {"no-delegation-agreement", QT_TRANSLATE_NOOP("rd::RuleNames", "No delegation agreement")},
        {"level-stuck", QT_TRANSLATE_NOOP("rd::RuleNames", "Delegation level stuck")},
        {"talk-share-high", QT_TRANSLATE_NOOP("rd::RuleNames", "You talk most in 1:1s")},
        {"agenda-owned-by-manager", QT_TRANSLATE_NOOP("rd::RuleNames", "You own the agenda")},
        {"decision-overridden", QT_TRANSLATE_NOOP("rd::RuleNames", "Decisions overridden")},
        {"check-in-heavy", QT_TRANSLATE_NOOP("rd::RuleNames", "Many check-ins")},
        {"one-on-one-overdue", QT_TRANSLATE_NOOP("rd::RuleNames", "One-on-one overdue")},
        {"one-on-ones-cancelled", QT_TRANSLATE_NOOP("rd::RuleNames", "One-on-ones cancelled")},
        {"context-not-shared", QT_TRANSLATE_NOOP("rd::RuleNames", "Context not shared")},
        {"decision-review-overdue", QT_TRANSLATE_NOOP("rd::RuleNames", "Decision review overdue")},
        {"manager-actions-overdue", QT_TRANSLATE_NOOP("rd::RuleNames", "Your actions overdue")},
        {"initiative-unrecognised",
         QT_TRANSLATE_NOOP("rd::RuleNames", "Initiative not recognised")},
        {"failed-initiative-unrecognised",
         QT_TRANSLATE_NOOP("rd::RuleNames", "Failed attempt not recognised")},
        {"recognition-gap", QT_TRANSLATE_NOOP("rd::RuleNames", "Recognition gap")},
        {"compliance-only-recognition",
         QT_TRANSLATE_NOOP("rd::RuleNames", "Only compliance recognised")},
        {"no-mistakes-discussed", QT_TRANSLATE_NOOP("rd::RuleNames", "No mistakes discussed")},
        {"autonomy-taken-after-failure",
         QT_TRANSLATE_NOOP("rd::RuleNames", "Autonomy taken back after failure")},
        {"energy-dropping", QT_TRANSLATE_NOOP("rd::RuleNames", "Energy dropping")},
        {"trust-growing", QT_TRANSLATE_NOOP("rd::RuleNames", "Trust growing")},
    };
    for (const auto& entry : names) {
        if (ruleId == QLatin1StringView(entry.id))
            return QCoreApplication::translate("rd::RuleNames", entry.name);
    }
    return ruleId;
}

} // namespace rd
