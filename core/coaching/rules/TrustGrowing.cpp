// trust-growing (info): the manager is handing over more room. Acknowledge it together.
#include "RuleCatalogue.h"

namespace rd::coaching {

class TrustGrowing final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(rd::coaching::TrustGrowing)

public:
    QString id() const override { return QStringLiteral("trust-growing"); }
    Lever lever() const override { return Lever::TrustConcrete; }
    Severity severity() const override { return Severity::Info; }
    QList<ThresholdSpec> thresholds() const override
    {
        return {threshold("windowDays", 90, 7, 365,
                          QT_TRANSLATE_NOOP("rd::Thresholds", "Days in each window compared")),
                threshold("minDecisions", 2, 1, 50,
                          QT_TRANSLATE_NOOP("rd::Thresholds", "Decisions needed in each window")),
                threshold("minRise", 1, 0.1, 6,
                          QT_TRANSLATE_NOOP("rd::Thresholds", "Rise in mean level that counts")),
                threshold("boardDays", 30, 1, 365,
                          QT_TRANSLATE_NOOP("rd::Thresholds",
                                            "Days in which a raised board cell counts"))};
    }

    void evaluate(const RuleInput& in, QList<Prompt>& out) const override
    {
        const int window = in.count("windowDays");
        for (const PersonLog& who : in.snapshot.people()) {
            double recentSum = 0, earlierSum = 0;
            int recent = 0, earlier = 0;
            for (const Decision* d : who.decisions) {
                const qint64 age = in.snapshot.daysAgo(d->date);
                if (age <= window) {
                    recentSum += toInt(d->level);
                    ++recent;
                } else if (age <= 2 * window) {
                    earlierSum += toInt(d->level);
                    ++earlier;
                }
            }
            QStringList lines;
            QDate period;
            const int minDecisions = in.count("minDecisions");
            if (recent >= minDecisions && earlier >= minDecisions &&
                recentSum / recent - earlierSum / earlier >= in.setting("minRise")) {
                lines << tr("Mean decision level rose from %1 to %2 (%3 and %4 decisions).")
                             .arg(QString::number(earlierSum / earlier, 'f', 1),
                                  QString::number(recentSum / recent, 'f', 1))
                             .arg(earlier)
                             .arg(recent);
                period = in.snapshot.asOf().addDays(-window);
            }
            for (qsizetype n = 0; n < who.board.size(); ++n) {
                const BoardEntry& b = *who.board.at(n);
                if (!in.snapshot.within(b.agreedOn, in.setting("boardDays")))
                    continue;
                for (qsizetype k = n - 1; k >= 0; --k) {
                    const BoardEntry& before = *who.board.at(k);
                    if (before.area != b.area)
                        continue;
                    if (toInt(b.level) > toInt(before.level)) {
                        lines << tr("%1 · board cell %2 raised from %3 to %4")
                                     .arg(evidence::date(b.agreedOn), b.area,
                                          levelDisplay(before.level), levelDisplay(b.level));
                        period = std::max(period, b.agreedOn);
                    }
                    break;
                }
            }
            if (lines.isEmpty())
                continue;
            Prompt p = prompt(&who, period);
            p.title = tr("You are giving %1 more room").arg(who.person->name);
            p.evidence = lines;
            p.why =
                tr("Growing trust deserves to be noticed by both of you: naming it makes the new "
                   "room real and shows the path from control to facilitation.");
            p.question = tr("How does the extra room feel, and where would you like to grow next?");
            p.action = tr("Acknowledge the step with %1 and agree what the next area could be.")
                           .arg(who.person->name);
            out << p;
        }
    }
};

std::unique_ptr<const Rule> makeTrustGrowing()
{
    return std::make_unique<TrustGrowing>();
}

} // namespace rd::coaching
