#include "TeamStore.h"

#include "coaching/Progress.h"
#include "domain/Error.h"
#include "OwnWrite.h"
#include "storage/Database.h"
#include "storage/DraftRepository.h"
#include "storage/Repositories.h"

#include <algorithm>
#include <functional>
#include <QThread>
#include <tuple>

using namespace Qt::StringLiterals;

namespace rd {

/// Where each kind of entity lives in the snapshot, how the loader orders it,
/// and which signals name its changes.
template <typename T>
struct EntityTraits;

template <>
struct EntityTraits<Person>
{
    static constexpr auto list = &TeamLog::people;
    static constexpr DataKind kind = DataKind::People;
    static bool before(const Person& a, const Person& b)
    {
        return std::tie(a.name, a.id) < std::tie(b.name, b.id);
    }
    static constexpr auto aboutToBeAdded = &TeamStore::personAboutToBeAdded;
    static constexpr auto added = &TeamStore::personAdded;
    static constexpr auto changed = &TeamStore::personChanged;
    static constexpr auto aboutToBeRemoved = &TeamStore::personAboutToBeRemoved;
    static constexpr auto removed = &TeamStore::personRemoved;
};

/// The three logs share the loader's order: by date, person, id.
template <typename T>
struct LogTraits
{
    static bool before(const T& a, const T& b)
    {
        return std::tie(a.date, a.personId, a.id) < std::tie(b.date, b.personId, b.id);
    }
};

template <>
struct EntityTraits<OneOnOne> : LogTraits<OneOnOne>
{
    static constexpr auto list = &TeamLog::oneOnOnes;
    static constexpr DataKind kind = DataKind::OneOnOnes;
    static constexpr auto aboutToBeAdded = &TeamStore::oneOnOneAboutToBeAdded;
    static constexpr auto added = &TeamStore::oneOnOneAdded;
    static constexpr auto changed = &TeamStore::oneOnOneChanged;
    static constexpr auto aboutToBeRemoved = &TeamStore::oneOnOneAboutToBeRemoved;
    static constexpr auto removed = &TeamStore::oneOnOneRemoved;
};

template <>
struct EntityTraits<Decision> : LogTraits<Decision>
{
    static constexpr auto list = &TeamLog::decisions;
    static constexpr DataKind kind = DataKind::Decisions;
    static constexpr auto aboutToBeAdded = &TeamStore::decisionAboutToBeAdded;
    static constexpr auto added = &TeamStore::decisionAdded;
    static constexpr auto changed = &TeamStore::decisionChanged;
    static constexpr auto aboutToBeRemoved = &TeamStore::decisionAboutToBeRemoved;
    static constexpr auto removed = &TeamStore::decisionRemoved;
};

template <>
struct EntityTraits<Initiative> : LogTraits<Initiative>
{
    static constexpr auto list = &TeamLog::initiatives;
    static constexpr DataKind kind = DataKind::Initiatives;
    static constexpr auto aboutToBeAdded = &TeamStore::initiativeAboutToBeAdded;
    static constexpr auto added = &TeamStore::initiativeAdded;
    static constexpr auto changed = &TeamStore::initiativeChanged;
    static constexpr auto aboutToBeRemoved = &TeamStore::initiativeAboutToBeRemoved;
    static constexpr auto removed = &TeamStore::initiativeRemoved;
};

namespace {
/// The date an entry counts for firstLoggedMonth(); none for a person.
QDate loggedOn(const Person&)
{
    return {};
}
QDate loggedOn(const OneOnOne& m)
{
    return m.date;
}
QDate loggedOn(const Decision& d)
{
    return d.date;
}
QDate loggedOn(const Initiative& i)
{
    return i.date;
}
QDate loggedOn(const BoardEntry& b)
{
    return b.agreedOn;
}

template <typename T, typename Id>
int rowOf(const QList<T>& list, const Id& id)
{
    const auto found =
        std::find_if(list.cbegin(), list.cend(), [&id](const T& entry) { return entry.id == id; });
    return found == list.cend() ? -1 : int(found - list.cbegin());
}

} // namespace

TeamStore::TeamStore(Database& db, QObject* parent, Loading loading)
    : QObject(parent)
    , m_db(db)
{
    // A write that did not come through the store (none should) or a bulk
    // write (import, restore) replaces the snapshot.
    connect(&m_db, &Database::changed, this, [this] {
        if (!m_writing)
            reload();
    });
    connect(&m_db, &Database::replaced, this, &TeamStore::reload);
    connect(&m_migrationWatcher, &QFutureWatcher<OpenFailure>::finished, this, [this] {
        const OpenFailure failure = m_migrationWatcher.result();
        failure.message.isEmpty() ? openAndLoad() : failOpening(failure.message, failure.damaged);
    });
    connect(&m_loadWatcher, &QFutureWatcher<Snapshot>::finished, this, [this] {
        m_loading = false;
        Snapshot loadedSnapshot = m_loadWatcher.result();
        if (m_db.isIntegrityCheckPending())
            confirmIntegrity(loadedSnapshot.checked ? loadedSnapshot.damage
                                                    : Database::findDamage(m_db.connection()));
        if (m_db.isDamaged() && !loadedSnapshot.error.isEmpty()) {
            // A damaged file that could not be read: nothing to show; damaged() said why.
            emit aboutToBeReset();
            ++m_generation;
            emit reset();
        } else if (m_loadGeneration != m_generation || !loadedSnapshot.error.isEmpty()) {
            reload(); // something was written meanwhile, or the worker failed: read it here
        } else {
            emit aboutToBeReset();
            replaceSnapshot(std::move(loadedSnapshot));
            emit reset();
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

TeamStore::~TeamStore()
{
    m_pool.waitForDone(); // its jobs hold copies, not `this`
}

bool TeamStore::isReadOnly() const
{
    return m_db.isReadOnly();
}

bool TeamStore::canWrite() const
{
    return m_db.canWrite();
}

bool TeamStore::canLog() const
{
    return canWrite() && std::any_of(m_log.people.cbegin(), m_log.people.cend(),
                                     [](const Person& p) { return !p.archived; });
}

QStringList TeamStore::areas() const
{
    QStringList areas;
    for (const BoardEntry& entry : m_log.board)
        areas << entry.area;
    for (const Decision& decision : m_log.decisions) {
        if (!decision.area.isEmpty())
            areas << decision.area;
    }
    std::sort(areas.begin(), areas.end());
    areas.erase(std::unique(areas.begin(), areas.end()), areas.end());
    return areas;
}

// --- the snapshot's lists -----------------------------------------------------

template <typename T>
int TeamStore::insertEntry(const T& entry)
{
    using Traits = EntityTraits<T>;
    QList<T>& list = m_log.*Traits::list;
    const int row =
        int(std::upper_bound(list.cbegin(), list.cend(), entry, Traits::before) - list.cbegin());
    emit std::invoke(Traits::aboutToBeAdded, this, entry.id, row);
    list.insert(row, entry);
    ++m_generation;
    firstMonthGained(loggedOn(entry));
    emit std::invoke(Traits::added, this, entry.id, row);
    return row;
}

template <typename T>
void TeamStore::replaceEntry(const T& entry)
{
    using Traits = EntityTraits<T>;
    QList<T>& list = m_log.*Traits::list;
    const int row = rowOf(list, entry.id);
    const bool staysInPlace = row >= 0 && (row == 0 || !Traits::before(entry, list.at(row - 1))) &&
                              (row + 1 == list.size() || !Traits::before(list.at(row + 1), entry));
    if (staysInPlace) {
        const QDate was = loggedOn(list.at(row));
        list[row] = entry;
        firstMonthLost(was);
        firstMonthGained(loggedOn(entry));
        ++m_generation;
        emit std::invoke(Traits::changed, this, entry.id, row);
        return;
    }
    // Its date (or name) moved it elsewhere in the order.
    if (row >= 0)
        eraseEntry<T>(entry.id);
    insertEntry(entry);
}

template <typename T, typename Id>
void TeamStore::eraseEntry(const Id& id)
{
    using Traits = EntityTraits<T>;
    QList<T>& list = m_log.*Traits::list;
    const int row = rowOf(list, id);
    if (row < 0)
        return;
    emit std::invoke(Traits::aboutToBeRemoved, this, id, row);
    const QDate was = loggedOn(list.at(row));
    list.removeAt(row);
    firstMonthLost(was);
    ++m_generation;
    emit std::invoke(Traits::removed, this, id, row);
}

// The first logged month follows each change without a scan of the whole log:
// a date added can only move it earlier, and only a date leaving the first
// month (a removal, or an edit moving it) can move it later.
void TeamStore::firstMonthGained(QDate date)
{
    if (date.isValid() && (!m_firstMonth.isValid() || date < m_firstMonth))
        m_firstMonth = QDate(date.year(), date.month(), 1);
}

void TeamStore::firstMonthLost(QDate date)
{
    if (date.isValid() && m_firstMonth.isValid() && date < m_firstMonth.addMonths(1))
        m_firstMonth = firstLoggedMonth(m_log);
}

void TeamStore::changed(DataKind kind)
{
    ++m_commitCount; // the write's own transaction counted itself
    ++m_generation;
    emit modified(kind);
}

// --- writes -------------------------------------------------------------------

Person TeamStore::addPerson(Person person)
{
    {
        OwnWrite writing(m_writing);
        person = PeopleRepository(m_db).add(std::move(person));
    }
    insertEntry(person);
    changed(DataKind::People);
    return person;
}

void TeamStore::updatePerson(const Person& person)
{
    Person stored;
    {
        OwnWrite writing(m_writing);
        stored = PeopleRepository(m_db).update(person);
    }
    replaceEntry(stored);
    changed(DataKind::People);
}

void TeamStore::setArchived(const QString& id, bool archived)
{
    {
        OwnWrite writing(m_writing);
        PeopleRepository(m_db).setArchived(id, archived);
    }
    const int row = rowOf(m_log.people, id);
    if (row >= 0) {
        Person person = m_log.people.at(row);
        person.archived = archived;
        replaceEntry(person);
    }
    changed(DataKind::People);
}

void TeamStore::removePerson(const QString& id)
{
    {
        OwnWrite writing(m_writing);
        PeopleRepository(m_db).removeUnused(id);
    }
    eraseEntry<Person>(id);
    changed(DataKind::People);
}

qint64 TeamStore::addOneOnOne(const OneOnOne& meeting, const QList<OneOnOne>& earlier)
{
    OneOnOne stored = meeting;
    {
        OwnWrite writing(m_writing);
        stored.id = OneOnOneRepository(m_db).add(meeting, earlier);
    }
    for (const OneOnOne& other : earlier)
        replaceEntry(other);
    insertEntry(stored);
    changed(DataKind::OneOnOnes);
    return stored.id;
}

void TeamStore::updateOneOnOne(const OneOnOne& meeting)
{
    {
        OwnWrite writing(m_writing);
        OneOnOneRepository(m_db).update(meeting);
    }
    replaceEntry(meeting);
    changed(DataKind::OneOnOnes);
}

void TeamStore::updateOneOnOnes(const QList<OneOnOne>& meetings)
{
    if (meetings.isEmpty())
        return;
    {
        OwnWrite writing(m_writing);
        OneOnOneRepository(m_db).update(meetings);
    }
    for (const OneOnOne& m : meetings)
        replaceEntry(m);
    changed(DataKind::OneOnOnes);
}

void TeamStore::saveDraft(const MeetingDraft& draft)
{
    {
        OwnWrite writing(m_writing);
        DraftRepository(m_db).save(draft);
    }
    ++m_commitCount; // our own commit, not another program's
}

void TeamStore::removeDraft(const QString& personId)
{
    {
        OwnWrite writing(m_writing);
        DraftRepository(m_db).remove(personId);
    }
    ++m_commitCount;
}

QList<MeetingDraft> TeamStore::drafts() const
{
    return m_db.isOpen() ? DraftRepository(m_db).all() : QList<MeetingDraft>();
}

std::optional<MeetingDraft> TeamStore::draft(const QString& personId) const
{
    return m_db.isOpen() ? DraftRepository(m_db).find(personId) : std::nullopt;
}

void TeamStore::removeOneOnOne(qint64 id, const QList<OneOnOne>& earlier)
{
    {
        OwnWrite writing(m_writing);
        OneOnOneRepository(m_db).remove(id, earlier);
    }
    eraseEntry<OneOnOne>(id);
    for (const OneOnOne& other : earlier)
        replaceEntry(other);
    changed(DataKind::OneOnOnes);
}

namespace {
/// The repository of decisions or initiatives, for the writes the two share.
template <typename T>
auto repositoryFor(Database& db)
{
    if constexpr (std::is_same_v<T, Decision>)
        return DecisionRepository(db);
    else
        return InitiativeRepository(db);
}
} // namespace

template <typename T>
qint64 TeamStore::addLogged(const T& entry)
{
    T stored = entry;
    {
        OwnWrite writing(m_writing);
        stored.id = repositoryFor<T>(m_db).add(entry);
    }
    insertEntry(stored);
    changed(EntityTraits<T>::kind);
    return stored.id;
}

template <typename T>
void TeamStore::updateLogged(const T& entry)
{
    {
        OwnWrite writing(m_writing);
        repositoryFor<T>(m_db).update(entry);
    }
    replaceEntry(entry);
    changed(EntityTraits<T>::kind);
}

template <typename T>
void TeamStore::removeLogged(qint64 id)
{
    {
        OwnWrite writing(m_writing);
        repositoryFor<T>(m_db).remove(id);
    }
    eraseEntry<T>(id);
    changed(EntityTraits<T>::kind);
}

qint64 TeamStore::addDecision(const Decision& decision)
{
    return addLogged(decision);
}

void TeamStore::updateDecision(const Decision& decision)
{
    updateLogged(decision);
}

void TeamStore::removeDecision(qint64 id)
{
    removeLogged<Decision>(id);
}

qint64 TeamStore::addInitiative(const Initiative& initiative)
{
    return addLogged(initiative);
}

void TeamStore::updateInitiative(const Initiative& initiative)
{
    updateLogged(initiative);
}

void TeamStore::removeInitiative(qint64 id)
{
    removeLogged<Initiative>(id);
}

qint64 TeamStore::agreeBoardCell(const BoardEntry& entry)
{
    BoardEntry stored = entry;
    {
        OwnWrite writing(m_writing);
        stored.id = BoardRepository(m_db).set(entry);
    }
    // The loader's order: by date, person, area, id.
    const auto before = [](const BoardEntry& a, const BoardEntry& b) {
        return std::tie(a.agreedOn, a.personId, a.area, a.id) <
               std::tie(b.agreedOn, b.personId, b.area, b.id);
    };
    m_log.board.insert(std::upper_bound(m_log.board.cbegin(), m_log.board.cend(), stored, before),
                       stored);
    firstMonthGained(loggedOn(stored));
    emit boardChanged();
    changed(DataKind::Board);
    return stored.id;
}

void TeamStore::removeBoardEntry(qint64 id)
{
    {
        OwnWrite writing(m_writing);
        BoardRepository(m_db).remove(id);
    }
    const int row = rowOf(m_log.board, id);
    if (row >= 0) {
        const QDate was = loggedOn(m_log.board.at(row));
        m_log.board.removeAt(row);
        firstMonthLost(was);
    }
    emit boardChanged();
    changed(DataKind::Board);
}

void TeamStore::setPromptState(const PromptState& state)
{
    {
        OwnWrite writing(m_writing);
        PromptStateRepository(m_db).set(state);
    }
    QList<PromptState>& states = m_log.promptStates;
    const auto at =
        std::lower_bound(states.begin(), states.end(), state.key,
                         [](const PromptState& s, const QString& key) { return s.key < key; });
    if (at != states.end() && at->key == state.key)
        *at = state;
    else
        states.insert(at, state);
    emit promptStatesChanged();
    changed(DataKind::PromptStates);
}

void TeamStore::clearPromptState(const QString& key)
{
    {
        OwnWrite writing(m_writing);
        PromptStateRepository(m_db).clear(key);
    }
    m_log.promptStates.removeIf([&key](const PromptState& s) { return s.key == key; });
    emit promptStatesChanged();
    changed(DataKind::PromptStates);
}

void TeamStore::applySettings(const QMap<QString, QString>& set, const QStringList& remove)
{
    {
        OwnWrite writing(m_writing);
        SettingsRepository(m_db).apply(set, remove);
    }
    for (auto it = set.cbegin(); it != set.cend(); ++it)
        m_settings.insert(it.key(), it.value());
    for (const QString& key : remove)
        m_settings.remove(key);
    m_thresholds = Thresholds::fromSettings(m_settings);
    emit thresholdsChanged();
    changed(DataKind::Settings);
}

// TeamStorePlans.cpp adds the record a moved plan leaves.
template int TeamStore::insertEntry<OneOnOne>(const OneOnOne&);
template void TeamStore::eraseEntry<OneOnOne, qint64>(const qint64&);

} // namespace rd
