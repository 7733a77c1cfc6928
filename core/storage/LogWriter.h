#pragma once

#include "domain/TeamLog.h"
#include "domain/Validation.h"
#include "Statement.h"

#include <optional>
#include <QSqlDatabase>

namespace rd {

/// Writes log entries with prepared statements. It never opens a transaction
/// itself: the caller (a repository or the importer) wraps its writes in one.
class LogWriter final
{
public:
    explicit LogWriter(QSqlDatabase db);
    ~LogWriter();
    Q_DISABLE_COPY_MOVE(LogWriter)

    void insertPerson(const Person& person);
    void updatePerson(const Person& person);
    qint64 insertOneOnOne(const OneOnOne& meeting);
    void updateOneOnOne(const OneOnOne& meeting);
    qint64 insertDecision(const Decision& decision);
    void updateDecision(const Decision& decision);
    qint64 insertInitiative(const Initiative& initiative);
    void updateInitiative(const Initiative& initiative);
    qint64 insertBoardEntry(const BoardEntry& entry);
    void upsertPromptState(const PromptState& state);
    /// Stores a plan; one with the same calendar id (uid and recurrence id)
    /// is replaced, keeping its row. Returns the row.
    qint64 upsertPlan(const PlannedOneOnOne& plan);
    void updatePlan(const PlannedOneOnOne& plan);
    void removePlan(qint64 id);

private:
    void insertMeetingItems(qint64 meetingId, const OneOnOne& meeting);
    sql::Statement& prepared(std::optional<sql::Statement>& statement, const QString& text);

    QSqlDatabase m_db;
    std::optional<sql::Statement> m_person, m_meeting, m_agenda, m_action, m_decision, m_initiative,
        m_board, m_promptState, m_plan;
};

} // namespace rd
