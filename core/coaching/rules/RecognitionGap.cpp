// recognition-gap: others get recognised, this person does not.
#include "RuleCatalogue.h"

namespace rd::coaching {

class RecognitionGap final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(rd::coaching::RecognitionGap)

public:
    QString id() const override { return QStringLiteral("recognition-gap"); }
    Lever lever() const override { return Lever::RewardInitiative; }
    Severity severity() const override { return Severity::Nudge; }
    QList<ThresholdSpec> thresholds() const override
    {
        return {threshold(
            "windowDays", 45, 7, 365,
            QT_TRANSLATE_NOOP("rd::Thresholds", "Days without recognition before it fires"))};
    }

    void evaluate(const RuleInput& in, QList<Prompt>& out) const override
    {
        const double window = in.setting("windowDays");
        auto lastRecognition = [&](const PersonLog& who) {
            QDate last;
            for (const Initiative* i : who.initiatives) {
                if (i->recognisedOn.isValid() && i->recognisedOn <= in.snapshot.asOf())
                    last = std::max(last, i->recognisedOn);
            }
            return last;
        };
        QList<QDate> last;
        int recognisedRecently = 0;
        for (const PersonLog& who : in.snapshot.people()) {
            last << lastRecognition(who);
            recognisedRecently += in.snapshot.within(last.last(), window) ? 1 : 0;
        }
        for (qsizetype n = 0; n < in.snapshot.people().size(); ++n) {
            const PersonLog& who = in.snapshot.people().at(n);
            const QDate joined = who.joined();
            const bool recent = in.snapshot.within(last.at(n), window);
            if (recent || recognisedRecently == 0 || !joined.isValid() ||
                in.snapshot.daysAgo(joined) < qint64(window))
                continue;
            Prompt p = prompt(&who, last.at(n).isValid() ? last.at(n) : joined);
            p.evidenceOn = in.snapshot.asOf(); // an absence, true today
            p.title = tr("No recognition for %1 in the last %n day(s)", nullptr, int(window))
                          .arg(who.person->name);
            p.evidence
                << (last.at(n).isValid()
                        ? tr("Last recognition: %1.").arg(evidence::date(last.at(n)))
                        : tr("Never recognised since joining on %1.").arg(evidence::date(joined)));
            p.evidence << tr("%n other team member(s) were recognised in the same period.", nullptr,
                             recognisedRecently);
            p.why =
                tr("Everyone contributes something worth naming. A gap in recognition is easily "
                   "read as a gap in appreciation.");
            p.question = tr("What are you proud of from the last few weeks?");
            p.action =
                tr("Look for one thing %1 did well this week and tell them what it made possible.")
                    .arg(who.person->name);
            out << p;
        }
    }
};

std::unique_ptr<const Rule> makeRecognitionGap()
{
    return std::make_unique<RecognitionGap>();
}

} // namespace rd::coaching
