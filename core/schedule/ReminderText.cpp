#include "ReminderText.h"

#include "schedule/Plans.h"

#include <algorithm>
#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace rd {

namespace {
QString timeText(QTime time)
{
    return QLocale().toString(time, u"HH:mm"_s);
}

QString planTitle(const PlannedOneOnOne& plan, const QString& name, QDate today)
{
    if (plan.date == today)
        return plan.isAllDay()
                   ? QCoreApplication::translate("rd::Reminders", "1:1 with %1 today: prepare")
                         .arg(name)
                   : QCoreApplication::translate("rd::Reminders", "1:1 with %1 at %2: prepare")
                         .arg(name, timeText(plan.time));
    if (plan.date == today.addDays(1))
        return plan.isAllDay()
                   ? QCoreApplication::translate("rd::Reminders", "1:1 with %1 tomorrow: prepare")
                         .arg(name)
                   : QCoreApplication::translate("rd::Reminders",
                                                 "1:1 with %1 tomorrow at %2: prepare")
                         .arg(name, timeText(plan.time));
    return QCoreApplication::translate("rd::Reminders", "1:1 with %1, %2: prepare")
        .arg(name, planText(plan, today));
}

const Prompt* firstOf(const QList<Prompt>& open, const QString& personId)
{
    for (const Prompt& prompt : open) {
        if (prompt.personId == personId)
            return &prompt;
    }
    return nullptr;
}

QString summaryText(const Reminder& reminder, const TeamLog& log, const QList<Prompt>& open)
{
    QStringList meetings;
    for (const PlannedOneOnOne& plan : reminder.today) {
        const Person* person = log.person(plan.personId);
        if (!person)
            continue;
        meetings << (plan.isAllDay() ? person->name : timeText(plan.time) + u' ' + person->name);
    }
    QStringList lines;
    if (!meetings.isEmpty())
        lines << QLocale().createSeparatedList(meetings) + u'.';
    if (!open.isEmpty())
        lines << QCoreApplication::translate("rd::Reminders", "Focus: %1").arg(open.first().title);
    return lines.join(u'\n');
}
} // namespace

std::optional<ReminderNotice> reminderNotice(const Reminder& reminder, const TeamLog& log,
                                             const QList<Prompt>& open, QDate today)
{
    if (reminder.kind == ReminderKind::MorningSummary) {
        int count = 0;
        for (const PlannedOneOnOne& plan : reminder.today)
            count += log.person(plan.personId) ? 1 : 0;
        if (count == 0 && open.isEmpty())
            return std::nullopt;
        return ReminderNotice{
            count > 0
                ? QCoreApplication::translate("rd::Reminders", "Today: %n one-on-one(s)", nullptr,
                                              count)
                : QCoreApplication::translate("rd::Reminders", "No one-on-ones planned today"),
            summaryText(reminder, log, open), QString()};
    }
    if (!reminder.plan)
        return std::nullopt;
    const PlannedOneOnOne& plan = *reminder.plan;
    const Person* person = log.person(plan.personId);
    if (!person)
        return std::nullopt;
    const Prompt* signal = firstOf(open, plan.personId);
    return ReminderNotice{
        planTitle(plan, person->name, today),
        signal ? QCoreApplication::translate("rd::Reminders", "To bring up: %1").arg(signal->title)
               : QCoreApplication::translate(
                     "rd::Reminders", "Open the preparation sheet for the agenda and a question."),
        plan.personId};
}

std::optional<ReminderNotice> combinedNotice(const QList<ReminderNotice>& notices)
{
    if (notices.size() <= 1)
        return notices.isEmpty() ? std::nullopt : std::optional(notices.first());
    int meetings = 0;
    QStringList lines;
    for (const ReminderNotice& notice : notices) {
        meetings += notice.personId.isEmpty() ? 0 : 1;
        if (lines.size() < MostListed)
            lines << notice.title;
    }
    const int more = static_cast<int>(notices.size()) - MostListed;
    if (more > 0)
        lines << QCoreApplication::translate("rd::Reminders", "and %n more", nullptr, more);
    const int count = std::max(meetings, 1);
    const QString title =
        QCoreApplication::translate("rd::Reminders", "Prepare %n one-on-one(s)", nullptr, count);
    return ReminderNotice{title, lines.join(u'\n'), QString()};
}

} // namespace rd
