// Crafted data that tries to write where it must not, or to run where it is
// read (issue 15): ids that are paths, the file names the exports derive from
// data, spreadsheet formulas and Markdown markup in what a manager typed.
#include "CliRunner.h"
#include "domain/Error.h"
#include "domain/MarkdownText.h"
#include "exchange/JsonExchange.h"
#include "exchange/TextExports.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "storage/Sql.h"
#include "storage/TeamLogLoader.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace rd;
using rd::test::Cli;

namespace {

/// Every file under `dir`, relative to it.
QStringList filesUnder(const QString& dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(dir).relativeFilePath(it.next());
    files.sort();
    return files;
}

} // namespace

TEST_CASE("a person id is a documented character set, on import and on adding")
{
    CHECK(isValidPersonId(u"anna-de-vries"_s));
    CHECK(isValidPersonId(u"p1"_s));
    CHECK(isValidPersonId(u"Anna.de_Vries-2"_s));
    CHECK(isValidPersonId(QString(64, u'a')));
    for (const QString& bad :
         {u""_s, u"../../victim"_s, u"/abs/path"_s, u"a/b"_s, u".hidden"_s, u"-dash"_s,
          u"with space"_s, u"é"_s, QString(65, u'a'), u"a\\b"_s, u"a\nb"_s}) {
        CAPTURE(bad);
        CHECK_FALSE(isValidPersonId(bad));
    }

    Database db(u":memory:"_s);
    REQUIRE_THROWS_AS(PeopleRepository(db).add(Person{u"../x"_s, u"X"_s, {}, {}, 14, false}),
                      ValidationError);
    CHECK(PeopleRepository(db).all().isEmpty());
    // Positive control: a valid id, and a generated one, are taken.
    CHECK(PeopleRepository(db).add(Person{u"x-1"_s, u"X"_s, {}, {}, 14, false}).id == u"x-1"_s);
    CHECK(isValidPersonId(
        PeopleRepository(db).add(Person{{}, u"Zoë / Ünal"_s, {}, {}, 14, false}).id));
}

TEST_CASE("an import whose person id is a path is refused at its JSON path and changes nothing")
{
    Cli cli;
    const QString file = cli.file(u"t.json"_s);
    QFile json(file);
    REQUIRE(json.open(QIODevice::WriteOnly));
    json.write(R"({"format":"rodedraad","version":1,"people":[{"id":"../../victim","name":"X"}]})");
    json.close();
    const auto run = cli({u"import"_s, file});
    CHECK(run.exitCode == 1);
    CHECK(run.err.startsWith(u"people[0].id: person id \"../../victim\""_s));
    CHECK(loadTeamLog(Database(cli.db()).connection()).people.isEmpty());
}

TEST_CASE("the Markdown export keeps every file inside its folder, whatever the ids hold")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"team.sqlite"_s);
    {
        Database db(path);
        // Ids from before they were checked, written straight into the table.
        for (const QString& id :
             {u"../../victim"_s, u"/abs/path"_s, u"a/b"_s, u"a_b"_s, u".hidden"_s, u"..."_s})
            sql::exec(db.connection(),
                      u"INSERT INTO people (id, name, cadence_days) VALUES (?, ?, 14)"_s,
                      QVariantList{QVariant(id), QVariant(QString(u"Name of "_s + id))});
    }
    Database db(path);
    const QString out = dir.filePath(u"deep/out"_s);
    exportMarkdown(loadTeamLog(db.connection()), out);
    const QStringList written = filesUnder(out);
    CAPTURE(written);
    CHECK(written.size() == 6); // one per person, "a/b" and "a_b" apart
    for (const QString& name : written) {
        CHECK_FALSE(name.contains(u'/'));
        CHECK_FALSE(name.startsWith(u'.'));
        CHECK(name.endsWith(u".md"_s));
    }
    // Nothing beside or above the folder: only the database and the export.
    CHECK(filesUnder(dir.path()).filter(u".md"_s).size() == 6);
    CHECK_FALSE(QFile::exists(dir.filePath(u"victim.md"_s)));
    CHECK_FALSE(QFile::exists(u"/abs/path.md"_s));
}

TEST_CASE("a CSV cell a spreadsheet would run as a formula is neutralised, as OWASP advises")
{
    TeamLog log;
    for (const QString& name :
         {u"=HYPERLINK(\"http://example.invalid\",\"x\")"_s, u"+1"_s, u"-2+3"_s, u"@SUM(A1)"_s,
          u"\tTab"_s, u"\rReturn"_s, u"Anna de Vries"_s})
        log.people << Person{u"p%1"_s.arg(log.people.size()), name, {}, {}, 14, false};
    const QString people = QString::fromUtf8(toCsvFiles(log).value(u"people.csv"_s));
    CAPTURE(people);
    CHECK(people.contains(u"\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")\""_s));
    CHECK(people.contains(u",\"'+1\","_s));
    CHECK(people.contains(u",\"'-2+3\","_s));
    CHECK(people.contains(u",\"'@SUM(A1)\","_s));
    CHECK(people.contains(u",\"'\tTab\","_s));
    CHECK(people.contains(u",\"'\rReturn\","_s));
    // Positive control: an ordinary name is written as it is.
    CHECK(people.contains(u",Anna de Vries,"_s));
}

TEST_CASE("the Markdown handover and prep sheet show typed text as text, never as markup")
{
    TeamLog log = test::sampleLog();
    Decision& d = log.decisions.first();
    d.title = u"<script>alert(1)</script>"_s;
    d.why = u"[click](javascript:alert(1)) and **bold** and `code`"_s;
    OneOnOne& m = log.oneOnOnes.first();
    m.sharedSummary = u"# Fake heading\n- fake item\n> fake quote"_s;
    const Person& person = *log.person(d.personId);
    const QString md = personHandoverMarkdown(log, person);
    CAPTURE(md);
    CHECK_FALSE(md.contains(u"<script>"_s));
    CHECK(md.contains(u"\\<script\\>alert(1)\\</script\\>"_s));
    CHECK_FALSE(md.contains(u"[click](javascript"_s));
    CHECK(md.contains(u"\\[click\\](javascript:alert(1)) and \\*\\*bold\\*\\* and \\`code\\`"_s));
    for (const QString& line : md.split(u'\n')) {
        CHECK_FALSE(line.startsWith(u"# Fake"_s));
        CHECK_FALSE(line.startsWith(u"- fake item"_s));
    }
    CHECK(md.contains(u"\\# Fake heading - fake item \\> fake quote"_s));
    // Positive control: the handover's own headings and lists are still Markdown.
    CHECK(md.startsWith(u"# "_s));
    CHECK(md.contains(u"\n- "_s));
    CHECK(markdownText(u"1. first"_s) == u"1\\. first"_s);
    CHECK(markdownText(u"Plain words, 3 of them."_s) == u"Plain words, 3 of them."_s);
}

TEST_CASE("an import never reads past 512 MB: not from a device, not from a pipe")
{
    Cli cli;
    // /dev/zero has no size and no end: refused at its first byte.
    auto run = cli({u"import"_s, u"/dev/zero"_s});
    CHECK(run.exitCode == 1);
    CHECK(run.err == u"$: not valid JSON at byte 1 (illegal value)"_s); // as the parser says it

    // A pipe that starts like JSON and never ends: refused once past the cap.
    QTemporaryDir dir;
    const QString fifo = dir.filePath(u"endless"_s);
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    QProcess writer;
    writer.start(u"sh"_s, {u"-c"_s, u"{ printf '{'; head -c 600000000 /dev/zero | tr '\\0' ' '; } "
                                    u"> '%1'"_s.arg(fifo)});
    REQUIRE(writer.waitForStarted());
    run = cli({u"import"_s, fifo});
    writer.kill();
    writer.waitForFinished();
    CHECK(run.exitCode == 1);
    CHECK(run.err == u"$: the file is larger than 512 MB"_s);
    CHECK(loadTeamLog(Database(cli.db()).connection()).people.isEmpty());
}

TEST_CASE("a restore works beside the database, never in the shared temporary folder")
{
    Cli cli;
    QTemporaryDir tmp; // the TMPDIR the command line sees: it must stay empty
    const QString env = u"TMPDIR="_s + tmp.path();
    REQUIRE(cli({u"person"_s, u"add"_s, u"Anna"_s}).exitCode == 0);
    const auto backup = cli({u"backup"_s});
    REQUIRE(backup.exitCode == 0);
    REQUIRE(cli({u"person"_s, u"add"_s, u"Bram"_s}).exitCode == 0);
    CHECK(cli({u"restore"_s, backup.out}, {env}).exitCode == 0);
    CHECK(filesUnder(tmp.path()).isEmpty());
    const QString work = QFileInfo(cli.db()).absolutePath() + u"/.rodedraad-work"_s;
    CHECK_FALSE(QFileInfo::exists(work)); // done, and cleaned up

    // What a killed restore leaves is removed on the next open; a live
    // process's work is left alone (the positive control).
    QProcess gone;
    gone.start(u"true"_s, {});
    REQUIRE(gone.waitForFinished());
    const qint64 dead = gone.processId() ? gone.processId() : 999999;
    REQUIRE(QDir().mkpath(work));
    const QString stem = QFileInfo(cli.db()).completeBaseName();
    const QString leftover = work + u"/%1-restore-%2.sqlite"_s.arg(stem).arg(dead);
    const QString ours =
        work + u"/%1-restore-%2.sqlite"_s.arg(stem).arg(QCoreApplication::applicationPid());
    for (const QString& path : {leftover, ours}) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("the team's notes");
    }
    CHECK(cli({u"person"_s, u"list"_s}).exitCode == 0);
    CHECK_FALSE(QFile::exists(leftover));
    CHECK(QFile::exists(ours));
    QFile::remove(ours);
}

TEST_CASE("data dated 9999-12-31 does not break index, and periods are at most 100 years")
{
    Cli cli;
    REQUIRE(cli({u"person"_s, u"add"_s, u"Anna"_s}).exitCode == 0);
    REQUIRE(cli({u"log"_s, u"decision"_s, u"--person"_s, u"anna"_s, u"--date"_s, u"9999-12-31"_s,
                 u"--title"_s, u"Far away"_s, u"--level"_s, u"tell"_s})
                .exitCode == 0);
    // No options: the index ends today and starts no later than that.
    const auto index = cli({u"index"_s});
    CHECK(index.exitCode == 0);
    CHECK(index.err.isEmpty());
    // A period beyond a hundred years is refused at once, in one sentence.
    const auto wide = cli({u"index"_s, u"--from"_s, u"0001-01-01"_s, u"--to"_s, u"9999-12-31"_s});
    CHECK(wide.exitCode == 2);
    CHECK(wide.err == u"--from and --to may be at most 100 years apart."_s);
    // Positive control: exactly a hundred years is still a period.
    CHECK(cli({u"index"_s, u"--from"_s, u"1926-12-01"_s, u"--to"_s, u"2026-12-01"_s}).exitCode ==
          0);
}
