// autonomy-taken-after-failure: a failure was answered by taking room away.
#include "RuleCatalogue.h"

namespace rd::coaching {

class AutonomyTakenAfterFailure final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(rd::coaching::AutonomyTakenAfterFailure)

public:
    QString id() const override { return QStringLiteral("autonomy-taken-after-failure"); }
    Lever lever() const override { return Lever::PsychologicalSafety; }
    Severity severity() const override { return Severity::Important; }
    QList<ThresholdSpec> thresholds() const override
    {
        return {threshold("windowDays", 90, 7, 730,
                          QT_TRANSLATE_NOOP("rd::Thresholds", "Days to look back")),
                threshold("followDays", 30, 1, 365,
                          QT_TRANSLATE_NOOP("rd::Thresholds",
                                            "Days after a failure in which a lower level counts"))};
    }

    void evaluate(const RuleInput& in, QList<Prompt>& out) const override
    {
        const QDate asOf = in.snapshot.asOf();
        for (const PersonLog& who : in.snapshot.people()) {
            QStringList lines;
            QDate period;
            for (const Decision* failed : who.decisions) {
                if (failed->outcome != DecisionOutcome::Failed ||
                    !in.snapshot.within(failed->date, in.setting("windowDays")))
                    continue;
                const QDate until = std::min(asOf, failed->date.addDays(in.count("followDays")));
                auto follows = [&](QDate d) {
                    return d > failed->date && d <= until;
                };
                QStringList after;
                for (qsizetype n = 0; n < who.board.size(); ++n) {
                    const BoardEntry& b = *who.board.at(n);
                    if (b.area != failed->area || !follows(b.agreedOn))
                        continue;
                    DelegationLevel before = failed->level;
                    for (qsizetype k = n - 1; k >= 0; --k) {
                        if (who.board.at(k)->area == b.area) {
                            before = who.board.at(k)->level;
                            break;
                        }
                    }
                    if (toInt(b.level) < toInt(before))
                        after << tr("%1 · board cell %2 lowered from %3 to %4")
                                     .arg(evidence::date(b.agreedOn), b.area, levelDisplay(before),
                                          levelDisplay(b.level));
                }
                for (const Decision* d : who.decisions) {
                    if (d->area == failed->area && follows(d->date) &&
                        toInt(d->level) < toInt(failed->level))
                        after << evidence::decision(*d);
                }
                if (after.isEmpty())
                    continue;
                lines << tr("%1 · failed").arg(evidence::decision(*failed)) << after;
                period = failed->date;
            }
            if (lines.isEmpty())
                continue;
            Prompt p = prompt(&who, period);
            p.title =
                tr("After a failed decision you took autonomy back from %1").arg(who.person->name);
            p.evidence = lines;
            p.why =
                tr("Taking room away after a failure teaches that trying is risky. Safety means "
                   "a failed attempt is met with learning, not with control.");
            p.question = tr("What would help you take this on again with confidence?");
            p.action =
                tr("Discuss what was learned with %1 and agree when the area goes back to its "
                   "earlier level.")
                    .arg(who.person->name);
            out << p;
        }
    }
};

std::unique_ptr<const Rule> makeAutonomyTakenAfterFailure()
{
    return std::make_unique<AutonomyTakenAfterFailure>();
}

} // namespace rd::coaching
