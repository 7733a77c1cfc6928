// no-delegation-agreement: nobody agreed where this person's autonomy lies.
#include "RuleCatalogue.h"

namespace rd::coaching {

class NoDelegationAgreement final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(rd::coaching::NoDelegationAgreement)

public:
    QString id() const override { return QStringLiteral("no-delegation-agreement"); }
    Lever lever() const override { return Lever::TrustConcrete; }
    Severity severity() const override { return Severity::Nudge; }
    QList<ThresholdSpec> thresholds() const override
    {
        return {threshold(
            "daysSinceJoined", 30, 1, 365,
            QT_TRANSLATE_NOOP("rd::Thresholds", "Days in the team before an agreement is due"))};
    }

    void evaluate(const RuleInput& in, QList<Prompt>& out) const override
    {
        for (const PersonLog& who : in.snapshot.people()) {
            const QDate joined = who.joined();
            if (!joined.isValid() || !who.board.isEmpty() ||
                in.snapshot.daysAgo(joined) < in.count("daysSinceJoined"))
                continue;
            Prompt p = prompt(&who, joined);
            p.evidenceOn = in.snapshot.asOf(); // an absence, true today
            p.title = tr("No delegation agreement with %1 yet").arg(who.person->name);
            p.evidence << tr("Joined %1, %n day(s) ago; no cell on the delegation board.", nullptr,
                             int(in.snapshot.daysAgo(joined)))
                              .arg(evidence::date(joined));
            p.why = tr("Trust becomes concrete when you agree, per decision area, how much room "
                       "someone has. Without it they have to guess.");
            p.question =
                tr("In which areas would you like to decide more yourself, and where do you "
                   "want me involved?");
            p.action = tr("Fill in two or three areas of the delegation board together with %1.")
                           .arg(who.person->name);
            out << p;
        }
    }
};

std::unique_ptr<const Rule> makeNoDelegationAgreement()
{
    return std::make_unique<NoDelegationAgreement>();
}

} // namespace rd::coaching
