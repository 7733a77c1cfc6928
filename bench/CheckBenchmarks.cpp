// What the open-time checks cost on the 100,000-entry database (issue 15,
// item 11), against reading the file's bytes once in the same run. Opening for
// writing runs integrity_check and foreign_key_check (Database::findDamage());
// `check` and a restore's source check add the schema identity check.
#include "BenchSupport.h"
#include "storage/Database.h"
#include "storage/Maintenance.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

QString pragmaResult(const QSqlDatabase& c, const QString& pragma)
{
    QSqlQuery q = sql::exec(c, pragma);
    QString last;
    while (q.next())
        last = q.value(0).toString();
    return last;
}

} // namespace

TEST_CASE("open-time checks on the 100,000-entry database against reading its bytes")
{
    const QString path = bench::largeDatabase();
    std::printf("database: %lld bytes\n", static_cast<long long>(QFileInfo(path).size()));
    Database db(path, Database::Access::ReadOnly);
    const QSqlDatabase c = db.connection();
    BENCHMARK("baseline: read the file's bytes once")
    {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        qint64 total = 0;
        while (!file.atEnd())
            total += file.read(1 << 20).size();
        return total;
    };
    BENCHMARK("PRAGMA quick_check (what opening ran before)")
    {
        return pragmaResult(c, u"PRAGMA quick_check"_s);
    };
    BENCHMARK("PRAGMA integrity_check")
    {
        return pragmaResult(c, u"PRAGMA integrity_check"_s);
    };
    BENCHMARK("PRAGMA foreign_key_check")
    {
        return pragmaResult(c, u"PRAGMA foreign_key_check"_s);
    };
    BENCHMARK("Database::findDamage(): integrity_check and foreign_key_check")
    {
        return Database::findDamage(c);
    };
    BENCHMARK("open for writing, checks included (every command-line write)")
    {
        Database writer(path);
        return writer.canWrite();
    };
    BENCHMARK("checkDatabase(): schema identity, integrity, foreign keys (check, restore)")
    {
        return checkDatabase(path).isSound();
    };
}
