// initiative-unrecognised: someone took responsibility beyond the ask and nobody said so.
#include "RuleCatalogue.h"

namespace rd::coaching {

bool isRecentFailedAttempt(const Initiative& i, const CoachingSnapshot& snapshot,
                           double windowDays);

class InitiativeUnrecognised final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(rd::coaching::InitiativeUnrecognised)

public:
    QString id() const override { return QStringLiteral("initiative-unrecognised"); }
    Lever lever() const override { return Lever::RewardInitiative; }
    Severity severity() const override { return Severity::Important; }
    QList<ThresholdSpec> thresholds() const override
    {
        return {threshold(
            "waitDays", 7, 0, 90,
            QT_TRANSLATE_NOOP("rd::Thresholds", "Days an initiative may wait for recognition"))};
    }

    void evaluate(const RuleInput& in, QList<Prompt>& out) const override
    {
        // Recent failed and partial attempts are failed-initiative-unrecognised's.
        const double failedWindow =
            in.settingOf(QStringLiteral("failed-initiative-unrecognised.windowDays"));
        for (const PersonLog& who : in.snapshot.people()) {
            QList<const Initiative*> found;
            for (const Initiative* i : who.initiatives) {
                if (i->kind != InitiativeKind::Initiative || recognisedBy(*i, in.snapshot.asOf()) ||
                    in.snapshot.daysAgo(i->date) < in.count("waitDays"))
                    continue;
                if (isRecentFailedAttempt(*i, in.snapshot, failedWindow))
                    continue;
                found << i;
            }
            if (found.isEmpty())
                continue;
            Prompt p = prompt(&who, found.last()->date);
            p.title = tr("%n initiative(s) by %1 not recognised yet", nullptr, int(found.size()))
                          .arg(who.person->name);
            for (const Initiative* i : found)
                p.evidence << evidence::initiative(*i);
            p.why = tr("Initiative that goes unnoticed fades. Recognising it is how a culture of "
                       "ownership grows.");
            p.question = tr("What made you decide to pick this up yourself?");
            p.action =
                tr("Tell %1 what their initiative made possible, in the one-on-one or in front "
                   "of the team.")
                    .arg(who.person->name);
            out << p;
        }
    }
};

std::unique_ptr<const Rule> makeInitiativeUnrecognised()
{
    return std::make_unique<InitiativeUnrecognised>();
}

} // namespace rd::coaching
