// Where a new decision's level starts: the board's cell, else the last
// decision with that person, else the default.
#include "domain/LevelSuggestion.h"
#include "Scenario.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace rd;
using rd::test::Scenario;
using L = DelegationLevel;

TEST_CASE("a new decision starts at the board's level for that area, else the last level used")
{
    Scenario s;
    CHECK(suggestedLevel(s.log, u"sam"_s, u"Budget"_s, s.asOf) == DefaultLevel); // nothing yet

    s.decision(20, L::Delegate).area = u"Hiring"_s;
    // No cell for Budget: the last decision with Sam, whatever its area.
    CHECK(suggestedLevel(s.log, u"sam"_s, u"Budget"_s, s.asOf) == L::Delegate);
    CHECK(suggestedLevel(s.log, u"sam"_s, QString(), s.asOf) == L::Delegate);
    // Someone else's decisions are not Sam's.
    s.addPerson(u"kim"_s);
    CHECK(suggestedLevel(s.log, u"kim"_s, u"Budget"_s, s.asOf) == DefaultLevel);

    s.board(30, u"Budget"_s, L::Consult);
    s.board(10, u"Budget"_s, L::Inquire); // the current agreement
    CHECK(suggestedLevel(s.log, u"sam"_s, u"Budget"_s, s.asOf) == L::Inquire);
    CHECK(suggestedLevel(s.log, u"sam"_s, u" Budget "_s, s.asOf) == L::Inquire);
    // As of a day between the two agreements, the earlier one holds.
    CHECK(suggestedLevel(s.log, u"sam"_s, u"Budget"_s, s.ago(15)) == L::Consult);
    // Another area without a cell still follows the last decision.
    CHECK(suggestedLevel(s.log, u"sam"_s, u"Planning"_s, s.asOf) == L::Delegate);
    // A decision dated after the as-of date does not count.
    s.decision(-3, L::Tell);
    CHECK(suggestedLevel(s.log, u"sam"_s, u"Planning"_s, s.asOf) == L::Delegate);
}
