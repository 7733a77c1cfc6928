// failed-initiative-unrecognised: an attempt that did not (fully) work got no recognition.
#include "RuleCatalogue.h"

namespace rd::coaching {

/// True for an initiative this rule speaks for; initiative-unrecognised leaves those alone.
bool isRecentFailedAttempt(const Initiative& i, const CoachingSnapshot& snapshot, double windowDays)
{
    return i.kind == InitiativeKind::Initiative &&
           (i.outcome == InitiativeOutcome::Failed || i.outcome == InitiativeOutcome::Partly) &&
           snapshot.within(i.date, windowDays);
}

class FailedInitiativeUnrecognised final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(rd::coaching::FailedInitiativeUnrecognised)

public:
    QString id() const override { return QStringLiteral("failed-initiative-unrecognised"); }
    Lever lever() const override { return Lever::RewardInitiative; }
    Severity severity() const override { return Severity::Important; }
    QList<ThresholdSpec> thresholds() const override
    {
        return {threshold("windowDays", 90, 7, 730,
                          QT_TRANSLATE_NOOP("rd::Thresholds", "Days to look back"))};
    }

    void evaluate(const RuleInput& in, QList<Prompt>& out) const override
    {
        for (const PersonLog& who : in.snapshot.people()) {
            QList<const Initiative*> found;
            for (const Initiative* i : who.initiatives) {
                if (isRecentFailedAttempt(*i, in.snapshot, in.setting("windowDays")) &&
                    !recognisedBy(*i, in.snapshot.asOf()))
                    found << i;
            }
            if (found.isEmpty())
                continue;
            Prompt p = prompt(&who, found.last()->date);
            p.title =
                tr("%1 took an initiative that did not fully work, and it is not recognised yet")
                    .arg(who.person->name);
            for (const Initiative* i : found)
                p.evidence << evidence::initiative(*i);
            p.why = tr("Recognise the attempt, not only the result. If only successes are noticed, "
                       "people stop trying.");
            p.question = tr("What did you learn from it, and what would you try next?");
            p.action = tr("Thank %1 for taking the initiative, explicitly, before you discuss the "
                          "outcome.")
                           .arg(who.person->name);
            out << p;
        }
    }
};

std::unique_ptr<const Rule> makeFailedInitiativeUnrecognised()
{
    return std::make_unique<FailedInitiativeUnrecognised>();
}

} // namespace rd::coaching
