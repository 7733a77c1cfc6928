#include "CoachingSnapshot.h"

#include <algorithm>

namespace rd {

QDate PersonLog::joined() const
{
    if (person->joinedOn.isValid())
        return person->joinedOn;
    QDate first;
    auto consider = [&first](QDate d) {
        if (d.isValid() && (!first.isValid() || d < first))
            first = d;
    };
    if (!meetings.isEmpty())
        consider(meetings.first()->date);
    if (!decisions.isEmpty())
        consider(decisions.first()->date);
    if (!initiatives.isEmpty())
        consider(initiatives.first()->date);
    if (!board.isEmpty())
        consider(board.first()->agreedOn);
    return first;
}

CoachingSnapshot::CoachingSnapshot(const TeamLog& log, QDate asOf)
    : m_asOf(asOf)
{
    for (const Person& p : log.people) {
        if (p.archived)
            continue;
        m_index.insert(p.id, m_people.size());
        m_people.append(PersonLog{&p, {}, {}, {}, {}});
    }
    auto slot = [this](const QString& id) -> PersonLog* {
        const auto it = m_index.constFind(id);
        return it == m_index.cend() ? nullptr : &m_people[*it];
    };
    for (const OneOnOne& m : log.oneOnOnes) {
        if (PersonLog* p = slot(m.personId); p && m.date <= asOf)
            p->meetings.append(&m);
    }
    for (const Decision& d : log.decisions) {
        if (PersonLog* p = slot(d.personId); p && d.date <= asOf)
            p->decisions.append(&d);
    }
    for (const Initiative& i : log.initiatives) {
        if (PersonLog* p = slot(i.personId); p && i.date <= asOf)
            p->initiatives.append(&i);
    }
    for (const BoardEntry& b : log.board) {
        if (PersonLog* p = slot(b.personId); p && b.agreedOn <= asOf)
            p->board.append(&b);
    }
    // The log is usually sorted already; a stable sort keeps equal dates in log order.
    for (PersonLog& p : m_people) {
        std::stable_sort(p.meetings.begin(), p.meetings.end(),
                         [](auto* a, auto* b) { return a->date < b->date; });
        std::stable_sort(p.decisions.begin(), p.decisions.end(),
                         [](auto* a, auto* b) { return a->date < b->date; });
        std::stable_sort(p.initiatives.begin(), p.initiatives.end(),
                         [](auto* a, auto* b) { return a->date < b->date; });
        std::stable_sort(p.board.begin(), p.board.end(),
                         [](auto* a, auto* b) { return a->agreedOn < b->agreedOn; });
    }
}

const PersonLog* CoachingSnapshot::person(const QString& id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_people.at(*it);
}

QList<const OneOnOne*>
CoachingSnapshot::lastHeld(const PersonLog& who, int n,
                           const std::function<bool(const OneOnOne&)>& accept)
{
    QList<const OneOnOne*> found;
    for (auto it = who.meetings.crbegin(); it != who.meetings.crend() && found.size() < n; ++it) {
        const OneOnOne& m = **it;
        if (m.status == MeetingStatus::Held && (!accept || accept(m)))
            found.prepend(&m);
    }
    return found;
}

QList<const OneOnOne*> CoachingSnapshot::lastHeldWithout(const PersonLog& who, int n,
                                                         bool OneOnOne::*flag)
{
    const QList<const OneOnOne*> meetings = lastHeld(who, n);
    if (meetings.isEmpty() || meetings.size() < n ||
        std::any_of(meetings.cbegin(), meetings.cend(),
                    [flag](const OneOnOne* m) { return m->*flag; }))
        return {};
    return meetings;
}

} // namespace rd
