// check-in-heavy: delegated decisions watched over with many check-ins.
#include "RuleCatalogue.h"

namespace rd::coaching {

class CheckInHeavy final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(rd::coaching::CheckInHeavy)

public:
    QString id() const override { return QStringLiteral("check-in-heavy"); }
    Lever lever() const override { return Lever::CoachNotControl; }
    Severity severity() const override { return Severity::Nudge; }
    QList<ThresholdSpec> thresholds() const override
    {
        return {threshold("windowDays", 90, 7, 730,
                          QT_TRANSLATE_NOOP("rd::Thresholds", "Days to look back")),
                threshold("minLevel", 5, MinLevel, MaxLevel,
                          QT_TRANSLATE_NOOP("rd::Thresholds", "Lowest level where they decide")),
                threshold("minCheckIns", 3, 1, 100,
                          QT_TRANSLATE_NOOP("rd::Thresholds",
                                            "Check-ins on one decision before it fires"))};
    }

    void evaluate(const RuleInput& in, QList<Prompt>& out) const override
    {
        for (const PersonLog& who : in.snapshot.people()) {
            QList<const Decision*> found;
            for (const Decision* d : who.decisions) {
                if (in.snapshot.within(d->date, in.setting("windowDays")) &&
                    toInt(d->level) >= in.count("minLevel") &&
                    d->checkIns >= in.count("minCheckIns"))
                    found << d;
            }
            if (found.isEmpty())
                continue;
            Prompt p = prompt(&who, found.last()->date);
            p.title = tr("You checked in often on decisions that were %1's to make")
                          .arg(who.person->name);
            for (const Decision* d : found)
                p.evidence
                    << tr("%1: %n check-in(s)", nullptr, d->checkIns).arg(evidence::decision(*d));
            p.why = tr("Checking in on a decision you delegated is control by another name. Agree "
                       "how you will hear about progress, then let go.");
            p.question =
                tr("How would you like to keep me informed, so that I do not need to ask?");
            p.action = tr("Agree one moment for an update with %1 and skip the checks in between.")
                           .arg(who.person->name);
            out << p;
        }
    }
};

std::unique_ptr<const Rule> makeCheckInHeavy()
{
    return std::make_unique<CheckInHeavy>();
}

} // namespace rd::coaching
