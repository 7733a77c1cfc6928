// decision-without-why: decisions delegated without their goal.
#include "RuleCatalogue.h"

namespace rd::coaching {

class DecisionWithoutWhy final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(rd::coaching::DecisionWithoutWhy)

public:
    QString id() const override { return QStringLiteral("decision-without-why"); }
    Lever lever() const override { return Lever::TrustConcrete; }
    Severity severity() const override { return Severity::Nudge; }
    QList<ThresholdSpec> thresholds() const override
    {
        return {threshold("windowDays", 60, 7, 730,
                          QT_TRANSLATE_NOOP("rd::Thresholds", "Days to look back")),
                threshold("minDecisions", 2, 1, 50,
                          QT_TRANSLATE_NOOP("rd::Thresholds",
                                            "Decisions without a why before it fires"))};
    }

    void evaluate(const RuleInput& in, QList<Prompt>& out) const override
    {
        for (const PersonLog& who : in.snapshot.people()) {
            QList<const Decision*> found;
            for (const Decision* d : who.decisions) {
                if (in.snapshot.within(d->date, in.setting("windowDays")) &&
                    d->why.trimmed().isEmpty())
                    found << d;
            }
            if (found.isEmpty() || found.size() < in.count("minDecisions"))
                continue;
            Prompt p = prompt(&who, found.last()->date);
            p.title = tr("%n recent decision(s) for %1 have no why", nullptr, int(found.size()))
                          .arg(who.person->name);
            for (const Decision* d : found)
                p.evidence << evidence::decision(*d);
            p.why = tr("People can only take ownership when they know the goal and why it matters: "
                       "direction comes before room.");
            p.question = tr("What do you see as the goal behind the decisions you are working on, "
                            "and how would you know they succeeded?");
            p.action =
                tr("Before you delegate the next decision to %1, write down its why together.")
                    .arg(who.person->name);
            out << p;
        }
    }
};

std::unique_ptr<const Rule> makeDecisionWithoutWhy()
{
    return std::make_unique<DecisionWithoutWhy>();
}

} // namespace rd::coaching
