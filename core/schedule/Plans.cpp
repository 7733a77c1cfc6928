#include "Plans.h"

#include <algorithm>
#include <QCoreApplication>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace rd {

bool startsBefore(const PlannedOneOnOne& a, const PlannedOneOnOne& b)
{
    // A whole day (invalid time) sorts before any time of that day.
    const int at = a.isAllDay() ? -1 : a.time.msecsSinceStartOfDay();
    const int bt = b.isAllDay() ? -1 : b.time.msecsSinceStartOfDay();
    return std::tie(a.date, at, a.personId, a.id) < std::tie(b.date, bt, b.personId, b.id);
}

QList<PlannedOneOnOne> openPlans(const TeamLog& log, QDate from, QDate to)
{
    const auto inWindow = [from, to](QDate date) {
        return date >= from && (!to.isValid() || date <= to);
    };
    // The one-on-ones in the window cover plans: usually a handful, for the
    // log is mostly past and plans are to come.
    QSet<std::pair<QString, qint64>> covered;
    for (const OneOnOne& m : log.oneOnOnes) {
        if (inWindow(m.date))
            covered.insert({m.personId, m.date.toJulianDay()});
    }
    QSet<QString> active;
    for (const Person& p : log.people) {
        if (!p.archived)
            active.insert(p.id);
    }
    QList<PlannedOneOnOne> found;
    for (const PlannedOneOnOne& p : log.planned) {
        if (inWindow(p.date) && active.contains(p.personId) &&
            (covered.isEmpty() || !covered.contains({p.personId, p.date.toJulianDay()})))
            found << p;
    }
    // The store keeps its plans in this order already.
    if (!std::is_sorted(found.cbegin(), found.cend(), startsBefore))
        std::sort(found.begin(), found.end(), startsBefore);
    return found;
}

QList<PlannedOneOnOne> withoutPlannedDays(const TeamLog& log, QList<PlannedOneOnOne> plans,
                                          qint64 except)
{
    if (plans.isEmpty())
        return plans;
    const auto [first, last] = std::minmax_element(
        plans.cbegin(), plans.cend(), [](const auto& a, const auto& b) { return a.date < b.date; });
    QSet<std::pair<QString, qint64>> taken;
    for (const PlannedOneOnOne& p : openPlans(log, first->date, last->date)) {
        if (p.id != except)
            taken.insert({p.personId, p.date.toJulianDay()});
    }
    plans.removeIf([&taken](const PlannedOneOnOne& p) {
        return taken.contains({p.personId, p.date.toJulianDay()});
    });
    return plans;
}

QHash<QString, PlannedOneOnOne> nextPlans(const TeamLog& log, QDate from)
{
    QHash<QString, PlannedOneOnOne> next;
    for (const PlannedOneOnOne& p : openPlans(log, from)) {
        if (!next.contains(p.personId))
            next.insert(p.personId, p);
    }
    return next;
}

QList<PlannedOneOnOne> cadenceSeries(const Person& person, QDate first, QTime time,
                                     int durationMinutes, QDate until)
{
    QList<PlannedOneOnOne> series;
    if (!first.isValid() || person.cadenceDays <= 0)
        return series;
    for (QDate day = first; day <= until; day = day.addDays(person.cadenceDays)) {
        PlannedOneOnOne p;
        p.personId = person.id;
        p.date = day;
        p.time = time;
        p.durationMinutes = durationMinutes;
        series << p;
    }
    return series;
}

QString calendarSummary(const QString& personName)
{
    return QCoreApplication::translate("rd::Schedule", "One-on-one with %1").arg(personName);
}

QString planText(const PlannedOneOnOne& plan, QDate today)
{
    const QLocale locale;
    QString text = locale.toString(
        plan.date, plan.date.year() == today.year() ? u"ddd d MMM"_s : u"ddd d MMM yyyy"_s);
    if (!plan.isAllDay())
        text += u", "_s + locale.toString(plan.time, u"HH:mm"_s);
    return text;
}

} // namespace rd
