// energy-dropping: the energy people report in their 1:1s is falling.
#include "RuleCatalogue.h"

namespace rd::coaching {

class EnergyDropping final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(rd::coaching::EnergyDropping)

public:
    QString id() const override { return QStringLiteral("energy-dropping"); }
    Lever lever() const override { return Lever::PsychologicalSafety; }
    Severity severity() const override { return Severity::Nudge; }
    QList<ThresholdSpec> thresholds() const override
    {
        return {
            threshold("meetings", 3, 2, 20,
                      QT_TRANSLATE_NOOP("rd::Thresholds", "Recent held one-on-ones to look at")),
            threshold("minDrop", 2, 1, 4,
                      QT_TRANSLATE_NOOP("rd::Thresholds", "Drop in energy points that fires"))};
    }

    void evaluate(const RuleInput& in, QList<Prompt>& out) const override
    {
        const int n = in.count("meetings");
        for (const PersonLog& who : in.snapshot.people()) {
            const auto meetings = CoachingSnapshot::lastHeld(
                who, n, [](const OneOnOne& m) { return m.energy.has_value(); });
            if (meetings.isEmpty() || meetings.size() < n)
                continue;
            const int drop = *meetings.first()->energy - *meetings.last()->energy;
            if (drop < in.count("minDrop"))
                continue;
            Prompt p = prompt(&who, meetings.last()->date);
            p.title = tr("%1's energy fell from %2 to %3 over your last one-on-ones")
                          .arg(who.person->name)
                          .arg(*meetings.first()->energy)
                          .arg(*meetings.last()->energy);
            for (const OneOnOne* m : meetings)
                p.evidence << tr("%1: energy %2 of 5").arg(evidence::meeting(*m)).arg(*m->energy);
            p.why =
                tr("Energy is what people tell you when they feel safe to. Steer on energy, not "
                   "only on results: it tells you what the numbers do not.");
            p.question =
                tr("What gives you energy in your work at the moment, and what costs you energy?");
            p.action = tr("Ask %1 about their energy first thing in your next 1:1, and listen.")
                           .arg(who.person->name);
            out << p;
        }
    }
};

std::unique_ptr<const Rule> makeEnergyDropping()
{
    return std::make_unique<EnergyDropping>();
}

} // namespace rd::coaching
