#include "demo/DemoTeam.h"
#include "exchange/JsonExchange.h"

#include <catch2/catch.hpp>
#include <QSet>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace rd;

namespace {
DemoOptions options(quint32 seed = 7)
{
    DemoOptions o;
    o.until = QDate(2026, 11, 27);
    o.seed = seed;
    return o;
}
} // namespace

TEST_CASE("the same seed and end date give the same demo team")
{
    const QDateTime at(QDate(2026, 11, 27), QTime(9, 0), QTimeZone::utc());
    CHECK(toExchangeJson(generateDemoTeam(options()), at) ==
          toExchangeJson(generateDemoTeam(options()), at));
    CHECK(toExchangeJson(generateDemoTeam(options(8)), at) !=
          toExchangeJson(generateDemoTeam(options()), at));
}

TEST_CASE("the demo team is seven people over 18 months, all within the end date")
{
    const TeamLog team = generateDemoTeam(options());
    CHECK(team.people.size() == 7);
    QDate first = QDate(2100, 1, 1), last;
    for (const OneOnOne& m : team.oneOnOnes) {
        first = std::min(first, m.date);
        last = std::max(last, m.date);
    }
    CHECK(last <= QDate(2026, 11, 27));
    CHECK(first >= QDate(2025, 5, 27));
    CHECK(first.daysTo(last) > 450);
    // The exchange format accepts what the generator makes.
    CHECK(parseExchangeJson(toExchangeJson(team, QDateTime::currentDateTime())) == team);
}

TEST_CASE("the demo team tells its stories")
{
    const TeamLog team = generateDemoTeam(options());
    auto meanLevel = [&](const QString& id, QDate from, QDate to) {
        double sum = 0;
        int n = 0;
        for (const Decision& d : team.decisions) {
            if (d.personId == id && d.date >= from && d.date <= to) {
                sum += toInt(d.level);
                ++n;
            }
        }
        return n ? sum / n : 0.0;
    };
    SECTION("Daan's autonomy grows")
    {
        CHECK(meanLevel(u"daan-visser"_s, QDate(2025, 5, 1), QDate(2025, 10, 1)) + 2 <
              meanLevel(u"daan-visser"_s, QDate(2026, 6, 1), QDate(2026, 11, 27)));
    }
    SECTION("Bram is over-controlled: low levels and a high talk share")
    {
        CHECK(meanLevel(u"bram-jansen"_s, QDate(2025, 1, 1), QDate(2026, 11, 27)) < 3.0);
        int talk = 0, n = 0;
        for (const OneOnOne& m : team.oneOnOnes) {
            if (m.personId == u"bram-jansen"_s && m.talkSharePercent) {
                talk += *m.talkSharePercent;
                ++n;
            }
        }
        CHECK(talk / n >= 60);
    }
    SECTION("Eva's autonomy is taken back after a failure")
    {
        bool failed = false, lowered = false;
        for (const Decision& d : team.decisions)
            failed |= d.personId == u"eva-mulder"_s && d.outcome == DecisionOutcome::Failed &&
                      d.date >= QDate(2026, 8, 29);
        for (const BoardEntry& b : team.board)
            lowered |= b.personId == u"eva-mulder"_s && b.level == DelegationLevel::Sell;
        CHECK(failed);
        CHECK(lowered);
    }
    SECTION("Chloé has had no one-on-one for over a month")
    {
        QDate lastHeld;
        for (const OneOnOne& m : team.oneOnOnes) {
            if (m.personId == u"chloe-bakker"_s && m.status == MeetingStatus::Held)
                lastHeld = std::max(lastHeld, m.date);
        }
        CHECK(lastHeld.daysTo(QDate(2026, 11, 27)) > 30);
    }
    SECTION("Sanne joined recently and has no delegation agreement")
    {
        for (const BoardEntry& b : team.board)
            CHECK(b.personId != u"sanne-smit"_s);
        CHECK(team.person(u"sanne-smit"_s)->joinedOn == QDate(2026, 10, 18));
    }
}

TEST_CASE("the entries option adds team members until the log is large enough")
{
    DemoOptions o = options();
    o.entries = 3000;
    const TeamLog team = generateDemoTeam(o);
    CHECK(team.entryCount() >= 3000);
    QSet<QString> ids;
    for (const Person& p : team.people)
        ids.insert(p.id);
    CHECK(ids.size() == team.people.size());
}
