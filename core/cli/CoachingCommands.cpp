// prompts, index and prep: the coaching engine on the command line.
#include "CliContext.h"
#include "coaching/FacilitationIndex.h"
#include "coaching/Journal.h"
#include "coaching/PrepSheet.h"
#include "coaching/PromptEngine.h"
#include "i18n/LocalDate.h"
#include "storage/Database.h"
#include "storage/DraftRepository.h"
#include "storage/Repositories.h"
#include "storage/SafeFile.h"
#include "storage/TeamLogLoader.h"
#include "store/SnapshotLoader.h"

#include <cmath>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rd {

QJsonObject promptJson(const Prompt& p)
{
    return {{u"rule"_s, p.rule},
            {u"lever"_s, toId(p.lever)},
            {u"severity"_s, toId(p.severity)},
            {u"person"_s, p.personId.isEmpty() ? QJsonValue() : QJsonValue(p.personId)},
            {u"personName"_s, p.personName.isEmpty() ? QJsonValue() : QJsonValue(p.personName)},
            {u"title"_s, p.title},
            {u"evidence"_s, QJsonArray::fromStringList(p.evidence)},
            {u"why"_s, p.why},
            {u"question"_s, p.question},
            {u"action"_s, p.action},
            {u"key"_s, p.key}};
}

namespace {

struct Loaded
{
    std::unique_ptr<Database> db;
    TeamLog log;
    PromptEngine engine;
};

Loaded load(const CliContext& c)
{
    auto db = c.openDatabase();
    TeamLog log = loadTeamLog(db->connection());
    PromptEngine engine(loadThresholds(db->connection()));
    return {std::move(db), std::move(log), std::move(engine)};
}

QJsonValue rounded(std::optional<double> value)
{
    if (!value)
        return QJsonValue::Null;
    return std::round(*value * 10.0) / 10.0;
}

int prompts(CliContext& c)
{
    const QDate asOf = c.date(u"as-of"_s, QDate::currentDate());
    const Loaded data = load(c);
    QString personId;
    if (c.isSet(u"person"_s))
        personId = c.person(*data.db).id;
    QList<Prompt> list;
    for (const Prompt& p : data.engine.activePrompts(data.log, asOf)) {
        if (personId.isEmpty() || p.personId == personId)
            list << p;
    }
    if (c.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Prompt& p : list)
            array.append(promptJson(p));
        printJson(c.out, QJsonDocument(QJsonObject{{u"asOf"_s, asOf.toString(Qt::ISODate)},
                                                   {u"prompts"_s, array}})
                             .toJson(QJsonDocument::Indented));
        return 0;
    }
    if (list.isEmpty())
        c.out << QCoreApplication::translate("rd::Cli", "No prompts as of %1.").arg(localDate(asOf))
              << u'\n';
    for (const Prompt& p : list) {
        c.out << u"["_s << label(p.severity) << u"] "_s << label(p.lever) << u" · "_s << p.rule
              << u'\n';
        c.out << u"  "_s << p.title << u'\n';
        for (const QString& e : p.evidence)
            c.out << u"    - "_s << e << u'\n';
        c.out << u"  "_s << p.why << u'\n';
        c.out << u"  "_s << QCoreApplication::translate("rd::Cli", "Ask: %1").arg(p.question)
              << u'\n';
        c.out << u"  "_s << QCoreApplication::translate("rd::Cli", "Step: %1").arg(p.action)
              << u"\n\n"_s;
    }
    return 0;
}

int index(CliContext& c)
{
    const QDate asOf = c.date(u"as-of"_s, QDate::currentDate());
    const Loaded data = load(c);
    const QDate to = c.date(u"to"_s, asOf);
    // Without --from the index starts at the first logged month, but never
    // after the end: data dated in the future is no reason to fail.
    QDate from = c.date(u"from"_s, firstLoggedMonth(data.log));
    if (!c.isSet(u"from"_s) && from.isValid() && from > to)
        from = QDate(to.year(), to.month(), 1);
    // Nor more than the longest period allowed before it (one entry dated 0001-01-01).
    if (!c.isSet(u"from"_s) && from.isValid() && from < to.addYears(-CliContext::MaxPeriodYears))
        from = QDate(to.year() - CliContext::MaxPeriodYears + 1, 1, 1);
    if (from.isValid() && to < from)
        throw UsageError(QCoreApplication::translate("rd::Cli", "--to must not be before --from."));
    CliContext::requireBoundedPeriod(from, to);
    const QList<IndexMonth> months = facilitationIndex(data.log, from, to, asOf);
    if (c.isSet(u"json"_s)) {
        QJsonArray array;
        for (const IndexMonth& m : months) {
            QJsonObject components;
            for (int n = 0; n < IndexComponentCount; ++n)
                components.insert(componentId(IndexComponent(n)),
                                  rounded(m.components.at(size_t(n))));
            array.append(QJsonObject{{u"month"_s, m.month.toString(u"yyyy-MM"_s)},
                                     {u"index"_s, rounded(m.index)},
                                     {u"components"_s, components}});
        }
        printJson(c.out,
                  QJsonDocument(QJsonObject{{u"months"_s, array}}).toJson(QJsonDocument::Indented));
        return 0;
    }
    QStringList header{QCoreApplication::translate("rd::Cli", "Month"),
                       QCoreApplication::translate("rd::Cli", "Index")};
    for (int n = 0; n < IndexComponentCount; ++n)
        header << componentLabel(IndexComponent(n));
    c.out << header.join(u'\t') << u'\n';
    for (const IndexMonth& m : months) {
        QStringList row{m.month.toString(u"yyyy-MM"_s)};
        auto cell = [](std::optional<double> v) {
            return v ? QString::number(*v, 'f', 0) : u"–"_s;
        };
        row << cell(m.index);
        for (const auto& component : m.components)
            row << cell(component);
        c.out << row.join(u'\t') << u'\n';
    }
    return 0;
}

int prep(CliContext& c)
{
    const QDate asOf = c.date(u"as-of"_s, QDate::currentDate());
    const Loaded data = load(c);
    const Person person = c.person(*data.db);
    // The agenda prepared in the app for this person, if any, as the app's sheet has it.
    const std::optional<MeetingDraft> draft = DraftRepository(*data.db).find(person.id);
    const std::optional<PrepSheet> sheet =
        prepareOneOnOne(data.log, person.id, asOf, data.engine.activePrompts(data.log, asOf),
                        draft ? &*draft : nullptr);
    const QString markdown = prepSheetMarkdown(*sheet);
    if (c.isSet(u"markdown"_s))
        writeFileSafely(c.value(u"markdown"_s), markdown.toUtf8());
    else
        c.out << markdown;
    return 0;
}

PromptState promptState(CliContext& c, PromptStateKind kind)
{
    if (c.positional.size() != 1)
        throw UsageError(QCoreApplication::translate(
            "rd::Cli", "Name exactly one prompt KEY (rule|person|period)."));
    PromptState state;
    state.key = c.positional.first();
    if (splitPromptKey(state.key).rule.isEmpty())
        throw UsageError(QCoreApplication::translate(
                             "rd::Cli", "\"%1\" is not a prompt key (rule|person|period).")
                             .arg(state.key));
    state.state = kind;
    state.on = c.date(u"on"_s, QDate::currentDate());
    state.note = c.value(u"note"_s);
    if (kind == PromptStateKind::Snoozed) {
        state.until = c.date(u"until"_s);
        if (!state.until.isValid())
            throw UsageError(QCoreApplication::translate("rd::Cli", "--until is required."));
    }
    return state;
}

int markPrompt(CliContext& c, PromptStateKind kind)
{
    const PromptState state = promptState(c, kind);
    auto db = c.openDatabase();
    PromptStateRepository(*db).set(state);
    return 0;
}

int journal(CliContext& c)
{
    const Loaded data = load(c);
    const QList<JournalEntry> entries = learningJournal(data.log);
    if (c.isSet(u"json"_s)) {
        QJsonArray array;
        for (const JournalEntry& e : entries) {
            array.append(QJsonObject{
                {u"on"_s, e.on.toString(Qt::ISODate)},
                {u"rule"_s, e.rule},
                {u"person"_s, e.personId.isEmpty() ? QJsonValue() : QJsonValue(e.personId)},
                {u"period"_s, e.period},
                {u"reflection"_s, e.reflection}});
        }
        printJson(
            c.out,
            QJsonDocument(QJsonObject{{u"journal"_s, array}}).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const JournalEntry& e : entries) {
        c.out << localDate(e.on) << u"  "_s << e.rule;
        if (!e.personName.isEmpty())
            c.out << u" · "_s << e.personName;
        c.out << u'\n';
        if (!e.reflection.isEmpty())
            c.out << u"    "_s << e.reflection << u'\n';
    }
    return 0;
}

} // namespace

QList<CommandSpec> coachingCommands()
{
    const QCommandLineOption asOf = valueOption(
        u"as-of"_s,
        QT_TRANSLATE_NOOP("rd::Cli", "Only count entries up to this date (default today)."),
        u"D"_s);
    const QCommandLineOption json =
        flagOption(u"json"_s, QT_TRANSLATE_NOOP("rd::Cli", "Print JSON."));
    const QCommandLineOption person = valueOption(
        u"person"_s, QT_TRANSLATE_NOOP("rd::Cli", "The team member's id or exact name."), u"P"_s);
    return {
        {u"prompts"_s, {person, asOf, json}, {}, prompts},
        {u"index"_s,
         {valueOption(u"from"_s,
                      QT_TRANSLATE_NOOP("rd::Cli", "The first month (default: the first logged)."),
                      u"D"_s),
          valueOption(u"to"_s,
                      QT_TRANSLATE_NOOP("rd::Cli", "The last month (default: the as-of date)."),
                      u"D"_s),
          asOf, json},
         {},
         index},
        {u"prompt done"_s,
         {valueOption(u"note"_s,
                      QT_TRANSLATE_NOOP("rd::Cli", "Your reflection: what you did and learned."),
                      u"TEXT"_s),
          valueOption(u"on"_s, QT_TRANSLATE_NOOP("rd::Cli", "The date (default today)."), u"D"_s)},
         u"KEY"_s,
         [](CliContext& c) {
             return markPrompt(c, PromptStateKind::Done);
         }},
        {u"prompt snooze"_s,
         {valueOption(u"until"_s, QT_TRANSLATE_NOOP("rd::Cli", "Quiet until this date."), u"D"_s),
          valueOption(u"note"_s, QT_TRANSLATE_NOOP("rd::Cli", "A note for yourself."), u"TEXT"_s),
          valueOption(u"on"_s, QT_TRANSLATE_NOOP("rd::Cli", "The date (default today)."), u"D"_s)},
         u"KEY"_s,
         [](CliContext& c) {
             return markPrompt(c, PromptStateKind::Snoozed);
         }},
        {u"prompt dismiss"_s,
         {valueOption(u"note"_s, QT_TRANSLATE_NOOP("rd::Cli", "A note for yourself."), u"TEXT"_s),
          valueOption(u"on"_s, QT_TRANSLATE_NOOP("rd::Cli", "The date (default today)."), u"D"_s)},
         u"KEY"_s,
         [](CliContext& c) {
             return markPrompt(c, PromptStateKind::Dismissed);
         }},
        {u"journal"_s, {json}, {}, journal},
        {u"prep"_s,
         {person, asOf,
          valueOption(
              u"markdown"_s,
              QT_TRANSLATE_NOOP("rd::Cli", "Write the sheet to FILE instead of printing it."),
              u"FILE"_s)},
         {},
         prep},
    };
}

} // namespace rd
