#include "Week.h"

#include "CoachingSnapshot.h"
#include "schedule/Plans.h"

#include <algorithm>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <tuple>

namespace rd {

namespace {

DueWhen dueWhen(qint64 daysUntil, QDate asOf)
{
    if (daysUntil < 0)
        return DueWhen::Overdue;
    if (daysUntil == 0)
        return DueWhen::Today;
    const qint64 toSunday = 7 - asOf.dayOfWeek(); // ISO: Monday 1 … Sunday 7
    return daysUntil <= toSunday ? DueWhen::ThisWeek : DueWhen::Later;
}

int openItemsOf(const PersonLog& who, const OneOnOne* last, QDate asOf)
{
    int open = 0;
    for (const OneOnOne* m : who.meetings) {
        for (const ActionItem& a : m->actions)
            open += !a.doneOn.isValid() || a.doneOn > asOf ? 1 : 0;
    }
    if (last) {
        for (const AgendaItem& item : last->agenda)
            open += item.covered ? 0 : 1;
    }
    return open;
}

/// A severity as a rank, highest first; stale evidence one level lower.
int severityRank(const Prompt& p, bool stale)
{
    const int rank = p.severity == Severity::Important ? 2 : p.severity == Severity::Nudge ? 1 : 0;
    return stale ? std::max(rank - 1, 0) : rank;
}

} // namespace

QString evidenceAgeText(qint64 days)
{
    // Months once a day count stops meaning much; a month as 30 days is close
    // enough for "how old is this".
    constexpr qint64 DaysShownUpTo = 60;
    if (days <= 0)
        return QCoreApplication::translate("rd::Week", "today");
    if (days <= DaysShownUpTo)
        return QCoreApplication::translate("rd::Week", "%n day(s) ago", nullptr, int(days));
    const int months = int(days / 30); // (lupdate hangs on arithmetic inside translate())
    return QCoreApplication::translate("rd::Week", "%n month(s) ago", nullptr, months);
}

QString dueText(const NextOneOnOne& next)
{
    if (next.planned)
        return QCoreApplication::translate("rd::Week", "planned %1")
            .arg(planText(*next.planned, next.due.addDays(-next.daysUntil)));
    if (next.daysUntil < 0)
        return QCoreApplication::translate("rd::Week", "%n day(s) over", nullptr,
                                           int(-next.daysUntil));
    if (next.daysUntil == 0)
        return QCoreApplication::translate("rd::Week", "due today");
    return QCoreApplication::translate("rd::Week", "due in %n day(s)", nullptr,
                                       int(next.daysUntil));
}

QList<NextOneOnOne> nextOneOnOnes(const TeamLog& log, QDate asOf)
{
    return nextOneOnOnes(CoachingSnapshot(log, asOf), log);
}

QList<NextOneOnOne> nextOneOnOnes(const CoachingSnapshot& snapshot, const TeamLog& log)
{
    const QDate asOf = snapshot.asOf();
    const QHash<QString, PlannedOneOnOne> plans = nextPlans(log, asOf);
    QList<NextOneOnOne> next;
    next.reserve(snapshot.people().size());
    for (const PersonLog& who : snapshot.people()) {
        const QList<const OneOnOne*> last = CoachingSnapshot::lastHeld(who, 1);
        NextOneOnOne n;
        n.personId = who.person->id;
        n.personName = who.person->name;
        if (!last.isEmpty()) {
            n.lastHeld = last.first()->date;
            n.suggested = last.first()->date.addDays(who.person->cadenceDays);
        } else {
            const QDate joined = who.joined();
            n.suggested = joined.isValid() && joined <= asOf ? joined : asOf;
        }
        if (const auto plan = plans.constFind(n.personId); plan != plans.cend())
            n.planned = *plan;
        n.due = n.planned ? n.planned->date : n.suggested;
        n.daysUntil = asOf.daysTo(n.due);
        n.when = dueWhen(n.daysUntil, asOf);
        n.openItems = openItemsOf(who, last.isEmpty() ? nullptr : last.first(), asOf);
        next << n;
    }
    // On one day, the planned ones by their time (a whole day first), then by name.
    const auto at = [](const NextOneOnOne& n) {
        return n.planned && !n.planned->isAllDay() ? n.planned->time.msecsSinceStartOfDay() : -1;
    };
    std::stable_sort(next.begin(), next.end(), [&at](const NextOneOnOne& a, const NextOneOnOne& b) {
        return std::tuple(a.due, at(a), std::cref(a.personName), std::cref(a.personId)) <
               std::tuple(b.due, at(b), std::cref(b.personName), std::cref(b.personId));
    });
    return next;
}

QList<FocusPrompt> rankFocus(const QList<Prompt>& open, const QList<NextOneOnOne>& next, QDate asOf,
                             int count)
{
    QHash<QString, DueWhen> due;
    for (const NextOneOnOne& n : next)
        due.insert(n.personId, n.when);
    // Ranked by pointer: a large team has thousands of open signals, and
    // sorting copies of them was most of the week's time.
    struct Candidate
    {
        const Prompt* prompt;
        qint64 age;
        bool stale;
        int severity;
        DueWhen when;
    };
    QList<Candidate> candidates;
    candidates.reserve(open.size());
    for (const Prompt& p : open) {
        if (p.severity == Severity::Info)
            continue; // acknowledged among the wins
        const qint64 age = p.evidenceOn.isValid() ? p.evidenceOn.daysTo(asOf) : 0;
        const bool stale = age > StaleEvidenceDays;
        candidates << Candidate{&p, age, stale, severityRank(p, stale),
                                p.personId.isEmpty() ? DueWhen::Later
                                                     : due.value(p.personId, DueWhen::Later)};
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) {
                         // Higher severity, sooner 1:1, fresher evidence, then name and key.
                         return std::forward_as_tuple(-a.severity, int(a.when), a.age,
                                                      a.prompt->personName, a.prompt->key) <
                                std::forward_as_tuple(-b.severity, int(b.when), b.age,
                                                      b.prompt->personName, b.prompt->key);
                     });
    // One per person (the team counts as one) while others are waiting; then
    // the rest, best first. Shown in ranked order.
    QList<qsizetype> picked;
    QSet<QString> people;
    for (qsizetype n = 0; n < candidates.size() && picked.size() < count; ++n) {
        const QString& person = candidates.at(n).prompt->personId;
        if (!people.contains(person)) {
            people.insert(person);
            picked << n;
        }
    }
    for (qsizetype n = 0; n < candidates.size() && picked.size() < count; ++n) {
        if (!picked.contains(n))
            picked << n;
    }
    std::sort(picked.begin(), picked.end());
    QList<FocusPrompt> chosen;
    for (qsizetype n : std::as_const(picked)) {
        const Candidate& c = candidates.at(n);
        chosen << FocusPrompt{*c.prompt, c.age, c.stale};
    }
    return chosen;
}

QList<Win> recentWins(const TeamLog& log, const QList<Prompt>& open, QDate asOf)
{
    return recentWins(CoachingSnapshot(log, asOf), open);
}

QList<Win> recentWins(const CoachingSnapshot& snapshot, const QList<Prompt>& open)
{
    const QDate asOf = snapshot.asOf();
    QList<Win> wins;
    for (const Prompt& p : open) {
        if (p.rule == QLatin1StringView("trust-growing"))
            wins << Win{WinKind::TrustGrowing, p.personId, p.personName,
                        p.evidenceOn.isValid() ? p.evidenceOn : asOf, p.title};
    }
    for (const PersonLog& who : snapshot.people()) {
        for (const Initiative* i : who.initiatives) {
            if (i->recognisedOn.isValid() && snapshot.within(i->recognisedOn, WinWindowDays))
                wins << Win{WinKind::Recognised, who.person->id, who.person->name, i->recognisedOn,
                            i->description};
        }
        for (const Decision* d : who.decisions) {
            const QDate when = std::max(d->date, d->reviewOn.isValid() ? d->reviewOn : d->date);
            if (d->outcome == DecisionOutcome::Succeeded &&
                toInt(d->level) >= toInt(DelegationLevel::Advise) &&
                snapshot.within(when, WinWindowDays))
                wins << Win{WinKind::DecisionWentWell, who.person->id, who.person->name, when,
                            d->title};
        }
    }
    std::stable_sort(wins.begin(), wins.end(), [](const Win& a, const Win& b) {
        return std::tie(b.date, a.personName, a.text) < std::tie(a.date, b.personName, b.text);
    });
    if (wins.size() > MostWins)
        wins.resize(MostWins);
    return wins;
}

FirstWeek firstWeekOf(const TeamLog& log, QDate asOf)
{
    FirstWeek steps;
    for (const Person& p : log.people)
        steps.peopleAdded |= !p.archived;
    for (const BoardEntry& b : log.board)
        steps.areaAgreed |= b.agreedOn <= asOf;
    for (const OneOnOne& m : log.oneOnOnes)
        steps.oneOnOneLogged |= m.status == MeetingStatus::Held && m.date <= asOf;
    for (const Decision& d : log.decisions)
        steps.decisionLogged |= d.date <= asOf;
    for (const Initiative& i : log.initiatives)
        steps.initiativeRecognised |= recognisedBy(i, asOf);
    return steps;
}

QString firstWeekTitle()
{
    return QCoreApplication::translate("rd::Week", "Your first week");
}

QList<FirstWeekStep> firstWeekSteps(const FirstWeek& steps)
{
    const auto step = [](bool done, const char* text) {
        return FirstWeekStep{done, QCoreApplication::translate("rd::Week", text)};
    };
    return {
        step(steps.peopleAdded,
             QT_TRANSLATE_NOOP("rd::Week", "Add your team members and how often you meet each")),
        step(steps.areaAgreed,
             QT_TRANSLATE_NOOP("rd::Week", "Agree one area on the delegation board")),
        step(steps.oneOnOneLogged, QT_TRANSLATE_NOOP("rd::Week", "Log your first one-on-one")),
        step(steps.decisionLogged, QT_TRANSLATE_NOOP("rd::Week", "Log a decision you delegated")),
        step(steps.initiativeRecognised, QT_TRANSLATE_NOOP("rd::Week", "Recognise an initiative")),
    };
}

Week weekOf(const TeamLog& log, const QList<Prompt>& open, QDate asOf, int focusCount)
{
    Week week;
    week.asOf = asOf;
    // One index of the logs for both: building it is most of the week's cost.
    const CoachingSnapshot snapshot(log, asOf);
    week.next = nextOneOnOnes(snapshot, log);
    week.focus = rankFocus(open, week.next, asOf, focusCount);
    week.openPrompts = int(open.size());
    week.wins = recentWins(snapshot, open);
    week.firstWeek = firstWeekOf(log, asOf);
    return week;
}

} // namespace rd
