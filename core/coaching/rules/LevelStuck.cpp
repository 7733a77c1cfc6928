// level-stuck: every recent decision stays at tell, sell or consult.
#include "RuleCatalogue.h"

#include <algorithm>

namespace rd::coaching {

class LevelStuck final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(rd::coaching::LevelStuck)

public:
    QString id() const override { return QStringLiteral("level-stuck"); }
    Lever lever() const override { return Lever::TrustConcrete; }
    Severity severity() const override { return Severity::Nudge; }
    QList<ThresholdSpec> thresholds() const override
    {
        return {
            threshold("windowDays", 120, 7, 730,
                      QT_TRANSLATE_NOOP("rd::Thresholds", "Days to look back")),
            threshold("minDecisions", 4, 1, 100,
                      QT_TRANSLATE_NOOP("rd::Thresholds", "Decisions needed before it can fire")),
            threshold(
                "maxLevel", 3, MinLevel, MaxLevel,
                QT_TRANSLATE_NOOP("rd::Thresholds", "Highest level that still counts as stuck"))};
    }

    void evaluate(const RuleInput& in, QList<Prompt>& out) const override
    {
        for (const PersonLog& who : in.snapshot.people()) {
            QList<const Decision*> recent;
            bool allLow = true;
            for (const Decision* d : who.decisions) {
                if (!in.snapshot.within(d->date, in.setting("windowDays")))
                    continue;
                recent << d;
                allLow = allLow && toInt(d->level) <= in.count("maxLevel");
            }
            if (recent.isEmpty() || recent.size() < in.count("minDecisions") || !allLow)
                continue;
            Prompt p = prompt(&who, recent.last()->date);
            // The ceiling is a setting: name the level it is, "level 3 (Consult)".
            const DelegationLevel ceiling = nearestLevel(in.count("maxLevel"));
            p.title = tr("All %n recent decision(s) with %1 stayed at level %2 (%3) or below",
                         nullptr, int(recent.size()))
                          .arg(who.person->name)
                          .arg(toInt(ceiling))
                          .arg(label(ceiling));
            for (const Decision* d : recent)
                p.evidence << evidence::decision(*d);
            p.why =
                tr("When you keep deciding yourself, people stop bringing solutions. A small step "
                   "up the delegation levels builds ownership.");
            p.question =
                tr("Which of these decisions could you have taken yourself, with my advice?");
            p.action =
                tr("Pick one area and delegate the next decision in it to %1 at level advise.")
                    .arg(who.person->name);
            out << p;
        }
    }
};

std::unique_ptr<const Rule> makeLevelStuck()
{
    return std::make_unique<LevelStuck>();
}

} // namespace rd::coaching
