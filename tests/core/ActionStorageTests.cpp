// A renegotiated action keeps its history: in the file, through the store
// (several one-on-ones in one transaction), and in the exchange format.
#include "coaching/Actions.h"
#include "exchange/ImportError.h"
#include "exchange/JsonExchange.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "storage/Sql.h"
#include "storage/TeamLogLoader.h"
#include "store/TeamStore.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace rd;
using namespace Qt::StringLiterals;

namespace {

/// Anna with two one-on-ones, each with one open action of the manager's.
void storeTwoMeetings(Database& db)
{
    PeopleRepository(db).add(Person{u"anna"_s, u"Anna"_s, {}, QDate(2026, 1, 1), 14, false});
    for (int day : {2, 16}) {
        OneOnOne m;
        m.personId = u"anna"_s;
        m.date = QDate(2026, 3, day);
        m.actions << ActionItem{
            u"Send the options %1"_s.arg(day), Party::Manager, QDate(2026, 3, day + 7), {}};
        OneOnOneRepository(db).add(m);
    }
}

QJsonObject firstAction(const QByteArray& json)
{
    return QJsonDocument::fromJson(json)[u"oneOnOnes"_s][0][u"actions"_s][0].toObject();
}

} // namespace

TEST_CASE("a moved due date is stored with its first date and its count of moves")
{
    test::TempDatabase temp;
    Database db(temp.path());
    storeTwoMeetings(db);
    TeamLog log = loadTeamLog(db.connection());
    const QList<OneOnOne> moved =
        movingActions(log, openActions(log, QDate(2026, 3, 30)), QDate(2026, 4, 10));
    REQUIRE(moved.size() == 2);
    OneOnOneRepository(db).update(moved);
    log = loadTeamLog(db.connection());
    for (const OneOnOne& m : log.oneOnOnes) {
        const ActionItem& a = m.actions.first();
        CHECK(a.due == QDate(2026, 4, 10));
        CHECK(a.firstDue == m.date.addDays(7));
        CHECK(a.dueMoves == 1);
    }
}

TEST_CASE("several one-on-ones are stored all or none")
{
    test::TempDatabase temp;
    Database db(temp.path());
    storeTwoMeetings(db);
    const TeamLog before = loadTeamLog(db.connection());
    QList<OneOnOne> changed =
        closingActions(before, openActions(before, QDate(2026, 3, 30)), QDate(2026, 3, 30));
    REQUIRE(changed.size() == 2);
    changed[1].id = 9999; // gone: the whole write is refused
    CHECK_THROWS_AS(OneOnOneRepository(db).update(changed), Error);
    CHECK(loadTeamLog(db.connection()) == before);
    // Positive control: both real meetings land together.
    changed[1].id = before.oneOnOnes.at(1).id;
    OneOnOneRepository(db).update(changed);
    CHECK(openActions(loadTeamLog(db.connection()), QDate(2026, 3, 30)).isEmpty());
}

TEST_CASE("the store closes actions across one-on-ones with one change signal")
{
    test::TempDatabase temp;
    Database db(temp.path());
    storeTwoMeetings(db);
    TeamStore store(db);
    int changes = 0;
    QObject::connect(&store, &TeamStore::modified, [&](DataKind) { ++changes; });
    const QDate today(2026, 3, 30);
    store.updateOneOnOnes(closingActions(store.log(), openActions(store.log(), today), today));
    CHECK(changes == 1);
    CHECK(openActions(store.log(), today).isEmpty());
    CHECK(store.log() == loadTeamLog(db.connection())); // the snapshot matches the file
}

TEST_CASE("the exchange file carries a renegotiation, and only when there was one")
{
    test::TempDatabase temp;
    Database db(temp.path());
    storeTwoMeetings(db);
    TeamLog log = loadTeamLog(db.connection());
    const QDateTime at(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);
    // Never moved: the record is as version 1 always wrote it.
    const QJsonObject plain = firstAction(toExchangeJson(log, at));
    CHECK_FALSE(plain.contains(u"firstDue"_s));
    CHECK_FALSE(plain.contains(u"dueMoves"_s));
    // Moved twice: both fields, and they come back on import.
    log.oneOnOnes[0].actions[0] =
        withDue(withDue(log.oneOnOnes[0].actions[0], QDate(2026, 4, 1)), QDate(2026, 4, 8));
    const QByteArray json = toExchangeJson(log, at);
    CHECK(firstAction(json)[u"firstDue"_s].toString() == u"2026-03-09"_s);
    CHECK(firstAction(json)[u"dueMoves"_s].toInt() == 2);
    const ActionItem back = parseExchangeJson(json).oneOnOnes.first().actions.first();
    CHECK(back.firstDue == QDate(2026, 3, 9));
    CHECK(back.dueMoves == 2);
    CHECK(back.due == QDate(2026, 4, 8));
}

TEST_CASE("a crafted count of moves is refused with its path")
{
    const QByteArray json = R"({"format":"rodedraad","version":1,
        "people":[{"id":"p1","name":"Anna"}],
        "oneOnOnes":[{"person":"p1","date":"2026-03-02","status":"held",
          "actions":[{"text":"x","owner":"manager","due":"2026-03-09","dueMoves":-1}]}]})";
    try {
        parseExchangeJson(json);
        FAIL("a negative count was accepted");
    } catch (const ImportError& error) {
        CHECK(error.message().contains(u"dueMoves"_s));
    }
}

TEST_CASE("an older file gains the renegotiation columns, its actions unmoved")
{
    test::TempDatabase temp;
    test::createSchemaV1Database(
        temp.path(), {u"INSERT INTO action_items (one_on_one_id, position, text, owner, due_on) "
                      u"VALUES (1, 0, 'Book the course', 'member', '2025-05-15')"_s});
    Database db(temp.path());
    const ActionItem a = loadTeamLog(db.connection()).oneOnOnes.first().actions.first();
    CHECK(a.due == QDate(2025, 5, 15));
    CHECK_FALSE(a.firstDue.isValid());
    CHECK(a.dueMoves == 0);
}
