// compliance-only-recognition (team): praise goes to doing as asked, not to initiative.
#include "RuleCatalogue.h"

namespace rd::coaching {

class ComplianceOnlyRecognition final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(rd::coaching::ComplianceOnlyRecognition)

public:
    QString id() const override { return QStringLiteral("compliance-only-recognition"); }
    Lever lever() const override { return Lever::RewardInitiative; }
    Severity severity() const override { return Severity::Nudge; }
    QList<ThresholdSpec> thresholds() const override
    {
        return {threshold("windowDays", 90, 7, 730,
                          QT_TRANSLATE_NOOP("rd::Thresholds", "Days to look back")),
                threshold(
                    "minRecognitions", 4, 1, 100,
                    QT_TRANSLATE_NOOP("rd::Thresholds", "Recognitions needed before it can fire")),
                threshold("minCompliancePercent", 70, 1, 100,
                          QT_TRANSLATE_NOOP("rd::Thresholds",
                                            "Share (%) for compliance at which it fires"))};
    }

    void evaluate(const RuleInput& in, QList<Prompt>& out) const override
    {
        int total = 0;
        int compliance = 0;
        QDate latest;
        for (const PersonLog& who : in.snapshot.people()) {
            for (const Initiative* i : who.initiatives) {
                if (!in.snapshot.within(i->recognisedOn, in.setting("windowDays")))
                    continue;
                ++total;
                compliance += i->kind == InitiativeKind::Compliance ? 1 : 0;
                latest = std::max(latest, i->recognisedOn);
            }
        }
        if (total == 0 || total < in.count("minRecognitions"))
            return;
        const double share = 100.0 * compliance / total;
        if (share < in.setting("minCompliancePercent"))
            return;
        Prompt p = prompt(nullptr, latest);
        p.title =
            tr("%1 of your recent recognitions were for compliance").arg(evidence::percent(share));
        p.evidence
            << tr("%1 of %2 recognitions in the last %n day(s) were for doing what was asked.",
                  nullptr, in.count("windowDays"))
                   .arg(compliance)
                   .arg(total);
        p.why =
            tr("What you praise is what you get more of. Recognising only compliance teaches the "
               "team to wait for instructions.");
        p.question =
            tr("Where did you go beyond what was asked recently, even if it did not work out?");
        p.action =
            tr("In the next team meeting, name one initiative someone took, whatever its outcome.");
        out << p;
    }
};

std::unique_ptr<const Rule> makeComplianceOnlyRecognition()
{
    return std::make_unique<ComplianceOnlyRecognition>();
}

} // namespace rd::coaching
