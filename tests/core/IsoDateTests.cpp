// The direct YYYY-MM-DD writer and reader that storage, the exchange format and
// the tables use instead of QDate::toString() and QDate::fromString().
#include "domain/IsoDate.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using rd::isoDate;
using rd::parseIsoDate;

TEST_CASE("isoDate writes YYYY-MM-DD, the same as Qt's ISO format")
{
    CHECK(isoDate(QDate(2026, 11, 27)) == u"2026-11-27"_s);
    CHECK(isoDate(QDate(1, 1, 1)) == u"0001-01-01"_s);
    CHECK(isoDate(QDate(9999, 12, 31)) == u"9999-12-31"_s);
    CHECK(isoDate(QDate()).isEmpty());
    // Every day of four years, a leap day among them.
    for (QDate d(2023, 1, 1); d < QDate(2027, 1, 1); d = d.addDays(1)) {
        INFO(d.toString(Qt::ISODate).toStdString());
        REQUIRE(isoDate(d) == d.toString(Qt::ISODate));
        REQUIRE(parseIsoDate(isoDate(d)) == d);
    }
    // Outside four digits it leaves the work to Qt.
    CHECK(isoDate(QDate(12026, 1, 1)) == QDate(12026, 1, 1).toString(Qt::ISODate));
}

TEST_CASE("parseIsoDate reads exactly YYYY-MM-DD and nothing else")
{
    CHECK(parseIsoDate(u"2024-02-29") == QDate(2024, 2, 29));
    CHECK(parseIsoDate(u"0001-01-01") == QDate(1, 1, 1));
    for (const QString& wrong :
         {u"2023-02-29"_s, u"2026-02-30"_s, u"2026-13-01"_s, u"2026-00-10"_s, u"2026-01-00"_s,
          u"0000-01-01"_s, u"2026-2-28"_s, u"2026-02-028"_s, u"20260228"_s, u"2026/02/28"_s,
          u" 2026-02-28"_s, u"2026-02-28 "_s, u"2026-02-28T00:00"_s, u"2026-0a-28"_s,
          u"２０２６-02-28"_s, QString()}) {
        INFO(wrong.toStdString());
        CHECK_FALSE(parseIsoDate(wrong).isValid());
    }
}
