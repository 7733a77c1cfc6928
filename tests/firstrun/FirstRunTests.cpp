// The first run, as a user has it: each launch is a process of its own with
// empty XDG folders, no --db and no RODEDRAAD_DB, in English and in Dutch (from
// the system locale). The child (Launch.cpp) drives the real widgets and says
// what it saw; these tests check it, and the files left behind.
#define CATCH_CONFIG_RUNNER
#include "CatchQt.h"
#include "Launch.h"
#include "storage/WriterLock.h"

#include <catch2/catch.hpp>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

/// A user's home with empty XDG folders.
struct Home
{
    QTemporaryDir dir;
    QString dataHome() const { return dir.filePath(u"data"_s); }
    QString folder() const { return dataHome() + u"/RodeDraad/rodedraad"_s; }
    QString ownFile() const { return folder() + u"/rodedraad.sqlite"_s; }
    QString sampleFile() const { return folder() + u"/rodedraad-sample.sqlite"_s; }
    /// The database files in the data folder (backups aside).
    QStringList databases() const
    {
        return QDir(folder()).entryList({u"*.sqlite"_s}, QDir::Files, QDir::Name);
    }
};

struct Run
{
    int code = -1;
    QStringList lines;
    QString value(const QString& key) const
    {
        const QStringList all = values(key);
        return all.isEmpty() ? QString() : all.constFirst();
    }
    QStringList values(const QString& key) const
    {
        QStringList found;
        for (const QString& line : lines) {
            if (line.startsWith(key + u": "_s))
                found << line.mid(key.size() + 2);
        }
        return found;
    }
};

/// A user's session: `home`'s XDG folders, no RODEDRAAD_DB, the language from LANG.
QProcessEnvironment userEnvironment(const Home& home, const QString& language,
                                    const QString& dataHome = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"RODEDRAAD_DB"_s);
    environment.remove(u"LC_ALL"_s);
    environment.remove(u"LC_MESSAGES"_s);
    environment.insert(u"HOME"_s, home.dir.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, home.dir.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, dataHome.isEmpty() ? home.dataHome() : dataHome);
    environment.insert(u"XDG_CACHE_HOME"_s, home.dir.filePath(u"cache"_s));
    environment.insert(u"XDG_RUNTIME_DIR"_s, home.dir.path()); // owner-only, as a session's is
    environment.insert(u"LANG"_s, language == u"nl"_s ? u"nl_NL.UTF-8"_s : u"en_GB.UTF-8"_s);
    environment.insert(u"LANGUAGE"_s, language);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    return environment;
}

Run launch(const Home& home, const QString& language, const QString& script,
           const QString& person = {}, const QString& dataHome = {})
{
    QProcess child;
    child.setProcessEnvironment(userEnvironment(home, language, dataHome));
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList arguments{u"--launch"_s, script};
    if (!person.isEmpty())
        arguments << person;
    child.start(QCoreApplication::applicationFilePath(), arguments);
    Run run;
    if (!child.waitForFinished(120'000)) {
        child.kill();
        child.waitForFinished();
        FAIL("the launch did not finish within two minutes");
    }
    run.code = child.exitCode();
    run.lines = QString::fromUtf8(child.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    INFO(run.lines.join(u'\n').toStdString());
    return run;
}

QString welcomeTitle(const QString& language)
{
    return language == u"nl"_s ? u"Welkom bij Rode Draad"_s : u"Welcome to Rode Draad"_s;
}

QString sampleTitle(const QString& language)
{
    return language == u"nl"_s ? u"Voorbeeldteam – Rode Draad"_s : u"Sample team – Rode Draad"_s;
}

mode_t modeOf(const QString& path)
{
    struct stat info
    {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_mode & 0777;
}

} // namespace

TEST_CASE("a first run with your own team lands in the window, and a relaunch opens the same file")
{
    const QString language = GENERATE(u"en"_s, u"nl"_s);
    CAPTURE(language);
    const Home home;

    const Run first = launch(home, language, u"own"_s, u"Daan Visser"_s);
    CAPTURE(first.lines);
    CHECK(first.code == 0);
    CHECK(first.value(u"welcome"_s) == welcomeTitle(language));
    CHECK(first.values(u"message"_s).isEmpty()); // nothing else on screen
    CHECK(first.value(u"title"_s) == u"rodedraad.sqlite – Rode Draad"_s);
    CHECK(first.value(u"tab"_s) == (language == u"nl"_s ? u"Vandaag"_s : u"Today"_s));
    CHECK(first.value(u"team after adding"_s) == u"Daan Visser"_s);
    CHECK(modeOf(home.folder()) == 0700);
    CHECK(modeOf(home.ownFile()) == 0600);
    const QStringList files = home.databases();
    CHECK(files == QStringList{u"rodedraad.sqlite"_s});

    const Run again = launch(home, language, u"look"_s);
    CAPTURE(again.lines);
    CHECK(again.code == 0);
    CHECK(again.value(u"welcome"_s).isEmpty());
    CHECK(again.values(u"message"_s).isEmpty());
    CHECK(again.value(u"title"_s) == u"rodedraad.sqlite – Rode Draad"_s);
    CHECK(again.value(u"team"_s) == u"Daan Visser"_s);
    CHECK(home.databases() == files); // no other file was made
}

TEST_CASE("a first run with the sample team keeps it apart, and a relaunch returns to it")
{
    const QString language = GENERATE(u"en"_s, u"nl"_s);
    CAPTURE(language);
    const Home home;

    const Run first = launch(home, language, u"sample"_s, u"Noor Bakker"_s);
    CAPTURE(first.lines);
    CHECK(first.code == 0);
    CHECK(first.value(u"welcome"_s) == welcomeTitle(language));
    CHECK(first.values(u"message"_s).isEmpty());
    CHECK(first.value(u"title"_s) == sampleTitle(language));
    CHECK(first.value(u"marker"_s)
              .contains(language == u"nl"_s ? u"Voorbeeldteam"_s : u"Sample team"_s));
    const QStringList team = first.value(u"team after adding"_s).split(u'|');
    CHECK(team.size() == 8); // the seven of the sample, and the one added
    CHECK(team.contains(u"Noor Bakker"_s));
    CHECK_FALSE(QFileInfo::exists(home.ownFile())); // your own file stays untouched
    CHECK(modeOf(home.sampleFile()) == 0600);

    const Run again = launch(home, language, u"look"_s);
    CAPTURE(again.lines);
    CHECK(again.value(u"welcome"_s).isEmpty());
    CHECK(again.values(u"message"_s).isEmpty());
    CHECK(again.value(u"title"_s) == sampleTitle(language));
    CHECK(again.value(u"team"_s).split(u'|').contains(u"Noor Bakker"_s));
    CHECK(home.databases() == QStringList{u"rodedraad-sample.sqlite"_s});
}

TEST_CASE("the File menu switches to the sample team and back, one click each way")
{
    const Home home;
    REQUIRE(launch(home, u"en"_s, u"own"_s, u"Daan Visser"_s).code == 0);

    const Run run = launch(home, u"en"_s, u"switch"_s);
    CAPTURE(run.lines);
    CHECK(run.code == 0);
    CHECK(run.values(u"message"_s).isEmpty());
    CHECK(run.values(u"title"_s) == QStringList{u"rodedraad.sqlite – Rode Draad"_s,
                                                u"Sample team – Rode Draad"_s,
                                                u"rodedraad.sqlite – Rode Draad"_s});
    const QStringList teams = run.values(u"team"_s);
    REQUIRE(teams.size() == 3);
    CHECK(teams.at(0) == u"Daan Visser"_s);
    CHECK(teams.at(1).split(u'|').size() == 7);
    CHECK(teams.at(2) == u"Daan Visser"_s);
    // The marker shows only on the sample team.
    CHECK(run.values(u"marker"_s).at(0).isEmpty());
    CHECK_FALSE(run.values(u"marker"_s).at(1).isEmpty());

    // The file used last is the one the next start opens.
    CHECK(launch(home, u"en"_s, u"look"_s).value(u"title"_s) == u"rodedraad.sqlite – Rode Draad"_s);
}

TEST_CASE("'already open' is said only while another running process holds the file, by its id")
{
    const Home home;
    REQUIRE(launch(home, u"en"_s, u"own"_s, u"Daan Visser"_s).code == 0);
    {
        rd::WriterLock other(home.ownFile()); // this test process is the other Rode Draad
        REQUIRE(other.acquire());
        const Run held = launch(home, u"en"_s, u"look"_s);
        CAPTURE(held.lines);
        const QString message = held.value(u"message"_s);
        CHECK(message.startsWith(u"alreadyOpenQuestion: "_s));
        CHECK(message.contains(
            u"process %1"_s.arg(QString::number(QCoreApplication::applicationPid()))));
        CHECK(held.code == 0); // declined: nothing opened, nothing wrong
    }
    // Released (as when that process ends): the file opens without a question.
    const Run free = launch(home, u"en"_s, u"look"_s);
    CAPTURE(free.lines);
    CHECK(free.values(u"message"_s).isEmpty());
    CHECK(free.value(u"title"_s) == u"rodedraad.sqlite – Rode Draad"_s);
}

TEST_CASE("when the file used last is gone, the welcome comes back and says which file")
{
    const Home home;
    REQUIRE(launch(home, u"en"_s, u"own"_s, u"Daan Visser"_s).code == 0);
    REQUIRE(QFile::remove(home.ownFile()));
    const Run run = launch(home, u"en"_s, u"look"_s);
    CAPTURE(run.lines);
    CHECK(run.value(u"welcome"_s) == welcomeTitle(u"en"_s));
    CHECK(run.value(u"welcome note"_s).contains(home.ownFile()));
    CHECK(run.value(u"title"_s).isEmpty()); // the welcome was closed: no window, no new file
    CHECK(home.databases().isEmpty());
}

TEST_CASE("a data folder that cannot be created is named, and the welcome comes back")
{
    const Home home;
    QFile blocker(home.dir.filePath(u"not-a-folder"_s));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const Run run = launch(home, u"en"_s, u"own"_s, {}, blocker.fileName());
    CAPTURE(run.lines);
    const QString message = run.value(u"message"_s);
    CHECK(message.startsWith(u"openRefusedMessage: Cannot create the folder "_s));
    CHECK(message.contains(u"is not a folder"_s));
    CHECK_FALSE(message.contains(u"already open"_s));
    CHECK(run.value(u"title"_s).isEmpty());
    CHECK(run.values(u"welcome"_s).size() == 2); // to choose again; closing it ends the app
    CHECK(run.code == 0);
}

TEST_CASE("SIGTERM ends the app as closing its window does, leaving only the database")
{
    const Home home;
    REQUIRE(launch(home, u"en"_s, u"own"_s, u"Daan Visser"_s).code == 0);
    QProcess child;
    child.setProcessEnvironment(userEnvironment(home, u"en"_s));
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {u"--launch"_s, u"stay"_s});
    QString seen;
    while (!seen.contains(u"team: "_s) && child.waitForReadyRead(30'000))
        seen += QString::fromUtf8(child.readAllStandardOutput());
    REQUIRE(seen.contains(u"team: Daan Visser"_s)); // the window is up, the file open
    // While it runs, the write-ahead log and the lock are beside the file.
    CHECK(QFileInfo::exists(home.ownFile() + u".lock"_s));
    child.terminate(); // SIGTERM
    REQUIRE(child.waitForFinished(30'000));
    CHECK(child.exitStatus() == QProcess::NormalExit);
    CHECK(child.exitCode() == 0);
    for (const QString& side : {u"-wal"_s, u"-shm"_s, u".lock"_s})
        CHECK_FALSE(QFileInfo::exists(home.ownFile() + side));
}

int main(int argc, char* argv[])
{
    if (argc >= 3 && qstrcmp(argv[1], "--launch") == 0)
        return rd::test::launch(argc, argv);
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
