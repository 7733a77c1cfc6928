// decision-review-overdue: a delegated decision was never looked back on.
#include "RuleCatalogue.h"

namespace rd::coaching {

class DecisionReviewOverdue final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(rd::coaching::DecisionReviewOverdue)

public:
    QString id() const override { return QStringLiteral("decision-review-overdue"); }
    Lever lever() const override { return Lever::Transparency; }
    Severity severity() const override { return Severity::Nudge; }
    QList<ThresholdSpec> thresholds() const override
    {
        return {threshold(
            "graceDays", 0, 0, 90,
            QT_TRANSLATE_NOOP("rd::Thresholds", "Days past the review date before it fires"))};
    }

    void evaluate(const RuleInput& in, QList<Prompt>& out) const override
    {
        for (const PersonLog& who : in.snapshot.people()) {
            QList<const Decision*> found;
            for (const Decision* d : who.decisions) {
                if (d->outcome == DecisionOutcome::Pending && d->reviewOn.isValid() &&
                    in.snapshot.daysAgo(d->reviewOn) > in.count("graceDays"))
                    found << d;
            }
            if (found.isEmpty())
                continue;
            Prompt p = prompt(&who, found.last()->reviewOn);
            p.title =
                tr("%n decision(s) with %1 are past their review date", nullptr, int(found.size()))
                    .arg(who.person->name);
            for (const Decision* d : found)
                p.evidence << tr("%1, review was due %2")
                                  .arg(evidence::decision(*d), evidence::date(d->reviewOn));
            p.why =
                tr("Closing the loop makes progress visible and turns a decision into learning, "
                   "whatever the outcome.");
            p.question =
                tr("How did it turn out, and what would you do the same or differently next time?");
            p.action = tr("Review the open decisions with %1 and log their outcome and learning.")
                           .arg(who.person->name);
            out << p;
        }
    }
};

std::unique_ptr<const Rule> makeDecisionReviewOverdue()
{
    return std::make_unique<DecisionReviewOverdue>();
}

} // namespace rd::coaching
