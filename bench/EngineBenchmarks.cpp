// Coaching engine benchmarks on a `demo --entries 100000` database.
#include "BenchSupport.h"
#include "coaching/FacilitationIndex.h"
#include "coaching/PromptEngine.h"
#include "demo/DemoTeam.h"
#include "exchange/JsonExchange.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/TeamLogLoader.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rd;
using rd::bench::AsOf;
using rd::bench::largeDatabase;

namespace {

/// The baseline: read every column of every row the loader reads, building nothing.
qint64 rawScan(const QSqlDatabase& db)
{
    qint64 cells = 0;
    for (const char* table : {"people", "board_entries", "one_on_ones", "agenda_items",
                              "action_items", "decisions", "initiatives", "prompt_states"}) {
        QSqlQuery q = sql::exec(db, u"SELECT * FROM "_s + QLatin1StringView(table));
        const int columns = q.record().count();
        while (q.next()) {
            for (int c = 0; c < columns; ++c)
                cells += q.value(c).isNull() ? 0 : 1;
        }
    }
    return cells;
}

} // namespace

TEST_CASE("snapshot load against a raw SQLite scan of the same rows")
{
    Database db(largeDatabase(), Database::Access::ReadOnly);
    const TeamLog log = loadTeamLog(db.connection());
    std::printf("database: %lld entries, %lld people\n", static_cast<long long>(log.entryCount()),
                static_cast<long long>(log.people.size()));
    BENCHMARK("baseline: raw scan of every row and column")
    {
        return rawScan(db.connection());
    };
    BENCHMARK("load the snapshot (loadTeamLog)")
    {
        return loadTeamLog(db.connection()).entryCount();
    };
}

TEST_CASE("engine time for prompts and the index on 100,000 entries")
{
    Database db(largeDatabase(), Database::Access::ReadOnly);
    const TeamLog log = loadTeamLog(db.connection());
    const PromptEngine engine;
    std::printf("prompts as of %s: %lld\n", qPrintable(AsOf.toString(Qt::ISODate)),
                static_cast<long long>(engine.evaluate(log, AsOf).size()));
    BENCHMARK("PromptEngine::evaluate")
    {
        return engine.evaluate(log, AsOf).size();
    };
    BENCHMARK("facilitationIndex, all months")
    {
        return facilitationIndex(log, firstLoggedMonth(log), AsOf, AsOf).size();
    };
}

TEST_CASE("the whole rodedraad prompts process against loading the snapshot alone")
{
    const QString exe = QStringLiteral(RODEDRAAD_EXE);
    BENCHMARK("baseline: open the database and load the snapshot in-process")
    {
        Database db(largeDatabase(), Database::Access::ReadOnly);
        return loadTeamLog(db.connection()).entryCount();
    };
    BENCHMARK("rodedraad prompts --json (a new process)")
    {
        QProcess process;
        process.start(exe, {u"--db"_s, largeDatabase(), u"prompts"_s, u"--as-of"_s,
                            AsOf.toString(Qt::ISODate), u"--json"_s});
        process.waitForFinished(60000);
        return process.readAllStandardOutput().size();
    };
}
