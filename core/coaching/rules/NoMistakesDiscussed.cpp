// no-mistakes-discussed: setbacks never come up as learning.
#include "RuleCatalogue.h"

namespace rd::coaching {

class NoMistakesDiscussed final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(rd::coaching::NoMistakesDiscussed)

public:
    QString id() const override { return QStringLiteral("no-mistakes-discussed"); }
    Lever lever() const override { return Lever::PsychologicalSafety; }
    Severity severity() const override { return Severity::Nudge; }
    QList<ThresholdSpec> thresholds() const override
    {
        return {
            threshold("meetings", 4, 1, 20,
                      QT_TRANSLATE_NOOP("rd::Thresholds", "Recent held one-on-ones to look at"))};
    }

    void evaluate(const RuleInput& in, QList<Prompt>& out) const override
    {
        const int n = in.count("meetings");
        for (const PersonLog& who : in.snapshot.people()) {
            const auto meetings =
                CoachingSnapshot::lastHeldWithout(who, n, &OneOnOne::mistakeDiscussed);
            if (meetings.isEmpty())
                continue;
            Prompt p = prompt(&who, meetings.last()->date);
            p.title = tr("No mistake or setback discussed in your last %n one-on-one(s) with %1",
                         nullptr, int(meetings.size()))
                          .arg(who.person->name);
            for (const OneOnOne* m : meetings)
                p.evidence << evidence::meeting(*m);
            p.why = tr("When mistakes never come up, they are being hidden, not avoided. Talking "
                       "about them safely is how a team learns.");
            p.question = tr("What did not go as planned lately, and what did you learn from it?");
            p.action =
                tr("Share one mistake of your own with %1 first, and what you learned from it.")
                    .arg(who.person->name);
            out << p;
        }
    }
};

std::unique_ptr<const Rule> makeNoMistakesDiscussed()
{
    return std::make_unique<NoMistakesDiscussed>();
}

} // namespace rd::coaching
