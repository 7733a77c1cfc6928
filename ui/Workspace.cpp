#include "Workspace.h"

#include "coaching/PromptEngine.h"
#include "domain/Error.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "storage/TeamLogLoader.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QUndoStack>

namespace rd::ui {

Workspace::Workspace(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_undo(new QUndoStack(this))
    , m_today(QDate::currentDate())
{
    connect(&m_db, &Database::changed, this, &Workspace::reload);
    connect(&m_historyWatcher, &QFutureWatcher<QList<RaisedPrompt>>::finished, this, [this] {
        const quint64 computed = m_pendingGeneration;
        m_pendingGeneration = 0;
        if (computed == m_generation) {
            m_history = m_historyWatcher.result();
            m_historyGeneration = computed;
            emit promptHistoryChanged();
        } else {
            requestPromptHistory(); // the logs changed meanwhile
        }
    });
    reload();
}

Workspace::~Workspace()
{
    m_historyWatcher.waitForFinished();
}

void Workspace::requestPromptHistory()
{
    if (isPromptHistoryCurrent() || m_pendingGeneration != 0)
        return;
    m_pendingGeneration = m_generation;
    // The worker gets its own copies: the snapshot may be reloaded meanwhile.
    m_historyWatcher.setFuture(
        QtConcurrent::run([log = m_log, thresholds = m_thresholds, today = m_today] {
            return rd::promptHistory(PromptEngine(thresholds), log, firstLoggedMonth(log), today);
        }));
}

bool Workspace::isReadOnly() const
{
    return m_db.isReadOnly();
}

int Workspace::promptCount(const QString& personId) const
{
    int count = 0;
    for (const Prompt& p : m_prompts)
        count += p.personId == personId ? 1 : 0;
    return count;
}

void Workspace::setToday(QDate today)
{
    m_today = today;
    reload();
}

bool Workspace::run(QUndoCommand* command)
{
    // A command that fails marks itself obsolete, so the stack discards it.
    m_failed = false;
    m_undo->push(command);
    return !m_failed;
}

void Workspace::reportError(const QString& message)
{
    m_failed = true;
    emit errorOccurred(message);
}

void Workspace::reload()
{
    try {
        m_log = loadTeamLog(m_db.connection());
        m_firstMonth = firstLoggedMonth(m_log);
        m_thresholds = Thresholds::fromSettings(SettingsRepository(m_db).all());
        m_prompts = PromptEngine(m_thresholds).activePrompts(m_log, m_today);
    } catch (const Error& error) {
        emit errorOccurred(error.message());
    }
    ++m_generation;
    emit logChanged();
}

} // namespace rd::ui
