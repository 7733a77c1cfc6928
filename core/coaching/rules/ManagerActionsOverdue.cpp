// manager-actions-overdue: the manager's own promises are late.
#include "RuleCatalogue.h"

namespace rd::coaching {

class ManagerActionsOverdue final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(rd::coaching::ManagerActionsOverdue)

public:
    QString id() const override { return QStringLiteral("manager-actions-overdue"); }
    Lever lever() const override { return Lever::Transparency; }
    Severity severity() const override { return Severity::Important; }
    QList<ThresholdSpec> thresholds() const override
    {
        return {threshold(
            "minActions", 1, 1, 50,
            QT_TRANSLATE_NOOP("rd::Thresholds", "Overdue actions of yours before it fires"))};
    }

    void evaluate(const RuleInput& in, QList<Prompt>& out) const override
    {
        const QDate asOf = in.snapshot.asOf();
        for (const PersonLog& who : in.snapshot.people()) {
            QStringList lines;
            QDate latestDue;
            for (const OneOnOne* m : who.meetings) {
                for (const ActionItem& a : m->actions) {
                    const bool open = !a.doneOn.isValid() || a.doneOn > asOf;
                    if (a.owner != Party::Manager || !open || !a.due.isValid() || a.due >= asOf)
                        continue;
                    lines << tr("\"%1\", agreed %2, due %3")
                                 .arg(a.text, evidence::date(m->date), evidence::date(a.due));
                    latestDue = std::max(latestDue, a.due);
                }
            }
            if (lines.isEmpty() || lines.size() < in.count("minActions"))
                continue;
            Prompt p = prompt(&who, latestDue);
            p.title = tr("%n of your own action(s) for %1 are overdue", nullptr, int(lines.size()))
                          .arg(who.person->name);
            p.evidence = lines;
            p.why = tr("Keeping your own promises is the most visible form of transparency. People "
                       "take their commitments as seriously as you take yours.");
            p.question = tr("Is there anything you are waiting on from me that holds you back?");
            p.action = tr("Finish or renegotiate your overdue actions for %1 before your next 1:1.")
                           .arg(who.person->name);
            out << p;
        }
    }
};

std::unique_ptr<const Rule> makeManagerActionsOverdue()
{
    return std::make_unique<ManagerActionsOverdue>();
}

} // namespace rd::coaching
