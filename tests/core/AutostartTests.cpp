// The start at login: an XDG autostart entry written only when asked for,
// owner-only by a safe replace, with the program's path quoted as the
// Desktop Entry specification asks, and removed again on request.
#include "CatchQt.h"
#include "domain/Error.h"
#include "settings/Autostart.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rd;
using rd::test::isOwnerOnly;
using rd::test::readFile;
using rd::test::writeFile;

namespace {
/// The autostart folder emptied, as on a machine that never asked for it.
void clearAutostart()
{
    QDir(QFileInfo(autostartFile()).absolutePath()).removeRecursively();
}

QByteArray execLine(const QByteArray& entry)
{
    for (const QByteArray& line : entry.split('\n')) {
        if (line.startsWith("Exec="))
            return line.mid(5);
    }
    return {};
}
} // namespace

TEST_CASE("no autostart entry exists until the start at login is asked for, and it goes again")
{
    clearAutostart();
    CHECK_FALSE(startsAtLogin());
    CHECK_FALSE(QFileInfo::exists(autostartFile()));
    setStartAtLogin(false, u"/usr/bin/rodedraad"_s); // nothing there: nothing to do
    CHECK_FALSE(QFileInfo::exists(autostartFile()));

    setStartAtLogin(true, u"/usr/bin/rodedraad"_s);
    CHECK(startsAtLogin());
    CHECK(isOwnerOnly(autostartFile()));
    const QByteArray entry = readFile(autostartFile());
    CHECK(entry.startsWith("[Desktop Entry]\n"));
    CHECK(entry.contains("\nType=Application\n"));
    CHECK(execLine(entry) == "\"/usr/bin/rodedraad\" --tray");

    setStartAtLogin(false, u"/usr/bin/rodedraad"_s);
    CHECK_FALSE(startsAtLogin());
    CHECK_FALSE(QFileInfo::exists(autostartFile()));
}

TEST_CASE("the program's path is quoted and escaped as the Desktop Entry specification asks")
{
    const auto [program, exec] = GENERATE(table<QString, QByteArray>({
        {u"/opt/Rode Draad/rodedraad"_s, R"("/opt/Rode Draad/rodedraad" --tray)"},
        // In the quotes " ` $ \ take a backslash; the string's escape doubles backslashes.
        {u"/home/a\"b/rodedraad"_s, R"("/home/a\\"b/rodedraad" --tray)"},
        {u"/home/$HOME/rodedraad"_s, R"("/home/\\$HOME/rodedraad" --tray)"},
        {u"/home/a\\b/rodedraad"_s, R"("/home/a\\\\b/rodedraad" --tray)"},
        // A field code's % is doubled; a line break would end the line and is dropped.
        {u"/home/100%/rodedraad"_s, R"("/home/100%%/rodedraad" --tray)"},
        {u"/home/a\nExec=evil/rodedraad"_s, R"("/home/aExec=evil/rodedraad" --tray)"},
    }));
    CAPTURE(program);
    const QByteArray entry = autostartEntry(program);
    CHECK(execLine(entry) == exec);
    CHECK(entry.count("\nExec=") == 1);
}

TEST_CASE("a link where the entry goes is replaced, never written through")
{
    clearAutostart();
    QTemporaryDir elsewhere;
    const QString target = elsewhere.filePath(u"precious.txt"_s);
    writeFile(target, "keep me");
    QDir().mkpath(QFileInfo(autostartFile()).absolutePath());
    REQUIRE(QFile::link(target, autostartFile()));
    CHECK_FALSE(startsAtLogin()); // a link is not an entry of ours

    setStartAtLogin(true, u"/usr/bin/rodedraad"_s);
    CHECK(readFile(target) == "keep me");
    CHECK_FALSE(QFileInfo(autostartFile()).isSymLink());
    CHECK(startsAtLogin());
    clearAutostart();
}

TEST_CASE("an autostart folder that cannot be made is one sentence, and nothing is written")
{
    clearAutostart();
    const QString folder = QFileInfo(autostartFile()).absolutePath();
    QDir().mkpath(QFileInfo(folder).absolutePath());
    writeFile(folder, "a file where the folder goes"); // the autostart "folder" is a file
    try {
        setStartAtLogin(true, u"/usr/bin/rodedraad"_s);
        FAIL("no error");
    } catch (const StorageError& error) {
        CHECK(error.message().contains(folder));
    }
    CHECK(readFile(folder) == "a file where the folder goes");
    CHECK_FALSE(startsAtLogin());
    QFile::remove(folder);
}

TEST_CASE("a folder where the entry goes is named, and left alone")
{
    clearAutostart();
    QDir().mkpath(autostartFile());
    try {
        setStartAtLogin(false, u"/usr/bin/rodedraad"_s);
        FAIL("no error");
    } catch (const StorageError& error) {
        CHECK(error.message().contains(autostartFile()));
    }
    CHECK(QFileInfo(autostartFile()).isDir());
    clearAutostart();
}

TEST_CASE("a program path with a line break is refused; an entry for another program is not ours")
{
    clearAutostart();
    try {
        setStartAtLogin(true, u"/opt/a\nb/rodedraad"_s);
        FAIL("no error");
    } catch (const ValidationError& error) {
        CHECK(error.message().contains(u"line break"_s));
    }
    CHECK_FALSE(QFileInfo::exists(autostartFile()));
    setStartAtLogin(true, u"/opt/old/rodedraad"_s);
    CHECK(startsAtLoginWith(u"/opt/old/rodedraad"_s));
    CHECK_FALSE(startsAtLoginWith(u"/usr/bin/rodedraad"_s)); // the program moved since
    clearAutostart();
}
