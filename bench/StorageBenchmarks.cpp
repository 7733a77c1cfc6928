// Storage benchmarks. Figures are read as ratios against a baseline measured
// in the same run (see docs/performance.md).
#include "BenchSupport.h"
#include "demo/DemoTeam.h"
#include "exchange/JsonExchange.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "storage/Sql.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

const QByteArray& largeDocument()
{
    static const QByteArray json = [] {
        DemoOptions options;
        options.until = QDate(2026, 11, 27);
        options.entries = 100000;
        return toExchangeJson(generateDemoTeam(options), QDateTime::currentDateTime());
    }();
    return json;
}

qsizetype largeEntryCount()
{
    static const qsizetype count = parseExchangeJson(largeDocument()).entryCount();
    return count;
}

/// The baselines: the same number of rows through one prepared INSERT in one
/// transaction, into a plain table with no index, trigger or foreign key.
/// `insertRows(connection, rows)` prepares, binds and runs the rows.
template <typename InsertRows>
void plainLoop(const QString& path, qsizetype rows, InsertRows&& insertRows)
{
    Database db(path);
    const QSqlDatabase c = db.connection();
    sql::exec(
        c, u"CREATE TABLE plain (person TEXT, date TEXT, title TEXT, level INTEGER, note TEXT)"_s);
    Transaction transaction(c);
    insertRows(c, rows);
    transaction.commit();
}

/// Through QSqlQuery, binding by position.
void queryRows(const QSqlDatabase& c, qsizetype rows)
{
    QSqlQuery insert = sql::prepare(c, u"INSERT INTO plain VALUES (?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < rows; ++i) {
        insert.bindValue(0, u"person-17"_s);
        insert.bindValue(1, u"2026-03-02"_s);
        insert.bindValue(2, u"Choose the logging library"_s);
        insert.bindValue(3, int(i % 7) + 1);
        insert.bindValue(4, u"We need traceable incidents before the audit"_s);
        sql::exec(insert);
    }
}

/// Through SQLite's C API, as the importer binds.
void statementRows(const QSqlDatabase& c, qsizetype rows)
{
    sql::Statement insert(c, u"INSERT INTO plain VALUES (?, ?, ?, ?, ?)"_s);
    const QString person = u"person-17"_s, title = u"Choose the logging library"_s,
                  note = u"We need traceable incidents before the audit"_s;
    for (qsizetype i = 0; i < rows; ++i) {
        insert.bind(1, person).bind(2, QDate(2026, 3, 2)).bind(3, title);
        insert.bind(4, int(i % 7) + 1).bind(5, note).run();
    }
}

/// The exchange file, written once per run.
const QString& largeFile()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString file = dir.filePath(u"large.json"_s);
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(largeDocument()) != largeDocument().size())
            std::abort();
        return file;
    }();
    return path;
}

/// The rows an import of the large file writes into the log tables.
qint64 tableRows(Database& db)
{
    qint64 rows = 0;
    for (const char* table : {"people", "board_entries", "one_on_ones", "agenda_items",
                              "action_items", "decisions", "initiatives", "prompt_states"})
        rows +=
            sql::scalar(db.connection(), u"SELECT count(*) FROM %1"_s.arg(QLatin1StringView(table)))
                .toLongLong();
    return rows;
}

} // namespace

TEST_CASE("import of a 100,000-entry exchange file against a plain prepared-insert loop")
{
    const qsizetype rows = largeEntryCount();
    {
        QTemporaryDir dir;
        Database db(dir.filePath(u"count.sqlite"_s));
        importExchangeFile(db, largeFile(), ImportMode::Merge);
        std::printf(
            "exchange file: %lld entries, %.1f MB; the import writes %lld table rows and "
            "%lld search-index rows\n",
            static_cast<long long>(rows), largeDocument().size() / 1e6,
            static_cast<long long>(tableRows(db)),
            sql::scalar(db.connection(), u"SELECT count(*) FROM search_index"_s).toLongLong());
    }
    int run = 0;
    BENCHMARK_ADVANCED("baseline: plain prepared INSERT loop (QSqlQuery)")
    (Catch::Benchmark::Chronometer meter)
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"plain-%1.sqlite"_s.arg(run++));
        meter.measure([&] { plainLoop(path, rows, queryRows); });
    };
    BENCHMARK_ADVANCED("baseline: plain prepared INSERT loop (SQLite C API)")
    (Catch::Benchmark::Chronometer meter)
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"statement-%1.sqlite"_s.arg(run++));
        meter.measure([&] { plainLoop(path, rows, statementRows); });
    };
    BENCHMARK_ADVANCED("rodedraad import of the file (read, parse, validate, write, index)")
    (Catch::Benchmark::Chronometer meter)
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"import-%1.sqlite"_s.arg(run++));
        meter.measure([&] {
            Database db(path);
            return importExchangeFile(db, largeFile(), ImportMode::Merge).added;
        });
    };
}

TEST_CASE("import phases on the 100,000-entry file")
{
    const TeamLog parsed = parseExchangeJson(largeDocument());
    BENCHMARK("parse and validate only")
    {
        return parseExchangeJson(largeDocument()).entryCount();
    };
    int run = 0;
    BENCHMARK_ADVANCED("write and index only (pre-parsed)")(Catch::Benchmark::Chronometer meter)
    {
        QTemporaryDir dir;
        Database db(dir.filePath(u"phase-%1.sqlite"_s.arg(run++)));
        meter.measure([&] { return importTeamLog(db, parsed, ImportMode::Merge).added; });
    };
}

TEST_CASE("search on the 100,000-entry database, as the search dialog asks (100 hits)")
{
    Database db(bench::largeDatabase());
    // "release" is in 30,000 of the 238,667 indexed texts; "kangaroo" in none.
    BENCHMARK("baseline: the index's MATCH alone, the rowids of the best 100")
    {
        QSqlQuery q =
            sql::exec(db.connection(), u"SELECT rowid FROM search_index WHERE search_index MATCH "
                                       u"'\"release\"*' ORDER BY rank LIMIT 100"_s);
        int n = 0;
        while (q.next())
            ++n;
        return n;
    };
    BENCHMARK("search: 100 hits, each with its person, one-on-one and snippet")
    {
        return SearchRepository(db).search(u"release"_s, 100).size();
    };
    BENCHMARK("search with no hit")
    {
        return SearchRepository(db).search(u"kangaroo"_s, 100).size();
    };
}

TEST_CASE("single log commits: p95 latency")
{
    QTemporaryDir dir;
    Database db(dir.filePath(u"commits.sqlite"_s));
    PeopleRepository(db).add(Person{u"p1"_s, u"Anna"_s, {}, {}, 14, false});
    DecisionRepository decisions(db);
    QList<double> millis;
    for (int i = 0; i < 500; ++i) {
        Decision d;
        d.personId = u"p1"_s;
        d.date = QDate(2026, 1, 1).addDays(i % 300);
        d.title = u"Decision %1"_s.arg(i);
        d.level = DelegationLevel::Advise;
        QElapsedTimer timer;
        timer.start();
        decisions.add(d);
        millis << timer.nsecsElapsed() / 1e6;
    }
    std::sort(millis.begin(), millis.end());
    std::printf("single decision commit (synchronous=FULL, WAL): median %.2f ms, p95 %.2f ms, max "
                "%.2f ms\n",
                millis.at(millis.size() / 2), millis.at(millis.size() * 95 / 100), millis.last());
    BENCHMARK("baseline: an empty transaction (BEGIN IMMEDIATE; COMMIT)")
    {
        Transaction transaction(db.connection());
        transaction.commit();
    };
    int n = 0;
    BENCHMARK("one decision logged and committed")
    {
        Decision d;
        d.personId = u"p1"_s;
        d.date = QDate(2026, 1, 1);
        d.title = u"Bench %1"_s.arg(n++);
        d.level = DelegationLevel::Agree;
        return decisions.add(d);
    };
}
