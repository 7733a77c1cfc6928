#pragma once

#include "Database.h"
#include "domain/TeamLog.h"
#include "SearchRow.h"
#include "SearchSnippet.h"

#include <optional>
#include <QMap>

namespace rd {

/// Team members. Every write commits in its own transaction and then emits
/// Database::changed(DataKind::People).
class PeopleRepository final
{
public:
    explicit PeopleRepository(Database& db)
        : m_db(db)
    {}
    QList<Person> all() const;
    std::optional<Person> find(const QString& id) const;
    /// A person by id, else by exact name. Throws ValidationError when the name
    /// is ambiguous.
    std::optional<Person> findByIdOrName(const QString& idOrName) const;
    /// Adds a person; generates a unique slug id when `person.id` is empty.
    Person add(Person person);
    /// Updates a person; returns them as stored (the name trimmed, as add() does).
    Person update(Person person);
    void setArchived(const QString& id, bool archived);
    /// Removes a person and, through the foreign keys, every entry about them.
    void remove(const QString& id);
    /// Removes a person who has no entries (the undo of adding one); refuses
    /// with one sentence when the file holds any, written elsewhere.
    void removeUnused(const QString& id);
    /// A short, unique, readable id for a name: "Anna de Vries" -> "anna-de-vries".
    QString uniqueIdFor(const QString& name) const;

private:
    Database& m_db;
};

class OneOnOneRepository final
{
public:
    explicit OneOnOneRepository(Database& db)
        : m_db(db)
    {}
    qint64 add(const OneOnOne& meeting);
    /// Logs `meeting` and, in the same transaction, stores `earlier`: the
    /// one-on-ones whose open actions were ticked off in it.
    qint64 add(const OneOnOne& meeting, const QList<OneOnOne>& earlier);
    void update(const OneOnOne& meeting);
    /// Stores all of `meetings` in one transaction: all or none.
    void update(const QList<OneOnOne>& meetings);
    void remove(qint64 id);
    /// Removes one-on-one `id` and, in the same transaction, puts `earlier`
    /// back as they were (the undo of add() with earlier meetings).
    void remove(qint64 id, const QList<OneOnOne>& earlier);
    std::optional<OneOnOne> find(qint64 id) const;
    QList<OneOnOne> all() const;

private:
    Database& m_db;
};

class DecisionRepository final
{
public:
    explicit DecisionRepository(Database& db)
        : m_db(db)
    {}
    qint64 add(const Decision& decision);
    void update(const Decision& decision);
    void remove(qint64 id);
    std::optional<Decision> find(qint64 id) const;
    QList<Decision> all() const;

private:
    Database& m_db;
};

class InitiativeRepository final
{
public:
    explicit InitiativeRepository(Database& db)
        : m_db(db)
    {}
    qint64 add(const Initiative& initiative);
    void update(const Initiative& initiative);
    void remove(qint64 id);
    std::optional<Initiative> find(qint64 id) const;
    QList<Initiative> all() const;

private:
    Database& m_db;
};

/// The delegation board's history: setting a cell appends an agreement.
class BoardRepository final
{
public:
    explicit BoardRepository(Database& db)
        : m_db(db)
    {}
    qint64 set(const BoardEntry& entry);
    void remove(qint64 id);
    QList<BoardEntry> history() const;
    QStringList areas() const;

private:
    Database& m_db;
};

class PromptStateRepository final
{
public:
    explicit PromptStateRepository(Database& db)
        : m_db(db)
    {}
    void set(const PromptState& state);
    void clear(const QString& key);
    QList<PromptState> all() const;

private:
    Database& m_db;
};

/// Data-like settings stored in the database (rule thresholds and the like).
class SettingsRepository final
{
public:
    explicit SettingsRepository(Database& db)
        : m_db(db)
    {}
    QMap<QString, QString> all() const;
    void setValue(const QString& key, const QString& value);
    void remove(const QString& key);
    /// Sets and removes several settings in one transaction.
    void apply(const QMap<QString, QString>& set, const QStringList& remove);

private:
    Database& m_db;
};

/// One full-text search hit.
struct SearchHit
{
    using Kind = SearchKind;
    Kind kind;
    qint64 entryId;   ///< the row of the matching entry
    qint64 meetingId; ///< for agenda and action items: their one-on-one; else 0
    QString personId;
    QList<SnippetPart> snippet; ///< the words around the match (bracketed() for text)
    QDate date; ///< the entry's date; for agenda and action items, their one-on-one's
};

class SearchRepository final
{
public:
    explicit SearchRepository(Database& db)
        : m_db(db)
    {}
    enum class Order
    {
        Relevance, ///< best match first (FTS5's rank)
        Newest     ///< the newest entry first
    };
    /// Searches all free text. Every word of `text` must match (as a prefix);
    /// the user's text is never interpreted as query syntax.
    QList<SearchHit> search(const QString& text, int limit = 200,
                            Order order = Order::Relevance) const;

private:
    Database& m_db;
};

} // namespace rd
