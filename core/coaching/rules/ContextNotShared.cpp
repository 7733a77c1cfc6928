// context-not-shared: goals, results and decisions stay with the manager.
#include "RuleCatalogue.h"

namespace rd::coaching {

class ContextNotShared final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(rd::coaching::ContextNotShared)

public:
    QString id() const override { return QStringLiteral("context-not-shared"); }
    Lever lever() const override { return Lever::Transparency; }
    Severity severity() const override { return Severity::Nudge; }
    QList<ThresholdSpec> thresholds() const override
    {
        return {
            threshold("meetings", 3, 1, 20,
                      QT_TRANSLATE_NOOP("rd::Thresholds", "Recent held one-on-ones to look at"))};
    }

    void evaluate(const RuleInput& in, QList<Prompt>& out) const override
    {
        const int n = in.count("meetings");
        for (const PersonLog& who : in.snapshot.people()) {
            const auto meetings =
                CoachingSnapshot::lastHeldWithout(who, n, &OneOnOne::contextShared);
            if (meetings.isEmpty())
                continue;
            Prompt p = prompt(&who, meetings.last()->date);
            p.title = tr("No context shared in your last %n one-on-one(s) with %1", nullptr,
                         int(meetings.size()))
                          .arg(who.person->name);
            for (const OneOnOne* m : meetings)
                p.evidence << evidence::meeting(*m);
            p.why = tr("Knowing what is going on (goals, results, decisions) is what lets people "
                       "make good choices without asking.");
            p.question = tr("What would you like to know more about: our goals, our results or the "
                            "decisions being made?");
            p.action = tr("Start your next one-on-one with %1 with five minutes on one goal, one "
                          "result and one decision.")
                           .arg(who.person->name);
            out << p;
        }
    }
};

std::unique_ptr<const Rule> makeContextNotShared()
{
    return std::make_unique<ContextNotShared>();
}

} // namespace rd::coaching
