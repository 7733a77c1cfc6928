// The command line, end to end: the real executable through QProcess against
// a temporary database.
#include "CliRunner.h"
#include "storage/Database.h"
#include "storage/DraftRepository.h"
#include "storage/Maintenance.h"
#include "storage/Repositories.h"
#include "storage/WriterLock.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

using rd::test::Cli;
using rd::test::Run;

TEST_CASE("person add prints the new id and person list shows it")
{
    Cli cli;
    const Run added =
        cli({u"person"_s, u"add"_s, u"Anna de Vries"_s, u"--role"_s, u"Backend engineer"_s,
             u"--cadence"_s, u"7"_s, u"--joined"_s, u"2024-02-01"_s});
    CHECK(added.exitCode == 0);
    CHECK(added.out == u"anna-de-vries"_s);
    const Run list = cli({u"person"_s, u"list"_s, u"--json"_s});
    REQUIRE(list.exitCode == 0);
    const QJsonObject person = QJsonDocument::fromJson(list.out.toUtf8())
                                   .object()
                                   .value(u"people"_s)
                                   .toArray()
                                   .first()
                                   .toObject();
    CHECK(person.value(u"cadenceDays"_s).toInt() == 7);
    CHECK(person.value(u"joinedOn"_s).toString() == u"2024-02-01"_s);
}

TEST_CASE("log commands print the committed id and the entries are exported")
{
    Cli cli;
    REQUIRE(cli({u"person"_s, u"add"_s, u"Anna"_s}).exitCode == 0);
    const Run meeting =
        cli({u"log"_s, u"one-on-one"_s, u"--person"_s, u"Anna"_s, u"--date"_s, u"2026-03-02"_s,
             u"--talk"_s, u"55"_s, u"--energy"_s, u"3"_s, u"--context-shared"_s,
             u"--agenda-member"_s, u"Career path"_s, u"--agenda-member"_s, u"Pairing"_s,
             u"--agenda-manager"_s, u"Roadmap"_s, u"--action-manager"_s, u"Send options"_s});
    CHECK(meeting.exitCode == 0);
    CHECK(meeting.out.toLongLong() > 0);
    const Run decision =
        cli({u"log"_s, u"decision"_s, u"--person"_s, u"anna"_s, u"--title"_s, u"Pick the queue"_s,
             u"--level"_s, u"advise"_s, u"--area"_s, u"Technical design"_s, u"--why"_s,
             u"Fewer lost messages"_s, u"--date"_s, u"2026-03-03"_s});
    CHECK(decision.exitCode == 0);
    const Run initiative =
        cli({u"log"_s, u"initiative"_s, u"--person"_s, u"anna"_s, u"--text"_s, u"Ran a review"_s,
             u"--outcome"_s, u"failed"_s, u"--recognised"_s, u"2026-03-05"_s, u"--how"_s,
             u"public"_s, u"--date"_s, u"2026-03-04"_s});
    CHECK(initiative.exitCode == 0);
    CHECK(cli({u"board"_s, u"set"_s, u"--person"_s, u"anna"_s, u"--area"_s, u"Budget"_s,
               u"--level"_s, u"consult"_s, u"--date"_s, u"2026-01-10"_s})
              .exitCode == 0);

    REQUIRE(cli({u"export"_s, u"--json"_s, cli.file(u"x.json"_s)}).exitCode == 0);
    QFile file(cli.file(u"x.json"_s));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK_FALSE(file.permissions().testFlag(QFileDevice::ReadOther));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject m = root.value(u"oneOnOnes"_s).toArray().first().toObject();
    CHECK(m.value(u"agenda"_s).toArray().size() == 3);
    CHECK(m.value(u"talkSharePercent"_s).toInt() == 55);
    CHECK(root.value(u"decisions"_s).toArray().first().toObject().value(u"level"_s).toString() ==
          u"advise"_s);
    CHECK(root.value(u"initiatives"_s)
              .toArray()
              .first()
              .toObject()
              .value(u"recognition"_s)
              .toString() == u"public"_s);
    CHECK(root.value(u"delegationBoard"_s).toArray().size() == 1);
}

TEST_CASE("every bad option value exits 2 with one sentence and leaves the database untouched")
{
    Cli cli;
    REQUIRE(cli({u"person"_s, u"add"_s, u"Anna"_s}).exitCode == 0);
    const QByteArray before = rd::test::fileHash(cli.db());
    const QList<QStringList> bad{
        {u"log"_s, u"decision"_s, u"--person"_s, u"anna"_s, u"--title"_s, u"T"_s, u"--level"_s,
         u"boss"_s},
        {u"log"_s, u"decision"_s, u"--person"_s, u"anna"_s, u"--title"_s, u"T"_s, u"--level"_s,
         u"agree"_s, u"--date"_s, u"2026-02-30"_s},
        {u"log"_s, u"decision"_s, u"--person"_s, u"nobody"_s, u"--title"_s, u"T"_s, u"--level"_s,
         u"agree"_s},
        {u"person"_s, u"add"_s, u"Bram"_s, u"--cadence"_s, u"-14"_s},
        {u"log"_s, u"one-on-one"_s, u"--person"_s, u"anna"_s, u"--date"_s, u"2026-03-02"_s,
         u"--talk"_s, u"120"_s},
        {u"log"_s, u"initiative"_s, u"--person"_s, u"anna"_s, u"--text"_s, u"X"_s, u"--how"_s,
         u"public"_s},
        {u"log"_s, u"one-on-one"_s, u"--person"_s, u"anna"_s},
        {u"log"_s, u"decision"_s, u"--person"_s, u"anna"_s, u"--title"_s, u"T"_s, u"--level"_s,
         u"agree"_s, u"--unknown-option"_s},
        {u"frobnicate"_s},
        {u"log"_s, u"decision"_s, u"--person"_s, u"anna"_s, u"--title"_s, QString(1001, u'x'),
         u"--level"_s, u"agree"_s}, // longer than a line may be: never cut
        {u"person"_s, u"add"_s, QString(1001, u'n')},
    };
    for (const QStringList& arguments : bad) {
        INFO(arguments.join(u' ').toStdString());
        const Run run = cli(arguments);
        CHECK(run.exitCode == 2);
        CHECK_FALSE(run.err.isEmpty());
        CHECK_FALSE(run.err.contains(u'\n'));
        CHECK(run.out.isEmpty());
    }
    CHECK(rd::test::fileHash(cli.db()) == before);
}

TEST_CASE("index without --from starts at most 100 years back, whatever the oldest entry")
{
    Cli cli;
    REQUIRE(cli({u"person"_s, u"add"_s, u"Anna"_s}).exitCode == 0);
    REQUIRE(cli({u"log"_s, u"decision"_s, u"--person"_s, u"anna"_s, u"--title"_s, u"Old"_s,
                 u"--level"_s, u"agree"_s, u"--date"_s, u"0001-01-01"_s})
                .exitCode == 0);
    const Run run = cli({u"index"_s, u"--to"_s, u"2026-11-30"_s, u"--json"_s});
    REQUIRE(run.exitCode == 0);
    const QJsonArray months = QJsonDocument::fromJson(run.out.toUtf8())[u"months"_s].toArray();
    REQUIRE_FALSE(months.isEmpty());
    CHECK(months.first()[u"month"_s].toString() == u"1927-01"_s);
    CHECK(months.last()[u"month"_s].toString() == u"2026-11"_s);
    // Asked for, a longer period is still refused.
    CHECK(cli({u"index"_s, u"--from"_s, u"1900-01-01"_s, u"--to"_s, u"2026-11-30"_s}).exitCode ==
          2);
}

TEST_CASE("import rejects a bad file with exit 1 and the JSON path, importing nothing")
{
    Cli cli;
    QFile file(cli.file(u"bad.json"_s));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"format":"rodedraad","version":1,"people":[{"id":"p1","name":"Anna"}],
        "decisions":[{"person":"p1","date":"2026-01-02","title":"T","level":"boss"}]})");
    file.close();
    const Run run = cli({u"import"_s, file.fileName()});
    CHECK(run.exitCode == 1);
    CHECK(run.err == u"decisions[0].level: unknown level \"boss\""_s);
    CHECK(cli({u"person"_s, u"list"_s}).out.isEmpty());
}

TEST_CASE("demo, check, export and import round-trip through the command line")
{
    Cli cli;
    const Run demo = cli({u"demo"_s, u"--until"_s, u"2026-11-27"_s, u"--seed"_s, u"3"_s});
    REQUIRE(demo.exitCode == 0);
    CHECK(cli({u"demo"_s}).exitCode == 1); // refuses to overwrite without --force
    CHECK(cli({u"check"_s}).exitCode == 0);
    REQUIRE(cli({u"export"_s, u"--json"_s, cli.file(u"a.json"_s)}).exitCode == 0);
    REQUIRE(cli({u"import"_s, cli.file(u"a.json"_s)}).exitCode == 0); // merge: no duplicates
    REQUIRE(cli({u"export"_s, u"--json"_s, cli.file(u"b.json"_s)}).exitCode == 0);
    auto withoutTime = [&](const QString& name) {
        QFile f(cli.file(name));
        REQUIRE(f.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        o.remove(u"exportedAt"_s);
        return o;
    };
    CHECK(withoutTime(u"a.json"_s) == withoutTime(u"b.json"_s));
    const Run replace = cli({u"import"_s, cli.file(u"a.json"_s), u"--replace"_s});
    CHECK(replace.exitCode == 0);
    CHECK(replace.err.contains(u"Backed up"_s));
    CHECK(cli({u"export"_s, u"--markdown"_s, cli.file(u"md"_s)}).exitCode == 0);
    CHECK(QFileInfo::exists(cli.file(u"md/eva-mulder.md"_s)));
    CHECK(cli({u"export"_s, u"--csv"_s, cli.file(u"csv"_s)}).exitCode == 0);
    CHECK(QFileInfo::exists(cli.file(u"csv/decisions.csv"_s)));
    const Run backup = cli({u"backup"_s, u"--to"_s, cli.file(u"copy.sqlite"_s)});
    CHECK(backup.exitCode == 0);
    CHECK(QFileInfo::exists(cli.file(u"copy.sqlite"_s)));
}

TEST_CASE("check exits 1 on a damaged database and says what is wrong")
{
    Cli cli;
    REQUIRE(cli({u"demo"_s, u"--until"_s, u"2026-11-27"_s}).exitCode == 0);
    QFile file(cli.db());
    REQUIRE(file.open(QIODevice::ReadWrite));
    file.resize(file.size() / 3);
    file.close();
    const Run run = cli({u"check"_s});
    CHECK(run.exitCode == 1);
    CHECK_FALSE(run.err.isEmpty());
}

TEST_CASE("help lists the commands and version prints the version")
{
    Cli cli;
    const Run help = cli({u"--help"_s});
    CHECK(help.exitCode == 0);
    for (const QString& command :
         {u"demo"_s, u"person add"_s, u"log one-on-one"_s, u"log decision"_s, u"log initiative"_s,
          u"board set"_s, u"export"_s, u"import"_s, u"backup"_s, u"check"_s})
        CHECK(help.out.contains(command));
    CHECK(cli({u"--version"_s}).out.startsWith(u"rodedraad "_s));
    CHECK(cli({u"--lang"_s, u"fr"_s, u"check"_s}).exitCode == 2);
}

TEST_CASE("prompts, index and prep run on the demo team in both languages")
{
    Cli cli;
    REQUIRE(cli({u"demo"_s, u"--until"_s, u"2026-11-27"_s}).exitCode == 0);

    const Run prompts = cli({u"prompts"_s, u"--as-of"_s, u"2026-11-27"_s, u"--json"_s});
    REQUIRE(prompts.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(prompts.out.toUtf8()).object();
    CHECK(root.value(u"asOf"_s).toString() == u"2026-11-27"_s);
    const QJsonArray list = root.value(u"prompts"_s).toArray();
    REQUIRE_FALSE(list.isEmpty());
    const QJsonObject first = list.first().toObject();
    for (const QString& field : {u"rule"_s, u"lever"_s, u"severity"_s, u"person"_s, u"personName"_s,
                                 u"title"_s, u"evidence"_s, u"question"_s, u"action"_s, u"key"_s})
        CHECK(first.contains(field));
    CHECK(first.value(u"severity"_s).toString() == u"important"_s);

    const Run eva = cli(
        {u"prompts"_s, u"--person"_s, u"Eva Mulder"_s, u"--as-of"_s, u"2026-11-27"_s, u"--json"_s});
    const QJsonArray evas =
        QJsonDocument::fromJson(eva.out.toUtf8()).object().value(u"prompts"_s).toArray();
    REQUIRE_FALSE(evas.isEmpty());
    for (const QJsonValue& p : evas)
        CHECK(p.toObject().value(u"person"_s).toString() == u"eva-mulder"_s);

    const Run index =
        cli({u"index"_s, u"--as-of"_s, u"2026-11-27"_s, u"--from"_s, u"2026-01-01"_s, u"--json"_s});
    REQUIRE(index.exitCode == 0);
    const QJsonArray months =
        QJsonDocument::fromJson(index.out.toUtf8()).object().value(u"months"_s).toArray();
    REQUIRE(months.size() == 11);
    const QJsonObject march = months.at(2).toObject();
    CHECK(march.value(u"month"_s).toString() == u"2026-03"_s);
    CHECK(march.value(u"index"_s).toDouble() > 0);
    CHECK(march.value(u"components"_s).toObject().size() == 7);

    const Run prep = cli({u"prep"_s, u"--person"_s, u"chloe-bakker"_s, u"--as-of"_s,
                          u"2026-11-27"_s, u"--markdown"_s, cli.file(u"prep.md"_s)});
    REQUIRE(prep.exitCode == 0);
    QFile sheet(cli.file(u"prep.md"_s));
    REQUIRE(sheet.open(QIODevice::ReadOnly));
    const QString md = QString::fromUtf8(sheet.readAll());
    CHECK(md.startsWith(u"# One-on-one with Chloé Bakker"_s));
    CHECK(md.contains(u"## Suggested questions"_s));

    const Run dutch = cli({u"--lang"_s, u"nl"_s, u"prep"_s, u"--person"_s, u"chloe-bakker"_s,
                           u"--as-of"_s, u"2026-11-27"_s});
    CHECK(dutch.out.startsWith(u"# 1-op-1-gesprek met Chloé Bakker"_s));
    CHECK(dutch.out.contains(u"## Voorgestelde vragen"_s));
    const Run dutchPrompts =
        cli({u"prompts"_s, u"--lang"_s, u"nl"_s, u"--as-of"_s, u"2026-11-27"_s});
    CHECK(dutchPrompts.out.contains(u"Vraag: "_s));
    CHECK_FALSE(dutchPrompts.out.contains(u"Ask: "_s));

    CHECK(cli({u"prep"_s, u"--person"_s, u"nobody"_s}).exitCode == 2);
    CHECK(cli({u"index"_s, u"--from"_s, u"2026-05-01"_s, u"--to"_s, u"2026-01-01"_s}).exitCode ==
          2);
}

TEST_CASE("prompt done, snooze and dismiss store state; done prompts form the journal")
{
    Cli cli;
    REQUIRE(cli({u"demo"_s, u"--until"_s, u"2026-11-27"_s}).exitCode == 0);
    auto keys = [&cli]() {
        QStringList k;
        const Run run = cli({u"prompts"_s, u"--as-of"_s, u"2026-11-27"_s, u"--json"_s});
        for (const QJsonValue& p :
             QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"prompts"_s).toArray())
            k << p.toObject().value(u"key"_s).toString();
        return k;
    };
    auto journalEntries = [&cli]() {
        const Run journal = cli({u"journal"_s, u"--json"_s});
        return QJsonDocument::fromJson(journal.out.toUtf8()).object().value(u"journal"_s).toArray();
    };
    const qsizetype journalBefore = journalEntries().size(); // the demo's own follow-through
    const QStringList before = keys();
    REQUIRE(before.size() >= 3);
    CHECK(cli({u"prompt"_s, u"done"_s, before.at(0), u"--note"_s, u"Booked a fixed slot"_s,
               u"--on"_s, u"2026-11-27"_s})
              .exitCode == 0);
    CHECK(cli({u"prompt"_s, u"dismiss"_s, before.at(1)}).exitCode == 0);
    CHECK(cli({u"prompt"_s, u"snooze"_s, before.at(2), u"--until"_s, u"2026-12-04"_s}).exitCode ==
          0);
    const QStringList after = keys();
    CHECK(after.size() == before.size() - 3);
    CHECK_FALSE(after.contains(before.at(0)));

    const QJsonArray entries = journalEntries(); // newest first
    REQUIRE(entries.size() == journalBefore + 1);
    CHECK(entries.first().toObject().value(u"reflection"_s).toString() == u"Booked a fixed slot"_s);

    // Prompt state round-trips through the exchange format.
    REQUIRE(cli({u"export"_s, u"--json"_s, cli.file(u"x.json"_s)}).exitCode == 0);
    QFile file(cli.file(u"x.json"_s));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QStringList exported;
    for (const QJsonValue& state :
         QJsonDocument::fromJson(file.readAll()).object().value(u"promptStates"_s).toArray())
        exported << state.toObject().value(u"key"_s).toString();
    for (int n = 0; n < 3; ++n)
        CHECK(exported.contains(before.at(n)));

    CHECK(cli({u"prompt"_s, u"snooze"_s, before.at(2)}).exitCode == 2); // needs --until
    CHECK(cli({u"prompt"_s, u"done"_s, u"not-a-key"_s}).exitCode == 2);
}

TEST_CASE("restore brings back a backup from the command line after backing up the current data")
{
    Cli cli;
    REQUIRE(cli({u"person"_s, u"add"_s, u"Anna"_s}).exitCode == 0);
    const Run backup = cli({u"backup"_s});
    REQUIRE(backup.exitCode == 0);
    REQUIRE(cli({u"person"_s, u"add"_s, u"Bram"_s}).exitCode == 0);
    const Run restore = cli({u"restore"_s, backup.out});
    CHECK(restore.exitCode == 0);
    CHECK(restore.err.contains(u"Backed up"_s));
    CHECK(cli({u"person"_s, u"list"_s}).out == u"anna\tAnna\t\tevery 14 days"_s);
    CHECK(cli({u"restore"_s, cli.file(u"missing.sqlite"_s)}).exitCode == 1);
}

// --- the coaching report and read-only review (issue 5) ---------------------------

TEST_CASE("report writes an owner-only PDF, headless, without touching the database")
{
    Cli cli;
    REQUIRE(cli({u"demo"_s, u"--until"_s, u"2026-11-27"_s}).exitCode == 0);
    const QByteArray before = rd::test::fileHash(cli.db());
    const QString pdf = cli.file(u"report.pdf"_s);
    // No display: the report runs on the offscreen platform by itself.
    const Run run = cli({u"report"_s, u"--pdf"_s, pdf, u"--from"_s, u"2025-12-01"_s, u"--to"_s,
                         u"2026-11-27"_s, u"--anonymize"_s},
                        {u"DISPLAY="_s, u"WAYLAND_DISPLAY="_s});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(u"page"_s));
    CHECK(run.out.contains(pdf));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    CHECK(rd::test::isOwnerOnly(pdf));
    CHECK(rd::test::fileHash(cli.db()) == before);

    const Run person = cli({u"report"_s, u"--pdf"_s, cli.file(u"daan.pdf"_s), u"--person"_s,
                            u"Daan Visser"_s, u"--to"_s, u"2026-11-27"_s});
    CHECK(person.exitCode == 0);
    CHECK(QFile::exists(cli.file(u"daan.pdf"_s)));
}

TEST_CASE("report refuses bad options with one sentence and writes nothing")
{
    Cli cli;
    REQUIRE(cli({u"demo"_s, u"--until"_s, u"2026-11-27"_s}).exitCode == 0);
    const QString pdf = cli.file(u"r.pdf"_s);
    const QList<QStringList> bad{
        {u"report"_s}, // no --pdf
        {u"report"_s, u"--pdf"_s, pdf, u"--from"_s, u"2026-12-01"_s, u"--to"_s, u"2026-11-01"_s},
        {u"report"_s, u"--pdf"_s, pdf, u"--to"_s, u"2026-13-01"_s},
        {u"report"_s, u"--pdf"_s, pdf, u"--person"_s, u"Nobody"_s},
    };
    for (const QStringList& arguments : bad) {
        INFO(arguments.join(u' ').toStdString());
        const Run run = cli(arguments);
        CHECK(run.exitCode == 2);
        CHECK(run.err.count(u'\n') == 0);
        CHECK_FALSE(run.err.isEmpty());
        CHECK_FALSE(QFile::exists(pdf));
    }
    const Run unwritable = cli({u"report"_s, u"--pdf"_s, cli.file(u"no/such/folder/r.pdf"_s)});
    CHECK(unwritable.exitCode == 1);
    CHECK_FALSE(unwritable.err.isEmpty());
}

TEST_CASE("a read-only desktop session leaves the database byte-identical")
{
    Cli cli;
    REQUIRE(cli({u"demo"_s, u"--until"_s, u"2026-11-27"_s}).exitCode == 0);
    const QByteArray before = rd::test::fileHash(cli.db());
    const QString shots = cli.file(u"shots"_s);
    // The harness's screenshot mode opens the app's window and visits every
    // page, Progress included.
    QProcess harness;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    harness.setProcessEnvironment(env);
    harness.start(QStringLiteral(HARNESS_EXE), {u"--db"_s, cli.db(), u"--read-only"_s, u"--lang"_s,
                                                u"en"_s, u"--screenshots"_s, shots});
    REQUIRE(harness.waitForFinished(120000));
    INFO(harness.readAllStandardError().toStdString());
    CHECK(harness.exitCode() == 0);
    CHECK(QFileInfo::exists(shots + u"/en-9-progressPage.png"_s));
    CHECK(rd::test::fileHash(cli.db()) == before);
    CHECK_FALSE(QFileInfo::exists(QFileInfo(cli.db()).absolutePath() + u"/backups"_s));
}

TEST_CASE("the product binary holds no screenshot or benchmark option")
{
    Cli cli;
    for (const QString& option :
         {u"--screenshots"_s, u"--benchmark-launch"_s, u"--benchmark-loaded"_s}) {
        CAPTURE(option);
        const Run run = cli({option, cli.file(u"shots"_s)});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(u"Unknown option '%1'."_s.arg(option.mid(2))));
        CHECK_FALSE(QFileInfo::exists(cli.db()));
    }
}

TEST_CASE("an unknown option without a command is refused in one sentence, with no window")
{
    Cli cli;
    const Run bogus = cli({u"--lang"_s, u"en"_s, u"--bogus"_s});
    CHECK(bogus.exitCode == 2);
    CHECK(bogus.err == u"rodedraad: Unknown option 'bogus'. See rodedraad --help."_s);
    CHECK(bogus.out.isEmpty());
    CHECK_FALSE(QFileInfo::exists(cli.db())); // nothing was opened or created
    const Run missing = cli({u"--lang"_s});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(u"--lang"_s));
    // Positive control: the same options with a command run it.
    CHECK(cli({u"--lang"_s, u"en"_s, u"person"_s, u"list"_s}).exitCode == 0);
}

TEST_CASE("restore refuses another file's backup unless told, and the file itself")
{
    Cli cli;
    REQUIRE(cli({u"person"_s, u"add"_s, u"Bram"_s}).exitCode == 0);
    const QString otherDb = cli.file(u"other.sqlite"_s);
    const QString otherBackup = cli.file(u"other-backup.sqlite"_s);
    {
        rd::Database other(otherDb);
        rd::PeopleRepository(other).add(
            rd::Person{u"anna"_s, u"Anna"_s, {}, QDate(2026, 1, 5), 14, false});
        rd::backupDatabase(other, otherBackup);
    }
    const Run refused = cli({u"restore"_s, otherBackup});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"is a backup of another Rode Draad file"_s));
    CHECK(cli({u"person"_s, u"list"_s}).out.contains(u"Bram"_s)); // nothing changed
    CHECK(cli({u"restore"_s, cli.db()}).err.contains(u"is this database itself"_s));
    // Told so, it replaces the team (after a safety backup).
    const Run told = cli({u"restore"_s, otherBackup, u"--other-file"_s});
    CHECK(told.exitCode == 0);
    CHECK(cli({u"person"_s, u"list"_s}).out.contains(u"Anna"_s));
}

TEST_CASE("a command that replaces the data waits for no window: it refuses while one is open")
{
    Cli cli;
    REQUIRE(cli({u"person"_s, u"add"_s, u"Bram"_s}).exitCode == 0);
    const QString backup = cli.file(u"b.sqlite"_s);
    REQUIRE(cli({u"backup"_s, u"--to"_s, backup}).exitCode == 0);
    {
        rd::WriterLock window(cli.db()); // this test process plays the open desktop app
        REQUIRE(window.acquire());
        for (const QStringList& command :
             {QStringList{u"restore"_s, backup}, QStringList{u"demo"_s, u"--force"_s}}) {
            const Run refused = cli(command);
            CAPTURE(command);
            CHECK(refused.exitCode == 1);
            CHECK(refused.err.contains(
                u"is open in Rode Draad (process %1)"_s.arg(QCoreApplication::applicationPid())));
        }
        CHECK(cli({u"person"_s, u"list"_s}).out.contains(u"Bram"_s)); // nothing changed
        // An ordinary write goes ahead beside the window, as before.
        CHECK(cli({u"person"_s, u"add"_s, u"Kim"_s}).exitCode == 0);
    }
    CHECK(cli({u"restore"_s, backup}).exitCode == 0); // released: it runs
}

TEST_CASE("`prep` prints the agenda prepared in the app: a dropped topic is left out")
{
    using namespace rd;
    Cli cli;
    qint64 lastId = 0;
    {
        Database db(cli.db());
        PeopleRepository(db).add(Person{u"anna"_s, u"Anna"_s, {}, QDate(2026, 1, 1), 14, false});
        OneOnOne last;
        last.personId = u"anna"_s;
        last.date = QDate(2026, 11, 18);
        last.agenda << AgendaItem{u"Training budget"_s, Party::Member, false}
                    << AgendaItem{u"Holiday rota"_s, Party::Manager, false};
        lastId = OneOnOneRepository(db).add(last);
    }
    const QStringList args{u"prep"_s, u"--person"_s, u"anna"_s, u"--as-of"_s, u"2026-12-02"_s};
    // Positive control: without a preparation, both carried topics are on it.
    const Run before = cli(args);
    REQUIRE(before.exitCode == 0);
    CHECK(before.out.contains(u"Training budget"_s));
    CHECK(before.out.contains(u"Holiday rota"_s));
    {
        Database db(cli.db());
        MeetingDraft prepared;
        prepared.personId = u"anna"_s;
        prepared.date = QDate(2026, 12, 1);
        prepared.begun = false;
        prepared.preparedAfter = lastId; // prepared in the app after that 1:1
        prepared.agenda << AgendaItem{u"Holiday rota"_s, Party::Manager, false}
                        << AgendaItem{u"Team offsite"_s, Party::Manager, false};
        DraftRepository(db).save(prepared);
    }
    const Run after = cli(args);
    REQUIRE(after.exitCode == 0);
    CHECK_FALSE(after.out.contains(u"Training budget"_s));
    CHECK(after.out.contains(u"Holiday rota"_s));
    CHECK(after.out.contains(u"Team offsite"_s));
    CHECK_FALSE(after.out.contains(u"rodedraad:"_s)); // no links in print
}
