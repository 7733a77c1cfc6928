// one-on-one-overdue: no held one-on-one for longer than the agreed rhythm allows.
#include "RuleCatalogue.h"

#include <cmath>

namespace rd::coaching {

class OneOnOneOverdue final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(rd::coaching::OneOnOneOverdue)

public:
    QString id() const override { return QStringLiteral("one-on-one-overdue"); }
    Lever lever() const override { return Lever::CoachNotControl; }
    Severity severity() const override { return Severity::Important; }
    QList<ThresholdSpec> thresholds() const override
    {
        return {threshold(
            "cadenceFactor", 1.5, 1.0, 10.0,
            QT_TRANSLATE_NOOP("rd::Thresholds", "Overdue after this many times the cadence"))};
    }

    void evaluate(const RuleInput& in, QList<Prompt>& out) const override
    {
        for (const PersonLog& who : in.snapshot.people()) {
            const auto last = CoachingSnapshot::lastHeld(who, 1);
            const QDate since = last.isEmpty() ? who.joined() : last.first()->date;
            if (!since.isValid())
                continue;
            const qint64 days = in.snapshot.daysAgo(since);
            const double limit = in.setting("cadenceFactor") * who.person->cadenceDays;
            if (double(days) <= limit)
                continue;
            Prompt p = prompt(&who, since);
            p.evidenceOn = in.snapshot.asOf(); // an absence, true today
            // Never "since your last one-on-one" when there has been none.
            p.title = (last.isEmpty()
                           ? tr("No one-on-one with %1 yet, %n day(s) after they joined", nullptr,
                                int(days))
                           : tr("%n day(s) since your last one-on-one with %1", nullptr, int(days)))
                          .arg(who.person->name);
            p.evidence << (last.isEmpty()
                               ? tr("No one-on-one held since %1 joined on %2.")
                                     .arg(who.person->name, evidence::date(since))
                               : tr("Last held one-on-one: %1.").arg(evidence::date(since)));
            p.evidence << tr("Agreed rhythm: every %n day(s).", nullptr, who.person->cadenceDays);
            p.why = tr("A steady rhythm says: your questions matter to me. When one-on-ones slip, "
                       "people stop saving things up for them.");
            // A first meeting asks about the person, not about "since we last spoke".
            p.question = last.isEmpty()
                             ? tr("What would you like our one-on-ones to be about?")
                             : tr("What has happened since we last spoke that I should know "
                                  "about?");
            p.action =
                (last.isEmpty() ? tr("Book your first one-on-one with %1 this week, and keep it.")
                                : tr("Book your next one-on-one with %1 this week, and keep it."))
                    .arg(who.person->name);
            out << p;
        }
    }
};

std::unique_ptr<const Rule> makeOneOnOneOverdue()
{
    return std::make_unique<OneOnOneOverdue>();
}

} // namespace rd::coaching
