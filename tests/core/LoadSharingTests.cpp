// The logs as loaded: every entry's person id shares its person's text, so
// that indexing the logs by person (the engine's and the week's first step)
// reads one string per person instead of one per entry.
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "storage/TeamLogLoader.h"
#include "TestSupport.h"

using namespace rd;
using namespace Qt::StringLiterals;

TEST_CASE("loaded entries share their person's id, and keep its value")
{
    Database db(u":memory:"_s);
    PeopleRepository(db).add(Person{u"anna"_s, u"Anna"_s, {}, QDate(2026, 1, 1), 14, false});
    OneOnOne m;
    m.personId = u"anna"_s;
    m.date = QDate(2026, 3, 2);
    OneOnOneRepository(db).add(m);
    Decision d;
    d.personId = u"anna"_s;
    d.title = u"Pick the tool"_s;
    d.area = u"Tooling"_s;
    d.date = QDate(2026, 3, 3);
    DecisionRepository(db).add(d);
    Initiative i;
    i.personId = u"anna"_s;
    i.description = u"Ran the retro"_s;
    i.date = QDate(2026, 3, 4);
    InitiativeRepository(db).add(i);

    const TeamLog log = loadTeamLog(db.connection());
    REQUIRE(log.people.size() == 1);
    REQUIRE(log.oneOnOnes.size() == 1);
    REQUIRE(log.decisions.size() == 1);
    REQUIRE(log.initiatives.size() == 1);
    const QString& id = log.people.first().id;
    CHECK(log.oneOnOnes.first().personId.isSharedWith(id));
    CHECK(log.decisions.first().personId.isSharedWith(id));
    CHECK(log.initiatives.first().personId.isSharedWith(id));
    CHECK(log.oneOnOnes.first().personId == u"anna"_s);
    // Positive control: text read apart is not shared.
    CHECK_FALSE(QString(u"anna"_s).isSharedWith(id));
}
