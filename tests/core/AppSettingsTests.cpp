// The typed settings: every key has its default, every accessor keeps what
// it was given, a hand-edited value out of range reads as the default, and an
// older file is migrated once by named steps while a newer one is left alone.
#include "CatchQt.h"
#include "settings/AppSettings.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rd;
using rd::test::readFile;
using rd::test::writeFile;

TEST_CASE("a new settings file gives every default and is written at the current version")
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(u"settings.ini"_s);
    {
        AppSettings settings(ini);
        CHECK(settings.versionFound() == 1); // no version key: a file from before versions
        CHECK(settings.language().isEmpty());
        CHECK(settings.defaultCadence() == 14);
        CHECK(settings.backupFolder().isEmpty());
        CHECK(settings.windowGeometry().isEmpty());
        CHECK(settings.windowState().isEmpty());
        CHECK_FALSE(settings.searchNewestFirst());
        CHECK(settings.lastDatabase().isEmpty());
        CHECK(settings.recentDatabases().isEmpty());
    }
    CHECK(AppSettings(ini).versionFound() == AppSettings::Version);
    CHECK(AppSettings::migrations().last().to == AppSettings::Version);
}

TEST_CASE("every typed setting reads back what was written, in a new object")
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(u"settings.ini"_s);
    {
        AppSettings settings(ini);
        settings.setLanguage(u"nl"_s);
        settings.setDefaultCadence(21);
        settings.setBackupFolder(u"  /media/usb/backups  "_s);
        settings.setWindow(QByteArray("geometry\x01\x02", 10), QByteArray("state"));
        settings.setSearchNewestFirst(true);
        settings.rememberOpened(dir.filePath(u"team.sqlite"_s));
    }
    const AppSettings reread(ini);
    CHECK(reread.language() == u"nl"_s);
    CHECK(reread.defaultCadence() == 21);
    CHECK(reread.backupFolder() == u"/media/usb/backups"_s);
    CHECK(reread.windowGeometry() == QByteArray("geometry\x01\x02", 10));
    CHECK(reread.windowState() == QByteArray("state"));
    CHECK(reread.searchNewestFirst());
    CHECK(reread.lastDatabase() == dir.filePath(u"team.sqlite"_s));

    SECTION("forgetting the files leaves the preferences")
    {
        AppSettings settings(ini);
        settings.forgetAllFiles();
        CHECK(settings.lastDatabase().isEmpty());
        CHECK(settings.recentDatabases().isEmpty());
        CHECK(settings.defaultCadence() == 21);
    }
}

TEST_CASE("the home page's focus count reads 1 to 10, anything else as 3")
{
    QTemporaryDir dir;
    const auto [count, expected] =
        GENERATE(table<QByteArray, int>({{"0", 3}, {"1", 1}, {"10", 10}, {"11", 3}, {"many", 3}}));
    CAPTURE(count.toStdString());
    // A file of its own for each: QSettings caches a file it read by path.
    const QString ini = dir.filePath(u"focus-"_s + QString::fromLatin1(count) + u".ini"_s);
    writeFile(ini, "[General]\nsettingsVersion=2\n[home]\nfocusCount=" + count + "\n");
    CHECK(AppSettings(ini).focusCount() == expected);
    AppSettings written(dir.filePath(u"written-"_s + QString::fromLatin1(count) + u".ini"_s));
    written.setFocusCount(42); // kept within the range
    CHECK(written.focusCount() == AppSettings::MaxFocusCount);
}

TEST_CASE("a hand-edited value out of range reads as the default, one inside it as itself")
{
    QTemporaryDir dir;
    const auto [cadence, expected] = GENERATE(table<QByteArray, int>(
        {{"0", 14}, {"1", 1}, {"365", 365}, {"366", 14}, {"-3", 14}, {"fortnight", 14}}));
    CAPTURE(cadence.toStdString());
    const QString ini = dir.filePath(u"settings.ini"_s);
    writeFile(ini, "[General]\nsettingsVersion=2\n[defaults]\ncadence=" + cadence + "\n");
    CHECK(AppSettings(ini).defaultCadence() == expected);

    SECTION("a language this build does not have reads as the system's")
    {
        // A file of its own for each: QSettings caches a file it read by path.
        const QString french = dir.filePath(u"french.ini"_s);
        writeFile(french, "[General]\nsettingsVersion=2\nlanguage=fr\n");
        CHECK(AppSettings(french).language().isEmpty());
        const QString dutch = dir.filePath(u"dutch.ini"_s);
        writeFile(dutch, "[General]\nsettingsVersion=2\nlanguage=nl\n");
        CHECK(AppSettings(dutch).language() == u"nl"_s);
    }
}

TEST_CASE("a file from a newer version is read but not migrated or renumbered")
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(u"settings.ini"_s);
    writeFile(ini, "[General]\nsettingsVersion=9\nwelcomeShown=true\n");
    {
        const AppSettings settings(ini);
        CHECK(settings.versionFound() == 9);
        CHECK(settings.lastDatabase().isEmpty()); // the version-2 step did not run
    }
    CHECK(readFile(ini).contains("settingsVersion=9"));

    SECTION("positive control: the same keys at version 1 are migrated")
    {
        const QString older = dir.filePath(u"older.ini"_s);
        writeFile(older, "[General]\nsettingsVersion=1\nwelcomeShown=true\n");
        CHECK(AppSettings(older).versionFound() == 1);
        CHECK(readFile(older).contains("settingsVersion=2"));
    }
}

TEST_CASE("the reminder settings default to the afternoon before at 16:00 and 30 minutes before")
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(u"settings.ini"_s);
    {
        AppSettings settings(ini);
        CHECK(settings.reminders() == ReminderSettings{});
        CHECK(settings.reminders().dayBeforeAt == QTime(16, 0));
        CHECK(settings.reminders().minutesBefore == 30);
        CHECK_FALSE(settings.reminders().morningSummary);
        CHECK_FALSE(settings.keepInTray());
        CHECK_FALSE(settings.remindersCheckedUntil().isValid());
        const ReminderSettings mine{false, QTime(17, 15), true, 10, true, QTime(7, 45)};
        settings.setReminders(mine);
        settings.setKeepInTray(true);
        settings.setRemindersCheckedUntil(QDateTime(QDate(2026, 12, 3), QTime(9, 30), Qt::UTC));
    }
    const AppSettings again(ini);
    CHECK(again.reminders() ==
          ReminderSettings{false, QTime(17, 15), true, 10, true, QTime(7, 45)});
    CHECK(again.keepInTray());
    CHECK(again.remindersCheckedUntil() == QDateTime(QDate(2026, 12, 3), QTime(9, 30), Qt::UTC));
}

TEST_CASE("a reminder time that is not HH:mm, or minutes out of 5..240, read as the default")
{
    QTemporaryDir dir;
    const auto [minutes, at, expectedMinutes, expectedAt] =
        GENERATE(table<QByteArray, QByteArray, int, QTime>({
            {"4", "25:00", 30, QTime(16, 0)},
            {"5", "00:00", 5, QTime(0, 0)},
            {"240", "23:59", 240, QTime(23, 59)},
            {"241", "tea time", 30, QTime(16, 0)},
        }));
    CAPTURE(minutes.toStdString(), at.toStdString());
    const QString ini = dir.filePath(u"reminders-"_s + QString::fromLatin1(minutes) + u".ini"_s);
    writeFile(ini, "[General]\nsettingsVersion=2\n[reminders]\nminutesBefore=" + minutes +
                       "\ndayBeforeAt=" + at + "\n");
    const ReminderSettings read = AppSettings(ini).reminders();
    CHECK(read.minutesBefore == expectedMinutes);
    CHECK(read.dayBeforeAt == expectedAt);
    AppSettings written(dir.filePath(u"written-"_s + QString::fromLatin1(minutes) + u".ini"_s));
    written.setReminders({true, QTime(16, 0), true, 1000, false, QTime(8, 30)}); // kept in range
    CHECK(written.reminders().minutesBefore == AppSettings::MaxMinutesBefore);
}
