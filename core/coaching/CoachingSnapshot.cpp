#include "CoachingSnapshot.h"

#include <algorithm>
#include <vector>

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

namespace {
/// Sorts by `date` unless the list is in order already (as the log keeps it):
/// a stable sort takes a buffer even for a sorted list.
template <typename T, typename Date>
void sortBy(QList<const T*>& entries, Date T::*date)
{
    const auto before = [date](const T* a, const T* b) {
        return a->*date < b->*date;
    };
    if (!std::is_sorted(entries.cbegin(), entries.cend(), before))
        std::stable_sort(entries.begin(), entries.end(), before);
}
} // namespace

CoachingSnapshot::CoachingSnapshot(const TeamLog& log, QDate asOf)
    : m_asOf(asOf)
{
    // The loader gives every entry its person's own id text, so an entry's
    // person is found by where that text lives, without hashing it; an entry
    // made since (or an id that is not shared) is found by the text. Two
    // texts alive at one address are one text.
    QHash<const QChar*, qsizetype> byAddress;
    for (const Person& p : log.people) {
        if (p.archived)
            continue;
        m_index.insert(p.id, m_people.size());
        if (!p.id.isEmpty())
            byAddress.insert(p.id.constData(), m_people.size());
        m_people.append(PersonLog{&p, {}, {}, {}, {}});
    }
    auto slot = [this, &byAddress](const QString& id) -> PersonLog* {
        if (const auto at = byAddress.constFind(id.constData()); at != byAddress.cend())
            return &m_people[*at];
        const auto it = m_index.constFind(id);
        return it == m_index.cend() ? nullptr : &m_people[*it];
    };
    // Each entry's person is found once; their lists are made to size, as
    // growing them entry by entry was most of the indexing.
    const auto distribute = [this, &slot, asOf](const auto& entries, auto list, auto date) {
        std::vector<PersonLog*> owners;
        owners.reserve(entries.size());
        std::vector<qsizetype> counts(m_people.size());
        for (const auto& e : entries) {
            PersonLog* p = slot(e.personId);
            owners.push_back(p && e.*date <= asOf ? p : nullptr);
            if (owners.back())
                ++counts[owners.back() - m_people.data()];
        }
        for (qsizetype n = 0; n < m_people.size(); ++n)
            (m_people[n].*list).reserve(counts[n]);
        for (qsizetype n = 0; n < entries.size(); ++n) {
            if (owners[n])
                (owners[n]->*list).append(&entries.at(n));
        }
    };
    distribute(log.oneOnOnes, &PersonLog::meetings, &OneOnOne::date);
    distribute(log.decisions, &PersonLog::decisions, &Decision::date);
    distribute(log.initiatives, &PersonLog::initiatives, &Initiative::date);
    distribute(log.board, &PersonLog::board, &BoardEntry::agreedOn);
    // A stable order keeps equal dates in log order.
    for (PersonLog& p : m_people) {
        sortBy(p.meetings, &OneOnOne::date);
        sortBy(p.decisions, &Decision::date);
        sortBy(p.initiatives, &Initiative::date);
        sortBy(p.board, &BoardEntry::agreedOn);
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
