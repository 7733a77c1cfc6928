#pragma once

#include "coaching/Progress.h"
#include "coaching/Prompt.h"
#include "coaching/Thresholds.h"
#include "domain/TeamLog.h"

#include <QDate>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QThreadPool>

class QUndoStack;
class QUndoCommand;

namespace rd {
class Database;
enum class DataKind;
} // namespace rd

namespace rd::ui {

/// What every page shares: the open database, the undo stack, and an
/// in-memory snapshot of the logs with the prompts computed from it.
/// The snapshot is reloaded whenever a repository commits a change.
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    /// How the first snapshot is read: at once, or (for the app's start on a
    /// file) off the UI thread through its own read-only connection, so the
    /// window paints before a large log has loaded.
    enum class Loading
    {
        Now,
        InBackground
    };
    explicit Workspace(Database& db, QObject* parent = nullptr, Loading loading = Loading::Now);
    ~Workspace() override;

    Database& database() const { return m_db; }
    QUndoStack* undoStack() const { return m_undo; }
    /// The file was opened read-only.
    bool isReadOnly() const;
    /// Whether a write would be accepted now: not read-only, and the file's
    /// integrity check (deferred to the first load on a large file) has passed.
    bool canWrite() const;

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

    /// What the last logChanged() was about, so a model can do less than a reset.
    struct Change
    {
        enum class Kind
        {
            Everything, ///< the snapshot was reloaded
            Appended,   ///< one entry was appended to `log`; prompts follow
            Prompts     ///< only the prompts changed
        };
        Kind kind = Kind::Everything;
        DataKind log{}; ///< for Appended: OneOnOnes, Decisions or Initiatives

        bool everything() const { return kind == Kind::Everything; }
        bool promptsChanged() const { return kind != Kind::Appended; }
        bool appended(DataKind which) const { return kind == Kind::Appended && log == which; }
    };
    const Change& lastChange() const { return m_lastChange; }

    /// A quick log: the command has committed `entry` (with its new id) inside
    /// a Quiet scope. The snapshot takes it without a reload, so its row shows
    /// at once; the prompts are recomputed right after, off the UI thread when
    /// the log is large.
    void appendLogged(const OneOnOne& entry);
    void appendLogged(const Decision& entry);
    void appendLogged(const Initiative& entry);

    /// While alive, the database's change signals do not reload the snapshot:
    /// the command in it reports its own change through appendLogged().
    class Quiet
    {
    public:
        explicit Quiet(Workspace& workspace)
            : m_workspace(workspace)
        {
            m_workspace.m_quiet = true;
        }
        ~Quiet() { m_workspace.m_quiet = false; }
        Q_DISABLE_COPY_MOVE(Quiet)

    private:
        Workspace& m_workspace;
    };

    /// Logs with more entries than this recompute prompts off the UI thread
    /// after a quick log; smaller ones do it at once (tests set 0 to force it).
    void setBackgroundPromptsAbove(qsizetype entries) { m_backgroundAbove = entries; }

    /// True until a background first load has landed.
    bool isLoading() const { return m_loading; }
    /// True while prompts for a quick-logged entry are computed off the UI thread.
    bool isRecomputingPrompts() const { return m_promptsWatcher.isRunning(); }

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
    /// A background first load landed (logChanged() came just before).
    void loaded();
    /// The deferred integrity check found the file damaged; writes stay refused.
    /// `message` is one sentence for the user.
    void damaged(const QString& message);
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
    /// The workspace's own threads. Never the global pool: Qt's raster engine
    /// splits large fills over that pool's threads, so a 100 ms prompt job
    /// there made painting the window wait for it.
    QThreadPool m_pool;
    QFutureWatcher<QList<RaisedPrompt>> m_historyWatcher;
    QFutureWatcher<QList<Prompt>> m_promptsWatcher;
    quint64 m_promptsGeneration = 0; ///< the snapshot the running prompt job belongs to
    bool m_quiet = false;
    bool m_loading = false;
    struct Snapshot
    {
        TeamLog log;
        Thresholds thresholds;
        QList<Prompt> prompts;
        QString error;
        bool checked = false; ///< the integrity check ran; `damage` is its result
        QString damage;
    };
    QFutureWatcher<Snapshot> m_loadWatcher;
    quint64 m_loadGeneration = 0;
    void loadInBackground();
    Change m_lastChange;
    qsizetype m_backgroundAbove = 20000;

    void appended(DataKind log, QDate date);
    void confirmIntegrity(const QString& damage);
    void setPrompts(QList<Prompt> prompts);
    QHash<QString, int> m_promptCounts; ///< open prompts per person id
    void recomputePrompts();
};

} // namespace rd::ui
