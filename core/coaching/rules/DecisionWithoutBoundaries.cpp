// decision-without-boundaries: room given without the kaders that make it safe.
#include "RuleCatalogue.h"

namespace rd::coaching {

class DecisionWithoutBoundaries final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(rd::coaching::DecisionWithoutBoundaries)

public:
    QString id() const override { return QStringLiteral("decision-without-boundaries"); }
    Lever lever() const override { return Lever::TrustConcrete; }
    Severity severity() const override { return Severity::Nudge; }
    QList<ThresholdSpec> thresholds() const override
    {
        return {threshold("windowDays", 60, 7, 730,
                          QT_TRANSLATE_NOOP("rd::Thresholds", "Days to look back")),
                threshold("minLevel", 4, MinLevel, MaxLevel,
                          QT_TRANSLATE_NOOP("rd::Thresholds",
                                            "Lowest delegation level that needs boundaries")),
                threshold("minDecisions", 1, 1, 50,
                          QT_TRANSLATE_NOOP("rd::Thresholds",
                                            "Decisions without boundaries before it fires"))};
    }

    void evaluate(const RuleInput& in, QList<Prompt>& out) const override
    {
        for (const PersonLog& who : in.snapshot.people()) {
            QList<const Decision*> found;
            for (const Decision* d : who.decisions) {
                if (in.snapshot.within(d->date, in.setting("windowDays")) &&
                    toInt(d->level) >= in.count("minLevel") && d->boundaries.trimmed().isEmpty())
                    found << d;
            }
            if (found.isEmpty() || found.size() < in.count("minDecisions"))
                continue;
            Prompt p = prompt(&who, found.last()->date);
            p.title =
                tr("%n decision(s) delegated to %1 without boundaries", nullptr, int(found.size()))
                    .arg(who.person->name);
            for (const Decision* d : found)
                p.evidence << evidence::decision(*d);
            p.why = tr("Room without boundaries feels like a test. Knowing the budget, deadline "
                       "and scope makes it safe to decide on one's own.");
            p.question = tr("Which limits do you need to know to decide this on your own?");
            p.action =
                tr("Agree the budget, deadline and scope of %1's open decisions in your next "
                   "one-on-one.")
                    .arg(who.person->name);
            out << p;
        }
    }
};

std::unique_ptr<const Rule> makeDecisionWithoutBoundaries()
{
    return std::make_unique<DecisionWithoutBoundaries>();
}

} // namespace rd::coaching
