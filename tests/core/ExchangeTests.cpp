#include "demo/DemoTeam.h"
#include "domain/Validation.h"
#include "exchange/ImportError.h"
#include "exchange/JsonExchange.h"
#include "exchange/TextExports.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "storage/Sql.h"
#include "storage/TeamLogLoader.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace rd;

namespace {
const QDateTime exportTime(QDate(2026, 11, 27), QTime(10, 0), QTimeZone(3600));

QJsonObject withoutExportTime(const QByteArray& json)
{
    QJsonObject o = QJsonDocument::fromJson(json).object();
    o.remove(u"exportedAt"_s);
    return o;
}

QByteArray sampleJson()
{
    return toExchangeJson(test::sampleLog(), exportTime);
}

/// Applies `edit` to the sample document and returns the edited JSON.
template <typename Edit>
QByteArray edited(Edit&& edit)
{
    QJsonObject root = QJsonDocument::fromJson(sampleJson()).object();
    edit(root);
    return QJsonDocument(root).toJson();
}

/// Writes `json` to `name` in `temp` and returns the path.
QString writeJson(const test::TempDatabase& temp, const QString& name, const QByteArray& json)
{
    const QString path = temp.dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(json);
    return path;
}

/// The error importing `json` gives, checked to be the same through the file
/// importer (which validates on a second thread while it writes) and to leave
/// the database empty.
QString importError(const QByteArray& json)
{
    Database db(u":memory:"_s);
    QString message;
    try {
        importTeamLog(db, parseExchangeJson(json), ImportMode::Merge);
    } catch (const ImportError& e) {
        message = e.message();
    }
    test::TempDatabase temp;
    const QString path = writeJson(temp, u"bad.json"_s, json);
    try {
        importExchangeFile(db, path, ImportMode::Merge);
        FAIL("the file importer took what the parser refused");
    } catch (const ImportError& e) {
        CHECK(e.message() == message);
    }
    CHECK(loadTeamLog(db.connection()).people.isEmpty()); // nothing imported
    return message;
}

void setIn(QJsonObject& root, const QString& list, int index, const QString& key,
           const QJsonValue& value)
{
    QJsonArray array = root.value(list).toArray();
    QJsonObject item = array.at(index).toObject();
    item.insert(key, value);
    array.replace(index, item);
    root.insert(list, array);
}
} // namespace

TEST_CASE("the exchange document has the contract's header and ids")
{
    const QJsonObject root = QJsonDocument::fromJson(sampleJson()).object();
    CHECK(root.value(u"format"_s).toString() == u"rodedraad"_s);
    CHECK(root.value(u"version"_s).toInt() == 1);
    CHECK(root.value(u"exportedAt"_s).toString() == u"2026-11-27T10:00:00+01:00"_s);
    const QJsonObject decision = root.value(u"decisions"_s).toArray().first().toObject();
    CHECK(decision.value(u"level"_s).toString() == u"advise"_s);
    CHECK(decision.value(u"reviewOn"_s).toString() == u"2026-03-20"_s);
    const QJsonObject unrecognised = root.value(u"initiatives"_s).toArray().at(1).toObject();
    CHECK(unrecognised.value(u"recognition"_s).isNull());
    const QJsonObject snoozed = root.value(u"promptStates"_s).toArray().at(1).toObject();
    CHECK(snoozed.value(u"until"_s).toString() == u"2026-03-20"_s);
}

TEST_CASE("export, import into an empty database and export again gives the same document")
{
    Database first(u":memory:"_s);
    importTeamLog(first, test::sampleLog(), ImportMode::Merge);
    const QByteArray exported = toExchangeJson(loadTeamLog(first.connection()), exportTime);

    Database second(u":memory:"_s);
    importTeamLog(second, parseExchangeJson(exported), ImportMode::Merge);
    const QByteArray again =
        toExchangeJson(loadTeamLog(second.connection()), QDateTime::currentDateTime());
    CHECK(withoutExportTime(again) == withoutExportTime(exported));
}

TEST_CASE("importing the same file twice duplicates nothing")
{
    Database db(u":memory:"_s);
    const TeamLog log = parseExchangeJson(sampleJson());
    const ImportSummary first = importTeamLog(db, log, ImportMode::Merge);
    const ImportSummary second = importTeamLog(db, log, ImportMode::Merge);
    CHECK(first.updated == 0);
    // The summary says so too: every record of the second import matched one.
    CHECK(second.added == 0);
    CHECK(second.updated == first.added);
    const TeamLog stored = loadTeamLog(db.connection());
    CHECK(stored.people.size() == log.people.size());
    CHECK(stored.oneOnOnes.size() == log.oneOnOnes.size());
    CHECK(stored.oneOnOnes.first().agenda.size() == 2);
    CHECK(stored.decisions.size() == log.decisions.size());
    CHECK(stored.initiatives.size() == log.initiatives.size());
    CHECK(stored.board.size() == log.board.size());
}

TEST_CASE("merge refreshes a matching record; replace removes what the file does not hold")
{
    Database db(u":memory:"_s);
    importTeamLog(db, test::sampleLog(), ImportMode::Merge);
    TeamLog changed = test::sampleLog();
    changed.decisions.first().outcome = DecisionOutcome::Succeeded;
    changed.initiatives.removeLast();
    importTeamLog(db, changed, ImportMode::Merge);
    TeamLog stored = loadTeamLog(db.connection());
    CHECK(stored.decisions.first().outcome == DecisionOutcome::Succeeded);
    CHECK(stored.initiatives.size() == 2);
    importTeamLog(db, changed, ImportMode::Replace);
    CHECK(loadTeamLog(db.connection()).initiatives.size() == 1);
}

TEST_CASE("unknown fields are ignored and optional fields take their defaults")
{
    const QByteArray json = R"({"format":"rodedraad","version":1,"future":{"x":1},
        "people":[{"id":"p1","name":"Anna","shoeSize":41}],
        "decisions":[{"person":"p1","date":"2026-01-02","title":"T","level":"agree"}]})";
    const TeamLog log = parseExchangeJson(json);
    CHECK(log.people.first().cadenceDays == 14);
    CHECK(log.decisions.first().outcome == DecisionOutcome::Pending);
    CHECK(log.decisions.first().checkIns == 0);
}

TEST_CASE("each class of bad input names its JSON path and imports nothing")
{
    SECTION("an unknown level")
    {
        const QString e = importError(
            edited([](QJsonObject& r) { setIn(r, u"decisions"_s, 0, u"level"_s, u"boss"_s); }));
        CHECK(e == u"decisions[0].level: unknown level \"boss\""_s);
    }
    SECTION("a dangling person reference")
    {
        const QString e = importError(
            edited([](QJsonObject& r) { setIn(r, u"initiatives"_s, 1, u"person"_s, u"p9"_s); }));
        CHECK(e == u"initiatives[1].person: unknown person \"p9\""_s);
    }
    SECTION("a date that is not ISO-8601")
    {
        const QString e = importError(edited(
            [](QJsonObject& r) { setIn(r, u"oneOnOnes"_s, 0, u"date"_s, u"02/03/2026"_s); }));
        CHECK(e.startsWith(u"oneOnOnes[0].date: "_s));
    }
    SECTION("a missing required field")
    {
        const QString e = importError(edited([](QJsonObject& r) {
            QJsonArray people = r.value(u"people"_s).toArray();
            QJsonObject p = people.at(0).toObject();
            p.remove(u"name"_s);
            people.replace(0, p);
            r.insert(u"people"_s, people);
        }));
        CHECK(e == u"people[0].name: missing required field"_s);
    }
    SECTION("a wrong type")
    {
        const QString e = importError(edited(
            [](QJsonObject& r) { setIn(r, u"oneOnOnes"_s, 0, u"talkSharePercent"_s, u"lots"_s); }));
        CHECK(e == u"oneOnOnes[0].talkSharePercent: expected a number"_s);
    }
    SECTION("a title longer than a line may be, with one that just fits as its control")
    {
        const QString e = importError(edited([](QJsonObject& r) {
            setIn(r, u"decisions"_s, 0, u"title"_s, QString(MaxLineLength + 1, u't'));
        }));
        CHECK(e == u"decisions[0].title: longer than 1000 characters"_s);
        Database db(u":memory:"_s);
        const QByteArray fits = edited([](QJsonObject& r) {
            setIn(r, u"decisions"_s, 0, u"title"_s, QString(MaxLineLength, u't'));
        });
        CHECK_NOTHROW(importTeamLog(db, parseExchangeJson(fits), ImportMode::Merge));
    }
    SECTION("a talk share over 100")
    {
        const QString e = importError(edited(
            [](QJsonObject& r) { setIn(r, u"oneOnOnes"_s, 0, u"talkSharePercent"_s, 120); }));
        CHECK(e.startsWith(u"oneOnOnes[0].talkSharePercent: "_s));
    }
    SECTION("a nested agenda item with a wrong enum")
    {
        const QString e = importError(edited([](QJsonObject& r) {
            QJsonArray meetings = r.value(u"oneOnOnes"_s).toArray();
            QJsonObject m = meetings.at(0).toObject();
            QJsonArray agenda = m.value(u"agenda"_s).toArray();
            QJsonObject item = agenda.at(1).toObject();
            item.insert(u"raisedBy"_s, u"ceo"_s);
            agenda.replace(1, item);
            m.insert(u"agenda"_s, agenda);
            meetings.replace(0, m);
            r.insert(u"oneOnOnes"_s, meetings);
        }));
        CHECK(e == u"oneOnOnes[0].agenda[1].raisedBy: unknown party \"ceo\""_s);
    }
    SECTION("a truncated file")
    {
        const QByteArray json = sampleJson();
        CHECK(importError(json.left(json.size() / 2)).startsWith(u"$: not valid JSON"_s));
    }
    SECTION("invalid UTF-8")
    {
        QByteArray json = sampleJson();
        json.replace("Anna", "An\xff\xfe");
        CHECK(importError(json).startsWith(u"$: "_s));
    }
    SECTION("deep nesting")
    {
        const QByteArray json = QByteArray(100000, '[') + QByteArray(100000, ']');
        CHECK(importError(json).startsWith(u"$: "_s));
    }
    SECTION("the wrong format or version")
    {
        CHECK(importError(R"({"format":"other","version":1})") ==
              u"format: expected \"rodedraad\""_s);
        CHECK(importError(R"({"format":"rodedraad","version":2})").startsWith(u"version: "_s));
        CHECK(importError("[1,2,3]") == u"$: expected a JSON object"_s);
    }
    SECTION("a list element that is not an object")
    {
        const QString e = importError(edited([](QJsonObject& r) {
            QJsonArray decisions = r.value(u"decisions"_s).toArray();
            decisions.replace(0, 42);
            r.insert(u"decisions"_s, decisions);
        }));
        CHECK(e == u"decisions[0]: expected an object"_s);
    }
    SECTION("a duplicate person id")
    {
        const QString e = importError(edited([](QJsonObject& r) {
            QJsonArray people = r.value(u"people"_s).toArray();
            people.append(people.at(0));
            r.insert(u"people"_s, people);
        }));
        CHECK(e == u"people[2].id: duplicate person id \"p1\""_s);
    }
}

TEST_CASE("CSV export quotes fields with commas, quotes and line breaks")
{
    const QMap<QString, QByteArray> files = toCsvFiles(test::sampleLog());
    CHECK(files.size() == 8);
    const QByteArray people = files.value(u"people.csv"_s);
    CHECK(people.startsWith("id,name,role,joinedOn,cadenceDays,archived\r\n"));
    CHECK(people.contains("p2,\"Bram \"\"the rock\"\" Jansen, Jr.\",,,7,true\r\n"));
    const QByteArray agenda = files.value(u"agenda-items.csv"_s);
    CHECK(agenda.contains("1,Career path,member,true\r\n"));
}

TEST_CASE("the Markdown handover shows one person's history without private notes")
{
    const TeamLog log = test::sampleLog();
    const QString md = personHandoverMarkdown(log, log.people.first());
    CHECK(md.startsWith(u"# Anna de Vries\n"_s));
    CHECK(md.contains(u"Choose the logging library"_s));
    CHECK(md.contains(u"We agreed on the next step"_s));
    CHECK(md.contains(u"Set up a weekly incident review"_s));
    CHECK(md.contains(u"5 · Advise"_s));
    CHECK_FALSE(md.contains(u"Tired, mentioned the move"_s));
    CHECK_FALSE(md.contains(u"Closed the tickets"_s)); // Bram's, not Anna's
}

TEST_CASE("a large import keeps its pages in memory until it commits, then gives the memory back")
{
    Database db(u":memory:"_s);
    const auto cacheSize = [&db] {
        QSqlQuery query(db.connection());
        REQUIRE(query.exec(u"PRAGMA cache_size"_s));
        REQUIRE(query.next());
        return query.value(0).toInt();
    };
    const int usual = cacheSize();
    CHECK(usual == -32768);
    DemoOptions options;
    options.until = QDate(2026, 11, 27);
    options.entries = 2000;
    TeamLog log = generateDemoTeam(options);
    REQUIRE(log.entryCount() > 500); // a bulk import
    importTeamLog(db, log, ImportMode::Replace);
    CHECK(cacheSize() == usual);

    // Also when the import fails halfway and rolls back.
    log.decisions.last().personId = u"nobody"_s; // the foreign key refuses it, last of all
    CHECK_THROWS(importTeamLog(db, log, ImportMode::Replace));
    CHECK(cacheSize() == usual);
    CHECK(loadTeamLog(db.connection()).entryCount() == generateDemoTeam(options).entryCount());
}

TEST_CASE("a bad record after thousands of good ones undoes every row written before it")
{
    DemoOptions options;
    options.until = QDate(2026, 11, 27);
    options.entries = 6000; // several batches reach the writer before the bad one
    QJsonObject root =
        QJsonDocument::fromJson(toExchangeJson(generateDemoTeam(options), exportTime)).object();
    const qsizetype last = root.value(u"initiatives"_s).toArray().size() - 1;
    setIn(root, u"initiatives"_s, int(last), u"kind"_s, u"heroics"_s);
    test::TempDatabase temp;
    const QString path = writeJson(temp, u"late.json"_s, QJsonDocument(root).toJson());

    Database db(temp.path());
    importTeamLog(db, test::sampleLog(), ImportMode::Merge);
    const TeamLog before = loadTeamLog(db.connection());
    for (ImportMode mode : {ImportMode::Merge, ImportMode::Replace}) {
        try {
            importExchangeFile(db, path, mode);
            FAIL("a document with a bad record was imported");
        } catch (const ImportError& e) {
            CHECK(e.message() == u"initiatives[%1].kind: unknown kind \"heroics\""_s.arg(last));
        }
        const TeamLog after = loadTeamLog(db.connection());
        CHECK(after.people.size() == before.people.size());
        CHECK(after.entryCount() == before.entryCount());
        CHECK(SearchRepository(db).search(u"roadmap"_s).size() == 1);
    }
}

TEST_CASE("a write refused while the reader is still validating stops both and imports nothing")
{
    DemoOptions options;
    options.until = QDate(2026, 11, 27);
    options.entries = 20000;
    test::TempDatabase temp;
    const QString path =
        writeJson(temp, u"big.json"_s, toExchangeJson(generateDemoTeam(options), exportTime));
    Database db(temp.path());
    // The database refuses the first decision; by then the reader has filled its queue.
    sql::exec(db.connection(), u"CREATE TRIGGER refuse BEFORE INSERT ON decisions BEGIN "
                               u"SELECT RAISE(ABORT, 'refused for the test'); END"_s);
    try {
        importExchangeFile(db, path, ImportMode::Merge);
        FAIL("the refused import succeeded");
    } catch (const StorageError& e) {
        CHECK(e.message().contains(u"refused for the test"_s));
    }
    CHECK(loadTeamLog(db.connection()).people.isEmpty());
    sql::exec(db.connection(), u"DROP TRIGGER refuse"_s);
    CHECK(importExchangeFile(db, path, ImportMode::Merge).added > 20000);
}
