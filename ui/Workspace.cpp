#include "Workspace.h"

#include "coaching/PromptEngine.h"
#include "domain/Error.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "storage/TeamLogLoader.h"

#include <algorithm>
#include <QtConcurrent/QtConcurrentRun>
#include <QUndoStack>
#include <tuple>

using namespace Qt::StringLiterals;

namespace rd::ui {

Workspace::Workspace(Database& db, QObject* parent, Loading loading)
    : QObject(parent)
    , m_db(db)
    , m_undo(new QUndoStack(this))
    , m_today(QDate::currentDate())
{
    connect(&m_db, &Database::changed, this, &Workspace::committed);
    connect(&m_db, &Database::replaced, this, &Workspace::reload);
    connect(&m_promptsWatcher, &QFutureWatcher<QList<Prompt>>::finished, this, [this] {
        if (m_promptsGeneration != m_generation)
            return; // the logs changed again meanwhile; a newer job or reload follows
        showPrompts(m_promptsWatcher.result());
    });
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
    connect(&m_migrationWatcher, &QFutureWatcher<OpenFailure>::finished, this, [this] {
        const OpenFailure failure = m_migrationWatcher.result();
        failure.message.isEmpty() ? openAndLoad() : failOpening(failure);
    });
    connect(&m_loadWatcher, &QFutureWatcher<Snapshot>::finished, this, [this] {
        m_loading = false;
        Snapshot loadedSnapshot = m_loadWatcher.result();
        if (m_db.isIntegrityCheckPending())
            confirmIntegrity(loadedSnapshot.checked ? loadedSnapshot.damage
                                                    : Database::findDamage(m_db.connection()));
        if (m_db.isDamaged() && !loadedSnapshot.error.isEmpty()) {
            // A damaged file that could not be read: nothing to show; damaged() said why.
            announce(Change{});
        } else if (m_loadGeneration != m_generation || !loadedSnapshot.error.isEmpty()) {
            reload(); // something was written meanwhile, or the worker failed: read it here
        } else {
            m_log = std::move(loadedSnapshot.log);
            m_firstMonth = firstLoggedMonth(m_log);
            m_thresholds = std::move(loadedSnapshot.thresholds);
            setPrompts(std::exchange(m_retranslateAfterLoad, false)
                           ? PromptEngine(m_thresholds).activePrompts(m_log, m_today)
                           : std::move(loadedSnapshot.prompts));
            announce(Change{});
        }
        emit loaded();
    });
    // An in-memory database has no file another connection could read.
    if (loading == Loading::InBackground && m_db.path() != u":memory:"_s) {
        m_loading = true;
        m_loadPending = true;
        return;
    }
    if (m_db.isIntegrityCheckPending())
        confirmIntegrity(Database::findDamage(m_db.connection()));
    reload();
}

void Workspace::confirmIntegrity(const QString& damage)
{
    m_db.confirmIntegrity(damage);
    if (!damage.isEmpty())
        emit damaged(m_db.writeRefusal());
}

void Workspace::startLoading()
{
    if (!std::exchange(m_loadPending, false))
        return;
    if (m_db.isReadOnly() || !Database::needsMigration(m_db.path())) {
        openAndLoad();
        return;
    }
    // An older file is checked, backed up and migrated on the pool, through its
    // own connection: on a large file that takes seconds, and the window keeps
    // responding meanwhile. The window's connection opens the migrated file.
    m_migrationWatcher.setFuture(QtConcurrent::run(&m_pool, [path = m_db.path()] {
        OpenFailure failure;
        try {
            Database migrating(path);
        } catch (const DamagedFileError& error) {
            failure = {error.message(), true};
        } catch (const Error& error) {
            failure = {error.message(), false};
        }
        return failure;
    }));
}

void Workspace::openAndLoad()
{
    try {
        m_db.open(); // the app opens its file once the window is drawn
    } catch (const DamagedFileError& error) {
        failOpening({error.message(), true});
        return;
    } catch (const Error& error) {
        failOpening({error.message(), false});
        return;
    }
    loadInBackground();
}

void Workspace::failOpening(const OpenFailure& failure)
{
    m_loading = false;
    emit openFailed(failure.message, failure.damaged);
}

void Workspace::loadInBackground()
{
    m_loading = true;
    m_loadGeneration = m_generation;
    m_thresholds = Thresholds::fromSettings(SettingsRepository(m_db).all());
    m_loadWatcher.setFuture(QtConcurrent::run(&m_pool, [path = m_db.path(),
                                                        thresholds = m_thresholds, today = m_today,
                                                        check = m_db.isIntegrityCheckPending()] {
        Snapshot snapshot;
        try {
            // Its own connection, opened and closed in this thread. The
            // integrity check the window's connection deferred runs here.
            Database reader(path, Database::Access::ReadOnly, nullptr, Database::Check::Deferred);
            if (check) {
                snapshot.damage = Database::findDamage(reader.connection());
                snapshot.checked = true;
            }
            snapshot.log = loadTeamLog(reader.connection());
            snapshot.thresholds = thresholds;
            snapshot.prompts = PromptEngine(thresholds).activePrompts(snapshot.log, today);
        } catch (const Error& error) {
            snapshot.error = error.message();
        }
        return snapshot;
    }));
}

Workspace::~Workspace()
{
    m_pool.waitForDone(); // jobs a newer one superseded, too: they hold copies, not `this`
}

void Workspace::committed(DataKind kind, qint64 entryId)
{
    if (m_loading) {
        reload(); // the first snapshot is still on its way: read everything now
        return;
    }
    const QSqlDatabase connection = m_db.connection();
    const QString byId = u"m.id = ?"_s;
    try {
        switch (kind) {
        case DataKind::OneOnOnes:
        case DataKind::Decisions:
        case DataKind::Initiatives:
            if (entryId <= 0) {
                reload();
                return;
            }
            if (kind == DataKind::OneOnOnes)
                refreshEntry(m_log.oneOnOnes, kind, entryId,
                             loadOneOnOnes(connection, byId, {entryId}));
            else if (kind == DataKind::Decisions)
                refreshEntry(m_log.decisions, kind, entryId,
                             loadDecisions(connection, byId, {entryId}));
            else
                refreshEntry(m_log.initiatives, kind, entryId,
                             loadInitiatives(connection, byId, {entryId}));
            break;
        case DataKind::People: {
            QList<Person> people = loadPeople(connection);
            // Removing a person (only undoing an add does) removes their entries too.
            for (const Person& before : std::as_const(m_log.people)) {
                if (std::none_of(people.cbegin(), people.cend(),
                                 [&before](const Person& p) { return p.id == before.id; })) {
                    reload();
                    return;
                }
            }
            m_log.people = std::move(people);
            announce({Change::Kind::Replaced, kind});
            break;
        }
        case DataKind::Board:
            m_log.board = loadBoard(connection);
            announce({Change::Kind::Replaced, kind});
            break;
        case DataKind::PromptStates:
            m_log.promptStates = loadPromptStates(connection);
            announce({Change::Kind::Replaced, kind});
            // A prompt marked done, snoozed or dismissed leaves at once; the
            // engine's full answer (an undo brings one back) follows.
            showPrompts(PromptEngine::withoutHandled(m_prompts, m_log.promptStates, m_today));
            break;
        case DataKind::Settings:
            m_thresholds = Thresholds::fromSettings(SettingsRepository(m_db).all());
            announce({Change::Kind::Replaced, kind});
            break;
        }
    } catch (const Error& error) {
        emit errorOccurred(error.message());
        reload();
        return;
    }
    promptsFollow();
}

namespace {
/// The snapshot's order, as loadTeamLog() reads it: by date, person, id.
template <typename T>
bool loadOrder(const T& a, const T& b)
{
    return std::tie(a.date, a.personId, a.id) < std::tie(b.date, b.personId, b.id);
}
} // namespace

template <typename T>
void Workspace::refreshEntry(QList<T>& list, DataKind kind, qint64 id, const QList<T>& fresh)
{
    const auto found =
        std::find_if(list.cbegin(), list.cend(), [id](const T& entry) { return entry.id == id; });
    const int row = found == list.cend() ? -1 : int(found - list.cbegin());
    if (row >= 0) {
        if (!fresh.isEmpty()) {
            const T& entry = fresh.first();
            const bool staysInPlace =
                (row == 0 || !loadOrder(entry, list.at(row - 1))) &&
                (row + 1 == list.size() || !loadOrder(list.at(row + 1), entry));
            if (staysInPlace) {
                list[row] = entry;
                announce({Change::Kind::Updated, kind, row});
                return;
            }
        }
        // Gone, or its date moved it elsewhere in the order.
        const Change removed{Change::Kind::Removed, kind, row};
        emit logAboutToChange(removed);
        list.removeAt(row);
        announce(removed);
    }
    if (!fresh.isEmpty()) {
        const T& entry = fresh.first();
        const int at =
            int(std::upper_bound(list.cbegin(), list.cend(), entry, loadOrder<T>) - list.cbegin());
        emit logAboutToChange({Change::Kind::Inserted, kind, at});
        list.insert(at, entry);
        if (entry.date.isValid() && (!m_firstMonth.isValid() || entry.date < m_firstMonth))
            m_firstMonth = QDate(entry.date.year(), entry.date.month(), 1);
        announce({Change::Kind::Inserted, kind, at});
    }
}

void Workspace::announce(Change change)
{
    ++m_generation;
    m_lastChange = change;
    emit logChanged();
}

void Workspace::showPrompts(QList<Prompt> prompts)
{
    setPrompts(std::move(prompts));
    m_lastChange = Change{Change::Kind::Prompts, {}};
    emit logChanged(); // the logs did not change: the generation stays
}

void Workspace::promptsFollow()
{
    if (m_log.entryCount() <= m_backgroundAbove) {
        showPrompts(PromptEngine(m_thresholds).activePrompts(m_log, m_today));
        return;
    }
    recomputePrompts(); // the rows are drawn; the prompts follow off the UI thread
}

void Workspace::recomputePrompts()
{
    m_promptsGeneration = m_generation;
    m_promptsWatcher.setFuture(
        QtConcurrent::run(&m_pool, [log = m_log, thresholds = m_thresholds, today = m_today] {
            return PromptEngine(thresholds).activePrompts(log, today);
        }));
}

void Workspace::requestPromptHistory()
{
    if (isPromptHistoryCurrent() || m_pendingGeneration != 0)
        return;
    m_pendingGeneration = m_generation;
    // The worker gets its own copies: the snapshot may be reloaded meanwhile.
    m_historyWatcher.setFuture(
        QtConcurrent::run(&m_pool, [log = m_log, thresholds = m_thresholds, today = m_today] {
            return rd::promptHistory(PromptEngine(thresholds), log, firstLoggedMonth(log), today);
        }));
}

bool Workspace::isReadOnly() const
{
    return m_db.isReadOnly();
}

bool Workspace::canWrite() const
{
    return m_db.canWrite();
}

bool Workspace::canLog() const
{
    return canWrite() && std::any_of(m_log.people.cbegin(), m_log.people.cend(),
                                     [](const Person& p) { return !p.archived; });
}

int Workspace::promptCount(const QString& personId) const
{
    return m_promptCounts.value(personId);
}

void Workspace::setPrompts(QList<Prompt> prompts)
{
    m_prompts = std::move(prompts);
    m_promptCounts.clear();
    for (const Prompt& p : std::as_const(m_prompts))
        ++m_promptCounts[p.personId];
}

void Workspace::retranslate()
{
    if (m_loading) {
        m_retranslateAfterLoad = true; // the worker may have written them in the old one
        return;
    }
    setPrompts(PromptEngine(m_thresholds).activePrompts(m_log, m_today));
    announce(Change{}); // a new generation: the prompt history holds texts too
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
        setPrompts(PromptEngine(m_thresholds).activePrompts(m_log, m_today));
    } catch (const Error& error) {
        emit errorOccurred(error.message());
    }
    announce(Change{});
}

} // namespace rd::ui
