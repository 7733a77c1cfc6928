#pragma once

#include "coaching/Progress.h"
#include "coaching/Prompt.h"

#include <atomic>
#include <QDate>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QThreadPool>

namespace rd {

class TeamStore;

/// The coaching engine, kept in step with a TeamStore: the open prompts as of
/// today(), and the month-by-month history the follow-through chart draws.
///
/// It follows every change of the store. A small log is evaluated at once; a
/// larger one off the UI thread, on a pool of its own, and promptsChanged()
/// says when the answer landed. The engine never reads the prompt states, so
/// a prompt marked done, snoozed or dismissed (or brought back by an undo)
/// leaves or returns at once, without the engine running again.
class PromptService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromptService)

public:
    explicit PromptService(TeamStore& store, QObject* parent = nullptr);
    ~PromptService() override;

    /// The prompts still open as of today(), in the engine's order.
    const QList<Prompt>& prompts() const { return m_prompts; }
    /// Open prompts for one person.
    int promptCount(const QString& personId) const { return m_counts.value(personId); }

    /// "Today" for the engine: the system date unless a test sets it.
    QDate today() const { return m_today; }
    void setToday(QDate today);
    /// After a language change: the prompts (and the history) again, in the new one.
    void retranslate();

    /// Logs with more entries than this are evaluated off the UI thread after
    /// a change; smaller ones at once (tests set 0 to force the thread).
    void setBackgroundAbove(qsizetype entries) { m_backgroundAbove = entries; }
    /// True while an evaluation runs off the UI thread.
    bool isRecomputing() const { return m_promptsWatcher.isRunning(); }
    /// False until the engine's first answer for the loaded logs has landed:
    /// until then, no prompts does not mean nothing to say.
    bool hasEvaluated() const { return m_evaluated; }
    /// Blocks until the background jobs (including those overtaken) are gone.
    void waitForJobs();

    /// Every prompt the engine raised, month by month. Replaying the engine
    /// per month is slow on a large log, so the months are spread over the
    /// pool: until historyChanged() this is the previous history (or empty),
    /// and isHistoryCurrent() is false.
    const QList<RaisedPrompt>& history() const { return m_history; }
    bool isHistoryCurrent() const { return m_historyGeneration == m_generation; }
    /// Starts computing the history for the current snapshot, if not done yet.
    void requestHistory();

signals:
    void promptsChanged();
    void historyChanged();

private:
    void follow();
    void showOpen();
    void setPrompts(QList<Prompt> prompts);

    TeamStore& m_store;
    QDate m_today;
    QList<Prompt> m_raised;       ///< the engine's answer, before the prompt states
    QList<Prompt> m_prompts;      ///< m_raised without the prompts handled as of m_today
    QHash<QString, int> m_counts; ///< open prompts per person id
    /// Bumped by every change the prompts depend on: the store's, today's and
    /// the language's. Work that started at an older one is dropped.
    quint64 m_generation = 1;
    quint64 m_promptsGeneration = 0; ///< the one the running evaluation belongs to
    /// The newest evaluation asked for, read by the jobs: one that was
    /// overtaken before it began skips its work.
    std::atomic<quint64> m_newestEvaluation = 0;
    quint64 m_historyGeneration = 0; ///< the one m_history belongs to
    quint64 m_pendingHistory = 0;    ///< the one the running history belongs to
    qsizetype m_backgroundAbove = 20000;
    QList<RaisedPrompt> m_history;
    QFutureWatcher<QList<Prompt>> m_promptsWatcher;
    QFutureWatcher<QList<QList<RaisedPrompt>>> m_historyWatcher;
    bool m_evaluated = false;
    std::atomic<bool> m_closing = false;
    /// The service's own pool, at a lower priority than the UI thread (see
    /// lowerThisThreadsPriority()); the store's pool loads at full priority.
    QThreadPool m_pool;
};

} // namespace rd
