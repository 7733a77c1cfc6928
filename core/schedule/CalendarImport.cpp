#include "CalendarImport.h"

#include "Plans.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

/// Lower case without accents, for comparing names: "Chloé" -> "chloe".
QString folded(const QString& text)
{
    QString plain;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    plain.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            plain += c.toLower();
    }
    return plain.simplified();
}

bool containsWord(const QString& haystack, const QString& word)
{
    if (word.isEmpty())
        return false;
    const QRegularExpression pattern(u"(^|[^\\p{L}\\p{N}])"_s + QRegularExpression::escape(word) +
                                     u"($|[^\\p{L}\\p{N}])"_s);
    return pattern.match(haystack).hasMatch();
}

QString firstName(const QString& name)
{
    return folded(name).section(u' ', 0, 0);
}

/// The one id of `candidates`, or empty.
QString onlyOne(const QSet<QString>& candidates)
{
    return candidates.size() == 1 ? *candidates.cbegin() : QString();
}

} // namespace

QString matchPerson(const CalendarMeeting& meeting, const QList<Person>& people)
{
    const QString summary = folded(meeting.summary);
    QStringList attendees;
    for (const QString& a : meeting.attendees)
        attendees << folded(a);
    QSet<QString> byFullName;
    for (const Person& p : people) {
        if (p.archived)
            continue;
        const QString name = folded(p.name);
        if (containsWord(summary, name) || attendees.contains(name))
            byFullName.insert(p.id);
    }
    if (!byFullName.isEmpty())
        return onlyOne(byFullName);
    // First names, counted among the whole team: two Sannes match neither.
    QHash<QString, int> firstNames;
    for (const Person& p : people) {
        if (!p.archived)
            ++firstNames[firstName(p.name)];
    }
    QSet<QString> byFirstName;
    for (const Person& p : people) {
        const QString first = firstName(p.name);
        if (p.archived || first.size() < 2 || firstNames.value(first) != 1)
            continue;
        bool found = containsWord(summary, first);
        for (const QString& a : std::as_const(attendees))
            found = found || a.section(u' ', 0, 0) == first;
        if (found)
            byFirstName.insert(p.id);
    }
    return onlyOne(byFirstName);
}

QString importKey(const CalendarMeeting& meeting)
{
    return meeting.uid + u'|' + meeting.recurrenceId;
}

QList<ImportRow> previewImport(const QList<CalendarMeeting>& meetings, const TeamLog& log,
                               const QHash<QString, QString>& assigned)
{
    QHash<QString, const PlannedOneOnOne*> existing;
    for (const PlannedOneOnOne& p : log.planned)
        existing.insert(p.uid + u'|' + p.recurrenceId, &p);
    QSet<QString> logged;
    for (const OneOnOne& m : log.oneOnOnes)
        logged.insert(m.personId + u'|' + QString::number(m.date.toJulianDay()));

    QList<ImportRow> rows;
    rows.reserve(meetings.size());
    for (const CalendarMeeting& m : meetings) {
        ImportRow row;
        row.meeting = m;
        const QString key = importKey(m);
        row.personId = assigned.contains(key) ? assigned.value(key) : matchPerson(m, log.people);
        if (!row.personId.isEmpty() && !log.person(row.personId))
            row.personId.clear();
        row.plan.personId = row.personId;
        row.plan.date = m.date;
        row.plan.time = m.time;
        row.plan.durationMinutes = m.durationMinutes;
        row.plan.uid = m.uid;
        row.plan.recurrenceId = m.recurrenceId;
        const PlannedOneOnOne* there = existing.value(key);
        if (there)
            row.plan.id = there->id;
        if (row.personId.isEmpty())
            row.change = ImportChange::Unmatched;
        else if (logged.contains(row.personId + u'|' + QString::number(m.date.toJulianDay())))
            row.change = ImportChange::Logged;
        else if (!there)
            row.change = ImportChange::New;
        else if (*there == row.plan)
            row.change = ImportChange::Unchanged;
        else
            row.change = ImportChange::Changed;
        rows << row;
    }
    return rows;
}

QList<PlannedOneOnOne> plansToWrite(const QList<ImportRow>& rows)
{
    QList<PlannedOneOnOne> plans;
    for (const ImportRow& row : rows) {
        if (row.change == ImportChange::New || row.change == ImportChange::Changed)
            plans << row.plan;
    }
    return plans;
}

QList<CalendarEntry> calendarEntries(const TeamLog& log, QDate from)
{
    QList<CalendarEntry> entries;
    for (const PlannedOneOnOne& p : openPlans(log, from))
        entries << CalendarEntry{p, calendarSummary(log.person(p.personId)->name)};
    return entries;
}

} // namespace rd
