#include "FacilitationIndex.h"

#include "MonthSlots.h"

#include <algorithm>
#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace rd {

QString componentId(IndexComponent component)
{
    static const std::array<QString, IndexComponentCount> ids{
        u"agendaOwnership"_s,    u"listening"_s,  u"delegationDepth"_s, u"trustKept"_s,
        u"initiativeRewarded"_s, u"safeToFail"_s, u"rhythm"_s};
    return ids.at(size_t(component));
}

QString componentLabel(IndexComponent component)
{
    switch (component) {
    case IndexComponent::AgendaOwnership:
        return QCoreApplication::translate("rd::Index", "Agenda ownership");
    case IndexComponent::Listening:
        return QCoreApplication::translate("rd::Index", "Listening");
    case IndexComponent::DelegationDepth:
        return QCoreApplication::translate("rd::Index", "Delegation depth");
    case IndexComponent::TrustKept:
        return QCoreApplication::translate("rd::Index", "Trust kept");
    case IndexComponent::InitiativeRewarded:
        return QCoreApplication::translate("rd::Index", "Initiative rewarded");
    case IndexComponent::SafeToFail:
        return QCoreApplication::translate("rd::Index", "Safe to fail");
    case IndexComponent::Rhythm:
        return QCoreApplication::translate("rd::Index", "Rhythm");
    }
    return {};
}

QDate firstLoggedMonth(const TeamLog& log)
{
    QDate first;
    auto consider = [&first](QDate d) {
        if (d.isValid() && (!first.isValid() || d < first))
            first = d;
    };
    for (const OneOnOne& m : log.oneOnOnes)
        consider(m.date);
    for (const Decision& d : log.decisions)
        consider(d.date);
    for (const Initiative& i : log.initiatives)
        consider(i.date);
    for (const BoardEntry& b : log.board)
        consider(b.agreedOn);
    return first.isValid() ? QDate(first.year(), first.month(), 1) : QDate();
}

namespace {

/// The days of [from, to] on which `person` was on the team (0 when none).
qint64 daysOnTeam(const Person& person, QDate from, QDate to, QDate lastMeeting)
{
    const QDate start = std::max(from, person.joinedOn.isValid() ? person.joinedOn : from);
    QDate end = to;
    if (person.archived)
        end = std::min(end, lastMeeting);
    if (!end.isValid() || start > end)
        return 0;
    return start.daysTo(end) + 1;
}

} // namespace

int meetingsDue(const Person& person, QDate from, QDate to, QDate lastMeeting)
{
    return int(daysOnTeam(person, from, to, lastMeeting) / std::max(1, person.cadenceDays));
}

double expectedMeetings(const Person& person, QDate from, QDate to, QDate lastMeeting)
{
    return double(daysOnTeam(person, from, to, lastMeeting)) / std::max(1, person.cadenceDays);
}

namespace {

/// Counts for one month, gathered in a single pass over the log.
struct MonthTally
{
    int agendaItems = 0, agendaByMember = 0;
    int talkMeetings = 0;
    double talkSum = 0;
    int decisions = 0, overridden = 0;
    double levelSum = 0;
    int recognitions = 0, initiativeRecognitions = 0;
    int heldMeetings = 0, mistakeMeetings = 0;
    bool anyEntry = false;
    QHash<QString, int> heldPerPerson;
};

int monthIndex(QDate date, QDate firstMonth)
{
    return (date.year() - firstMonth.year()) * 12 + date.month() - firstMonth.month();
}

std::optional<double> ratio(double part, double whole)
{
    if (whole <= 0)
        return std::nullopt;
    return 100.0 * part / whole;
}

} // namespace

QList<IndexMonth> facilitationIndex(const TeamLog& log, QDate from, QDate to, QDate asOf,
                                    const QString& personId)
{
    QList<IndexMonth> months;
    if (!from.isValid() || !to.isValid() || from > to)
        return months;
    const QDate first(from.year(), from.month(), 1);
    const QDate last(to.year(), to.month(), 1);
    const int count = monthIndex(last, first) + 1;
    QList<MonthTally> tally(count);
    const MonthSlots slotOf(first, count);
    auto slot = [&](QDate date, const QString& who) -> MonthTally* {
        if (!date.isValid() || date > asOf || (!personId.isEmpty() && who != personId))
            return nullptr;
        const int n = slotOf(date);
        return n >= 0 ? &tally[n] : nullptr;
    };

    for (const OneOnOne& m : log.oneOnOnes) {
        MonthTally* t = slot(m.date, m.personId);
        if (!t)
            continue;
        t->anyEntry = true;
        if (m.status != MeetingStatus::Held)
            continue;
        ++t->heldMeetings;
        ++t->heldPerPerson[m.personId];
        t->mistakeMeetings += m.mistakeDiscussed ? 1 : 0;
        if (m.talkSharePercent) {
            ++t->talkMeetings;
            t->talkSum += *m.talkSharePercent;
        }
        for (const AgendaItem& item : m.agenda) {
            ++t->agendaItems;
            t->agendaByMember += item.raisedBy == Party::Member ? 1 : 0;
        }
    }
    for (const Decision& d : log.decisions) {
        if (MonthTally* t = slot(d.date, d.personId)) {
            t->anyEntry = true;
            ++t->decisions;
            t->levelSum += toInt(d.level);
            t->overridden += d.overridden ? 1 : 0;
        }
    }
    for (const Initiative& i : log.initiatives) {
        if (MonthTally* t = slot(i.date, i.personId))
            t->anyEntry = true;
        if (MonthTally* t = slot(i.recognisedOn, i.personId)) {
            t->anyEntry = true;
            ++t->recognitions;
            t->initiativeRecognitions += i.kind == InitiativeKind::Initiative ? 1 : 0;
        }
    }
    for (const BoardEntry& b : log.board) {
        if (MonthTally* t = slot(b.agreedOn, b.personId))
            t->anyEntry = true;
    }

    // When each person was in the team, for the rhythm due by their cadence.
    QHash<QString, QDate> lastEntry;
    for (const OneOnOne& m : log.oneOnOnes)
        lastEntry[m.personId] = std::max(lastEntry.value(m.personId), m.date);

    for (int n = 0; n < count; ++n) {
        const QDate monthStart = first.addMonths(n);
        const QDate monthEnd = std::min(monthStart.addMonths(1).addDays(-1), asOf);
        const MonthTally& t = tally.at(n);
        IndexMonth month;
        month.month = monthStart;
        auto set = [&month](IndexComponent c, std::optional<double> v) {
            month.components[size_t(c)] = v;
        };
        set(IndexComponent::AgendaOwnership, ratio(t.agendaByMember, t.agendaItems));
        if (t.talkMeetings > 0)
            set(IndexComponent::Listening, 100.0 - t.talkSum / t.talkMeetings);
        if (t.decisions > 0) {
            set(IndexComponent::DelegationDepth, 100.0 * (t.levelSum / t.decisions - 1.0) / 6.0);
            set(IndexComponent::TrustKept, 100.0 - *ratio(t.overridden, t.decisions));
        }
        set(IndexComponent::InitiativeRewarded, ratio(t.initiativeRecognitions, t.recognitions));
        set(IndexComponent::SafeToFail, ratio(t.mistakeMeetings, t.heldMeetings));
        if (t.anyEntry && monthStart <= asOf) {
            double due = 0, held = 0;
            for (const Person& p : log.people) {
                if (!personId.isEmpty() && p.id != personId)
                    continue;
                const int dueHere = meetingsDue(p, monthStart, monthEnd, lastEntry.value(p.id));
                if (dueHere == 0)
                    continue;
                due += dueHere;
                held += std::min(dueHere, t.heldPerPerson.value(p.id));
            }
            set(IndexComponent::Rhythm, ratio(held, due));
        }
        double sum = 0;
        int present = 0;
        for (const auto& c : month.components) {
            if (c) {
                sum += *c;
                ++present;
            }
        }
        if (present > 0)
            month.index = sum / present;
        months << month;
    }
    return months;
}

} // namespace rd
