#include "LogWriter.h"

#include "domain/Error.h"
#include "Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rd {

LogWriter::LogWriter(QSqlDatabase db)
    : m_db(std::move(db))
{}

LogWriter::~LogWriter() = default;

sql::Statement& LogWriter::prepared(std::optional<sql::Statement>& statement, const QString& text)
{
    if (!statement)
        statement.emplace(m_db, text);
    return *statement;
}

namespace {
/// An entry that has an id keeps it (a redo re-adds what an undo removed, so
/// later steps that name it still find it); 0 lets SQLite choose a new one.
sql::Statement& bindId(sql::Statement& statement, int index, qint64 id)
{
    return id > 0 ? statement.bind(index, id) : statement.bindNull(index);
}

/// An update must change exactly the one row it names: a row that is gone (an
/// undo after another process removed it) is one sentence, never silence.
/// `gone` is the sentence, marked with QT_TRANSLATE_NOOP("rd::Database", …).
void requireOneRow(const sql::Statement& statement, const char* gone)
{
    if (statement.changes() != 1)
        throw ValidationError(QCoreApplication::translate("rd::Database", gone));
}

/// Binds a person's columns, 1 to 6, in the order both statements name them (the id last).
sql::Statement& bindPerson(sql::Statement& statement, const Person& p)
{
    return statement.bind(1, p.name)
        .bind(2, p.role)
        .bind(3, p.joinedOn)
        .bind(4, p.cadenceDays)
        .bind(5, p.archived)
        .bind(6, p.id);
}
} // namespace

void LogWriter::insertPerson(const Person& p)
{
    bindPerson(prepared(m_person, u"INSERT INTO people (name, role, joined_on, cadence_days, "
                                  u"archived, id) VALUES (?, ?, ?, ?, ?, ?)"_s),
               p)
        .run();
}

void LogWriter::updatePerson(const Person& p)
{
    sql::Statement update(m_db, u"UPDATE people SET name = ?, role = ?, joined_on = ?, "
                                u"cadence_days = ?, archived = ? WHERE id = ?"_s);
    bindPerson(update, p).run();
    requireOneRow(update, QT_TRANSLATE_NOOP("rd::Database", "The team member no longer exists."));
}

namespace {
/// Binds a one-on-one's own columns, 1 to 10, in the order both statements name them.
sql::Statement& bindMeeting(sql::Statement& statement, const OneOnOne& m)
{
    return statement.bind(1, m.personId)
        .bind(2, m.date)
        .bind(3, toId(m.status))
        .bind(4, m.durationMinutes)
        .bind(5, m.talkSharePercent)
        .bind(6, m.contextShared)
        .bind(7, m.mistakeDiscussed)
        .bind(8, m.energy)
        .bind(9, m.privateNotes)
        .bind(10, m.sharedSummary);
}
} // namespace

qint64 LogWriter::insertOneOnOne(const OneOnOne& m)
{
    sql::Statement& statement = prepared(
        m_meeting, u"INSERT INTO one_on_ones (person_id, date, status, duration_minutes, "
                   u"talk_share, context_shared, mistake_discussed, energy, private_notes, "
                   u"shared_summary, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    bindId(bindMeeting(statement, m), 11, m.id).run();
    const qint64 id = statement.lastInsertId();
    insertMeetingItems(id, m);
    return id;
}

void LogWriter::updateOneOnOne(const OneOnOne& m)
{
    sql::Statement update(m_db, u"UPDATE one_on_ones SET person_id = ?, date = ?, status = ?, "
                                u"duration_minutes = ?, talk_share = ?, context_shared = ?, "
                                u"mistake_discussed = ?, energy = ?, private_notes = ?, "
                                u"shared_summary = ? WHERE id = ?"_s);
    bindMeeting(update, m).bind(11, m.id).run();
    requireOneRow(update, QT_TRANSLATE_NOOP("rd::Database", "The one-on-one no longer exists."));
    sql::Statement(m_db, u"DELETE FROM agenda_items WHERE one_on_one_id = ?"_s).bind(1, m.id).run();
    sql::Statement(m_db, u"DELETE FROM action_items WHERE one_on_one_id = ?"_s).bind(1, m.id).run();
    insertMeetingItems(m.id, m);
}

void LogWriter::insertMeetingItems(qint64 meetingId, const OneOnOne& m)
{
    for (int i = 0; i < m.agenda.size(); ++i) {
        const AgendaItem& item = m.agenda.at(i);
        prepared(m_agenda, u"INSERT INTO agenda_items (one_on_one_id, position, text, raised_by, "
                           u"covered) VALUES (?, ?, ?, ?, ?)"_s)
            .bind(1, meetingId)
            .bind(2, i)
            .bind(3, item.text)
            .bind(4, toId(item.raisedBy))
            .bind(5, item.covered)
            .run();
    }
    for (int i = 0; i < m.actions.size(); ++i) {
        const ActionItem& item = m.actions.at(i);
        prepared(m_action,
                 u"INSERT INTO action_items (one_on_one_id, position, text, owner, "
                 u"due_on, done_on, first_due_on, due_moves) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s)
            .bind(1, meetingId)
            .bind(2, i)
            .bind(3, item.text)
            .bind(4, toId(item.owner))
            .bind(5, item.due)
            .bind(6, item.doneOn)
            .bind(7, item.firstDue)
            .bind(8, item.dueMoves)
            .run();
    }
}

namespace {
/// Binds a decision's own columns, 1 to 12, in the order both statements name them.
sql::Statement& bindDecision(sql::Statement& statement, const Decision& d)
{
    return statement.bind(1, d.personId)
        .bind(2, d.date)
        .bind(3, d.title)
        .bind(4, d.area)
        .bind(5, toInt(d.level))
        .bind(6, d.why)
        .bind(7, d.boundaries)
        .bind(8, d.reviewOn)
        .bind(9, d.checkIns)
        .bind(10, d.overridden)
        .bind(11, toId(d.outcome))
        .bind(12, d.learning);
}
} // namespace

qint64 LogWriter::insertDecision(const Decision& d)
{
    sql::Statement& statement = prepared(
        m_decision, u"INSERT INTO decisions (person_id, date, title, area, level, why, "
                    u"boundaries, review_on, check_ins, overridden, outcome, learning, id) "
                    u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    bindId(bindDecision(statement, d), 13, d.id).run();
    return statement.lastInsertId();
}

void LogWriter::updateDecision(const Decision& d)
{
    sql::Statement update(m_db, u"UPDATE decisions SET person_id = ?, date = ?, title = ?, "
                                u"area = ?, level = ?, why = ?, boundaries = ?, review_on = ?, "
                                u"check_ins = ?, overridden = ?, outcome = ?, learning = ? "
                                u"WHERE id = ?"_s);
    bindDecision(update, d).bind(13, d.id).run();
    requireOneRow(update, QT_TRANSLATE_NOOP("rd::Database", "The decision no longer exists."));
}

namespace {
/// Binds an initiative's own columns, 1 to 7, in the order both statements name them.
sql::Statement& bindInitiative(sql::Statement& statement, const Initiative& i)
{
    statement.bind(1, i.personId)
        .bind(2, i.date)
        .bind(3, i.description)
        .bind(4, toId(i.kind))
        .bind(5, toId(i.outcome))
        .bind(6, i.recognisedOn);
    return i.recognition ? statement.bind(7, toId(*i.recognition)) : statement.bindNull(7);
}
} // namespace

qint64 LogWriter::insertInitiative(const Initiative& i)
{
    sql::Statement& statement =
        prepared(m_initiative,
                 u"INSERT INTO initiatives (person_id, date, description, kind, "
                 u"outcome, recognised_on, recognition, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    bindId(bindInitiative(statement, i), 8, i.id).run();
    return statement.lastInsertId();
}

void LogWriter::updateInitiative(const Initiative& i)
{
    sql::Statement update(m_db, u"UPDATE initiatives SET person_id = ?, date = ?, description = ?, "
                                u"kind = ?, outcome = ?, recognised_on = ?, recognition = ? "
                                u"WHERE id = ?"_s);
    bindInitiative(update, i).bind(8, i.id).run();
    requireOneRow(update, QT_TRANSLATE_NOOP("rd::Database", "The initiative no longer exists."));
}

qint64 LogWriter::insertBoardEntry(const BoardEntry& b)
{
    sql::Statement& statement =
        prepared(m_board, u"INSERT INTO board_entries (person_id, area, "
                          u"level, agreed_on, id) VALUES (?, ?, ?, ?, ?)"_s);
    statement.bind(1, b.personId).bind(2, b.area).bind(3, toInt(b.level)).bind(4, b.agreedOn);
    bindId(statement, 5, b.id).run();
    return statement.lastInsertId();
}

void LogWriter::upsertPromptState(const PromptState& s)
{
    prepared(m_promptState, u"INSERT INTO prompt_states (key, state, on_date, until, note) "
                            u"VALUES (?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET "
                            u"state = excluded.state, on_date = excluded.on_date, "
                            u"until = excluded.until, note = excluded.note"_s)
        .bind(1, s.key)
        .bind(2, toId(s.state))
        .bind(3, s.on)
        .bind(4, s.until)
        .bind(5, s.note)
        .run();
}

namespace {
/// Binds a plan's columns, 1 to 4, in the order both statements name them.
sql::Statement& bindPlan(sql::Statement& statement, const PlannedOneOnOne& p)
{
    statement.bind(1, p.personId).bind(2, p.date).bind(4, p.durationMinutes);
    return p.isAllDay() ? statement.bindNull(3) : statement.bind(3, p.time.toString(u"HH:mm"));
}
} // namespace

qint64 LogWriter::upsertPlan(const PlannedOneOnOne& p)
{
    validate(p);
    sql::Statement& statement = prepared(
        m_plan, u"INSERT INTO planned_one_on_ones (person_id, date, time, duration_minutes, "
                u"uid, recurrence_id, id) VALUES (?, ?, ?, ?, ?, ?, ?) "
                u"ON CONFLICT(uid, recurrence_id) DO UPDATE SET person_id = excluded.person_id, "
                u"date = excluded.date, time = excluded.time, "
                u"duration_minutes = excluded.duration_minutes"_s);
    bindPlan(statement, p).bind(5, p.uid).bind(6, p.recurrenceId);
    bindId(statement, 7, p.id).run();
    return sql::scalar(m_db,
                       u"SELECT id FROM planned_one_on_ones WHERE uid = ? AND "
                       u"recurrence_id = ?"_s,
                       {p.uid, p.recurrenceId.isNull() ? u""_s : p.recurrenceId})
        .toLongLong();
}

void LogWriter::updatePlan(const PlannedOneOnOne& p)
{
    validate(p);
    sql::Statement update(m_db, u"UPDATE planned_one_on_ones SET person_id = ?, date = ?, "
                                u"time = ?, duration_minutes = ? WHERE id = ?"_s);
    bindPlan(update, p).bind(5, p.id).run();
    requireOneRow(update,
                  QT_TRANSLATE_NOOP("rd::Database", "The planned one-on-one no longer exists."));
}

void LogWriter::removePlan(qint64 id)
{
    sql::Statement remove(m_db, u"DELETE FROM planned_one_on_ones WHERE id = ?"_s);
    remove.bind(1, id).run();
    requireOneRow(remove,
                  QT_TRANSLATE_NOOP("rd::Database", "The planned one-on-one no longer exists."));
}

} // namespace rd
