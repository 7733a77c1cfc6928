#include "PromptService.h"

#include "BackgroundPriority.h"
#include "coaching/FacilitationIndex.h"
#include "coaching/PromptEngine.h"
#include "TeamStore.h"

#include <memory>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

namespace rd {

PromptService::PromptService(TeamStore& store, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_today(QDate::currentDate())
{
    connect(&m_store, &TeamStore::modified, this, [this](DataKind kind) {
        // The engine never reads the prompt states: a prompt marked done,
        // snoozed or dismissed (or brought back by an undo) changes only which
        // of its prompts are open, at once and without running it again.
        if (kind == DataKind::PromptStates)
            showOpen();
        else
            follow();
    });
    connect(&m_store, &TeamStore::reset, this, [this] {
        if (!m_store.isLoading())
            follow();
    });
    connect(&m_promptsWatcher, &QFutureWatcher<QList<Prompt>>::finished, this, [this] {
        if (m_promptsGeneration != m_generation)
            return; // a newer evaluation follows
        m_raised = m_promptsWatcher.result();
        m_evaluated = true;
        showOpen();
    });
    connect(&m_historyWatcher, &QFutureWatcher<QList<QList<RaisedPrompt>>>::finished, this, [this] {
        const quint64 computed = std::exchange(m_pendingHistory, 0);
        if (computed != m_generation) {
            requestHistory(); // the logs changed meanwhile
            return;
        }
        m_history = firstRaised(m_historyWatcher.result());
        m_historyGeneration = computed;
        emit historyChanged();
    });
    if (!m_store.isLoading())
        follow();
}

PromptService::~PromptService()
{
    // Quitting waits only for the work already begun: a queued evaluation
    // and the history's months not yet begun are skipped.
    m_newestEvaluation = 0;
    m_closing = true;
    waitForJobs();
}

void PromptService::waitForJobs()
{
    m_pool.waitForDone();
}

void PromptService::setToday(QDate today)
{
    m_today = today;
    follow();
}

void PromptService::retranslate()
{
    if (!m_store.isLoading())
        follow(); // a new generation: the history holds texts too
}

namespace {
/// Gives `log` lists of its own (a copy of those it shares), so that whoever
/// else holds them can change them without copying.
void ownAll(TeamLog& log)
{
    log.people.detach();
    log.board.detach();
    log.oneOnOnes.detach();
    log.decisions.detach();
    log.initiatives.detach();
    log.promptStates.detach();
}
} // namespace

void PromptService::follow()
{
    ++m_generation;
    if (m_store.log().entryCount() <= m_backgroundAbove) {
        m_promptsGeneration = 0;
        m_raised = PromptEngine(m_store.thresholds()).evaluate(m_store.log(), m_today);
        m_evaluated = true;
        showOpen();
        return;
    }
    // The rows are drawn; the prompts follow off the UI thread.
    m_promptsGeneration = m_generation;
    // The job makes its own copy off the UI thread: while it shared the
    // store's lists, the store's next change (a tick) copied all 100,000
    // entries on the UI thread. The lists are handed over through one shared
    // holder, so that no copy of the job (QtConcurrent keeps its own until the
    // pool deletes it) keeps sharing them once the job has begun.
    // Changes in quick succession (a tick and its undo) queue jobs: those
    // overtaken before they begin skip their evaluation.
    auto shared = std::make_shared<TeamLog>(m_store.log());
    m_newestEvaluation = m_generation;
    m_promptsWatcher.setFuture(
        QtConcurrent::run(&m_pool, [shared, thresholds = m_store.thresholds(), today = m_today,
                                    newest = &m_newestEvaluation, generation = m_generation] {
            TeamLog own = std::move(*shared);
            if (newest->load() != generation)
                return QList<Prompt>(); // its result would be dropped

            lowerThisThreadsPriority();
            ownAll(own);
            return PromptEngine(thresholds).evaluate(own, today);
        }));
}

void PromptService::showOpen()
{
    setPrompts(PromptEngine::withoutHandled(m_raised, m_store.log().promptStates, m_today));
    emit promptsChanged();
}

void PromptService::setPrompts(QList<Prompt> prompts)
{
    m_prompts = std::move(prompts);
    m_counts.clear();
    for (const Prompt& p : std::as_const(m_prompts))
        ++m_counts[p.personId];
}

void PromptService::requestHistory()
{
    if (isHistoryCurrent() || m_pendingHistory != 0)
        return;
    m_pendingHistory = m_generation;
    // One job per month on the service's pool, all reading one copy of the
    // log of their own, made off the UI thread as the prompts' job makes its
    // copy: shared with the store for the seconds the history takes, every
    // change meanwhile copied the whole log on the UI thread. (The job takes
    // part in its own months, so it never waits for a thread of the pool.)
    auto shared = std::make_shared<TeamLog>(m_store.log());
    m_historyWatcher.setFuture(
        QtConcurrent::run(&m_pool, [shared, pool = &m_pool, closing = &m_closing, today = m_today,
                                    engine = PromptEngine(m_store.thresholds())] {
            lowerThisThreadsPriority();
            auto own = std::make_shared<TeamLog>(std::move(*shared));
            ownAll(*own);
            return QtConcurrent::blockingMapped<QList<QList<RaisedPrompt>>>(
                pool, historyMonths(firstLoggedMonth(*own), today),
                [own, today, engine, closing](QDate month) {
                    lowerThisThreadsPriority();
                    if (closing->load())
                        return QList<RaisedPrompt>();
                    return raisedInMonth(engine, *own, month, today);
                });
        }));
}

} // namespace rd
