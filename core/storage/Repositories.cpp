#include "Repositories.h"

#include "domain/Error.h"
#include "InTransaction.h"
#include "LogWriter.h"
#include "Schema.h"
#include "SearchSnippet.h"
#include "Sql.h"
#include "TeamLogLoader.h"
#include "Transaction.h"

#include <array>
#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rd {

namespace {
/// `gone` is the sentence, marked with QT_TRANSLATE_NOOP("rd::Database", …).
void requireRow(const QSqlQuery& query, const char* gone)
{
    if (query.numRowsAffected() == 0)
        throw ValidationError(QCoreApplication::translate("rd::Database", gone));
}

/// Deletes row `id` of `table` in one transaction; `gone` (marked with
/// QT_TRANSLATE_NOOP) says so when it is already gone.
void removeRow(Database& db, DataKind kind, QStringView table, const char* gone, qint64 id,
               qint64 entryId)
{
    inTransaction(
        db, kind,
        [&](LogWriter&) {
            requireRow(
                sql::exec(db.connection(), u"DELETE FROM %1 WHERE id = ?"_s.arg(table), {id}),
                gone);
        },
        entryId);
}

template <typename T>
std::optional<T> firstOf(const QList<T>& list)
{
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}
} // namespace

// --- people ---------------------------------------------------------------

QList<Person> PeopleRepository::all() const
{
    return loadPeople(m_db.connection());
}

std::optional<Person> PeopleRepository::find(const QString& id) const
{
    for (const Person& person : all()) {
        if (person.id == id)
            return person;
    }
    return std::nullopt;
}

std::optional<Person> PeopleRepository::findByIdOrName(const QString& idOrName) const
{
    const QList<Person> people = all();
    for (const Person& person : people) {
        if (person.id == idOrName)
            return person;
    }
    std::optional<Person> match;
    for (const Person& person : people) {
        if (person.name != idOrName)
            continue;
        if (match)
            throw ValidationError(
                QCoreApplication::translate(
                    "rd::Database",
                    "More than one team member is called \"%1\"; use their id instead.")
                    .arg(idOrName));
        match = person;
    }
    return match;
}

QString PeopleRepository::uniqueIdFor(const QString& name) const
{
    QString base = name.normalized(QString::NormalizationForm_KD).toLower();
    base.remove(QRegularExpression(u"[\\x{0300}-\\x{036f}]"_s));
    base.replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s);
    base = base.mid(0, 40);
    while (base.startsWith(u'-'))
        base.remove(0, 1);
    while (base.endsWith(u'-'))
        base.chop(1);
    if (base.isEmpty())
        base = u"person"_s;
    QString candidate = base;
    for (int n = 2;
         sql::scalar(m_db.connection(), u"SELECT 1 FROM people WHERE id = ?"_s, {candidate})
             .isValid();
         ++n)
        candidate = base + u'-' + QString::number(n);
    return candidate;
}

Person PeopleRepository::add(Person person)
{
    person.name = person.name.trimmed();
    validate(person);
    if (person.id.isEmpty())
        person.id = uniqueIdFor(person.name);
    inTransaction(m_db, DataKind::People, [&](LogWriter& w) { w.insertPerson(person); });
    return person;
}

Person PeopleRepository::update(Person person)
{
    person.name = person.name.trimmed();
    validate(person);
    inTransaction(m_db, DataKind::People, [&](LogWriter& w) { w.updatePerson(person); });
    return person;
}

void PeopleRepository::setArchived(const QString& id, bool archived)
{
    inTransaction(m_db, DataKind::People, [&](LogWriter&) {
        QSqlQuery q = sql::exec(m_db.connection(), u"UPDATE people SET archived = ? WHERE id = ?"_s,
                                {sql::fromBool(archived), id});
        requireRow(q, QT_TRANSLATE_NOOP("rd::Database", "The team member no longer exists."));
    });
}

void PeopleRepository::remove(const QString& id)
{
    inTransaction(m_db, DataKind::People, [&](LogWriter&) {
        requireRow(sql::exec(m_db.connection(), u"DELETE FROM people WHERE id = ?"_s, {id}),
                   QT_TRANSLATE_NOOP("rd::Database", "The team member no longer exists."));
    });
}

void PeopleRepository::removeUnused(const QString& id)
{
    inTransaction(m_db, DataKind::People, [&](LogWriter&) {
        // Only the undo of adding someone removes them, and by then the steps
        // that logged anything about them were undone first: an entry here was
        // written by another program, and the foreign keys would take it along.
        const QVariant entries =
            sql::scalar(m_db.connection(),
                        u"SELECT (SELECT count(*) FROM one_on_ones WHERE person_id = ?) + "
                        u"(SELECT count(*) FROM decisions WHERE person_id = ?) + "
                        u"(SELECT count(*) FROM initiatives WHERE person_id = ?) + "
                        u"(SELECT count(*) FROM board_entries WHERE person_id = ?)"_s,
                        {id, id, id, id});
        if (entries.toLongLong() > 0)
            throw ValidationError(QCoreApplication::translate(
                "rd::Database", "Another program wrote entries about this team "
                                "member, so adding them cannot be undone. Nothing was "
                                "changed."));
        requireRow(sql::exec(m_db.connection(), u"DELETE FROM people WHERE id = ?"_s, {id}),
                   QT_TRANSLATE_NOOP("rd::Database", "The team member no longer exists."));
    });
}

// --- one-on-ones ----------------------------------------------------------

qint64 OneOnOneRepository::add(const OneOnOne& meeting)
{
    validate(meeting);
    return inTransaction(
        m_db, DataKind::OneOnOnes, [&](LogWriter& w) { return w.insertOneOnOne(meeting); },
        AddedEntry);
}

qint64 OneOnOneRepository::add(const OneOnOne& meeting, const QList<OneOnOne>& earlier)
{
    if (earlier.isEmpty())
        return add(meeting);
    validate(meeting);
    for (const OneOnOne& other : earlier)
        validate(other);
    // Several meetings change: the log of one-on-ones as a whole (entry 0).
    return inTransaction(m_db, DataKind::OneOnOnes, [&](LogWriter& w) {
        for (const OneOnOne& other : earlier)
            w.updateOneOnOne(other);
        return w.insertOneOnOne(meeting);
    });
}

void OneOnOneRepository::remove(qint64 id, const QList<OneOnOne>& earlier)
{
    if (earlier.isEmpty())
        return remove(id);
    for (const OneOnOne& other : earlier)
        validate(other);
    inTransaction(m_db, DataKind::OneOnOnes, [&](LogWriter& w) {
        requireRow(sql::exec(m_db.connection(), u"DELETE FROM one_on_ones WHERE id = ?"_s, {id}),
                   QT_TRANSLATE_NOOP("rd::Database", "The one-on-one no longer exists."));
        for (const OneOnOne& other : earlier)
            w.updateOneOnOne(other);
    });
}

void OneOnOneRepository::update(const OneOnOne& meeting)
{
    validate(meeting);
    inTransaction(
        m_db, DataKind::OneOnOnes, [&](LogWriter& w) { w.updateOneOnOne(meeting); }, meeting.id);
}

void OneOnOneRepository::update(const QList<OneOnOne>& meetings)
{
    if (meetings.size() == 1)
        return update(meetings.first());
    for (const OneOnOne& m : meetings)
        validate(m);
    // Several meetings change: the log of one-on-ones as a whole (entry 0).
    inTransaction(m_db, DataKind::OneOnOnes, [&](LogWriter& w) {
        for (const OneOnOne& m : meetings)
            w.updateOneOnOne(m);
    });
}

void OneOnOneRepository::remove(qint64 id)
{
    removeRow(m_db, DataKind::OneOnOnes, u"one_on_ones",
              QT_TRANSLATE_NOOP("rd::Database", "The one-on-one no longer exists."), id, id);
}

std::optional<OneOnOne> OneOnOneRepository::find(qint64 id) const
{
    return firstOf(loadOneOnOnes(m_db.connection(), id));
}

QList<OneOnOne> OneOnOneRepository::all() const
{
    return loadOneOnOnes(m_db.connection());
}

// --- decisions ------------------------------------------------------------

qint64 DecisionRepository::add(const Decision& decision)
{
    validate(decision);
    return inTransaction(
        m_db, DataKind::Decisions, [&](LogWriter& w) { return w.insertDecision(decision); },
        AddedEntry);
}

void DecisionRepository::update(const Decision& decision)
{
    validate(decision);
    inTransaction(
        m_db, DataKind::Decisions, [&](LogWriter& w) { w.updateDecision(decision); }, decision.id);
}

void DecisionRepository::remove(qint64 id)
{
    removeRow(m_db, DataKind::Decisions, u"decisions",
              QT_TRANSLATE_NOOP("rd::Database", "The decision no longer exists."), id, id);
}

std::optional<Decision> DecisionRepository::find(qint64 id) const
{
    return firstOf(loadDecisions(m_db.connection(), id));
}

QList<Decision> DecisionRepository::all() const
{
    return loadDecisions(m_db.connection());
}

// --- initiatives ----------------------------------------------------------

qint64 InitiativeRepository::add(const Initiative& initiative)
{
    validate(initiative);
    return inTransaction(
        m_db, DataKind::Initiatives, [&](LogWriter& w) { return w.insertInitiative(initiative); },
        AddedEntry);
}

void InitiativeRepository::update(const Initiative& initiative)
{
    validate(initiative);
    inTransaction(
        m_db, DataKind::Initiatives, [&](LogWriter& w) { w.updateInitiative(initiative); },
        initiative.id);
}

void InitiativeRepository::remove(qint64 id)
{
    removeRow(m_db, DataKind::Initiatives, u"initiatives",
              QT_TRANSLATE_NOOP("rd::Database", "The initiative no longer exists."), id, id);
}

std::optional<Initiative> InitiativeRepository::find(qint64 id) const
{
    return firstOf(loadInitiatives(m_db.connection(), id));
}

QList<Initiative> InitiativeRepository::all() const
{
    return loadInitiatives(m_db.connection());
}

// --- delegation board -----------------------------------------------------

qint64 BoardRepository::set(const BoardEntry& entry)
{
    validate(entry);
    return inTransaction(m_db, DataKind::Board,
                         [&](LogWriter& w) { return w.insertBoardEntry(entry); });
}

void BoardRepository::remove(qint64 id)
{
    removeRow(m_db, DataKind::Board, u"board_entries",
              QT_TRANSLATE_NOOP("rd::Database", "board agreement"), id, 0);
}

QList<BoardEntry> BoardRepository::history() const
{
    return loadBoard(m_db.connection());
}

QStringList BoardRepository::areas() const
{
    QStringList areas;
    QSqlQuery q = sql::exec(m_db.connection(),
                            u"SELECT DISTINCT area FROM board_entries UNION "
                            u"SELECT DISTINCT area FROM decisions WHERE area <> '' ORDER BY 1"_s);
    while (q.next())
        areas << q.value(0).toString();
    return areas;
}

// --- prompt state ---------------------------------------------------------

void PromptStateRepository::set(const PromptState& state)
{
    inTransaction(m_db, DataKind::PromptStates, [&](LogWriter& w) { w.upsertPromptState(state); });
}

void PromptStateRepository::clear(const QString& key)
{
    inTransaction(m_db, DataKind::PromptStates, [&](LogWriter&) {
        sql::exec(m_db.connection(), u"DELETE FROM prompt_states WHERE key = ?"_s, {key});
    });
}

QList<PromptState> PromptStateRepository::all() const
{
    return loadPromptStates(m_db.connection());
}

// --- settings -------------------------------------------------------------

QMap<QString, QString> SettingsRepository::all() const
{
    return loadSettings(m_db.connection());
}

void SettingsRepository::setValue(const QString& key, const QString& value)
{
    inTransaction(m_db, DataKind::Settings, [&](LogWriter&) {
        sql::exec(m_db.connection(),
                  u"INSERT INTO settings (key, value) VALUES (?, ?) "
                  u"ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
                  {key, value});
    });
}

void SettingsRepository::remove(const QString& key)
{
    inTransaction(m_db, DataKind::Settings, [&](LogWriter&) {
        sql::exec(m_db.connection(), u"DELETE FROM settings WHERE key = ?"_s, {key});
    });
}

void SettingsRepository::apply(const QMap<QString, QString>& set, const QStringList& remove)
{
    inTransaction(m_db, DataKind::Settings, [&](LogWriter&) {
        for (auto it = set.cbegin(); it != set.cend(); ++it) {
            sql::exec(m_db.connection(),
                      u"INSERT INTO settings (key, value) VALUES (?, ?) "
                      u"ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
                      {it.key(), it.value()});
        }
        for (const QString& key : remove)
            sql::exec(m_db.connection(), u"DELETE FROM settings WHERE key = ?"_s, {key});
    });
}

// --- search ---------------------------------------------------------------

namespace {
/// How many of the best-ranked hits "newest first" orders by date.
constexpr int NewestAmong = 5000;
} // namespace

QList<SearchHit> SearchRepository::search(const QString& text, int limit, Order order) const
{
    const QStringList words = text.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    QStringList terms;
    for (QString word : words) {
        word.replace(u'"', u"\"\""_s);
        terms << u'"' + word + u"\"*"_s;
    }
    QList<SearchHit> hits;
    if (terms.isEmpty())
        return hits;
    const QSqlDatabase connection = m_db.connection();
    QSqlQuery q = sql::exec(connection,
                            u"SELECT rowid FROM search_index WHERE search_index MATCH ? "
                            u"ORDER BY rank LIMIT ?"_s,
                            // The index keeps no dates: the newest are found among all hits.
                            {terms.join(u' '), order == Order::Newest ? NewestAmong : limit});
    // The index keeps no text: each hit's person, one-on-one and text come from its own table.
    std::array<std::optional<QSqlQuery>, SearchRowKinds> entries; // by kind
    while (q.next()) {
        const qint64 rowid = q.value(0).toLongLong();
        const SearchKind kind = searchRowKind(rowid);
        if (!isSearchKind(int(kind)))
            continue; // no entry of this build's makes such a row
        std::optional<QSqlQuery>& entry = entries.at(int(kind));
        if (!entry)
            entry.emplace(sql::prepare(connection, schema::searchEntryQuery(kind)));
        entry->bindValue(0, searchRowEntry(rowid));
        sql::exec(*entry);
        if (!entry->next())
            continue;
        hits.append(
            {kind, searchRowEntry(rowid), entry->value(1).toLongLong(), entry->value(0).toString(),
             searchSnippetParts(entry->value(2).toString(), words), sql::toDate(entry->value(3))});
    }
    if (order == Order::Newest) {
        std::stable_sort(hits.begin(), hits.end(),
                         [](const SearchHit& a, const SearchHit& b) { return a.date > b.date; });
        if (hits.size() > limit)
            hits.resize(limit);
    }
    return hits;
}

} // namespace rd
