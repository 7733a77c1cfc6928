// Every file the app writes goes through one safe replace (writeFileSafely):
// on a full disk the command fails with one sentence and the earlier file
// stays whole; a symbolic link at the target is replaced, never followed.
// The full disk is real: a tiny tmpfs mounted for the test.
#include "CliRunner.h"
#include "domain/Error.h"
#include "exchange/JsonExchange.h"
#include "storage/Database.h"
#include "storage/SafeFile.h"
#include "storage/TeamLogLoader.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace rd;
using rd::test::Cli;
using rd::test::TinyFilesystem;

namespace {

void writeText(const QString& path, const QByteArray& text)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
}

QByteArray readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Files whose name says they are a safe write's work file.
QStringList workFiles(const QString& dir)
{
    return QDir(dir).entryList({u"*.part-*"_s}, QDir::Files | QDir::Hidden);
}

} // namespace

TEST_CASE("an export on a full disk fails with one sentence and leaves the earlier file")
{
    TinyFilesystem disk(128 * 1024);
    if (!disk.mounted()) {
        WARN("skipped: " << disk.reason().toStdString());
        return;
    }
    Cli cli;
    {
        Database db(cli.db());
        importTeamLog(db, test::sampleLog(), ImportMode::Merge);
    }
    // The earlier exports, as a manager made them last week.
    const QString json = disk.filePath(u"team.json"_s);
    const QString markdown = disk.filePath(u"handover"_s);
    const QString csv = disk.filePath(u"csv"_s);
    const QString prep = disk.filePath(u"prep.md"_s);
    REQUIRE(QDir().mkpath(markdown));
    REQUIRE(QDir().mkpath(csv));
    writeText(json, "earlier json");
    writeText(markdown + u"/p1.md"_s, "earlier handover");
    writeText(csv + u"/people.csv"_s, "earlier people");
    writeText(prep, "earlier prep");

    struct Case
    {
        QStringList arguments;
        QString file;
    };
    const QList<Case> cases{{{u"export"_s, u"--json"_s, json}, json},
                            {{u"export"_s, u"--markdown"_s, markdown}, markdown + u"/p1.md"_s},
                            {{u"export"_s, u"--csv"_s, csv}, csv + u"/people.csv"_s},
                            {{u"prep"_s, u"--person"_s, u"p1"_s, u"--markdown"_s, prep}, prep}};
    disk.fill();
    for (const Case& c : cases) {
        CAPTURE(c.arguments.join(u' '));
        const QByteArray before = readText(c.file);
        const auto run = cli(c.arguments);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(u"No space left on device"_s));
        CHECK(run.err.count(u'\n') == 0); // one sentence
        CHECK(readText(c.file) == before);
        CHECK(workFiles(QFileInfo(c.file).absolutePath()).isEmpty());
    }
    // Positive control: with room again, each export replaces the earlier file.
    disk.unfill();
    for (const Case& c : cases) {
        CAPTURE(c.arguments.join(u' '));
        const QByteArray before = readText(c.file);
        CHECK(cli(c.arguments).exitCode == 0);
        CHECK(readText(c.file) != before);
        CHECK(test::isOwnerOnly(c.file));
    }
}

TEST_CASE("a symbolic link at an export's target is replaced, never written through")
{
    QTemporaryDir dir;
    const QString victim = dir.filePath(u"victim.txt"_s);
    writeText(victim, "not yours");
    const QString target = dir.filePath(u"out.json"_s);
    REQUIRE(QFile::link(victim, target));

    writeFileSafely(target, "the export");
    CHECK(readText(victim) == "not yours");
    CHECK_FALSE(QFileInfo(target).isSymLink());
    CHECK(readText(target) == "the export");
    CHECK(test::isOwnerOnly(target));

    // A link planted where the work file will be is not followed either.
    const QString work =
        dir.filePath(u".again.json.part-%1"_s.arg(QCoreApplication::applicationPid()));
    REQUIRE(QFile::link(victim, work));
    writeFileSafely(dir.filePath(u"again.json"_s), "second");
    CHECK(readText(victim) == "not yours");
    CHECK(readText(dir.filePath(u"again.json"_s)) == "second");
    CHECK(workFiles(dir.path()).isEmpty());
}

TEST_CASE("a safe write names what stands in its way")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"a-folder"_s);
    REQUIRE(QDir().mkpath(folder));
    REQUIRE_THROWS_WITH(writeFileSafely(folder, "x"), Catch::Contains("it is a folder"));
    REQUIRE_THROWS_WITH(writeFileSafely(dir.filePath(u"missing/out.json"_s), "x"),
                        Catch::Contains("does not exist"));
    TinyFilesystem readOnly(64 * 1024, true);
    if (!readOnly.mounted()) {
        WARN("skipped the read-only mount: " << readOnly.reason().toStdString());
        return;
    }
    REQUIRE_THROWS_WITH(writeFileSafely(readOnly.filePath(u"out.json"_s), "x"),
                        Catch::Contains("Read-only file system"));
}

TEST_CASE("an existing database with a wider mode becomes owner-only when it is opened to write")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"team.sqlite"_s);
    {
        Database db(path);
        importTeamLog(db, test::sampleLog(), ImportMode::Merge);
    }
    const auto wide = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                      QFileDevice::ReadOther;
    REQUIRE(QFile::setPermissions(path, wide));
    {
        // Read-only review changes nothing, the mode included.
        Database review(path, Database::Access::ReadOnly);
        CHECK(QFile::permissions(path).testFlag(QFileDevice::ReadOther));
    }
    {
        Database db(path);
        CHECK(test::isOwnerOnly(path));
        CHECK(loadTeamLog(db.connection()).people.size() == 2); // the data as it was
    }
}

TEST_CASE("tightening a read-only file's mode never gives its owner the right to write")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"team.sqlite"_s);
    {
        Database db(path);
        importTeamLog(db, test::sampleLog(), ImportMode::Merge);
    }
    const auto readOnlyForAll =
        QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    REQUIRE(QFile::setPermissions(path, readOnlyForAll));
    try {
        Database db(path); // as root this opens to write; as anyone else it is refused
    } catch (const Error&) {
    }
    const QFileDevice::Permissions mode = QFile::permissions(path);
    CHECK(mode.testFlag(QFileDevice::ReadOwner));
    CHECK_FALSE(mode.testFlag(QFileDevice::WriteOwner));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST_CASE("a device or a pipe at an export's target is refused, never replaced")
{
    Cli cli;
    REQUIRE(cli({u"person"_s, u"add"_s, u"Anna"_s}).exitCode == 0);
    // A pipe and a link to it stand in for /dev/stdout: as root, a rename over
    // the link would leave a regular file where the device's link was.
    const QString pipe = cli.file(u"pipe"_s);
    const QString link = cli.file(u"stdout"_s);
    REQUIRE(::mkfifo(QFile::encodeName(pipe).constData(), 0600) == 0);
    REQUIRE(QFile::link(pipe, link));
    for (const QString& target : {pipe, link}) {
        for (const QStringList& arguments :
             {QStringList{u"export"_s, u"--json"_s, target},
              QStringList{u"prep"_s, u"--person"_s, u"anna"_s, u"--markdown"_s, target}}) {
            const test::Run run = cli(arguments);
            INFO(arguments.join(u' ').toStdString());
            CHECK(run.exitCode == 1);
            CHECK(run.err.contains(u"it is a device or a pipe, not a file"_s));
        }
    }
    CHECK(QFileInfo(link).isSymLink());
    CHECK(QFileInfo(link).symLinkTarget() == pipe);
    CHECK_FALSE(QFileInfo(pipe).isFile()); // still the pipe
    // Positive control: a regular file there is replaced as usual.
    const QString file = cli.file(u"team.json"_s);
    writeText(file, "earlier");
    CHECK(cli({u"export"_s, u"--json"_s, file}).exitCode == 0);
    CHECK(readText(file).startsWith("{"));
}

TEST_CASE("work files a killed export or backup left are removed by the next one")
{
    Cli cli;
    REQUIRE(cli({u"person"_s, u"add"_s, u"Anna"_s}).exitCode == 0);
    const test::Run first = cli({u"backup"_s});
    REQUIRE(first.exitCode == 0);
    // A process id that no longer runs, and one that does (this test's).
    QProcess gone;
    gone.start(u"sleep"_s, {u"0.1"_s});
    REQUIRE(gone.waitForStarted());
    const QString dead = QString::number(gone.processId());
    REQUIRE(gone.waitForFinished());
    const QString alive = QString::number(QCoreApplication::applicationPid());
    const QString backup = first.out;
    const QString json = cli.file(u"team.json"_s);
    const QString folder = QFileInfo(json).absolutePath();
    const QStringList deadFiles{folder + u"/.team.json.part-"_s + dead, backup + u".part-"_s + dead,
                                backup + u".part-"_s + dead + u"-journal"_s};
    const QStringList liveFiles{folder + u"/.team.json.part-"_s + alive,
                                backup + u".part-"_s + alive};
    for (const QString& path : deadFiles + liveFiles)
        writeText(path, "a partial copy of the team's notes");

    REQUIRE(cli({u"export"_s, u"--json"_s, json}).exitCode == 0);
    REQUIRE(cli({u"backup"_s}).exitCode == 0);
    for (const QString& path : deadFiles) {
        INFO(path.toStdString());
        CHECK_FALSE(QFileInfo::exists(path));
    }
    for (const QString& path : liveFiles) { // a running process's work is its own
        INFO(path.toStdString());
        CHECK(QFileInfo::exists(path));
    }
}
