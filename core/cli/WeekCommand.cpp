// week: the home page's three parts on the command line, for scripts and tests.
#include "CliContext.h"
#include "coaching/PromptEngine.h"
#include "coaching/Week.h"
#include "i18n/LocalDate.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"
#include "storage/TeamLogLoader.h"
#include "store/SnapshotLoader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("rd::Cli", text);
}

QJsonValue isoOrNull(std::optional<QDate> date)
{
    return date && date->isValid() ? QJsonValue(date->toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject weekJson(const Week& week)
{
    QJsonArray next;
    for (const NextOneOnOne& n : week.next) {
        QJsonObject row{{u"person"_s, n.personId},
                        {u"personName"_s, n.personName},
                        {u"due"_s, n.due.toString(Qt::ISODate)},
                        {u"suggested"_s, n.suggested.toString(Qt::ISODate)},
                        {u"planned"_s, n.planned ? planJson(*n.planned) : QJsonValue()},
                        {u"daysUntil"_s, n.daysUntil},
                        {u"when"_s, toId(n.when)},
                        {u"lastHeld"_s, isoOrNull(n.lastHeld)},
                        {u"openItems"_s, n.openItems}};
        next.append(row);
    }
    QJsonArray focus;
    for (const FocusPrompt& f : week.focus) {
        QJsonObject prompt = promptJson(f.prompt);
        prompt.insert(u"evidenceOn"_s, isoOrNull(f.prompt.evidenceOn));
        prompt.insert(u"evidenceAgeDays"_s, f.evidenceAgeDays);
        prompt.insert(u"stale"_s, f.stale);
        focus.append(prompt);
    }
    QJsonArray wins;
    for (const Win& w : week.wins) {
        wins.append(QJsonObject{{u"kind"_s, toId(w.kind)},
                                {u"person"_s, w.personId},
                                {u"personName"_s, w.personName},
                                {u"date"_s, w.date.toString(Qt::ISODate)},
                                {u"text"_s, w.text}});
    }
    const FirstWeek& steps = week.firstWeek;
    return {{u"asOf"_s, week.asOf.toString(Qt::ISODate)},
            {u"next"_s, next},
            {u"focus"_s, focus},
            {u"openPrompts"_s, week.openPrompts},
            {u"wins"_s, wins},
            {u"firstWeek"_s, QJsonObject{{u"peopleAdded"_s, steps.peopleAdded},
                                         {u"areaAgreed"_s, steps.areaAgreed},
                                         {u"oneOnOneLogged"_s, steps.oneOnOneLogged},
                                         {u"decisionLogged"_s, steps.decisionLogged},
                                         {u"initiativeRecognised"_s, steps.initiativeRecognised},
                                         {u"done"_s, steps.done()}}}};
}

void printNext(QTextStream& out, const Week& week)
{
    out << translated(QT_TRANSLATE_NOOP("rd::Cli", "Next one-on-ones")) << u'\n';
    if (week.next.isEmpty())
        out << u"  "_s
            << translated(QT_TRANSLATE_NOOP(
                   "rd::Cli", "No team members yet: add your first with: person add NAME"))
            << u'\n';
    std::optional<DueWhen> group;
    for (const NextOneOnOne& n : week.next) {
        if (group != n.when) {
            group = n.when;
            out << u"  "_s << label(n.when) << u'\n';
        }
        out << u"    "_s << n.personName << u" · "_s << dueText(n);
        if (n.daysUntil > 0 && !n.planned)
            out << u" ("_s << localDate(n.due) << u')';
        if (n.openItems > 0)
            out << u" · "_s
                << QCoreApplication::translate("rd::Cli", "%n open item(s)", nullptr, n.openItems);
        out << u'\n';
    }
    out << u'\n';
}

void printFocus(QTextStream& out, const Week& week)
{
    out << QCoreApplication::translate("rd::Cli", "Focus: %1 of %n signal(s)", nullptr,
                                       week.openPrompts)
               .arg(week.focus.size())
        << u'\n';
    int n = 0;
    for (const FocusPrompt& f : week.focus) {
        out << u"  "_s << ++n << u". "_s << f.prompt.title << u'\n';
        out << u"     ["_s << label(f.prompt.severity) << u" · "_s
            << QCoreApplication::translate("rd::Cli", "evidence from %1")
                   .arg(evidenceAgeText(f.evidenceAgeDays))
            << u"]\n"_s;
        out << u"     "_s
            << QCoreApplication::translate("rd::Cli", "Ask: %1").arg(f.prompt.question) << u'\n';
        out << u"     "_s << QCoreApplication::translate("rd::Cli", "Step: %1").arg(f.prompt.action)
            << u'\n';
    }
    out << u'\n';
}

void printWins(QTextStream& out, const Week& week)
{
    out << translated(QT_TRANSLATE_NOOP("rd::Cli", "Wins")) << u'\n';
    if (week.wins.isEmpty())
        out << u"  "_s
            << QCoreApplication::translate("rd::Cli", "None in the last %n day(s) yet.", nullptr,
                                           WinWindowDays)
            << u'\n';
    for (const Win& w : week.wins)
        out << u"  "_s << localDate(w.date) << u" · "_s << w.personName << u" · "_s << label(w.kind)
            << u": "_s << w.text << u'\n';
}

void printFirstWeek(QTextStream& out, const FirstWeek& steps)
{
    out << firstWeekTitle() << u'\n';
    for (const FirstWeekStep& step : firstWeekSteps(steps))
        out << (step.done ? u"  [x] "_s : u"  [ ] "_s) << step.text << u'\n';
    out << u'\n';
}

int week(CliContext& c)
{
    const QDate asOf = c.date(u"as-of"_s, QDate::currentDate());
    auto db = c.openDatabase();
    const TeamLog log = loadTeamLog(db->connection());
    const QList<Prompt> open =
        PromptEngine(loadThresholds(db->connection())).activePrompts(log, asOf);
    const Week result = weekOf(log, open, asOf, AppSettings().focusCount()); // as the home page
    if (c.isSet(u"json"_s)) {
        printJson(c.out, QJsonDocument(weekJson(result)).toJson(QJsonDocument::Indented));
        return 0;
    }
    c.out << QCoreApplication::translate("rd::Cli", "Your week as of %1").arg(localDate(asOf))
          << u"\n\n"_s;
    if (!result.firstWeek.done())
        printFirstWeek(c.out, result.firstWeek);
    printNext(c.out, result);
    printFocus(c.out, result);
    printWins(c.out, result);
    return 0;
}

} // namespace

QList<CommandSpec> weekCommands()
{
    return {{u"week"_s,
             {valueOption(u"as-of"_s,
                          QT_TRANSLATE_NOOP("rd::Cli",
                                            "Only count entries up to this date (default today)."),
                          u"D"_s),
              flagOption(u"json"_s, QT_TRANSLATE_NOOP("rd::Cli", "Print JSON."))},
             {},
             week}};
}

} // namespace rd
