#pragma once

#include "schedule/Reminders.h"

#include <memory>
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace rd {

/// The organisation and application names that place the settings file and the
/// data folder (…/RodeDraad/rodedraad), and the version. Set once, before
/// anything reads settings or paths.
void setApplicationIdentity();

/// The user's preferences and what the app remembers between runs, kept in
/// QSettings (on Linux ~/.config/RodeDraad/rodedraad.conf), as KeePassXC's
/// Config keeps its own. The one place that touches QSettings: every key, its
/// default, the file's version and the named steps that migrate an older file
/// are here, and every value is read and written through a typed accessor.
///
/// Data-like settings (the rule thresholds) live in the database instead, so
/// that they travel with the logs.
class AppSettings final
{
public:
    enum class Key
    {
        Language,              ///< "en" or "nl"; empty means the system's
        DefaultCadence,        ///< days between one-on-ones for a new team member
        BackupFolder,          ///< empty means a backups folder next to the database
        WindowGeometry,        ///< QWidget::saveGeometry()
        WindowState,           ///< QMainWindow::saveState()
        WelcomeShown,          ///< the first-run choice was made (version 1; kept for older files)
        LastDatabase,          ///< the file the app opened last without --db or RODEDRAAD_DB
        RecentDatabases,       ///< File › Open Recent, newest first
        SearchNewestFirst,     ///< search results by date instead of by relevance
        FocusCount,            ///< how many signals the home page puts first
        RemindDayBefore,       ///< a reminder the afternoon before a planned one-on-one
        RemindDayBeforeAt,     ///< "HH:mm"
        RemindShortlyBefore,   ///< a reminder shortly before it
        RemindMinutesBefore,   ///< how shortly: ReminderSettings' bounds
        MorningSummary,        ///< a summary of the day's one-on-ones each morning
        MorningSummaryAt,      ///< "HH:mm"
        KeepInTray,            ///< closing the window leaves the app in the system tray
        RemindersCheckedUntil, ///< ISO 8601 UTC: reminders up to then were given
    };

    /// How many files Open Recent lists.
    static constexpr int RecentLimit = 8;
    /// The version this build writes; older files are migrated on construction.
    static constexpr int Version = 2;

    /// The application's settings file.
    AppSettings();
    /// A settings file of its own (tests).
    explicit AppSettings(const QString& file);
    Q_DISABLE_COPY_MOVE(AppSettings)

    /// "en", "nl", or empty for the system's language.
    QString language() const;
    void setLanguage(const QString& code);
    /// Days between one-on-ones for a new team member: 1 to MaxCadence; a
    /// value outside that (a hand-edited file) reads as the default, 14.
    int defaultCadence() const;
    void setDefaultCadence(int days);
    static constexpr int MaxCadence = 365;
    /// Where backups go; empty means a backups folder next to the database.
    QString backupFolder() const;
    void setBackupFolder(const QString& folder);
    /// The main window's QWidget::saveGeometry() and QMainWindow::saveState();
    /// empty before the first close.
    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindow(const QByteArray& geometry, const QByteArray& state);
    /// How many signals the home page's focus shows: 1 to MaxFocusCount; a
    /// value outside that reads as the default, 3.
    int focusCount() const;
    void setFocusCount(int count);
    static constexpr int MaxFocusCount = 10;
    /// Search results by date instead of by relevance.
    bool searchNewestFirst() const;
    void setSearchNewestFirst(bool newestFirst);

    /// When to be reminded of planned one-on-ones; a value a hand-edited file
    /// spoils (a time that is not "HH:mm", minutes out of bounds) reads as its
    /// default.
    ReminderSettings reminders() const;
    void setReminders(const ReminderSettings& reminders);
    static constexpr int MinMinutesBefore = 5;
    static constexpr int MaxMinutesBefore = 240;
    /// Closing the window leaves the app running in the system tray, for its
    /// reminders (where there is a tray).
    bool keepInTray() const;
    void setKeepInTray(bool keep);
    /// Reminders that fell up to this moment were given (invalid before the
    /// first check): kept so that a restart neither repeats nor loses them.
    QDateTime remindersCheckedUntil() const;
    void setRemindersCheckedUntil(const QDateTime& until);

    /// The file opened last, or empty when no choice was made yet.
    QString lastDatabase() const;
    QStringList recentDatabases() const;
    /// A file was opened as the user's choice: it becomes the last one and
    /// moves to the top of the recent list (which keeps RecentLimit).
    void rememberOpened(const QString& path);
    /// Drops `path` from the recent list (and as the last file).
    void forget(const QString& path);
    /// Drops every recent file that no longer exists; returns them.
    QStringList forgetMissing();

    /// Forgets the files opened (Open Recent and the last one).
    void forgetAllFiles();

    /// Writes pending changes to disk now.
    void sync();
    /// The version of the file as it was before this object migrated it.
    int versionFound() const { return m_versionFound; }

    /// One step that brings a file from the version before `to` up to `to`.
    struct Migration
    {
        int to;
        const char* name;
        void (AppSettings::*step)();
    };
    /// Every step, oldest first; the last one's `to` is Version.
    static const QList<Migration>& migrations();

    ~AppSettings();

private:
    QVariant value(Key key) const;
    /// A "HH:mm" value, or its default when it is not one.
    QTime timeOf(Key key) const;
    void setValue(Key key, const QVariant& value);
    bool contains(Key key) const;
    void remove(Key key);
    void migrate();
    /// Version 2: remember the file the welcome chose.
    void rememberFirstRunChoice();
    struct File;
    std::unique_ptr<File> m_file;
    int m_versionFound = 0;
};

} // namespace rd
