// agenda-owned-by-manager: the manager sets most of the 1:1 agenda.
#include "RuleCatalogue.h"

namespace rd::coaching {

class AgendaOwnedByManager final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(rd::coaching::AgendaOwnedByManager)

public:
    QString id() const override { return QStringLiteral("agenda-owned-by-manager"); }
    Lever lever() const override { return Lever::CoachNotControl; }
    Severity severity() const override { return Severity::Nudge; }
    QList<ThresholdSpec> thresholds() const override
    {
        return {
            threshold("meetings", 3, 1, 20,
                      QT_TRANSLATE_NOOP("rd::Thresholds", "Recent held one-on-ones to look at")),
            threshold(
                "minItems", 3, 1, 100,
                QT_TRANSLATE_NOOP("rd::Thresholds", "Agenda items needed before it can fire")),
            threshold("memberPercent", 40, 1, 100,
                      QT_TRANSLATE_NOOP("rd::Thresholds",
                                        "Fires below this share (%) raised by the member"))};
    }

    void evaluate(const RuleInput& in, QList<Prompt>& out) const override
    {
        for (const PersonLog& who : in.snapshot.people()) {
            const auto meetings = CoachingSnapshot::lastHeld(who, in.count("meetings"));
            int items = 0;
            int byMember = 0;
            for (const OneOnOne* m : meetings) {
                for (const AgendaItem& item : m->agenda) {
                    ++items;
                    byMember += item.raisedBy == Party::Member ? 1 : 0;
                }
            }
            if (items == 0 || items < in.count("minItems"))
                continue;
            const double share = 100.0 * byMember / items;
            if (share >= in.setting("memberPercent"))
                continue;
            Prompt p = prompt(&who, meetings.last()->date);
            p.title = tr("%1 raised only %2 of the agenda items in your last 1:1s")
                          .arg(who.person->name, evidence::percent(share));
            p.evidence << tr("%1 of %2 agenda items raised by %3 over %n one-on-one(s).", nullptr,
                             int(meetings.size()))
                              .arg(byMember)
                              .arg(items)
                              .arg(who.person->name);
            for (const OneOnOne* m : meetings)
                p.evidence << evidence::meeting(*m);
            p.why = tr("Whoever owns the agenda owns the conversation. Letting them set it is the "
                       "simplest way to hand over ownership.");
            p.question = tr("What would you like to put on the agenda for our next one-on-one?");
            p.action = tr("Ask %1 to send the agenda for your next 1:1, and add your points last.")
                           .arg(who.person->name);
            out << p;
        }
    }
};

std::unique_ptr<const Rule> makeAgendaOwnedByManager()
{
    return std::make_unique<AgendaOwnedByManager>();
}

} // namespace rd::coaching
