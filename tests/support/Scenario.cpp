#include "Scenario.h"

using namespace Qt::StringLiterals;

namespace rd::test {

Scenario::Scenario()
{
    addPerson(u"sam"_s);
}

Person& Scenario::addPerson(const QString& id, int joinedDaysAgo, int cadence)
{
    log.people.append(
        Person{id, id.at(0).toUpper() + id.mid(1), {}, ago(joinedDaysAgo), cadence, false});
    return log.people.last();
}

OneOnOne& Scenario::held(int daysAgo, const QString& person)
{
    return meeting(daysAgo, MeetingStatus::Held, person);
}

OneOnOne& Scenario::meeting(int daysAgo, MeetingStatus status, const QString& person)
{
    OneOnOne m;
    m.personId = person;
    m.date = ago(daysAgo);
    m.status = status;
    log.oneOnOnes.append(m);
    return log.oneOnOnes.last();
}

Decision& Scenario::decision(int daysAgo, DelegationLevel level, const QString& person)
{
    Decision d;
    d.personId = person;
    d.date = ago(daysAgo);
    d.title = u"Decision %1"_s.arg(log.decisions.size() + 1);
    d.area = u"Planning"_s;
    d.level = level;
    d.why = u"Because it matters"_s;
    d.boundaries = u"Within budget"_s;
    log.decisions.append(d);
    return log.decisions.last();
}

Initiative& Scenario::initiative(int daysAgo, InitiativeKind kind, const QString& person)
{
    Initiative i;
    i.personId = person;
    i.date = ago(daysAgo);
    i.description = u"Initiative %1"_s.arg(log.initiatives.size() + 1);
    i.kind = kind;
    i.outcome = InitiativeOutcome::Worked;
    log.initiatives.append(i);
    return log.initiatives.last();
}

BoardEntry& Scenario::board(int daysAgo, const QString& area, DelegationLevel level,
                            const QString& person)
{
    log.board.append(BoardEntry{0, person, area, level, ago(daysAgo)});
    return log.board.last();
}

QList<Prompt> Scenario::prompts(const Thresholds& thresholds) const
{
    return PromptEngine(thresholds).evaluate(log, asOf);
}

QStringList Scenario::rulesFor(const QString& person, const Thresholds& thresholds) const
{
    QStringList rules;
    for (const Prompt& p : prompts(thresholds)) {
        if (p.personId == person)
            rules << p.rule;
    }
    return rules;
}

} // namespace rd::test
