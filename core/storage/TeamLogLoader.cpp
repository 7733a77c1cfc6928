#include "TeamLogLoader.h"

#include "domain/Error.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rd {

namespace {
/// The condition that picks one entry by id (`m` is the entry's table), or none.
QString whereClause(std::optional<qint64> id)
{
    return id ? u" WHERE m.id = ?"_s : QString();
}

QVariantList idValue(std::optional<qint64> id)
{
    return id ? QVariantList{*id} : QVariantList{};
}

/// A stored level; the schema allows only MinLevel..MaxLevel, so anything
/// else is a damaged file, named rather than read as some other level.
DelegationLevel storedLevel(const QVariant& value, const char* what, const QVariant& id)
{
    bool ok = false;
    const std::optional<DelegationLevel> level = levelFromInt(value.toInt(&ok));
    if (!ok || !level)
        throw StorageError(QCoreApplication::translate(
                               "rd::Database", "The %1 with id %2 has level %3, outside %4 to %5.")
                               .arg(QCoreApplication::translate("rd::Database", what),
                                    id.toString(), value.toString())
                               .arg(MinLevel)
                               .arg(MaxLevel));
    return *level;
}

template <typename E>
E enumOr(const QVariant& value, E fallback)
{
    return fromId<E>(value.toString()).value_or(fallback);
}
} // namespace

QList<Person> loadPeople(const QSqlDatabase& db)
{
    QList<Person> people;
    QSqlQuery q = sql::exec(db, u"SELECT id, name, role, joined_on, cadence_days, archived "
                                u"FROM people ORDER BY name, id"_s);
    while (q.next()) {
        people.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       sql::toDate(q.value(3)), q.value(4).toInt(), q.value(5).toBool()});
    }
    return people;
}

QList<BoardEntry> loadBoard(const QSqlDatabase& db)
{
    QList<BoardEntry> board;
    QSqlQuery q = sql::exec(db, u"SELECT id, person_id, area, level, agreed_on FROM board_entries "
                                u"ORDER BY agreed_on, person_id, area, id"_s);
    while (q.next()) {
        board.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                      storedLevel(q.value(3), QT_TRANSLATE_NOOP("rd::Database", "board agreement"),
                                  q.value(0)),
                      sql::toDate(q.value(4))});
    }
    return board;
}

QList<OneOnOne> loadOneOnOnes(const QSqlDatabase& db, std::optional<qint64> id)
{
    QList<OneOnOne> meetings;
    QHash<qint64, qsizetype> indexById;
    {
        QSqlQuery q = sql::exec(
            db,
            u"SELECT m.id, m.person_id, m.date, m.status, m.duration_minutes, m.talk_share, "
            u"m.context_shared, m.mistake_discussed, m.energy, m.private_notes, m.shared_summary "
            u"FROM one_on_ones AS m"_s +
                whereClause(id) + u" ORDER BY m.date, m.person_id, m.id"_s,
            idValue(id));
        while (q.next()) {
            OneOnOne m;
            m.id = q.value(0).toLongLong();
            m.personId = q.value(1).toString();
            m.date = sql::toDate(q.value(2));
            m.status = enumOr(q.value(3), MeetingStatus::Held);
            m.durationMinutes = sql::toOptional(q.value(4));
            m.talkSharePercent = sql::toOptional(q.value(5));
            m.contextShared = q.value(6).toBool();
            m.mistakeDiscussed = q.value(7).toBool();
            m.energy = sql::toOptional(q.value(8));
            m.privateNotes = q.value(9).toString();
            m.sharedSummary = q.value(10).toString();
            indexById.insert(m.id, meetings.size());
            meetings.append(std::move(m));
        }
    }
    if (meetings.isEmpty())
        return meetings;
    const auto forEachItem = [&](const QString& table, const QString& columns, auto&& add) {
        QSqlQuery q = sql::exec(db,
                                u"SELECT i.one_on_one_id, "_s + columns + u" FROM "_s + table +
                                    u" AS i JOIN one_on_ones AS m ON m.id = i.one_on_one_id"_s +
                                    whereClause(id) + u" ORDER BY i.one_on_one_id, i.position"_s,
                                idValue(id));
        while (q.next()) {
            const auto it = indexById.constFind(q.value(0).toLongLong());
            if (it != indexById.cend())
                add(meetings[*it], q);
        }
    };
    forEachItem(u"agenda_items"_s, u"i.text, i.raised_by, i.covered"_s,
                [](OneOnOne& m, const QSqlQuery& q) {
                    m.agenda.append({q.value(1).toString(), enumOr(q.value(2), Party::Member),
                                     q.value(3).toBool()});
                });
    forEachItem(u"action_items"_s,
                u"i.text, i.owner, i.due_on, i.done_on, i.first_due_on, i.due_moves"_s,
                [](OneOnOne& m, const QSqlQuery& q) {
                    m.actions.append({q.value(1).toString(), enumOr(q.value(2), Party::Member),
                                      sql::toDate(q.value(3)), sql::toDate(q.value(4)),
                                      sql::toDate(q.value(5)), q.value(6).toInt()});
                });
    return meetings;
}

QList<Decision> loadDecisions(const QSqlDatabase& db, std::optional<qint64> id)
{
    QList<Decision> decisions;
    QSqlQuery q = sql::exec(db,
                            u"SELECT m.id, m.person_id, m.date, m.title, m.area, m.level, m.why, "
                            u"m.boundaries, m.review_on, m.check_ins, m.overridden, m.outcome, "
                            u"m.learning FROM decisions AS m"_s +
                                whereClause(id) + u" ORDER BY m.date, m.person_id, m.id"_s,
                            idValue(id));
    while (q.next()) {
        Decision d;
        d.id = q.value(0).toLongLong();
        d.personId = q.value(1).toString();
        d.date = sql::toDate(q.value(2));
        d.title = q.value(3).toString();
        d.area = q.value(4).toString();
        d.level =
            storedLevel(q.value(5), QT_TRANSLATE_NOOP("rd::Database", "decision"), q.value(0));
        d.why = q.value(6).toString();
        d.boundaries = q.value(7).toString();
        d.reviewOn = sql::toDate(q.value(8));
        d.checkIns = q.value(9).toInt();
        d.overridden = q.value(10).toBool();
        d.outcome = enumOr(q.value(11), DecisionOutcome::Pending);
        d.learning = q.value(12).toString();
        decisions.append(std::move(d));
    }
    return decisions;
}

QList<Initiative> loadInitiatives(const QSqlDatabase& db, std::optional<qint64> id)
{
    QList<Initiative> initiatives;
    QSqlQuery q = sql::exec(db,
                            u"SELECT m.id, m.person_id, m.date, m.description, m.kind, m.outcome, "
                            u"m.recognised_on, m.recognition FROM initiatives AS m"_s +
                                whereClause(id) + u" ORDER BY m.date, m.person_id, m.id"_s,
                            idValue(id));
    while (q.next()) {
        Initiative i;
        i.id = q.value(0).toLongLong();
        i.personId = q.value(1).toString();
        i.date = sql::toDate(q.value(2));
        i.description = q.value(3).toString();
        i.kind = enumOr(q.value(4), InitiativeKind::Initiative);
        i.outcome = enumOr(q.value(5), InitiativeOutcome::TooEarly);
        i.recognisedOn = sql::toDate(q.value(6));
        if (!q.value(7).isNull())
            i.recognition = fromId<RecognitionChannel>(q.value(7).toString());
        initiatives.append(std::move(i));
    }
    return initiatives;
}

QMap<QString, QString> loadSettings(const QSqlDatabase& db)
{
    QMap<QString, QString> values;
    QSqlQuery q = sql::exec(db, u"SELECT key, value FROM settings"_s);
    while (q.next())
        values.insert(q.value(0).toString(), q.value(1).toString());
    return values;
}

QList<PromptState> loadPromptStates(const QSqlDatabase& db)
{
    QList<PromptState> states;
    QSqlQuery q =
        sql::exec(db, u"SELECT key, state, on_date, until, note FROM prompt_states ORDER BY key"_s);
    while (q.next()) {
        states.append({q.value(0).toString(), enumOr(q.value(1), PromptStateKind::Done),
                       sql::toDate(q.value(2)), sql::toDate(q.value(3)), q.value(4).toString()});
    }
    return states;
}

QList<PlannedOneOnOne> loadPlans(const QSqlDatabase& db)
{
    QList<PlannedOneOnOne> plans;
    QSqlQuery q = sql::exec(db, u"SELECT id, person_id, date, time, duration_minutes, uid, "
                                u"recurrence_id FROM planned_one_on_ones "
                                u"ORDER BY date, coalesce(time, ''), person_id, id"_s);
    while (q.next()) {
        PlannedOneOnOne p;
        p.id = q.value(0).toLongLong();
        p.personId = q.value(1).toString();
        p.date = sql::toDate(q.value(2));
        if (!q.value(3).isNull())
            p.time = QTime::fromString(q.value(3).toString(), u"HH:mm");
        p.durationMinutes = q.value(4).toInt();
        p.uid = q.value(5).toString();
        p.recurrenceId = q.value(6).toString();
        plans.append(std::move(p));
    }
    return plans;
}

namespace {
/// Every entry's person id shares the text of its person's: the engine and the
/// week index the logs by person on every change, and 100,000 lookups of ids
/// each in its own allocation took 15 ms against 3 ms for shared ones.
void sharePersonIds(TeamLog& log)
{
    QHash<QString, QString> ids;
    ids.reserve(log.people.size());
    for (const Person& p : std::as_const(log.people))
        ids.insert(p.id, p.id);
    const auto share = [&ids](QString& id) {
        if (const auto it = ids.constFind(id); it != ids.cend())
            id = *it;
    };
    for (OneOnOne& m : log.oneOnOnes)
        share(m.personId);
    for (Decision& d : log.decisions)
        share(d.personId);
    for (Initiative& i : log.initiatives)
        share(i.personId);
    for (BoardEntry& b : log.board)
        share(b.personId);
    for (PlannedOneOnOne& p : log.planned)
        share(p.personId);
}
} // namespace

TeamLog loadTeamLog(const QSqlDatabase& db)
{
    // One read transaction gives a consistent snapshot while another writer commits.
    QSqlDatabase connection = db;
    const bool ownTransaction = connection.transaction();
    TeamLog log;
    try {
        log.people = loadPeople(db);
        log.board = loadBoard(db);
        log.oneOnOnes = loadOneOnOnes(db);
        log.decisions = loadDecisions(db);
        log.initiatives = loadInitiatives(db);
        log.promptStates = loadPromptStates(db);
        log.planned = loadPlans(db);
    } catch (...) {
        if (ownTransaction)
            connection.rollback();
        throw;
    }
    if (ownTransaction)
        connection.commit();
    sharePersonIds(log);
    return log;
}

} // namespace rd
