#include "domain/IsoDate.h"
#include "JsonExchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rd {

namespace {
QJsonValue dateValue(QDate date)
{
    return date.isValid() ? QJsonValue(isoDate(date)) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalValue(std::optional<int> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const Person& p)
{
    return {{u"id"_s, p.id},
            {u"name"_s, p.name},
            {u"role"_s, p.role},
            {u"joinedOn"_s, dateValue(p.joinedOn)},
            {u"cadenceDays"_s, p.cadenceDays},
            {u"archived"_s, p.archived}};
}

QJsonObject toJson(const BoardEntry& b)
{
    return {{u"person"_s, b.personId},
            {u"area"_s, b.area},
            {u"level"_s, toId(b.level)},
            {u"agreedOn"_s, dateValue(b.agreedOn)}};
}

QJsonObject toJson(const OneOnOne& m)
{
    QJsonArray agenda;
    for (const AgendaItem& item : m.agenda) {
        agenda.append(QJsonObject{{u"text"_s, item.text},
                                  {u"raisedBy"_s, toId(item.raisedBy)},
                                  {u"covered"_s, item.covered}});
    }
    QJsonArray actions;
    for (const ActionItem& item : m.actions) {
        QJsonObject action{{u"text"_s, item.text},
                           {u"owner"_s, toId(item.owner)},
                           {u"due"_s, dateValue(item.due)},
                           {u"doneOn"_s, dateValue(item.doneOn)}};
        // Only a renegotiated action carries its history: older files stay as they were.
        if (item.dueMoves > 0 || item.firstDue.isValid()) {
            action.insert(u"firstDue"_s, dateValue(item.firstDue));
            action.insert(u"dueMoves"_s, item.dueMoves);
        }
        actions.append(action);
    }
    return {{u"person"_s, m.personId},
            {u"date"_s, dateValue(m.date)},
            {u"status"_s, toId(m.status)},
            {u"durationMinutes"_s, optionalValue(m.durationMinutes)},
            {u"talkSharePercent"_s, optionalValue(m.talkSharePercent)},
            {u"contextShared"_s, m.contextShared},
            {u"mistakeDiscussed"_s, m.mistakeDiscussed},
            {u"energy"_s, optionalValue(m.energy)},
            {u"agenda"_s, agenda},
            {u"actions"_s, actions},
            {u"privateNotes"_s, m.privateNotes},
            {u"sharedSummary"_s, m.sharedSummary}};
}

QJsonObject toJson(const Decision& d)
{
    return {{u"person"_s, d.personId},       {u"date"_s, dateValue(d.date)},
            {u"title"_s, d.title},           {u"area"_s, d.area},
            {u"level"_s, toId(d.level)},     {u"why"_s, d.why},
            {u"boundaries"_s, d.boundaries}, {u"reviewOn"_s, dateValue(d.reviewOn)},
            {u"checkIns"_s, d.checkIns},     {u"overridden"_s, d.overridden},
            {u"outcome"_s, toId(d.outcome)}, {u"learning"_s, d.learning}};
}

QJsonObject toJson(const Initiative& i)
{
    return {{u"person"_s, i.personId},
            {u"date"_s, dateValue(i.date)},
            {u"description"_s, i.description},
            {u"kind"_s, toId(i.kind)},
            {u"outcome"_s, toId(i.outcome)},
            {u"recognisedOn"_s, dateValue(i.recognisedOn)},
            {u"recognition"_s,
             i.recognition ? QJsonValue(toId(*i.recognition)) : QJsonValue(QJsonValue::Null)}};
}

QJsonObject toJson(const PromptState& s)
{
    QJsonObject object{{u"key"_s, s.key},
                       {u"state"_s, toId(s.state)},
                       {u"on"_s, dateValue(s.on)},
                       {u"note"_s, s.note}};
    if (s.state == PromptStateKind::Snoozed)
        object.insert(u"until"_s, dateValue(s.until));
    return object;
}

QJsonObject toJson(const PlannedOneOnOne& p)
{
    QJsonObject object{{u"person"_s, p.personId},
                       {u"date"_s, dateValue(p.date)},
                       {u"time"_s, p.isAllDay() ? QJsonValue(QJsonValue::Null)
                                                : QJsonValue(p.time.toString(u"HH:mm"_s))},
                       {u"durationMinutes"_s, p.durationMinutes},
                       {u"uid"_s, p.uid}};
    if (!p.recurrenceId.isEmpty())
        object.insert(u"recurrenceId"_s, p.recurrenceId);
    return object;
}

template <typename T>
QJsonArray toJsonArray(const QList<T>& values)
{
    QJsonArray array;
    for (const T& value : values)
        array.append(toJson(value));
    return array;
}
} // namespace

QByteArray toExchangeJson(const TeamLog& log, const QDateTime& exportedAt)
{
    const QJsonObject root{
        {u"format"_s, u"rodedraad"_s},
        {u"version"_s, ExchangeFormatVersion},
        {u"exportedAt"_s,
         exportedAt.toOffsetFromUtc(exportedAt.offsetFromUtc()).toString(Qt::ISODate)},
        {u"people"_s, toJsonArray(log.people)},
        {u"delegationBoard"_s, toJsonArray(log.board)},
        {u"oneOnOnes"_s, toJsonArray(log.oneOnOnes)},
        {u"decisions"_s, toJsonArray(log.decisions)},
        {u"initiatives"_s, toJsonArray(log.initiatives)},
        {u"promptStates"_s, toJsonArray(log.promptStates)},
        {u"plannedOneOnOnes"_s, toJsonArray(log.planned)},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace rd
