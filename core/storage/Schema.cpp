#include "Schema.h"

#include "SearchRow.h"
#include "Sql.h"
#include "Transaction.h"

using namespace Qt::StringLiterals;

namespace rd::schema {

namespace {

// Search rows use rowid = searchRowId(entry id, kind), so a trigger can find
// and replace an entry's row without scanning the index.
struct SearchSource
{
    QString table;
    SearchKind kind;
    QString person;  ///< SQL for the person id; $ stands for the row
    QString body;    ///< SQL for the indexed text; $ stands for the row
    QString meeting; ///< SQL for the entry's one-on-one, or 0; $ stands for the row
    QString date;    ///< SQL for the entry's date (its one-on-one's); $ stands for the row
};

const QList<SearchSource>& searchSources()
{
    static const QString meetingPerson =
        u"(SELECT person_id FROM one_on_ones WHERE id = $.one_on_one_id)"_s;
    static const QString meetingDate =
        u"(SELECT date FROM one_on_ones WHERE id = $.one_on_one_id)"_s;
    static const QList<SearchSource> sources{
        {u"one_on_ones"_s, SearchKind::OneOnOne, u"$.person_id"_s,
         u"$.private_notes || char(10) || $.shared_summary"_s, u"0"_s, u"$.date"_s},
        {u"agenda_items"_s, SearchKind::AgendaItem, meetingPerson, u"$.text"_s,
         u"$.one_on_one_id"_s, meetingDate},
        {u"action_items"_s, SearchKind::ActionItem, meetingPerson, u"$.text"_s,
         u"$.one_on_one_id"_s, meetingDate},
        {u"decisions"_s, SearchKind::Decision, u"$.person_id"_s,
         u"$.title || char(10) || $.area || char(10) || $.why || char(10) || $.boundaries || "
         u"char(10) || $.learning"_s,
         u"0"_s, u"$.date"_s},
        {u"initiatives"_s, SearchKind::Initiative, u"$.person_id"_s, u"$.description"_s, u"0"_s,
         u"$.date"_s},
    };
    return sources;
}

/// searchRowId() in SQL, for the entry id `id`.
QString rowIdOf(const SearchSource& s, const QString& id)
{
    return u"%1 * %2 + %3"_s.arg(id).arg(SearchRowKinds).arg(int(s.kind));
}

QString bound(QString expression, const QString& row)
{
    return expression.replace(u"$"_s, row);
}

/// Version 2 kept a second copy of every text in the index (and the person, unindexed).
/// Version 3 is contentless: the text stays in its own table only, a third of
/// the file, and the index holds the words. Version 2's statements stay as they
/// were, because a version 1 file still passes through them.
enum class SearchIndex
{
    KeepsText, ///< version 2
    WordsOnly, ///< version 3 on
};

QString createSearchTable(SearchIndex index)
{
    return index == SearchIndex::KeepsText
               ? u"CREATE VIRTUAL TABLE search_index USING fts5(person UNINDEXED, body, "
                 u"tokenize = 'unicode61 remove_diacritics 2')"_s
               : u"CREATE VIRTUAL TABLE search_index USING fts5(body, content = '', "
                 u"tokenize = 'unicode61 remove_diacritics 2')"_s;
}

/// The columns an index row names.
QString searchColumns(SearchIndex index)
{
    return index == SearchIndex::KeepsText ? u"rowid, person, body"_s : u"rowid, body"_s;
}

/// The values of an index row for `row` ("new", "old" or "x"), in searchColumns() order.
QString searchValues(SearchIndex index, const SearchSource& s, const QString& row)
{
    const QString rowid = rowIdOf(s, row + u".id"_s);
    return index == SearchIndex::KeepsText
               ? u"%1, %2, %3"_s.arg(rowid, bound(s.person, row), bound(s.body, row))
               : u"%1, %2"_s.arg(rowid, bound(s.body, row));
}

QStringList searchTriggerNames()
{
    QStringList names;
    for (const SearchSource& s : searchSources()) {
        for (const char* event : {"insert", "delete", "update"})
            names << u"%1_search_%2"_s.arg(s.table, QLatin1StringView(event));
    }
    return names;
}

QStringList createSearchTriggers(SearchIndex index)
{
    QStringList statements;
    for (const SearchSource& s : searchSources()) {
        const QString insert = u"INSERT INTO search_index(%1) VALUES (%2);"_s.arg(
            searchColumns(index), searchValues(index, s, u"new"_s));
        // A contentless index forgets a row only when given the words it indexed.
        const QString remove =
            index == SearchIndex::KeepsText
                ? u"DELETE FROM search_index WHERE rowid = %1;"_s.arg(rowIdOf(s, u"old.id"_s))
                : u"INSERT INTO search_index(search_index, rowid, body) VALUES ('delete', %1);"_s
                      .arg(searchValues(index, s, u"old"_s));
        statements << u"CREATE TRIGGER %1_search_insert AFTER INSERT ON %1 BEGIN %2 END"_s.arg(
                          s.table, insert)
                   << u"CREATE TRIGGER %1_search_delete AFTER DELETE ON %1 BEGIN %2 END"_s.arg(
                          s.table, remove)
                   << u"CREATE TRIGGER %1_search_update AFTER UPDATE ON %1 BEGIN %2 %3 END"_s.arg(
                          s.table, remove, insert);
    }
    return statements;
}

QStringList fillSearchIndex(SearchIndex index)
{
    // Filling a new index in one pass, FTS5 need not merge its segments as it
    // goes (automerge): 0.9 -> 0.6 s for the 100,092-entry file, searched as
    // fast afterwards. Later writes merge again, as usual (automerge 4).
    const bool oneMerge = index == SearchIndex::WordsOnly;
    QStringList statements;
    if (oneMerge)
        statements << u"INSERT INTO search_index(search_index, rank) VALUES ('automerge', 0)"_s;
    for (const SearchSource& s : searchSources()) {
        statements << u"INSERT INTO search_index(%1) SELECT %2 FROM %3 AS x"_s.arg(
            searchColumns(index), searchValues(index, s, u"x"_s), s.table);
    }
    if (oneMerge)
        statements << u"INSERT INTO search_index(search_index, rank) VALUES ('automerge', 4)"_s;
    return statements;
}

QList<Migration> buildMigrations()
{
    QList<Migration> steps;
    steps.append(
        {0,
         "the three logs and the delegation board",
         {
             uR"(CREATE TABLE people (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) > 0),
    name TEXT NOT NULL CHECK (length(name) > 0),
    role TEXT NOT NULL DEFAULT '',
    joined_on TEXT,
    cadence_days INTEGER NOT NULL DEFAULT 14 CHECK (cadence_days > 0),
    archived INTEGER NOT NULL DEFAULT 0))"_s,
             uR"(CREATE TABLE one_on_ones (
    id INTEGER PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES people(id) ON UPDATE CASCADE ON DELETE CASCADE,
    date TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('held', 'cancelled', 'moved')),
    duration_minutes INTEGER CHECK (duration_minutes >= 0),
    talk_share INTEGER CHECK (talk_share BETWEEN 0 AND 100),
    context_shared INTEGER NOT NULL DEFAULT 0,
    mistake_discussed INTEGER NOT NULL DEFAULT 0,
    energy INTEGER CHECK (energy BETWEEN 1 AND 5),
    private_notes TEXT NOT NULL DEFAULT '',
    shared_summary TEXT NOT NULL DEFAULT ''))"_s,
             u"CREATE INDEX one_on_ones_person_date ON one_on_ones(person_id, date)"_s,
             uR"(CREATE TABLE agenda_items (
    id INTEGER PRIMARY KEY,
    one_on_one_id INTEGER NOT NULL REFERENCES one_on_ones(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    raised_by TEXT NOT NULL CHECK (raised_by IN ('member', 'manager')),
    covered INTEGER NOT NULL DEFAULT 0))"_s,
             u"CREATE INDEX agenda_items_meeting ON agenda_items(one_on_one_id)"_s,
             uR"(CREATE TABLE action_items (
    id INTEGER PRIMARY KEY,
    one_on_one_id INTEGER NOT NULL REFERENCES one_on_ones(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    owner TEXT NOT NULL CHECK (owner IN ('member', 'manager')),
    due_on TEXT,
    done_on TEXT))"_s,
             u"CREATE INDEX action_items_meeting ON action_items(one_on_one_id)"_s,
             uR"(CREATE TABLE decisions (
    id INTEGER PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES people(id) ON UPDATE CASCADE ON DELETE CASCADE,
    date TEXT NOT NULL,
    title TEXT NOT NULL,
    area TEXT NOT NULL DEFAULT '',
    level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 7),
    why TEXT NOT NULL DEFAULT '',
    boundaries TEXT NOT NULL DEFAULT '',
    review_on TEXT,
    check_ins INTEGER NOT NULL DEFAULT 0 CHECK (check_ins >= 0),
    overridden INTEGER NOT NULL DEFAULT 0,
    outcome TEXT NOT NULL DEFAULT 'pending'
        CHECK (outcome IN ('pending', 'succeeded', 'mixed', 'failed')),
    learning TEXT NOT NULL DEFAULT ''))"_s,
             u"CREATE INDEX decisions_person_date ON decisions(person_id, date)"_s,
             uR"(CREATE TABLE initiatives (
    id INTEGER PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES people(id) ON UPDATE CASCADE ON DELETE CASCADE,
    date TEXT NOT NULL,
    description TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('initiative', 'compliance')),
    outcome TEXT NOT NULL DEFAULT 'too-early'
        CHECK (outcome IN ('worked', 'partly', 'failed', 'too-early')),
    recognised_on TEXT,
    recognition TEXT CHECK (recognition IS NULL OR recognition IN ('private', 'one-on-one', 'public'))))"_s,
             u"CREATE INDEX initiatives_person_date ON initiatives(person_id, date)"_s,
             uR"(CREATE TABLE board_entries (
    id INTEGER PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES people(id) ON UPDATE CASCADE ON DELETE CASCADE,
    area TEXT NOT NULL CHECK (length(area) > 0),
    level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 7),
    agreed_on TEXT NOT NULL))"_s,
             u"CREATE INDEX board_entries_cell ON board_entries(person_id, area, agreed_on)"_s,
         }});

    // Version 2: prompt state, data-like settings (rule thresholds) and full-text search.
    QStringList v2{
        uR"(CREATE TABLE prompt_states (
    key TEXT PRIMARY KEY NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('done', 'snoozed', 'dismissed')),
    on_date TEXT NOT NULL,
    until TEXT,
    note TEXT NOT NULL DEFAULT ''))"_s,
        u"CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"_s,
        createSearchTable(SearchIndex::KeepsText),
    };
    v2 << createSearchTriggers(SearchIndex::KeepsText) << fillSearchIndex(SearchIndex::KeepsText);
    steps.append({1, "prompt state, settings and full-text search", v2});

    // Version 3: the search index holds the words only, not a second copy of the text.
    QStringList v3;
    for (const QString& name : searchTriggerNames())
        v3 << u"DROP TRIGGER IF EXISTS %1"_s.arg(name);
    v3 << u"DROP TABLE search_index"_s << createSearchTable(SearchIndex::WordsOnly)
       << fillSearchIndex(SearchIndex::WordsOnly) << createSearchTriggers(SearchIndex::WordsOnly);
    steps.append({2, "a search index without a second copy of the text", v3});

    // Version 4: an action's due date can be renegotiated, and that is recorded.
    // The one-on-one being held is saved as it is typed: one draft per person.
    steps.append({3,
                  "renegotiated due dates of actions, and meeting drafts",
                  {u"ALTER TABLE action_items ADD COLUMN first_due_on TEXT"_s,
                   u"ALTER TABLE action_items ADD COLUMN due_moves INTEGER NOT NULL DEFAULT 0 "
                   u"CHECK (due_moves >= 0)"_s,
                   uR"(CREATE TABLE meeting_drafts (
    person_id TEXT PRIMARY KEY NOT NULL
        REFERENCES people(id) ON UPDATE CASCADE ON DELETE CASCADE,
    saved_at TEXT NOT NULL,
    body TEXT NOT NULL))"_s}});

    // Version 5: planned one-on-ones, made here or read from a calendar file.
    steps.append({4,
                  "planned one-on-ones",
                  {uR"(CREATE TABLE planned_one_on_ones (
    id INTEGER PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES people(id) ON UPDATE CASCADE ON DELETE CASCADE,
    date TEXT NOT NULL,
    time TEXT CHECK (time IS NULL OR length(time) = 5),
    duration_minutes INTEGER NOT NULL DEFAULT 30 CHECK (duration_minutes BETWEEN 5 AND 480),
    uid TEXT NOT NULL CHECK (length(uid) > 0),
    recurrence_id TEXT NOT NULL DEFAULT '',
    UNIQUE (uid, recurrence_id)))"_s,
                   u"CREATE INDEX planned_one_on_ones_person_date "
                   u"ON planned_one_on_ones(person_id, date)"_s}});
    return steps;
}

void applyStep(const QSqlDatabase& db, const Migration& step)
{
    for (const QString& statement : step.statements)
        sql::exec(db, statement);
    sql::exec(db, u"PRAGMA user_version = %1"_s.arg(step.fromVersion + 1));
}

} // namespace

const QList<Migration>& migrations()
{
    static const QList<Migration> steps = buildMigrations();
    return steps;
}

void createSchema(const QSqlDatabase& db)
{
    Transaction transaction(db);
    sql::exec(db, u"PRAGMA application_id = %1"_s.arg(ApplicationId));
    for (const Migration& step : migrations())
        applyStep(db, step);
    transaction.commit();
}

void migrate(const QSqlDatabase& db, int fromVersion)
{
    for (const Migration& step : migrations()) {
        if (step.fromVersion < fromVersion)
            continue;
        Transaction transaction(db);
        if (step.fromVersion == 0)
            sql::exec(db, u"PRAGMA application_id = %1"_s.arg(ApplicationId));
        applyStep(db, step);
        transaction.commit();
    }
}

void suspendSearchIndex(const QSqlDatabase& db)
{
    for (const QString& name : searchTriggerNames())
        sql::exec(db, u"DROP TRIGGER IF EXISTS %1"_s.arg(name));
}

void rebuildSearchIndex(const QSqlDatabase& db)
{
    // Dropping and recreating is far cheaper than deleting every row of an FTS5 table.
    sql::exec(db, u"DROP TABLE search_index"_s);
    sql::exec(db, createSearchTable(SearchIndex::WordsOnly));
    for (const QString& statement : fillSearchIndex(SearchIndex::WordsOnly))
        sql::exec(db, statement);
    for (const QString& statement : createSearchTriggers(SearchIndex::WordsOnly))
        sql::exec(db, statement);
}

QString searchEntryQuery(SearchKind kind)
{
    for (const SearchSource& s : searchSources()) {
        if (s.kind == kind)
            return u"SELECT %1, %2, %3, %4 FROM %5 AS x WHERE x.id = ?"_s.arg(
                bound(s.person, u"x"_s), bound(s.meeting, u"x"_s), bound(s.body, u"x"_s),
                bound(s.date, u"x"_s), s.table);
    }
    return {};
}

QString searchTextLengthQuery()
{
    QStringList totals;
    for (const SearchSource& s : searchSources())
        totals << u"(SELECT coalesce(sum(length(%1)), 0) FROM %2 AS x)"_s.arg(bound(s.body, u"x"_s),
                                                                              s.table);
    return u"SELECT "_s + totals.join(u" + "_s);
}

} // namespace rd::schema
