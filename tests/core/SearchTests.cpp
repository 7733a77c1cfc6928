// The search index (schema version 3: the words only, the text stays in its
// own table) and the snippets a search shows.
#include "exchange/JsonExchange.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "storage/Schema.h"
#include "storage/SearchSnippet.h"
#include "storage/Sql.h"
#include "storage/TeamLogLoader.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

QStringList found(Database& db, const QString& text)
{
    QStringList snippets;
    for (const SearchHit& hit : SearchRepository(db).search(text))
        snippets << bracketed(hit.snippet);
    return snippets;
}

/// A database as schema version 2 left it: the index kept a copy of the text.
void createSchemaV2Database(const QString& path)
{
    test::createSchemaV1Database(path);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"schema-v2-fixture"_s);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        const schema::Migration& v2 = schema::migrations().at(1);
        REQUIRE(v2.fromVersion == 1);
        for (const QString& statement : v2.statements)
            REQUIRE(QSqlQuery(db).exec(statement));
        REQUIRE(QSqlQuery(db).exec(u"PRAGMA user_version = 2"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"schema-v2-fixture"_s);
}

} // namespace

TEST_CASE("a snippet shows the words around a match, in brackets")
{
    const QString text = u"We talked about the release, then about the audit that worries the "
                         u"team, and about hiring in the spring"_s;
    SECTION("a match in the middle gets two words before it and ellipses on both sides")
    {
        CHECK(searchSnippet(text, {u"audit"_s}, 6) == u"…about the [audit] that worries the…"_s);
    }
    SECTION("a match among the first words starts at the text's start")
    {
        CHECK(searchSnippet(text, {u"talked"_s}, 4) == u"We [talked] about the…"_s);
    }
    SECTION("a match among the last words ends without an ellipsis")
    {
        CHECK(searchSnippet(text, {u"spring"_s}, 3) == u"…in the [spring]"_s);
    }
    SECTION("a short text is shown whole")
    {
        CHECK(searchSnippet(u"Career path"_s, {u"car"_s}) == u"[Career] path"_s);
    }
    SECTION("no match gives the first words")
    {
        CHECK(searchSnippet(text, {u"budget"_s}, 3) == u"We talked about…"_s);
    }
    SECTION("the window with the most different words wins over an earlier one")
    {
        CHECK(searchSnippet(text, {u"about"_s, u"hiring"_s}, 4) ==
              u"…team, and [about] [hiring]…"_s);
    }
}

TEST_CASE("a snippet matches as the index does: by prefix, without case or diacritics")
{
    CHECK(searchSnippet(u"Koffie in het Café, daarna"_s, {u"cafe"_s}) ==
          u"Koffie in het [Café], daarna"_s);
    CHECK(searchSnippet(u"Een geïnformeerde keuze"_s, {u"GEINF"_s}) ==
          u"Een [geïnformeerde] keuze"_s);
    // Inside a word is not a prefix.
    CHECK(searchSnippet(u"the reformed plan"_s, {u"form"_s}) == u"the reformed plan"_s);
    // A query word with punctuation matches each of its parts.
    CHECK(searchSnippet(u"don't wait"_s, {u"don't"_s}) == u"[don]'[t] wait"_s);
}

TEST_CASE("a search names each hit's person, one-on-one and date, read from the entry's own table")
{
    Database db(u":memory:"_s);
    importTeamLog(db, test::sampleLog(), ImportMode::Merge);
    const QList<SearchHit> hits = SearchRepository(db).search(u"roadmap"_s);
    REQUIRE(hits.size() == 1);
    CHECK(hits.first().kind == SearchHit::Kind::AgendaItem);
    CHECK(hits.first().personId == u"p1"_s);
    CHECK(hits.first().meetingId == loadTeamLog(db.connection()).oneOnOnes.first().id);
    CHECK(bracketed(hits.first().snippet) == u"Q2 [roadmap]"_s);
    CHECK(hits.first().date == QDate(2026, 3, 2)); // its one-on-one's
    CHECK(SearchRepository(db).search(u"audit"_s).first().date == QDate(2026, 3, 3));
    CHECK(found(db, u"mentioned"_s) == QStringList{u"Tired, [mentioned] the move\nWe agreed on the "
                                                   u"next step"_s});
}

TEST_CASE("the search index follows every edit, removal and cascade")
{
    Database db(u":memory:"_s);
    importTeamLog(db, test::sampleLog(), ImportMode::Merge);
    DecisionRepository decisions(db);
    Decision d = loadTeamLog(db.connection()).decisions.first();
    d.title = u"Choose the tracing library"_s;
    decisions.update(d);
    CHECK(found(db, u"logging"_s).isEmpty());
    CHECK(found(db, u"tracing"_s).size() == 1);
    CHECK(found(db, u"audit"_s).size() == 1); // the untouched words stay

    OneOnOne m = loadTeamLog(db.connection()).oneOnOnes.first();
    m.agenda.first().text = u"Mentoring"_s;
    OneOnOneRepository(db).update(m);
    CHECK(found(db, u"career"_s).isEmpty());
    CHECK(found(db, u"mentoring"_s) == QStringList{u"[Mentoring]"_s});

    // Removing a person cascades to their one-on-ones, items, decisions and initiatives.
    PeopleRepository(db).remove(u"p1"_s);
    for (const QString& word : {u"tracing"_s, u"mentoring"_s, u"course"_s, u"incident"_s})
        CHECK(found(db, word).isEmpty());
    CHECK(found(db, u"tickets"_s).size() == 1); // p2's initiative
    // p2's cancelled one-on-one (no text) and initiative are what is left.
    CHECK(sql::scalar(db.connection(), u"SELECT count(*) FROM search_index"_s).toInt() == 2);
}

TEST_CASE("the index keeps no second copy of the text")
{
    Database db(u":memory:"_s);
    importTeamLog(db, test::sampleLog(), ImportMode::Merge);
    REQUIRE(found(db, u"audit"_s).size() == 1);
    CHECK_FALSE(sql::scalar(db.connection(),
                            u"SELECT 1 FROM sqlite_schema WHERE name = 'search_index_content'"_s)
                    .isValid());
    CHECK(sql::scalar(db.connection(), u"SELECT body FROM search_index LIMIT 1"_s).isNull());
}

TEST_CASE("a version 2 file migrates to an index of words only, and search still works")
{
    test::TempDatabase temp;
    createSchemaV2Database(temp.path());
    Database db(temp.path());
    CHECK(db.openedAtVersion() == 2);
    CHECK(sql::scalar(db.connection(), u"PRAGMA user_version"_s).toInt() == schema::CurrentVersion);
    CHECK(found(db, u"kangaroo"_s).size() == 1); // from the version 1 fixture's agenda
    CHECK_FALSE(sql::scalar(db.connection(),
                            u"SELECT 1 FROM sqlite_schema WHERE name = 'search_index_content'"_s)
                    .isValid());
    // The new triggers keep it in step.
    PeopleRepository(db).remove(loadTeamLog(db.connection()).people.first().id);
    CHECK(found(db, u"kangaroo"_s).isEmpty());
}

TEST_CASE("entries a large import indexed in one pass can be edited, removed and replaced")
{
    test::TempDatabase temp;
    Database db(temp.path());
    TeamLog log = test::sampleLog();
    for (int i = 0; i < 600; ++i) {
        Initiative extra = log.initiatives.first();
        extra.date = QDate(2025, 1, 1).addDays(i);
        extra.description = u"Bulk idea %1 about onboarding"_s.arg(i);
        log.initiatives << extra;
    }
    REQUIRE(log.entryCount() > 500); // the one-pass path
    importTeamLog(db, log, ImportMode::Merge);
    Initiative i = loadTeamLog(db.connection()).initiatives.last();
    i.description = u"Bulk idea about mentoring"_s;
    InitiativeRepository(db).update(i);
    InitiativeRepository(db).remove(loadTeamLog(db.connection()).initiatives.first().id);
    CHECK(SearchRepository(db).search(u"onboarding"_s, 1000).size() == 598);
    CHECK(found(db, u"mentoring"_s).size() == 1);
    // Replacing everything with the small sample (row by row) leaves only its words.
    importTeamLog(db, test::sampleLog(), ImportMode::Replace);
    CHECK(found(db, u"onboarding"_s).isEmpty());
    CHECK(found(db, u"mentoring"_s).isEmpty());
    CHECK(found(db, u"roadmap"_s) == QStringList{u"Q2 [roadmap]"_s});
}
