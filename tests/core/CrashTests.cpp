// Crash safety and hostile input: kill -9 mid-write, concurrent writers,
// the WAL bound, and thousands of mutated exchange documents.
#include "demo/DemoTeam.h"
#include "exchange/ImportError.h"
#include "exchange/JsonExchange.h"
#include "storage/Database.h"
#include "storage/Maintenance.h"
#include "storage/Repositories.h"
#include "storage/Sql.h"
#include "storage/TeamLogLoader.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QThread>
#include <random>

using namespace Qt::StringLiterals;
using namespace rd;

TEST_CASE("every commit printed before a kill -9 survives it, 20 kills in a row")
{
    test::TempDatabase temp;
    std::mt19937 random(20261127);
    QSet<qint64> printed;
    int kills = 0;
    for (int round = 0; round < 20; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(CRASH_WRITER_EXE), {temp.path(), u"1000"_s});
        REQUIRE(writer.waitForStarted());
        QThread::msleep(30 + random() % 250); // a random moment, mid-commit or between commits
        writer.kill();                        // SIGKILL: no destructor, no checkpoint
        writer.waitForFinished();
        kills += writer.exitStatus() == QProcess::CrashExit ? 1 : 0;
        for (const QByteArray& line : writer.readAllStandardOutput().split('\n')) {
            if (!line.trimmed().isEmpty())
                printed.insert(line.trimmed().toLongLong());
        }
    }
    CHECK(kills >= 15); // a round can finish its writes first on a very fast machine
    REQUIRE(printed.size() > 20);
    CHECK(checkDatabase(temp.path()).isSound());
    Database db(temp.path());
    QSet<qint64> stored;
    for (const Decision& d : DecisionRepository(db).all())
        stored.insert(d.id);
    QList<qint64> lost;
    for (qint64 id : printed) {
        if (!stored.contains(id))
            lost << id;
    }
    INFO("commits printed: " << printed.size() << ", lost: " << lost.size());
    CHECK(lost.isEmpty());
}

TEST_CASE("two command-line writers at once both succeed and lose nothing")
{
    test::TempDatabase temp;
    {
        Database db(temp.path());
        PeopleRepository(db).add(Person{u"p1"_s, u"Anna"_s, {}, {}, 14, false});
    }
    QProcess a, b;
    a.start(QStringLiteral(CRASH_WRITER_EXE), {temp.path(), u"150"_s});
    b.start(QStringLiteral(CRASH_WRITER_EXE), {temp.path(), u"150"_s});
    REQUIRE(a.waitForFinished(60000));
    REQUIRE(b.waitForFinished(60000));
    CHECK(a.exitCode() == 0);
    CHECK(b.exitCode() == 0);
    Database db(temp.path());
    CHECK(DecisionRepository(db).all().size() == 300);
}

TEST_CASE("the WAL stays bounded during a long session")
{
    test::TempDatabase temp;
    Database db(temp.path());
    PeopleRepository(db).add(Person{u"p1"_s, u"Anna"_s, {}, {}, 14, false});
    DecisionRepository decisions(db);
    qint64 largest = 0;
    for (int i = 0; i < 3000; ++i) {
        Decision d;
        d.personId = u"p1"_s;
        d.date = QDate(2026, 1, 1);
        d.title = u"Decision %1 "_s.arg(i) + QString(400, u'x');
        d.level = DelegationLevel::Agree;
        decisions.add(d);
        largest = std::max(largest, QFileInfo(temp.path() + u"-wal"_s).size());
    }
    INFO("largest WAL: " << largest << " bytes");
    // Auto-checkpoints every 1000 pages (4 MiB); journal_size_limit truncates back to 4 MiB.
    CHECK(largest <= 4 * 1024 * 1024 + 64 * 1024);
}

TEST_CASE("thousands of mutated exchange documents never crash and never import half")
{
    // A deterministic mutation test (libFuzzer would need clang; see docs/reliability.md).
    DemoOptions options;
    options.until = QDate(2026, 11, 27);
    options.people = 2;
    options.months = 2;
    const QByteArray valid =
        toExchangeJson(generateDemoTeam(options), QDateTime::currentDateTime());
    std::mt19937 random(7);
    const QList<QByteArray> tokens{"\"",
                                   "{",
                                   "}",
                                   "[",
                                   "]",
                                   ",",
                                   ":",
                                   "null",
                                   "true",
                                   "-1",
                                   "1e309",
                                   "\"boss\"",
                                   "\"2026-02-30\"",
                                   "\xff",
                                   "\\u0000",
                                   "\"p9\""};
    int rejected = 0, imported = 0, partial = 0;
    Database db(u":memory:"_s);
    test::TempDatabase temp;
    const QString path = temp.dir.filePath(u"mutated.json"_s);
    for (int n = 0; n < 2000; ++n) {
        QByteArray doc = valid;
        const int edits = 1 + int(random() % 4);
        for (int e = 0; e < edits && !doc.isEmpty(); ++e) { // a truncation may empty it
            const int at = int(random() % quint32(doc.size()));
            switch (random() % 4) {
            case 0:
                doc[at] = char(random() % 256);
                break;
            case 1:
                doc.remove(at, 1 + int(random() % 16));
                break;
            case 2:
                doc.insert(at, tokens.at(int(random() % quint32(tokens.size()))));
                break;
            default:
                doc.truncate(at);
                break;
            }
        }
        const qsizetype before = loadTeamLog(db.connection()).entryCount();
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(doc);
        file.close();
        try {
            // The file importer, as the app and the command line use it: the
            // records are validated on a second thread while earlier ones are written.
            importExchangeFile(db, path, ImportMode::Replace);
            ++imported;
        } catch (const ImportError& error) {
            ++rejected;
            CHECK(error.message().contains(u": "_s)); // names a path
            partial += loadTeamLog(db.connection()).entryCount() == before ? 0 : 1;
        } catch (const Error&) {
            ++rejected;
            partial += loadTeamLog(db.connection()).entryCount() == before ? 0 : 1;
        }
    }
    INFO("imported " << imported << ", rejected " << rejected);
    CHECK(imported + rejected == 2000);
    CHECK(rejected > 1000);
    CHECK(partial == 0);
}
