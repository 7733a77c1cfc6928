// talk-share-high: the manager does most of the talking in the one-on-ones.
#include "RuleCatalogue.h"

namespace rd::coaching {

class TalkShareHigh final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(rd::coaching::TalkShareHigh)

public:
    QString id() const override { return QStringLiteral("talk-share-high"); }
    Lever lever() const override { return Lever::CoachNotControl; }
    Severity severity() const override { return Severity::Important; }
    QList<ThresholdSpec> thresholds() const override
    {
        return {
            threshold("meetings", 3, 1, 20,
                      QT_TRANSLATE_NOOP("rd::Thresholds", "Recent held one-on-ones to look at")),
            threshold(
                "minPercent", 60, 1, 100,
                QT_TRANSLATE_NOOP("rd::Thresholds", "Mean talk share (%) at which it fires"))};
    }

    void evaluate(const RuleInput& in, QList<Prompt>& out) const override
    {
        const int n = in.count("meetings");
        for (const PersonLog& who : in.snapshot.people()) {
            const auto meetings = CoachingSnapshot::lastHeld(
                who, n, [](const OneOnOne& m) { return m.talkSharePercent.has_value(); });
            if (meetings.isEmpty() || meetings.size() < n)
                continue;
            double sum = 0;
            for (const OneOnOne* m : meetings)
                sum += *m->talkSharePercent;
            const double mean = sum / double(meetings.size());
            if (mean < in.setting("minPercent"))
                continue;
            Prompt p = prompt(&who, meetings.last()->date);
            p.title = tr("You did %1 of the talking in your 1:1s with %2")
                          .arg(evidence::percent(mean), who.person->name);
            for (const OneOnOne* m : meetings)
                p.evidence << tr("%1: your talk share %2")
                                  .arg(evidence::meeting(*m),
                                       evidence::percent(*m->talkSharePercent));
            p.why = tr("A one-on-one is their meeting. When you talk most, you steer; when you "
                       "listen, you facilitate.");
            p.question = tr("What is on your mind that we have not talked about yet?");
            p.action = tr("In your next 1:1 with %1, ask an open question and wait until they have "
                          "finished before you answer.")
                           .arg(who.person->name);
            out << p;
        }
    }
};

std::unique_ptr<const Rule> makeTalkShareHigh()
{
    return std::make_unique<TalkShareHigh>();
}

} // namespace rd::coaching
