#include "demo/DemoTeam.h"
#include "domain/DelegationBoard.h"
#include "domain/Error.h"
#include "exchange/JsonExchange.h"
#include "storage/Database.h"
#include "storage/LogWriter.h"
#include "storage/Maintenance.h"
#include "storage/Repositories.h"
#include "storage/Schema.h"
#include "storage/Sql.h"
#include "storage/Statement.h"
#include "storage/TeamLogLoader.h"
#include "storage/Transaction.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace rd;

namespace {
QVariant pragma(Database& db, const QString& name)
{
    return sql::scalar(db.connection(), u"PRAGMA "_s + name);
}

Person person(const QString& name)
{
    Person p;
    p.name = name;
    p.joinedOn = QDate(2025, 1, 6);
    return p;
}

} // namespace

TEST_CASE("every read-write connection runs WAL, synchronous=FULL, foreign keys and a busy timeout")
{
    test::TempDatabase temp;
    Database db(temp.path());
    CHECK(pragma(db, u"journal_mode"_s).toString() == u"wal"_s);
    CHECK(pragma(db, u"synchronous"_s).toInt() == 2); // FULL
    CHECK(pragma(db, u"foreign_keys"_s).toInt() == 1);
    CHECK(pragma(db, u"busy_timeout"_s).toInt() >= 1000);
    CHECK(pragma(db, u"journal_size_limit"_s).toInt() > 0);
    CHECK(pragma(db, u"user_version"_s).toInt() == schema::CurrentVersion);
    CHECK(pragma(db, u"application_id"_s).toInt() == schema::ApplicationId);
}

TEST_CASE("a read-only connection also enforces foreign keys and a busy timeout")
{
    test::TempDatabase temp;
    {
        Database create(temp.path());
    }
    Database db(temp.path(), Database::Access::ReadOnly);
    CHECK(pragma(db, u"foreign_keys"_s).toInt() == 1);
    CHECK(pragma(db, u"busy_timeout"_s).toInt() >= 1000);
    CHECK_THROWS_AS(PeopleRepository(db).add(person(u"Anna"_s)), StorageError);
}

TEST_CASE("a new database file is created owner-only")
{
    test::TempDatabase temp;
    Database db(temp.path());
    PeopleRepository(db).add(person(u"Anna"_s));
    const QFileDevice::Permissions perms = QFileInfo(temp.path()).permissions();
    CHECK(perms.testFlag(QFileDevice::ReadOwner));
    CHECK_FALSE(perms.testFlag(QFileDevice::ReadGroup));
    CHECK_FALSE(perms.testFlag(QFileDevice::ReadOther));
    CHECK_FALSE(perms.testFlag(QFileDevice::WriteOther));
}

TEST_CASE("a clean close leaves no -wal or -shm file behind")
{
    test::TempDatabase temp;
    {
        Database db(temp.path());
        PeopleRepository(db).add(person(u"Anna"_s));
    }
    CHECK(QFileInfo::exists(temp.path()));
    CHECK_FALSE(QFileInfo::exists(temp.path() + u"-wal"_s));
    CHECK_FALSE(QFileInfo::exists(temp.path() + u"-shm"_s));
}

TEST_CASE("people round-trip with a generated, unique slug id")
{
    Database db(u":memory:"_s);
    PeopleRepository people(db);
    const Person anna = people.add(person(u"Anna de Vriës"_s));
    const Person anna2 = people.add(person(u"Anna de Vriës"_s));
    CHECK(anna.id == u"anna-de-vries"_s);
    CHECK(anna2.id == u"anna-de-vries-2"_s);
    REQUIRE(people.find(anna.id).has_value());
    CHECK(*people.find(anna.id) == anna);
    people.setArchived(anna.id, true);
    CHECK(people.find(anna.id)->archived);
    CHECK_THROWS_AS(people.findByIdOrName(u"Anna de Vriës"_s), ValidationError);
    CHECK(people.findByIdOrName(u"anna-de-vries-2"_s)->id == anna2.id);
}

TEST_CASE("every entity round-trips through storage unchanged")
{
    Database db(u":memory:"_s);
    const TeamLog log = test::sampleLog();
    importTeamLog(db, log, ImportMode::Merge);
    TeamLog loaded = loadTeamLog(db.connection());
    // Row ids are assigned by the database; compare content.
    for (auto& m : loaded.oneOnOnes)
        m.id = 0;
    for (auto& d : loaded.decisions)
        d.id = 0;
    for (auto& i : loaded.initiatives)
        i.id = 0;
    for (auto& b : loaded.board)
        b.id = 0;
    CHECK(loaded.people.size() == log.people.size());
    for (const Person& p : log.people)
        CHECK(loaded.person(p.id) != nullptr);
    CHECK(loaded.board == log.board);
    CHECK(loaded.oneOnOnes == log.oneOnOnes);
    CHECK(loaded.decisions == log.decisions);
    CHECK(loaded.initiatives == log.initiatives);
    CHECK(loaded.promptStates == log.promptStates);
}

TEST_CASE("updating a one-on-one replaces its agenda and actions")
{
    Database db(u":memory:"_s);
    PeopleRepository(db).add(Person{u"p1"_s, u"Anna"_s, {}, {}, 14, false});
    OneOnOneRepository meetings(db);
    OneOnOne m = test::sampleLog().oneOnOnes.first();
    m.id = meetings.add(m);
    m.agenda = {AgendaItem{u"Only this"_s, Party::Member, true}};
    m.actions.clear();
    m.talkSharePercent.reset();
    meetings.update(m);
    const OneOnOne stored = *meetings.find(m.id);
    CHECK(stored == m);
}

TEST_CASE("invalid values are refused with one sentence and change nothing")
{
    Database db(u":memory:"_s);
    PeopleRepository people(db);
    CHECK_THROWS_AS(people.add(person(u"  "_s)), ValidationError);
    Person negative = person(u"Bram"_s);
    negative.cadenceDays = -3;
    CHECK_THROWS_AS(people.add(negative), ValidationError);
    CHECK(people.all().isEmpty());

    people.add(Person{u"p1"_s, u"Anna"_s, {}, {}, 14, false});
    OneOnOne m;
    m.personId = u"p1"_s;
    m.date = QDate(2026, 1, 1);
    m.talkSharePercent = 101;
    CHECK_THROWS_AS(OneOnOneRepository(db).add(m), ValidationError);
    Decision unknownPerson;
    unknownPerson.personId = u"nobody"_s;
    unknownPerson.date = QDate(2026, 1, 1);
    unknownPerson.title = u"X"_s;
    CHECK_THROWS_AS(DecisionRepository(db).add(unknownPerson), StorageError);
    CHECK(loadTeamLog(db.connection()).entryCount() == 0);
}

TEST_CASE("a failed write inside a transaction rolls everything back and the next write works")
{
    Database db(u":memory:"_s);
    PeopleRepository(db).add(Person{u"p1"_s, u"Anna"_s, {}, {}, 14, false});
    TeamLog log;
    log.people << Person{u"p2"_s, u"Bram"_s, {}, {}, 14, false};
    Decision bad;
    bad.personId = u"ghost"_s; // violates the foreign key
    bad.date = QDate(2026, 1, 1);
    bad.title = u"X"_s;
    log.decisions << bad;
    CHECK_THROWS_AS(importTeamLog(db, log, ImportMode::Merge), StorageError);
    CHECK(PeopleRepository(db).all().size() == 1);
    PeopleRepository(db).add(Person{u"p3"_s, u"Chloé"_s, {}, {}, 14, false});
    CHECK(PeopleRepository(db).all().size() == 2);
}

TEST_CASE("repositories announce committed changes, naming the one entry they wrote")
{
    Database db(u":memory:"_s);
    QSignalSpy spy(&db, &Database::changed);
    QSignalSpy bulk(&db, &Database::replaced);
    const Person anna = PeopleRepository(db).add(person(u"Anna"_s));
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).value<DataKind>() == DataKind::People);

    Decision decision;
    decision.personId = anna.id;
    decision.date = QDate(2026, 3, 1);
    decision.title = u"Pick the supplier"_s;
    DecisionRepository decisions(db);
    decision.id = decisions.add(decision);
    decision.title = u"Pick the new supplier"_s;
    decisions.update(decision);
    decisions.remove(decision.id);
    REQUIRE(spy.count() == 4);
    for (int n = 1; n < 4; ++n) {
        CHECK(spy.at(n).at(0).value<DataKind>() == DataKind::Decisions);
        CHECK(spy.at(n).at(1).toLongLong() == decision.id);
    }
    // A failed write announces nothing.
    CHECK_THROWS(decisions.remove(decision.id));
    CHECK(spy.count() == 4);

    // A bulk write says once that anything may have changed.
    importTeamLog(db, TeamLog{}, ImportMode::Merge);
    CHECK(bulk.count() == 1);
    CHECK(spy.count() == 4);
}

TEST_CASE("the delegation board keeps its history and answers the current level")
{
    Database db(u":memory:"_s);
    PeopleRepository(db).add(Person{u"p1"_s, u"Anna"_s, {}, {}, 14, false});
    BoardRepository board(db);
    board.set({0, u"p1"_s, u"Budget"_s, DelegationLevel::Consult, QDate(2026, 1, 10)});
    board.set({0, u"p1"_s, u"Budget"_s, DelegationLevel::Delegate, QDate(2026, 6, 1)});
    const QList<BoardEntry> history = board.history();
    CHECK(history.size() == 2);
    CHECK(currentCell(history, u"p1"_s, u"Budget"_s, QDate(2026, 3, 1))->level ==
          DelegationLevel::Consult);
    CHECK(currentCell(history, u"p1"_s, u"Budget"_s, QDate(2026, 6, 1))->level ==
          DelegationLevel::Delegate);
    CHECK_FALSE(currentCell(history, u"p1"_s, u"Budget"_s, QDate(2026, 1, 9)).has_value());
    CHECK(board.areas() == QStringList{u"Budget"_s});
}

TEST_CASE("full-text search finds notes, agenda, actions, decisions and initiatives")
{
    Database db(u":memory:"_s);
    importTeamLog(db, test::sampleLog(), ImportMode::Merge);
    SearchRepository search(db);
    auto kinds = [&](const QString& text) {
        QList<SearchHit::Kind> k;
        for (const SearchHit& hit : search.search(text))
            k << hit.kind;
        return k;
    };
    CHECK(kinds(u"mentioned"_s) == QList{SearchHit::Kind::OneOnOne});
    CHECK(kinds(u"career"_s) == QList{SearchHit::Kind::AgendaItem});
    CHECK(kinds(u"course"_s) == QList{SearchHit::Kind::ActionItem});
    CHECK(kinds(u"audit"_s) == QList{SearchHit::Kind::Decision});
    CHECK(kinds(u"incident review"_s) == QList{SearchHit::Kind::Initiative});
    CHECK(search.search(u"care"_s).first().meetingId > 0);      // prefix match, names its 1:1
    CHECK(search.search(u"\"unbalanced AND OR ("_s).isEmpty()); // never query syntax
    const qint64 id = loadTeamLog(db.connection()).decisions.first().id;
    DecisionRepository(db).remove(id);
    CHECK(kinds(u"audit"_s).isEmpty());
}

TEST_CASE("an old-schema file opens and migrates step by step, keeping its data")
{
    test::TempDatabase temp;
    test::createSchemaV1Database(temp.path());
    Database db(temp.path());
    CHECK(db.openedAtVersion() == 1);
    CHECK(pragma(db, u"user_version"_s).toInt() == schema::CurrentVersion);
    const TeamLog log = loadTeamLog(db.connection());
    REQUIRE(log.people.size() == 1);
    CHECK(log.oneOnOnes.first().agenda.first().text == u"Conference budget"_s);
    // The migration indexed the existing free text.
    CHECK(SearchRepository(db).search(u"kangaroo"_s).size() == 1);
    PromptStateRepository(db).set({u"k"_s, PromptStateKind::Dismissed, QDate(2026, 1, 1), {}, {}});
    CHECK(PromptStateRepository(db).all().size() == 1);
}

TEST_CASE("a database from a newer version is refused and left byte-identical")
{
    test::TempDatabase temp;
    {
        Database db(temp.path());
        PeopleRepository(db).add(person(u"Anna"_s));
        sql::exec(db.connection(), u"PRAGMA user_version = 99"_s);
    }
    const QByteArray before = test::fileHash(temp.path());
    try {
        Database db(temp.path());
        FAIL("a newer database was opened");
    } catch (const StorageError& e) {
        CHECK(e.message().contains(u"newer version"_s));
    }
    CHECK(test::fileHash(temp.path()) == before);
}

TEST_CASE("a file that is not a Rode Draad database is refused and left unchanged")
{
    test::TempDatabase temp;
    SECTION("plain text")
    {
        QFile file(temp.path());
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("these are my notes, not a database\n");
    }
    SECTION("another application's SQLite file")
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        other.setDatabaseName(temp.path());
        REQUIRE(other.open());
        QSqlQuery(other).exec(u"CREATE TABLE invoices (id INTEGER)"_s);
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"other"_s);
    }
    const QByteArray before = test::fileHash(temp.path());
    CHECK_THROWS_AS(Database(temp.path()), StorageError);
    CHECK(test::fileHash(temp.path()) == before);
}

TEST_CASE("check reports a sound database and a damaged one")
{
    test::TempDatabase temp;
    {
        Database db(temp.path());
        importTeamLog(db, test::sampleLog(), ImportMode::Merge);
    }
    CHECK(checkDatabase(temp.path()).isSound());
    QFile file(temp.path());
    REQUIRE(file.open(QIODevice::ReadWrite));
    file.resize(file.size() / 2);
    file.close();
    CHECK_FALSE(checkDatabase(temp.path()).isSound());
    CHECK_FALSE(checkDatabase(temp.path() + u".missing"_s).isSound());
}

TEST_CASE("a backup is a consistent, owner-only copy")
{
    test::TempDatabase temp;
    Database db(temp.path());
    importTeamLog(db, test::sampleLog(), ImportMode::Merge);
    const QString copy = backupDatabase(db, temp.dir.filePath(u"copy.sqlite"_s));
    CHECK_FALSE(QFileInfo(copy).permissions().testFlag(QFileDevice::ReadOther));
    CHECK(checkDatabase(copy).isSound());
    Database restored(copy, Database::Access::ReadOnly);
    CHECK(loadTeamLog(restored.connection()).entryCount() == test::sampleLog().entryCount());
    CHECK_THROWS_AS(backupDatabase(db, copy), StorageError); // never overwrites
}

TEST_CASE("text with quotes, NUL bytes, emoji and 100 kB round-trips exactly")
{
    Database db(u":memory:"_s);
    PeopleRepository(db).add(
        Person{u"p1"_s, u"O'Brien \"Bob\"; DROP TABLE people;--"_s, {}, {}, 14, false});
    OneOnOne m;
    m.personId = u"p1"_s;
    m.date = QDate(2026, 1, 1);
    m.privateNotes = u"nul:"_s + QChar(0) + u" emoji: 🌱🤝 quote: ' \" end"_s;
    m.sharedSummary = QString(100 * 1024, u'x');
    const qint64 id = OneOnOneRepository(db).add(m);
    const OneOnOne stored = *OneOnOneRepository(db).find(id);
    CHECK(stored.privateNotes == m.privateNotes);
    CHECK(stored.sharedSummary == m.sharedSummary);
    CHECK(PeopleRepository(db).find(u"p1"_s)->name == u"O'Brien \"Bob\"; DROP TABLE people;--"_s);
}

TEST_CASE("a bulk import indexes its text in one pass and restores the per-row triggers")
{
    Database db(u":memory:"_s);
    TeamLog log = test::sampleLog();
    for (int i = 0; i < 600; ++i) {
        Decision d = log.decisions.first();
        d.date = QDate(2024, 1, 1).addDays(i);
        d.title = u"Bulk decision %1"_s.arg(i);
        log.decisions << d;
    }
    REQUIRE(log.entryCount() > 500);
    importTeamLog(db, log, ImportMode::Merge);
    CHECK(SearchRepository(db).search(u"bulk"_s, 1000).size() == 600);
    CHECK(SearchRepository(db).search(u"career"_s).size() == 1);
    CHECK(
        sql::scalar(db.connection(), u"SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'"_s)
            .toInt() == 15);
    // Later single writes are indexed by the restored triggers.
    Decision later = log.decisions.first();
    later.title = u"Zeppelin rollout"_s;
    later.date = QDate(2027, 1, 1);
    DecisionRepository(db).add(later);
    CHECK(SearchRepository(db).search(u"zeppelin"_s).size() == 1);
}

TEST_CASE("currentCells gives every cell's current agreement, as currentCell does one by one")
{
    rd::DemoOptions options;
    options.until = QDate(2026, 11, 27);
    const rd::TeamLog team = rd::generateDemoTeam(options);
    for (const QDate asOf : {QDate(2025, 9, 1), QDate(2026, 6, 30), options.until}) {
        const QHash<QString, rd::BoardEntry> cells = rd::currentCells(team.board, asOf);
        int found = 0;
        for (const rd::BoardEntry& b : team.board) {
            const auto one = rd::currentCell(team.board, b.personId, b.area, asOf);
            const auto it = cells.constFind(rd::cellKey(b.personId, b.area));
            CHECK(one.has_value() == (it != cells.constEnd()));
            if (one && it != cells.constEnd()) {
                CHECK(*one == *it);
                ++found;
            }
        }
        CHECK(found > 0);
    }
}

TEST_CASE(
    "a statement bound through SQLite's C API writes what QSqlQuery would, in the transaction")
{
    Database db(u":memory:"_s);
    const QSqlDatabase c = db.connection();
    sql::exec(c, u"CREATE TABLE t (a TEXT NOT NULL, d TEXT, n INTEGER, b INTEGER)"_s);
    {
        Transaction transaction(c);
        sql::Statement insert(c, u"INSERT INTO t VALUES (?, ?, ?, ?)"_s);
        insert.bind(1, QString())
            .bind(2, QDate())
            .bind(3, std::optional<int>())
            .bind(4, true)
            .run();
        insert.bind(1, u"Café 🌱"_s).bind(2, QDate(2026, 2, 3)).bind(3, std::optional(7));
        insert.bind(4, false).run();
        CHECK(insert.lastInsertId() == 2);
        transaction.commit();
    }
    QSqlQuery q = sql::exec(c, u"SELECT a, d IS NULL, n IS NULL, b, d, n FROM t ORDER BY rowid"_s);
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == u""_s); // a null QString is '' in a NOT NULL column
    CHECK(q.value(1).toInt() == 1);        // an invalid date is NULL
    CHECK(q.value(2).toInt() == 1);
    CHECK(q.value(3).toInt() == 1);
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == u"Café 🌱"_s);
    CHECK(q.value(4).toString() == u"2026-02-03"_s);
    CHECK(q.value(5).toInt() == 7);

    // A refused row is one sentence naming the reason, and rolls back with its transaction.
    {
        Transaction transaction(c);
        sql::Statement insert(c, u"INSERT INTO t VALUES (?, ?, ?, ?)"_s);
        insert.bind(1, u"kept?"_s).bindNull(2).bindNull(3).bind(4, 0).run();
        insert.bindNull(1).bindNull(2).bindNull(3).bind(4, 0);
        try {
            insert.run();
            FAIL("a NULL in a NOT NULL column was written");
        } catch (const StorageError& e) {
            CHECK(e.message().startsWith(u"The database refused the change: NOT NULL"_s));
        }
    }
    CHECK(sql::scalar(c, u"SELECT count(*) FROM t"_s).toInt() == 2);
    CHECK_THROWS_AS(sql::Statement(c, u"INSERT INTO missing VALUES (1)"_s), StorageError);
    sql::Statement one(c, u"SELECT ?"_s);
    CHECK_THROWS_AS(one.bind(2, u"past the end"_s), StorageError);
    CHECK_THROWS_AS(one.bind(2, 7), StorageError);
}
