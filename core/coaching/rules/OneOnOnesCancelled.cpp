// one-on-ones-cancelled: the 1:1 is the first meeting to go.
#include "RuleCatalogue.h"

namespace rd::coaching {

class OneOnOnesCancelled final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(rd::coaching::OneOnOnesCancelled)

public:
    QString id() const override { return QStringLiteral("one-on-ones-cancelled"); }
    Lever lever() const override { return Lever::CoachNotControl; }
    Severity severity() const override { return Severity::Nudge; }
    QList<ThresholdSpec> thresholds() const override
    {
        return {threshold(
                    "meetings", 4, 1, 20,
                    QT_TRANSLATE_NOOP("rd::Thresholds", "Recent scheduled one-on-ones to look at")),
                threshold("minCancelled", 2, 1, 20,
                          QT_TRANSLATE_NOOP("rd::Thresholds", "Cancelled ones before it fires"))};
    }

    void evaluate(const RuleInput& in, QList<Prompt>& out) const override
    {
        for (const PersonLog& who : in.snapshot.people()) {
            const QList<const OneOnOne*> recent = who.meetings.mid(
                std::max<qsizetype>(0, who.meetings.size() - in.count("meetings")));
            QList<const OneOnOne*> cancelled;
            for (const OneOnOne* m : recent) {
                if (m->status == MeetingStatus::Cancelled)
                    cancelled << m;
            }
            if (cancelled.isEmpty() || cancelled.size() < in.count("minCancelled"))
                continue;
            Prompt p = prompt(&who, cancelled.last()->date);
            p.title = tr("%1 of your last %2 one-on-ones with %3 were cancelled")
                          .arg(cancelled.size())
                          .arg(recent.size())
                          .arg(who.person->name);
            for (const OneOnOne* m : recent)
                p.evidence << evidence::meeting(*m);
            p.why = tr("A cancelled one-on-one tells someone that everything else comes first. "
                       "Moving it is better than dropping it.");
            p.question =
                tr("Does our one-on-one still work for you in this form and at this time?");
            p.action =
                tr("Move instead of cancel: give %1's next one-on-one a fixed slot you protect.")
                    .arg(who.person->name);
            out << p;
        }
    }
};

std::unique_ptr<const Rule> makeOneOnOnesCancelled()
{
    return std::make_unique<OneOnOnesCancelled>();
}

} // namespace rd::coaching
