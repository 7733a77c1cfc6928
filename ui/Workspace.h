#pragma once

#include "coaching/Progress.h"
#include "coaching/Prompt.h"
#include "coaching/Thresholds.h"
#include "domain/TeamLog.h"

#include <QDate>
#include <QFutureWatcher>
#include <QObject>

class QUndoStack;
class QUndoCommand;

namespace rd {
class Database;
}

namespace rd::ui {

/// What every page shares: the open database, the undo stack, and an
/// in-memory snapshot of the logs with the prompts computed from it.
/// The snapshot is reloaded whenever a repository commits a change.
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    explicit Workspace(Database& db, QObject* parent = nullptr);
    ~Workspace() override;

    Database& database() const { return m_db; }
    QUndoStack* undoStack() const { return m_undo; }
    bool isReadOnly() const;

    const TeamLog& log() const { return m_log; }
    /// The first month with any entry (firstLoggedMonth()), kept with the snapshot.
    QDate firstMonth() const { return m_firstMonth; }
    /// The prompts still open as of today(), in the engine's order.
    const QList<Prompt>& prompts() const { return m_prompts; }
    const Thresholds& thresholds() const { return m_thresholds; }
    /// Open prompts for one person.
    int promptCount(const QString& personId) const;

    /// "Today" for the engine; the system date unless a test sets it.
    QDate today() const { return m_today; }
    void setToday(QDate today);

    /// Runs a user action: `command->redo()` writes through the repositories.
    /// When it fails, the error is reported and nothing lands on the undo stack.
    bool run(QUndoCommand* command);

    /// Called by a command whose write failed: the command drops itself.
    void reportError(const QString& message);

    /// Reloads the snapshot and recomputes prompts (also after a language change).
    void reload();

    /// Every prompt the engine raised, month by month, for the follow-through
    /// chart. Replaying the engine per month is slow on a large log, so it runs
    /// off the UI thread: until promptHistoryChanged() this is the previous
    /// history (or empty), and isPromptHistoryCurrent() is false.
    const QList<RaisedPrompt>& promptHistory() const { return m_history; }
    bool isPromptHistoryCurrent() const { return m_historyGeneration == m_generation; }
    /// Starts computing the history for the current snapshot, if not done yet.
    void requestPromptHistory();

signals:
    /// The snapshot or the prompts changed.
    void logChanged();
    /// promptHistory() caught up with the snapshot.
    void promptHistoryChanged();
    /// A write failed; `message` is one sentence for the user.
    void errorOccurred(const QString& message);

private:
    Database& m_db;
    QUndoStack* m_undo;
    TeamLog m_log;
    QList<Prompt> m_prompts;
    Thresholds m_thresholds;
    QDate m_today;
    QDate m_firstMonth;
    bool m_failed = false;
    quint64 m_generation = 1;        ///< bumped on every reload
    quint64 m_historyGeneration = 0; ///< the snapshot m_history belongs to
    quint64 m_pendingGeneration = 0; ///< the snapshot being computed, if any
    QList<RaisedPrompt> m_history;
    QFutureWatcher<QList<RaisedPrompt>> m_historyWatcher;
};

} // namespace rd::ui
