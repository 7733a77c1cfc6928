// plan and schedule, end to end through the real executable: planning,
// listing, moving, cancelling, and calendar files in and out.
#include "CliRunner.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

using rd::test::Cli;
using rd::test::Run;

namespace {
QString day(int fromToday)
{
    return QDate::currentDate().addDays(fromToday).toString(Qt::ISODate);
}

QString fixture(const QString& name)
{
    return QStringLiteral(RODEDRAAD_FIXTURES) + u"/calendar/"_s + name;
}

QJsonArray plans(const Cli& cli)
{
    const Run list = cli({u"schedule"_s, u"list"_s, u"--json"_s});
    REQUIRE(list.exitCode == 0);
    return QJsonDocument::fromJson(list.out.toUtf8()).object().value(u"plans"_s).toArray();
}

/// The team of the calendar fixtures.
void addTeam(const Cli& cli)
{
    for (const QString& name : {u"Chloé Martin"_s, u"Daan de Vries"_s, u"Sanne Bakker"_s})
        REQUIRE(cli({u"person"_s, u"add"_s, name}).exitCode == 0);
}
} // namespace

TEST_CASE("plan plans one one-on-one, or a series by the cadence; schedule list shows them")
{
    Cli cli;
    REQUIRE(cli({u"person"_s, u"add"_s, u"Chloé Martin"_s, u"--cadence"_s, u"7"_s}).exitCode == 0);
    const Run one = cli({u"plan"_s, u"--person"_s, u"Chloé Martin"_s, u"--date"_s, day(1),
                         u"--time"_s, u"10:00"_s});
    CHECK(one.exitCode == 0);
    CHECK(one.out.toLongLong() > 0);
    const Run series = cli({u"plan"_s, u"--person"_s, u"chloe-martin"_s, u"--date"_s, day(2),
                            u"--every-cadence"_s, u"--until"_s, day(16)});
    CHECK(series.exitCode == 0);
    CHECK(series.out.split(u'\n').size() == 3); // days 2, 9 and 16
    const QJsonArray listed = plans(cli);
    REQUIRE(listed.size() == 4);
    CHECK(listed.at(0).toObject().value(u"time"_s).toString() == u"10:00"_s);
    CHECK(listed.at(1).toObject().value(u"time"_s).isNull()); // no --time: the whole day
    CHECK(listed.at(0).toObject().value(u"personName"_s).toString() == u"Chloé Martin"_s);
    // The week's next one-on-one is the planned one.
    const Run week = cli({u"week"_s, u"--json"_s});
    const QJsonObject next = QJsonDocument::fromJson(week.out.toUtf8())
                                 .object()
                                 .value(u"next"_s)
                                 .toArray()
                                 .first()
                                 .toObject();
    CHECK(next.value(u"due"_s).toString() == day(1));
    CHECK(next.value(u"planned"_s).toObject().value(u"time"_s).toString() == u"10:00"_s);
}

TEST_CASE("plan refuses a day in the past, a time that is none and an unknown person")
{
    Cli cli;
    REQUIRE(cli({u"person"_s, u"add"_s, u"Anna"_s}).exitCode == 0);
    const Run past = cli({u"plan"_s, u"--person"_s, u"Anna"_s, u"--date"_s, day(-1)});
    CHECK(past.exitCode == 2);
    CHECK(past.err.contains(u"in the past"_s));
    const Run badTime =
        cli({u"plan"_s, u"--person"_s, u"Anna"_s, u"--date"_s, day(1), u"--time"_s, u"25:00"_s});
    CHECK(badTime.exitCode == 2);
    CHECK(cli({u"plan"_s, u"--person"_s, u"Bob"_s, u"--date"_s, day(1)}).exitCode == 2);
    CHECK(plans(cli).isEmpty());
    // The control: the same plan for today is accepted.
    CHECK(cli({u"plan"_s, u"--person"_s, u"Anna"_s, u"--date"_s, day(0)}).exitCode == 0);
}

TEST_CASE("one planned one-on-one a day with each person: a day planned is refused, a series "
          "leaves it out")
{
    Cli cli;
    REQUIRE(cli({u"person"_s, u"add"_s, u"Anna"_s, u"--cadence"_s, u"7"_s}).exitCode == 0);
    REQUIRE(cli({u"person"_s, u"add"_s, u"Bob"_s}).exitCode == 0);
    REQUIRE(cli({u"plan"_s, u"--person"_s, u"Anna"_s, u"--date"_s, day(7), u"--time"_s, u"10:00"_s})
                .exitCode == 0);
    const Run again =
        cli({u"plan"_s, u"--person"_s, u"Anna"_s, u"--date"_s, day(7), u"--time"_s, u"15:00"_s});
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(u"already has a one-on-one planned on "_s + day(7)));
    CHECK(plans(cli).size() == 1);
    // The series of days 0, 7 and 14 plans 0 and 14, and says it left one out.
    const Run series = cli({u"plan"_s, u"--person"_s, u"Anna"_s, u"--date"_s, day(0),
                            u"--every-cadence"_s, u"--until"_s, day(14)});
    CHECK(series.exitCode == 0);
    CHECK(series.err.startsWith(u"Left out 1 day"_s));
    CHECK(plans(cli).size() == 3);
    // The control: someone else that day is planned.
    CHECK(cli({u"plan"_s, u"--person"_s, u"Bob"_s, u"--date"_s, day(7)}).exitCode == 0);
    CHECK(plans(cli).size() == 4);
}

TEST_CASE("schedule move and cancel record moved and cancelled one-on-ones")
{
    Cli cli;
    REQUIRE(cli({u"person"_s, u"add"_s, u"Anna"_s}).exitCode == 0);
    const QString id =
        cli({u"plan"_s, u"--person"_s, u"Anna"_s, u"--date"_s, day(1), u"--time"_s, u"09:00"_s})
            .out;
    REQUIRE(cli({u"schedule"_s, u"move"_s, id, u"--date"_s, day(3)}).exitCode == 0);
    QJsonArray listed = plans(cli);
    REQUIRE(listed.size() == 1);
    CHECK(listed.at(0).toObject().value(u"date"_s).toString() == day(3));
    CHECK(listed.at(0).toObject().value(u"time"_s).toString() == u"09:00"_s);
    REQUIRE(cli({u"schedule"_s, u"cancel"_s, id}).exitCode == 0);
    CHECK(plans(cli).isEmpty());
    const Run exported = cli({u"export"_s, u"--json"_s, cli.file(u"x.json"_s)});
    REQUIRE(exported.exitCode == 0);
    const QJsonArray meetings = QJsonDocument::fromJson(rd::test::readFile(cli.file(u"x.json"_s)))
                                    .object()
                                    .value(u"oneOnOnes"_s)
                                    .toArray();
    REQUIRE(meetings.size() == 2);
    CHECK(meetings.at(0).toObject().value(u"status"_s).toString() == u"moved"_s);
    CHECK(meetings.at(1).toObject().value(u"status"_s).toString() == u"cancelled"_s);
    CHECK(cli({u"schedule"_s, u"cancel"_s, id}).exitCode == 2); // no longer open
}

TEST_CASE("schedule import reads a calendar's series; --dry-run and a second import change nothing")
{
    Cli cli;
    addTeam(cli);
    const QStringList import{u"schedule"_s, u"import"_s, fixture(u"outlook.ics"_s), u"--from"_s,
                             u"2026-12-01"_s};
    const QByteArray before = rd::test::fileHash(cli.db());
    // Wall-clock times in the manager's zone: the file's own is Amsterdam's.
    const Run dry =
        cli(import + QStringList{u"--dry-run"_s, u"--json"_s}, {u"TZ=Europe/Amsterdam"_s});
    REQUIRE(dry.exitCode == 0);
    const QJsonArray rows =
        QJsonDocument::fromJson(dry.out.toUtf8()).object().value(u"meetings"_s).toArray();
    CHECK(rows.size() == 10);
    QStringList daan;
    for (const QJsonValue& row : rows) {
        const QJsonObject r = row.toObject();
        if (r.value(u"person"_s).toString() == u"daan-de-vries"_s)
            daan << r.value(u"date"_s).toString() + u' ' + r.value(u"time"_s).toString();
    }
    CHECK(daan.size() == 8);
    CHECK(daan.contains(u"2027-03-17 11:00"_s));
    CHECK_FALSE(daan.contains(u"2027-03-23 09:00"_s));
    CHECK(rd::test::fileHash(cli.db()) == before);
    const Run real = cli(import);
    REQUIRE(real.exitCode == 0);
    CHECK(real.out.contains(u"Planned 9 one-on-ones."_s));
    const Run again = cli(import);
    CHECK(again.out.contains(u"Planned 0 one-on-ones."_s));
    CHECK(plans(cli).size() >= 1);
}

TEST_CASE("A broken calendar file is refused with its line, and nothing changes")
{
    Cli cli;
    addTeam(cli);
    const Run broken =
        cli({u"schedule"_s, u"import"_s, fixture(u"broken.ics"_s), u"--from"_s, u"2026-12-01"_s});
    CHECK(broken.exitCode == 1);
    CHECK(broken.err.trimmed().startsWith(u"Line 7 of the calendar file cannot be read"_s));
    CHECK(broken.out.isEmpty());
    const Run plansNow = cli({u"schedule"_s, u"list"_s, u"--from"_s, u"2026-12-01"_s, u"--json"_s});
    CHECK(QJsonDocument::fromJson(plansNow.out.toUtf8())
              .object()
              .value(u"plans"_s)
              .toArray()
              .isEmpty());
}

TEST_CASE("schedule export writes owner-only, holds no private text, and imports back unchanged")
{
    Cli cli;
    addTeam(cli);
    REQUIRE(
        cli({u"schedule"_s, u"import"_s, fixture(u"google.ics"_s), u"--from"_s, u"2026-12-01"_s})
            .exitCode == 0);
    REQUIRE(cli({u"plan"_s, u"--person"_s, u"Sanne Bakker"_s, u"--date"_s, day(2), u"--time"_s,
                 u"16:00"_s})
                .exitCode == 0);
    const QString ics = cli.file(u"plan.ics"_s);
    rd::test::writeFile(ics, "an earlier file");
    const Run exported = cli({u"schedule"_s, u"export"_s, ics});
    REQUIRE(exported.exitCode == 0);
    CHECK(rd::test::isOwnerOnly(ics));
    const QByteArray text = rd::test::readFile(ics);
    CHECK(text.startsWith("BEGIN:VCALENDAR\r\n"));
    CHECK(text.contains("SUMMARY:One-on-one with Sanne Bakker"));
    CHECK_FALSE(text.contains("PRIVATE"));
    CHECK_FALSE(text.contains("DESCRIPTION"));
    const Run back = cli({u"schedule"_s, u"import"_s, ics});
    CHECK(back.exitCode == 0);
    CHECK(back.out.contains(u"Planned 0 one-on-ones."_s));
    // In Dutch the title is Dutch.
    CHECK(cli({u"--lang"_s, u"nl"_s, u"schedule"_s, u"export"_s, ics}).exitCode == 0);
    CHECK(rd::test::readFile(ics).contains("SUMMARY:1-op-1-gesprek met Sanne Bakker"));
    // A failed write leaves the earlier file: a folder that does not exist.
    CHECK(cli({u"schedule"_s, u"export"_s, cli.file(u"no/such/plan.ics"_s)}).exitCode == 1);
}

TEST_CASE("the review's findings: /dev/stdout, far dates, long and doubled UIDs, empty imports")
{
    Cli cli;
    addTeam(cli);
    REQUIRE(cli({u"plan"_s, u"--person"_s, u"Daan de Vries"_s, u"--date"_s, day(1)}).exitCode == 0);
    // A link into /dev or /proc is never replaced, even when stdout is a file.
    const QString link = cli.file(u"out.ics"_s);
    REQUIRE(QFile::link(u"/proc/self/fd/1"_s, link));
    const Run toLink = cli({u"schedule"_s, u"export"_s, link});
    CHECK(toLink.exitCode != 0);
    CHECK(QFileInfo(link).isSymLink());
    // A day past what a calendar file holds is refused, on the command line and in the file.
    const Run far =
        cli({u"plan"_s, u"--person"_s, u"Daan de Vries"_s, u"--date"_s, u"9999-12-31"_s});
    CHECK(far.exitCode == 2);
    CHECK(far.err.contains(u"more than two years ahead"_s));
    CHECK(cli({u"plan"_s, u"--person"_s, u"Daan de Vries"_s, u"--date"_s, day(700)}).exitCode == 0);

    // An over-long UID is left out; a second event with one UID does not count twice.
    const QByteArray longUid(5000, 'x');
    const QByteArray start = QDate::currentDate().addDays(3).toString(u"yyyyMMdd"_s).toLatin1();
    const auto event = [&](const QByteArray& uid, const QByteArray& at) -> QByteArray {
        return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20261201T000000Z\r\nDTSTART:" + at +
               "T090000Z\r\nDTEND:" + at + "T093000Z\r\nSUMMARY:1:1 Sanne\r\nEND:VEVENT\r\n";
    };
    const QString ics = cli.file(u"odd.ics"_s);
    rd::test::writeFile(
        ics, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n" + event(longUid, start) +
                 event("dup", start) +
                 event("dup", QDate::currentDate().addDays(4).toString(u"yyyyMMdd"_s).toLatin1()) +
                 "END:VCALENDAR\r\n");
    const Run odd = cli({u"schedule"_s, u"import"_s, ics});
    CHECK(odd.exitCode == 0);
    CHECK(odd.out.contains(u"Planned 1 one-on-one."_s));
    // Importing it again writes nothing: not even a commit.
    const QByteArray before = rd::test::fileHash(cli.db());
    CHECK(cli({u"schedule"_s, u"import"_s, ics}).out.contains(u"Planned 0 one-on-ones."_s));
    CHECK(rd::test::fileHash(cli.db()) == before);
}
