// Dates typed relative to today, in both languages.
#include "i18n/RelativeDate.h"
#include "TestSupport.h"

using namespace rd;
using namespace Qt::StringLiterals;

namespace {
const QDate Today(2026, 12, 2);
}

TEST_CASE("today, tomorrow and yesterday are understood in English and Dutch, any case")
{
    for (const QString& t : {u"t"_s, u"T"_s, u"today"_s, u" Today "_s, u"v"_s, u"vandaag"_s})
        CHECK(relativeDate(t, Today) == Today);
    CHECK(relativeDate(u"tomorrow"_s, Today) == Today.addDays(1));
    CHECK(relativeDate(u"Morgen"_s, Today) == Today.addDays(1));
    CHECK(relativeDate(u"yesterday"_s, Today) == Today.addDays(-1));
    CHECK(relativeDate(u"gisteren"_s, Today) == Today.addDays(-1));
}

TEST_CASE("a signed count of days, weeks or months moves from today")
{
    CHECK(relativeDate(u"+3"_s, Today) == QDate(2026, 12, 5));
    CHECK(relativeDate(u"+3d"_s, Today) == QDate(2026, 12, 5));
    CHECK(relativeDate(u"-3 dagen"_s, Today) == QDate(2026, 11, 29));
    CHECK(relativeDate(u"+1w"_s, Today) == QDate(2026, 12, 9));
    CHECK(relativeDate(u"+2 weken"_s, Today) == QDate(2026, 12, 16));
    CHECK(relativeDate(u"+1m"_s, Today) == QDate(2027, 1, 2));
    CHECK(relativeDate(u"-1 maand"_s, Today) == QDate(2026, 11, 2));
    // A month from the 31st lands on the month's last day.
    CHECK(relativeDate(u"+1m"_s, QDate(2027, 1, 31)) == QDate(2027, 2, 28));
    CHECK(relativeDate(u"+0"_s, Today) == Today);
    // The largest count, and one past it.
    CHECK(relativeDate(u"+999d"_s, Today) == Today.addDays(999));
    CHECK_FALSE(relativeDate(u"+1000d"_s, Today));
}

TEST_CASE("anything else is not a relative date")
{
    for (const QString& t : {u""_s, u"+"_s, u"+w"_s, u"1w"_s, u"+1x"_s, u"++1"_s, u"tod"_s,
                             u"2026-12-09"_s, u"next week"_s, u"+1.5w"_s})
        CHECK_FALSE(relativeDate(t, Today));
    CHECK_FALSE(relativeDate(u"t"_s, QDate())); // no today to count from
}
