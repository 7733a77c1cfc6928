// person, log and board: the commands that record one thing and print its id
// once it is committed.
#include "CliContext.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

int personAdd(CliContext& c)
{
    if (c.positional.size() != 1 || c.positional.first().trimmed().isEmpty())
        throw UsageError(
            QCoreApplication::translate("rd::Cli", "person add needs exactly one NAME."));
    Person p;
    p.name = c.positional.first().trimmed();
    p.role = c.value(u"role"_s);
    p.cadenceDays = *c.integer(u"cadence"_s, 1, 365, 14);
    p.joinedOn = c.date(u"joined"_s, QDate::currentDate());
    auto db = c.openDatabase();
    const Person added = PeopleRepository(*db).add(p);
    c.out << added.id << u'\n';
    return 0;
}

int personList(CliContext& c)
{
    auto db = c.openDatabase();
    const QList<Person> people = PeopleRepository(*db).all();
    if (c.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Person& p : people) {
            array.append(QJsonObject{
                {u"id"_s, p.id},
                {u"name"_s, p.name},
                {u"role"_s, p.role},
                {u"joinedOn"_s, p.joinedOn.isValid() ? QJsonValue(p.joinedOn.toString(Qt::ISODate))
                                                     : QJsonValue()},
                {u"cadenceDays"_s, p.cadenceDays},
                {u"archived"_s, p.archived}});
        }
        printJson(c.out,
                  QJsonDocument(QJsonObject{{u"people"_s, array}}).toJson(QJsonDocument::Compact));
        return 0;
    }
    for (const Person& p : people) {
        c.out << p.id << u'\t' << p.name << u'\t' << p.role << u'\t'
              << QCoreApplication::translate("rd::Cli", "every %n day(s)", nullptr, p.cadenceDays);
        if (p.archived)
            c.out << u'\t' << QCoreApplication::translate("rd::Cli", "archived");
        c.out << u'\n';
    }
    return 0;
}

int logOneOnOne(CliContext& c)
{
    OneOnOne m;
    m.date = c.date(u"date"_s);
    if (!m.date.isValid())
        throw UsageError(QCoreApplication::translate("rd::Cli", "--date is required."));
    m.status = *c.enumeration<MeetingStatus>(u"status"_s, MeetingStatus::Held);
    m.talkSharePercent = c.integer(u"talk"_s, 0, 100);
    m.energy = c.integer(u"energy"_s, 1, 5);
    m.durationMinutes = c.integer(u"duration"_s, 0, 24 * 60);
    m.contextShared = c.isSet(u"context-shared"_s);
    m.mistakeDiscussed = c.isSet(u"mistake-discussed"_s);
    const bool held = m.status == MeetingStatus::Held;
    for (const QString& text : c.parser.values(u"agenda-member"_s))
        m.agenda << AgendaItem{text, Party::Member, held};
    for (const QString& text : c.parser.values(u"agenda-manager"_s))
        m.agenda << AgendaItem{text, Party::Manager, held};
    for (const QString& text : c.parser.values(u"action-member"_s))
        m.actions << ActionItem{text, Party::Member, {}, {}};
    for (const QString& text : c.parser.values(u"action-manager"_s))
        m.actions << ActionItem{text, Party::Manager, {}, {}};
    m.privateNotes = c.value(u"notes"_s);
    m.sharedSummary = c.value(u"summary"_s);
    auto db = c.openDatabase();
    m.personId = c.person(*db).id;
    c.out << OneOnOneRepository(*db).add(m) << u'\n';
    return 0;
}

int logDecision(CliContext& c)
{
    Decision d;
    d.title = c.required(u"title"_s);
    if (!c.isSet(u"level"_s))
        throw UsageError(QCoreApplication::translate("rd::Cli", "--level is required."));
    d.level = *c.enumeration<DelegationLevel>(u"level"_s);
    d.area = c.value(u"area"_s);
    d.why = c.value(u"why"_s);
    d.boundaries = c.value(u"boundaries"_s);
    d.date = c.date(u"date"_s, QDate::currentDate());
    d.reviewOn = c.date(u"review"_s);
    d.checkIns = *c.integer(u"check-ins"_s, 0, 1000, 0);
    d.overridden = c.isSet(u"overridden"_s);
    d.outcome = *c.enumeration<DecisionOutcome>(u"outcome"_s, DecisionOutcome::Pending);
    auto db = c.openDatabase();
    d.personId = c.person(*db).id;
    c.out << DecisionRepository(*db).add(d) << u'\n';
    return 0;
}

int logInitiative(CliContext& c)
{
    Initiative i;
    i.description = c.required(u"text"_s);
    i.kind = *c.enumeration<InitiativeKind>(u"kind"_s, InitiativeKind::Initiative);
    i.outcome = *c.enumeration<InitiativeOutcome>(u"outcome"_s, InitiativeOutcome::TooEarly);
    i.date = c.date(u"date"_s, QDate::currentDate());
    i.recognisedOn = c.date(u"recognised"_s);
    i.recognition = c.enumeration<RecognitionChannel>(u"how"_s);
    if (i.recognisedOn.isValid() != i.recognition.has_value())
        throw UsageError(QCoreApplication::translate(
            "rd::Cli", "--recognised and --how go together: when and how you recognised it."));
    if (i.recognisedOn.isValid() && i.recognisedOn < i.date)
        throw UsageError(QCoreApplication::translate(
            "rd::Cli", "--recognised cannot be before the initiative's date."));
    auto db = c.openDatabase();
    i.personId = c.person(*db).id;
    c.out << InitiativeRepository(*db).add(i) << u'\n';
    return 0;
}

int boardSet(CliContext& c)
{
    BoardEntry b;
    b.area = c.required(u"area"_s).trimmed();
    if (!c.isSet(u"level"_s))
        throw UsageError(QCoreApplication::translate("rd::Cli", "--level is required."));
    b.level = *c.enumeration<DelegationLevel>(u"level"_s);
    b.agreedOn = c.date(u"date"_s, QDate::currentDate());
    auto db = c.openDatabase();
    b.personId = c.person(*db).id;
    c.out << BoardRepository(*db).set(b) << u'\n';
    return 0;
}

} // namespace

QList<CommandSpec> recordCommands()
{
    const QCommandLineOption person = valueOption(
        u"person"_s, QT_TRANSLATE_NOOP("rd::Cli", "The team member's id or exact name."), u"P"_s);
    const QCommandLineOption date =
        valueOption(u"date"_s, QT_TRANSLATE_NOOP("rd::Cli", "The date (YYYY-MM-DD)."), u"D"_s);
    const QCommandLineOption level = valueOption(
        u"level"_s,
        QT_TRANSLATE_NOOP("rd::Cli", "tell, sell, consult, agree, advise, inquire or delegate."),
        u"L"_s);
    return {
        {u"person add"_s,
         {valueOption(u"role"_s, QT_TRANSLATE_NOOP("rd::Cli", "Their role."), u"R"_s),
          valueOption(u"cadence"_s,
                      QT_TRANSLATE_NOOP("rd::Cli", "Days between one-on-ones (default 14)."),
                      u"DAYS"_s),
          valueOption(u"joined"_s,
                      QT_TRANSLATE_NOOP("rd::Cli", "The day they joined (default today)."),
                      u"DATE"_s)},
         u"NAME"_s,
         personAdd},
        {u"person list"_s,
         {flagOption(u"json"_s, QT_TRANSLATE_NOOP("rd::Cli", "Print JSON."))},
         {},
         personList},
        {u"log one-on-one"_s,
         {person, date,
          valueOption(u"status"_s,
                      QT_TRANSLATE_NOOP("rd::Cli", "held, cancelled or moved (default held)."),
                      u"S"_s),
          valueOption(u"talk"_s,
                      QT_TRANSLATE_NOOP("rd::Cli", "Your share of the talking, in percent."),
                      u"PCT"_s),
          valueOption(u"energy"_s,
                      QT_TRANSLATE_NOOP("rd::Cli", "Their energy as they described it, 1 to 5."),
                      u"N"_s),
          valueOption(u"duration"_s, QT_TRANSLATE_NOOP("rd::Cli", "Minutes."), u"MIN"_s),
          flagOption(u"context-shared"_s,
                     QT_TRANSLATE_NOOP("rd::Cli", "You shared goals, results or decisions.")),
          flagOption(
              u"mistake-discussed"_s,
              QT_TRANSLATE_NOOP("rd::Cli", "A mistake or setback was discussed as learning.")),
          valueOption(u"agenda-member"_s,
                      QT_TRANSLATE_NOOP("rd::Cli", "An agenda item they raised (repeatable)."),
                      u"TEXT"_s),
          valueOption(u"agenda-manager"_s,
                      QT_TRANSLATE_NOOP("rd::Cli", "An agenda item you raised (repeatable)."),
                      u"TEXT"_s),
          valueOption(u"action-member"_s,
                      QT_TRANSLATE_NOOP("rd::Cli", "An action item they own (repeatable)."),
                      u"TEXT"_s),
          valueOption(u"action-manager"_s,
                      QT_TRANSLATE_NOOP("rd::Cli", "An action item you own (repeatable)."),
                      u"TEXT"_s),
          valueOption(u"notes"_s, QT_TRANSLATE_NOOP("rd::Cli", "Private notes."), u"TEXT"_s),
          valueOption(u"summary"_s,
                      QT_TRANSLATE_NOOP("rd::Cli", "A summary you may share with them."),
                      u"TEXT"_s)},
         {},
         logOneOnOne},
        {u"log decision"_s,
         {person, valueOption(u"title"_s, QT_TRANSLATE_NOOP("rd::Cli", "What is decided."), u"T"_s),
          level, valueOption(u"area"_s, QT_TRANSLATE_NOOP("rd::Cli", "The decision area."), u"A"_s),
          valueOption(u"why"_s, QT_TRANSLATE_NOOP("rd::Cli", "The goal: why it matters."), u"W"_s),
          valueOption(u"boundaries"_s,
                      QT_TRANSLATE_NOOP("rd::Cli", "The boundaries: budget, deadline, scope."),
                      u"B"_s),
          date,
          valueOption(u"review"_s, QT_TRANSLATE_NOOP("rd::Cli", "When to review it (YYYY-MM-DD)."),
                      u"D"_s),
          valueOption(u"check-ins"_s, QT_TRANSLATE_NOOP("rd::Cli", "How often you checked in."),
                      u"N"_s),
          flagOption(u"overridden"_s,
                     QT_TRANSLATE_NOOP("rd::Cli", "You overrode it or took it back.")),
          valueOption(u"outcome"_s,
                      QT_TRANSLATE_NOOP("rd::Cli", "pending, succeeded, mixed or failed."),
                      u"O"_s)},
         {},
         logDecision},
        {u"log initiative"_s,
         {person, valueOption(u"text"_s, QT_TRANSLATE_NOOP("rd::Cli", "What they did."), u"T"_s),
          valueOption(
              u"kind"_s,
              QT_TRANSLATE_NOOP("rd::Cli", "initiative or compliance (default initiative)."),
              u"K"_s),
          valueOption(u"outcome"_s,
                      QT_TRANSLATE_NOOP("rd::Cli", "worked, partly, failed or too-early."), u"O"_s),
          valueOption(u"recognised"_s,
                      QT_TRANSLATE_NOOP("rd::Cli", "When you recognised it (YYYY-MM-DD)."), u"D"_s),
          valueOption(u"how"_s, QT_TRANSLATE_NOOP("rd::Cli", "private, one-on-one or public."),
                      u"H"_s),
          date},
         {},
         logInitiative},
        {u"board set"_s,
         {person,
          valueOption(u"area"_s, QT_TRANSLATE_NOOP("rd::Cli", "The decision area."), u"A"_s), level,
          date},
         {},
         boardSet},
    };
}

} // namespace rd
