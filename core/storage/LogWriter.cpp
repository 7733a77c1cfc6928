#include "LogWriter.h"

#include "domain/Error.h"
#include "Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rd {

namespace {
void bindAll(QSqlQuery& query, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
}

qint64 execInsert(QSqlQuery& query, const QVariantList& values)
{
    bindAll(query, values);
    sql::exec(query);
    return query.lastInsertId().toLongLong();
}
} // namespace

void validate(const Person& person)
{
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
    if (!entry.agreedOn.isValid())
        throw ValidationError(QCoreApplication::translate(
            "rd::Validation", "A delegation-board cell needs a valid date."));
}

LogWriter::LogWriter(QSqlDatabase db)
    : m_db(std::move(db))
{}

QSqlQuery& LogWriter::prepared(QSqlQuery& query, const QString& statement)
{
    if (query.lastQuery().isEmpty())
        query = sql::prepare(m_db, statement);
    return query;
}

void LogWriter::insertPerson(const Person& p)
{
    QSqlQuery& query = prepared(m_person, u"INSERT INTO people (id, name, role, joined_on, "
                                          u"cadence_days, archived) VALUES (?, ?, ?, ?, ?, ?)"_s);
    execInsert(query, {sql::text(p.id), sql::text(p.name), sql::text(p.role),
                       sql::fromDate(p.joinedOn), p.cadenceDays, sql::fromBool(p.archived)});
}

void LogWriter::updatePerson(const Person& p)
{
    sql::exec(m_db,
              u"UPDATE people SET name = ?, role = ?, joined_on = ?, cadence_days = ?, "
              u"archived = ? WHERE id = ?"_s,
              {sql::text(p.name), sql::text(p.role), sql::fromDate(p.joinedOn), p.cadenceDays,
               sql::fromBool(p.archived), sql::text(p.id)});
}

qint64 LogWriter::insertOneOnOne(const OneOnOne& m)
{
    QSqlQuery& query = prepared(
        m_meeting, u"INSERT INTO one_on_ones (person_id, date, status, duration_minutes, "
                   u"talk_share, context_shared, mistake_discussed, energy, private_notes, "
                   u"shared_summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const qint64 id =
        execInsert(query, {sql::text(m.personId), sql::fromDate(m.date), toId(m.status),
                           sql::fromOptional(m.durationMinutes),
                           sql::fromOptional(m.talkSharePercent), sql::fromBool(m.contextShared),
                           sql::fromBool(m.mistakeDiscussed), sql::fromOptional(m.energy),
                           sql::text(m.privateNotes), sql::text(m.sharedSummary)});
    insertMeetingItems(id, m);
    return id;
}

void LogWriter::updateOneOnOne(const OneOnOne& m)
{
    sql::exec(m_db,
              u"UPDATE one_on_ones SET person_id = ?, date = ?, status = ?, duration_minutes = ?, "
              u"talk_share = ?, context_shared = ?, mistake_discussed = ?, energy = ?, "
              u"private_notes = ?, shared_summary = ? WHERE id = ?"_s,
              {sql::text(m.personId), sql::fromDate(m.date), toId(m.status),
               sql::fromOptional(m.durationMinutes), sql::fromOptional(m.talkSharePercent),
               sql::fromBool(m.contextShared), sql::fromBool(m.mistakeDiscussed),
               sql::fromOptional(m.energy), sql::text(m.privateNotes), sql::text(m.sharedSummary),
               m.id});
    sql::exec(m_db, u"DELETE FROM agenda_items WHERE one_on_one_id = ?"_s, {m.id});
    sql::exec(m_db, u"DELETE FROM action_items WHERE one_on_one_id = ?"_s, {m.id});
    insertMeetingItems(m.id, m);
}

void LogWriter::insertMeetingItems(qint64 meetingId, const OneOnOne& m)
{
    for (int i = 0; i < m.agenda.size(); ++i) {
        const AgendaItem& item = m.agenda.at(i);
        QSqlQuery& query =
            prepared(m_agenda, u"INSERT INTO agenda_items (one_on_one_id, position, "
                               u"text, raised_by, covered) VALUES (?, ?, ?, ?, ?)"_s);
        execInsert(query, {meetingId, i, sql::text(item.text), toId(item.raisedBy),
                           sql::fromBool(item.covered)});
    }
    for (int i = 0; i < m.actions.size(); ++i) {
        const ActionItem& item = m.actions.at(i);
        QSqlQuery& query = prepared(m_action, u"INSERT INTO action_items (one_on_one_id, position, "
                                              u"text, owner, due_on, done_on) "
                                              u"VALUES (?, ?, ?, ?, ?, ?)"_s);
        execInsert(query, {meetingId, i, sql::text(item.text), toId(item.owner),
                           sql::fromDate(item.due), sql::fromDate(item.doneOn)});
    }
}

qint64 LogWriter::insertDecision(const Decision& d)
{
    QSqlQuery& query =
        prepared(m_decision, u"INSERT INTO decisions (person_id, date, title, area, level, why, "
                             u"boundaries, review_on, check_ins, overridden, outcome, learning) "
                             u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    return execInsert(query, {sql::text(d.personId), sql::fromDate(d.date), sql::text(d.title),
                              sql::text(d.area), toInt(d.level), sql::text(d.why),
                              sql::text(d.boundaries), sql::fromDate(d.reviewOn), d.checkIns,
                              sql::fromBool(d.overridden), toId(d.outcome), sql::text(d.learning)});
}

void LogWriter::updateDecision(const Decision& d)
{
    sql::exec(m_db,
              u"UPDATE decisions SET person_id = ?, date = ?, title = ?, area = ?, level = ?, "
              u"why = ?, boundaries = ?, review_on = ?, check_ins = ?, overridden = ?, "
              u"outcome = ?, learning = ? WHERE id = ?"_s,
              {sql::text(d.personId), sql::fromDate(d.date), sql::text(d.title), sql::text(d.area),
               toInt(d.level), sql::text(d.why), sql::text(d.boundaries), sql::fromDate(d.reviewOn),
               d.checkIns, sql::fromBool(d.overridden), toId(d.outcome), sql::text(d.learning),
               d.id});
}

qint64 LogWriter::insertInitiative(const Initiative& i)
{
    QSqlQuery& query = prepared(
        m_initiative, u"INSERT INTO initiatives (person_id, date, description, kind, outcome, "
                      u"recognised_on, recognition) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    return execInsert(query,
                      {sql::text(i.personId), sql::fromDate(i.date), sql::text(i.description),
                       toId(i.kind), toId(i.outcome), sql::fromDate(i.recognisedOn),
                       i.recognition ? QVariant(toId(*i.recognition))
                                     : QVariant(QMetaType::fromType<QString>())});
}

void LogWriter::updateInitiative(const Initiative& i)
{
    sql::exec(
        m_db,
        u"UPDATE initiatives SET person_id = ?, date = ?, description = ?, kind = ?, "
        u"outcome = ?, recognised_on = ?, recognition = ? WHERE id = ?"_s,
        {sql::text(i.personId), sql::fromDate(i.date), sql::text(i.description), toId(i.kind),
         toId(i.outcome), sql::fromDate(i.recognisedOn),
         i.recognition ? QVariant(toId(*i.recognition)) : QVariant(QMetaType::fromType<QString>()),
         i.id});
}

qint64 LogWriter::insertBoardEntry(const BoardEntry& b)
{
    QSqlQuery& query = prepared(m_board, u"INSERT INTO board_entries (person_id, area, level, "
                                         u"agreed_on) VALUES (?, ?, ?, ?)"_s);
    return execInsert(query, {sql::text(b.personId), sql::text(b.area), toInt(b.level),
                              sql::fromDate(b.agreedOn)});
}

void LogWriter::upsertPromptState(const PromptState& s)
{
    QSqlQuery& query =
        prepared(m_promptState, u"INSERT INTO prompt_states (key, state, on_date, until, note) "
                                u"VALUES (?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET "
                                u"state = excluded.state, on_date = excluded.on_date, "
                                u"until = excluded.until, note = excluded.note"_s);
    execInsert(query, {sql::text(s.key), toId(s.state), sql::fromDate(s.on), sql::fromDate(s.until),
                       sql::text(s.note)});
}

} // namespace rd
