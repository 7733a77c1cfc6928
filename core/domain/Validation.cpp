#include "Validation.h"

#include "domain/Error.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rd {

namespace {
/// `field` is marked with QT_TRANSLATE_NOOP("rd::Validation", …).
void requireLine(const QString& value, const char* field)
{
    if (value.size() > MaxLineLength)
        throw ValidationError(QCoreApplication::translate(
                                  "rd::Validation", "The %1 is %2 characters long; at most %3 fit.")
                                  .arg(QCoreApplication::translate("rd::Validation", field))
                                  .arg(value.size())
                                  .arg(MaxLineLength));
}
} // namespace

void validate(const Person& person)
{
    requireLine(person.name, QT_TRANSLATE_NOOP("rd::Validation", "name"));
    requireLine(person.role, QT_TRANSLATE_NOOP("rd::Validation", "role"));
    if (!person.id.isEmpty() && !isValidPersonId(person.id))
        throw ValidationError(
            QCoreApplication::translate("rd::Validation",
                                        "A team member's id may hold only letters, digits, \".\", "
                                        "\"_\" and \"-\" (1 to 64, starting with a letter or "
                                        "digit); \"%1\" does not.")
                .arg(person.id));
    if (person.name.trimmed().isEmpty())
        throw ValidationError(
            QCoreApplication::translate("rd::Validation", "A team member needs a name."));
    if (person.cadenceDays <= 0)
        throw ValidationError(QCoreApplication::translate(
            "rd::Validation", "The one-on-one cadence must be at least one day."));
}

void validate(const OneOnOne& meeting)
{
    if (meeting.personId.isEmpty())
        throw ValidationError(
            QCoreApplication::translate("rd::Validation", "A one-on-one needs a team member."));
    if (!meeting.date.isValid())
        throw ValidationError(
            QCoreApplication::translate("rd::Validation", "A one-on-one needs a valid date."));
    if (meeting.talkSharePercent &&
        (*meeting.talkSharePercent < 0 || *meeting.talkSharePercent > 100))
        throw ValidationError(QCoreApplication::translate(
            "rd::Validation", "Your talk share must be between 0 and 100 percent."));
    if (meeting.energy && (*meeting.energy < 1 || *meeting.energy > 5))
        throw ValidationError(
            QCoreApplication::translate("rd::Validation", "Energy must be between 1 and 5."));
    if (meeting.durationMinutes && *meeting.durationMinutes < 0)
        throw ValidationError(
            QCoreApplication::translate("rd::Validation", "The duration cannot be negative."));
    for (const AgendaItem& item : meeting.agenda) {
        if (item.text.trimmed().isEmpty())
            throw ValidationError(
                QCoreApplication::translate("rd::Validation", "An agenda item needs text."));
    }
    for (const ActionItem& item : meeting.actions) {
        if (item.text.trimmed().isEmpty())
            throw ValidationError(
                QCoreApplication::translate("rd::Validation", "An action item needs text."));
        if (item.dueMoves < 0 || item.dueMoves > MaxDueMoves)
            throw ValidationError(
                QCoreApplication::translate("rd::Validation",
                                            "An action's due date can move 0 to %1 times.")
                    .arg(MaxDueMoves));
    }
}

void validate(const Decision& decision)
{
    if (decision.personId.isEmpty())
        throw ValidationError(
            QCoreApplication::translate("rd::Validation", "A decision needs a team member."));
    if (!decision.date.isValid())
        throw ValidationError(
            QCoreApplication::translate("rd::Validation", "A decision needs a valid date."));
    if (decision.title.trimmed().isEmpty())
        throw ValidationError(
            QCoreApplication::translate("rd::Validation", "A decision needs a title."));
    requireLine(decision.title, QT_TRANSLATE_NOOP("rd::Validation", "title"));
    requireLine(decision.area, QT_TRANSLATE_NOOP("rd::Validation", "decision area"));
    requireLine(decision.learning, QT_TRANSLATE_NOOP("rd::Validation", "learning"));
    if (decision.checkIns < 0)
        throw ValidationError(QCoreApplication::translate(
            "rd::Validation", "The number of check-ins cannot be negative."));
}

void validate(const Initiative& initiative)
{
    if (initiative.personId.isEmpty())
        throw ValidationError(
            QCoreApplication::translate("rd::Validation", "An initiative needs a team member."));
    if (!initiative.date.isValid())
        throw ValidationError(
            QCoreApplication::translate("rd::Validation", "An initiative needs a valid date."));
    if (initiative.description.trimmed().isEmpty())
        throw ValidationError(QCoreApplication::translate(
            "rd::Validation", "An initiative needs a description of what was done."));
}

void validate(const BoardEntry& entry)
{
    if (entry.personId.isEmpty())
        throw ValidationError(QCoreApplication::translate(
            "rd::Validation", "A delegation-board cell needs a team member."));
    if (entry.area.trimmed().isEmpty())
        throw ValidationError(QCoreApplication::translate(
            "rd::Validation", "A delegation-board cell needs a decision area."));
    requireLine(entry.area, QT_TRANSLATE_NOOP("rd::Validation", "decision area"));
    if (!entry.agreedOn.isValid())
        throw ValidationError(QCoreApplication::translate(
            "rd::Validation", "A delegation-board cell needs a valid date."));
}

void validate(const PlannedOneOnOne& plan)
{
    if (plan.personId.isEmpty())
        throw ValidationError(QCoreApplication::translate(
            "rd::Validation", "A planned one-on-one needs a team member."));
    if (!plan.date.isValid())
        throw ValidationError(QCoreApplication::translate(
            "rd::Validation", "A planned one-on-one needs a valid date."));
    // A calendar file has no day before 1970 or after 2199 that every calendar reads.
    if (plan.date.year() < 1970 || plan.date.year() > 2199)
        throw ValidationError(
            QCoreApplication::translate(
                "rd::Validation", "A planned one-on-one lies between 1970 and 2199, not in %1.")
                .arg(plan.date.year()));
    if (plan.durationMinutes < MinPlanMinutes || plan.durationMinutes > MaxPlanMinutes)
        throw ValidationError(
            QCoreApplication::translate("rd::Validation",
                                        "A planned one-on-one takes %1 to %2 minutes, not %3.")
                .arg(MinPlanMinutes)
                .arg(MaxPlanMinutes)
                .arg(plan.durationMinutes));
    if (plan.uid.trimmed().isEmpty() || plan.uid.size() > MaxLineLength ||
        plan.recurrenceId.size() > 64)
        throw ValidationError(
            QCoreApplication::translate(
                "rd::Validation",
                "A planned one-on-one needs a calendar id of at most %1 characters.")
                .arg(MaxLineLength));
}

} // namespace rd
