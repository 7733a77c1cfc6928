// decision-overridden: the manager overrode or took back delegated decisions.
#include "RuleCatalogue.h"

namespace rd::coaching {

class DecisionOverridden final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(rd::coaching::DecisionOverridden)

public:
    QString id() const override { return QStringLiteral("decision-overridden"); }
    Lever lever() const override { return Lever::CoachNotControl; }
    Severity severity() const override { return Severity::Important; }
    QList<ThresholdSpec> thresholds() const override
    {
        return {
            threshold("windowDays", 90, 7, 730,
                      QT_TRANSLATE_NOOP("rd::Thresholds", "Days to look back")),
            threshold("minOverridden", 2, 1, 50,
                      QT_TRANSLATE_NOOP("rd::Thresholds", "Overridden decisions before it fires")),
            threshold(
                "highLevel", 6, MinLevel, MaxLevel,
                QT_TRANSLATE_NOOP("rd::Thresholds", "Level from which one override is enough"))};
    }

    void evaluate(const RuleInput& in, QList<Prompt>& out) const override
    {
        for (const PersonLog& who : in.snapshot.people()) {
            QList<const Decision*> found;
            bool high = false;
            for (const Decision* d : who.decisions) {
                if (!d->overridden || !in.snapshot.within(d->date, in.setting("windowDays")))
                    continue;
                found << d;
                high = high || toInt(d->level) >= in.count("highLevel");
            }
            if (found.isEmpty() || (found.size() < in.count("minOverridden") && !high))
                continue;
            Prompt p = prompt(&who, found.last()->date);
            p.title = tr("You overrode %n decision(s) delegated to %1", nullptr, int(found.size()))
                          .arg(who.person->name);
            for (const Decision* d : found)
                p.evidence << evidence::decision(*d);
            p.why =
                tr("Every override teaches that the room was not real. Trust kept is what makes "
                   "people decide next time.");
            p.question =
                tr("How did it feel when I stepped in, and what would you have needed from "
                   "me instead?");
            p.action =
                tr("Next time you want to step in on %1's decision, ask a question first and "
                   "agree beforehand when you would intervene.")
                    .arg(who.person->name);
            out << p;
        }
    }
};

std::unique_ptr<const Rule> makeDecisionOverridden()
{
    return std::make_unique<DecisionOverridden>();
}

} // namespace rd::coaching
