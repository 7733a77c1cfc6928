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
///
/// After a commit the snapshot re-reads only what changed (the one entry a
/// repository names, or the people, the board, the prompt states or the
/// settings) and the models update just that; the prompts follow, off the UI
/// thread on a large log. Bulk writes (import, restore) reload everything.
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    /// How the first snapshot is read: at once, or (for the app's start on a
    /// file) off the UI thread through its own read-only connection once
    /// startLoading() is called. The window calls it after its first frame, so
    /// reading a large file never competes with painting it.
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
    /// Whether an entry can be logged: writing is possible and the team has
    /// someone (not archived) to log it for.
    bool canLog() const;

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

    /// Reloads the snapshot and recomputes prompts.
    void reload();
    /// After a language change: the prompts again in the new language, and every
    /// model redrawn, without reading the file.
    void retranslate();

    /// What the last logChanged() was about, so a model can do less than a reset.
    struct Change
    {
        enum class Kind
        {
            Everything, ///< the snapshot was reloaded
            Inserted,   ///< one entry of `data` is new, at `row` of its list
            Updated,    ///< the entry at `row` of `data`'s list changed in place
            Removed,    ///< the entry that was at `row` of `data`'s list is gone
            Replaced,   ///< `data` (people, board, prompt states, settings) was re-read
            Prompts     ///< only the prompts changed (they follow every other change)
        };
        Kind kind = Kind::Everything;
        DataKind data{};
        int row = -1;

        bool everything() const { return kind == Kind::Everything; }
        bool promptsChanged() const { return kind == Kind::Everything || kind == Kind::Prompts; }
        /// Whether `which` changed (prompts excepted).
        bool touches(DataKind which) const
        {
            return kind == Kind::Everything || (kind != Kind::Prompts && data == which);
        }
        bool is(Kind k, DataKind which) const { return kind == k && data == which; }
    };
    const Change& lastChange() const { return m_lastChange; }

    /// Logs with more entries than this recompute prompts off the UI thread
    /// after a change; smaller ones do it at once (tests set 0 to force it).
    void setBackgroundPromptsAbove(qsizetype entries) { m_backgroundAbove = entries; }

    /// Starts the background first load (Loading::InBackground); once only.
    /// A database constructed with Database::Opening::Later is opened here
    /// first, on this thread; when that fails, openFailed() says why. A file
    /// that needs migrating is migrated on the pool first, and opened after.
    void startLoading();
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
    /// One entry is about to be inserted or removed (`change` says which and
    /// where), so a model can begin its row change before the data moves.
    void logAboutToChange(const rd::ui::Workspace::Change& change);
    /// The snapshot or the prompts changed.
    void logChanged();
    /// promptHistory() caught up with the snapshot.
    void promptHistoryChanged();
    /// A background first load landed (logChanged() came just before).
    void loaded();
    /// The deferred integrity check found the file damaged; writes stay refused.
    /// `message` is one sentence for the user.
    void damaged(const QString& message);
    /// startLoading() could not open the file: nothing was read or written.
    /// `damaged` tells a damaged file (a backup may help) from any other refusal.
    void openFailed(const QString& message, bool damaged);
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
    bool m_loading = false;
    bool m_retranslateAfterLoad = false;
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
    /// Why opening the file failed; an empty message when it did not.
    struct OpenFailure
    {
        QString message;
        bool damaged = false;
    };
    QFutureWatcher<OpenFailure> m_migrationWatcher;
    void openAndLoad();
    void failOpening(const OpenFailure& failure);
    quint64 m_loadGeneration = 0;
    bool m_loadPending = false; ///< InBackground, until startLoading()
    void loadInBackground();
    Change m_lastChange;
    qsizetype m_backgroundAbove = 20000;

    void confirmIntegrity(const QString& damage);
    /// A repository committed `kind` (`entryId`: the one entry of a log).
    void committed(DataKind kind, qint64 entryId);
    template <typename T>
    void refreshEntry(QList<T>& list, DataKind kind, qint64 id, const QList<T>& fresh);
    void announce(Change change);
    void promptsFollow();
    void showPrompts(QList<Prompt> prompts);
    void setPrompts(QList<Prompt> prompts);
    QHash<QString, int> m_promptCounts; ///< open prompts per person id
    void recomputePrompts();
};

} // namespace rd::ui
