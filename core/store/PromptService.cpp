#include "PromptService.h"

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
        showOpen();
    });
    connect(&m_historyWatcher, &QFutureWatcher<QList<RaisedPrompt>>::finished, this, [this] {
        const quint64 computed = std::exchange(m_pendingHistory, 0);
        if (computed != m_generation) {
            requestHistory(); // the logs changed meanwhile
            return;
        }
        QList<QList<RaisedPrompt>> perMonth;
        for (int n = 0; n < m_historyWatcher.future().resultCount(); ++n)
            perMonth << m_historyWatcher.future().resultAt(n);
        m_history = firstRaised(perMonth);
        m_historyGeneration = computed;
        emit historyChanged();
    });
    if (!m_store.isLoading())
        follow();
}

PromptService::~PromptService()
{
    m_store.threadPool().waitForDone(); // jobs hold copies of the log, not `this`
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
        showOpen();
        return;
    }
    // The rows are drawn; the prompts follow off the UI thread.
    m_promptsGeneration = m_generation;
    m_promptsWatcher.setFuture(QtConcurrent::run(
        &m_store.threadPool(),
        [log = m_store.log(), thresholds = m_store.thresholds(), today = m_today]() mutable {
            // The job's own copy, made here off the UI thread: while the job
            // shared the store's lists, the store's next change (a tick, a
            // few hundred ms later) copied all 100,000 entries on the UI thread.
            TeamLog own = std::move(log);
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
    // One job per month on the store's pool, each with a shared copy of the
    // log: the snapshot may change meanwhile.
    const auto log = std::make_shared<const TeamLog>(m_store.log());
    const QDate today = m_today;
    const PromptEngine engine(m_store.thresholds());
    m_historyWatcher.setFuture(QtConcurrent::mapped(
        &m_store.threadPool(), historyMonths(firstLoggedMonth(*log), today),
        [log, today, engine](QDate month) { return raisedInMonth(engine, *log, month, today); }));
}

} // namespace rd
