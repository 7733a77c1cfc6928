// Calendar files through libical (core/schedule/CalendarFile): the three
// calendars' exports read with the dates their README lists, a weekly series
// with one meeting moved and one cancelled across the change of the clocks,
// a broken file named by its line, and what Rode Draad writes read back.
#include "schedule/CalendarFile.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QFile>

using namespace rd;
using namespace Qt::StringLiterals;

namespace {
const QTimeZone Amsterdam("Europe/Amsterdam");
const QDate From(2026, 12, 1);
const QDate To = From.addDays(182);

QByteArray fixture(const QString& name)
{
    return test::readFile(QStringLiteral(RODEDRAAD_FIXTURES) + u"/calendar/"_s + name);
}

/// "2027-03-04 10:00" per meeting of `uid`, in the file's order.
QStringList startsOf(const QList<CalendarMeeting>& meetings, const QString& summary)
{
    QStringList starts;
    for (const CalendarMeeting& m : meetings) {
        if (m.summary == summary)
            starts << m.date.toString(Qt::ISODate) + u' ' +
                          (m.time.isValid() ? m.time.toString(u"HH:mm"_s) : u"all day"_s);
    }
    return starts;
}

const CalendarMeeting* on(const QList<CalendarMeeting>& meetings, QDate date)
{
    for (const CalendarMeeting& m : meetings) {
        if (m.date == date)
            return &m;
    }
    return nullptr;
}
} // namespace

TEST_CASE("Google Calendar's export: a weekly series with a moved and a cancelled meeting")
{
    const QList<CalendarMeeting> meetings =
        readCalendar(fixture(u"google.ics"_s), From, To, Amsterdam);
    // 25 March is cancelled (EXDATE); 18 March moved to Friday 19 March 14:00.
    CHECK(startsOf(meetings, u"1:1 Chloé / Eva"_s) ==
          QStringList{u"2027-03-04 10:00"_s, u"2027-03-11 10:00"_s, u"2027-03-19 14:00"_s,
                      u"2027-04-01 10:00"_s, u"2027-04-08 10:00"_s, u"2027-04-15 10:00"_s,
                      u"2027-04-22 10:00"_s});
    // The one-off is written in UTC (14:00Z): 15:00 in Amsterdam in December.
    CHECK(startsOf(meetings, u"Eva <> Daan"_s) == QStringList{u"2026-12-10 15:00"_s});
    CHECK(on(meetings, QDate(2026, 12, 10))->durationMinutes == 45);
    CHECK(startsOf(meetings, u"MT standup"_s).size() == 4);
    const CalendarMeeting* moved = on(meetings, QDate(2027, 3, 19));
    REQUIRE(moved);
    CHECK(moved->recurrenceId == u"20270318T090000Z"_s); // its original start, in UTC
    CHECK(moved->attendees.contains(u"Chloé Martin"_s));
}

TEST_CASE("A meeting after the change of the clocks keeps its wall-clock time")
{
    const QList<CalendarMeeting> meetings =
        readCalendar(fixture(u"google.ics"_s), From, To, Amsterdam);
    const CalendarMeeting* before = on(meetings, QDate(2027, 3, 11));
    const CalendarMeeting* after = on(meetings, QDate(2027, 4, 1));
    REQUIRE(before);
    REQUIRE(after);
    CHECK(before->time == after->time);
    CHECK(before->recurrenceId == u"20270311T090000Z"_s); // UTC+1
    CHECK(after->recurrenceId == u"20270401T080000Z"_s);  // UTC+2
    // Read for another zone, the same instants show another wall clock.
    const QList<CalendarMeeting> inUtc =
        readCalendar(fixture(u"google.ics"_s), From, To, QTimeZone::utc());
    CHECK(on(inUtc, QDate(2027, 3, 11))->time == QTime(9, 0));
    CHECK(on(inUtc, QDate(2027, 4, 1))->time == QTime(8, 0));
}

TEST_CASE("Outlook's export: a Windows zone name, UNTIL, and a meeting moved to another day")
{
    const QList<CalendarMeeting> meetings =
        readCalendar(fixture(u"outlook.ics"_s), From, To, Amsterdam);
    CHECK(startsOf(meetings, u"Daan / Eva 1:1"_s) ==
          QStringList{u"2027-03-02 09:00"_s, u"2027-03-09 09:00"_s, u"2027-03-17 11:00"_s,
                      u"2027-03-30 09:00"_s, u"2027-04-06 09:00"_s, u"2027-04-13 09:00"_s,
                      u"2027-04-20 09:00"_s, u"2027-04-27 09:00"_s});
    CHECK(startsOf(meetings, u"Voortgangsgesprek"_s) == QStringList{u"2026-12-16 14:00"_s});
    CHECK(startsOf(meetings, u"Deadline Kwartaalcijfers Q4"_s) ==
          QStringList{u"2026-12-18 all day"_s});
}

TEST_CASE("Thunderbird's export: a meeting moved within its day, and a whole day")
{
    const QList<CalendarMeeting> meetings =
        readCalendar(fixture(u"thunderbird.ics"_s), From, To, Amsterdam);
    CHECK(startsOf(meetings, u"1-op-1 Sanne"_s) ==
          QStringList{u"2027-03-01 13:30"_s, u"2027-03-08 13:30"_s, u"2027-03-15 15:00"_s,
                      u"2027-03-29 13:30"_s, u"2027-04-05 13:30"_s, u"2027-04-12 13:30"_s,
                      u"2027-04-19 13:30"_s});
    CHECK(startsOf(meetings, u"Gesprek Sanne (hele dag)"_s) ==
          QStringList{u"2026-12-15 all day"_s});
    CHECK(on(meetings, QDate(2026, 12, 15))->recurrenceId.isEmpty());
}

TEST_CASE("Only the meetings in the period are read")
{
    const QList<CalendarMeeting> early =
        readCalendar(fixture(u"google.ics"_s), From, QDate(2027, 3, 11), Amsterdam);
    CHECK(startsOf(early, u"1:1 Chloé / Eva"_s) ==
          QStringList{u"2027-03-04 10:00"_s, u"2027-03-11 10:00"_s});
    const QList<CalendarMeeting> late =
        readCalendar(fixture(u"google.ics"_s), QDate(2027, 4, 15), To, Amsterdam);
    CHECK(startsOf(late, u"1:1 Chloé / Eva"_s) ==
          QStringList{u"2027-04-15 10:00"_s, u"2027-04-22 10:00"_s});
}

TEST_CASE("A broken calendar file is named by its line")
{
    try {
        readCalendar(fixture(u"broken.ics"_s), From, To, Amsterdam);
        FAIL("the broken file was read");
    } catch (const CalendarFileError& e) {
        CHECK(e.message().startsWith(u"Line 7 of the calendar file cannot be read: DTSTART"_s));
    }
    // Empty values ("LOCATION:") are in every real export and are no error:
    // the Google fixture holds them and reads (the positive control).
    REQUIRE(fixture(u"google.ics"_s).contains("\r\nLOCATION:\r\n"));
    CHECK_FALSE(readCalendar(fixture(u"google.ics"_s), From, To, Amsterdam).isEmpty());
}

TEST_CASE("What is not a calendar file is refused with one sentence")
{
    CHECK_THROWS_AS(readCalendar("{\"format\": \"rodedraad\"}", From, To, Amsterdam),
                    CalendarFileError);
    CHECK_THROWS_AS(readCalendar(QByteArray(), From, To, Amsterdam), CalendarFileError);
    CHECK_THROWS_AS(readCalendar(QByteArray("BEGIN:VCALENDAR\0\0", 17), From, To, Amsterdam),
                    CalendarFileError);
    test::TempDatabase temp;
    CHECK_THROWS_AS(readCalendarFile(temp.dir.filePath(u"missing.ics"_s), From, To, Amsterdam),
                    CalendarFileError);
}

TEST_CASE("An hourly rule is no one-on-one and is not expanded")
{
    const QByteArray hourly =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nBEGIN:VEVENT\r\n"
        "UID:h@x\r\nDTSTAMP:20261201T000000Z\r\nDTSTART:20261201T000000Z\r\n"
        "DTEND:20261201T003000Z\r\nRRULE:FREQ=MINUTELY\r\nSUMMARY:Chloé\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:d@x\r\nDTSTAMP:20261201T000000Z\r\nDTSTART:20261202T090000Z\r\n"
        "DTEND:20261202T093000Z\r\nRRULE:FREQ=DAILY;COUNT=3\r\nSUMMARY:Daan\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n";
    const QList<CalendarMeeting> meetings = readCalendar(hourly, From, To, QTimeZone::utc());
    CHECK(startsOf(meetings, u"Chloé"_s).isEmpty());
    CHECK(startsOf(meetings, u"Daan"_s).size() == 3); // the daily one, as the control
}

TEST_CASE("What Rode Draad writes reads back: times, whole days and meetings of a series")
{
    PlannedOneOnOne own;
    own.personId = u"chloe"_s;
    own.date = QDate(2027, 3, 25); // the Thursday before the clocks change
    own.time = QTime(10, 0);
    own.durationMinutes = 45;
    own.uid = u"own-1@rodedraad"_s;
    PlannedOneOnOne after = own;
    after.date = QDate(2027, 4, 1);
    after.uid = u"own-2@rodedraad"_s;
    PlannedOneOnOne day = own;
    day.date = QDate(2027, 1, 5);
    day.time = QTime();
    day.uid = u"own-3@rodedraad"_s;
    PlannedOneOnOne ofSeries = own;
    ofSeries.date = QDate(2027, 3, 19);
    ofSeries.time = QTime(14, 0);
    ofSeries.uid = u"series@google.com"_s;
    ofSeries.recurrenceId = u"20270318T090000Z"_s;
    const QString name = u"One-on-one with Chloé Martin, whose name is long enough to fold"_s;
    const QByteArray ics =
        writeCalendar({{own, name}, {after, name}, {day, name}, {ofSeries, name}}, Amsterdam,
                      QDateTime(QDate(2026, 12, 3), QTime(9, 0), QTimeZone::utc()));
    for (const QByteArray& line : ics.split('\n')) {
        CHECK(line.size() <= 76); // 75 octets and the CR
        CHECK((line.isEmpty() || line.endsWith('\r')));
    }
    const QList<CalendarMeeting> back = readCalendar(ics, From, To, Amsterdam);
    REQUIRE(back.size() == 4);
    CHECK(on(back, own.date)->time == QTime(10, 0));
    CHECK(on(back, after.date)->time == QTime(10, 0));
    CHECK(on(back, own.date)->durationMinutes == 45);
    CHECK(on(back, own.date)->uid == own.uid);
    CHECK(on(back, own.date)->summary == name);
    CHECK_FALSE(on(back, day.date)->time.isValid());
    CHECK(on(back, ofSeries.date)->uid == ofSeries.uid);
    CHECK(on(back, ofSeries.date)->recurrenceId == ofSeries.recurrenceId);
    CHECK(on(back, ofSeries.date)->time == QTime(14, 0));
}
