#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace rd {

/// The organisation and application names that place the settings file and the
/// data folder (…/RodeDraad/rodedraad), and the version. Set once, before
/// anything reads settings or paths.
void setApplicationIdentity();

/// The user's preferences and what the app remembers between runs, kept in
/// QSettings (on Linux ~/.config/RodeDraad/rodedraad.conf). The one place that
/// touches QSettings: every key, its default and the file's version are here.
///
/// Data-like settings (the rule thresholds) live in the database instead, so
/// that they travel with the logs.
class AppSettings final
{
public:
    enum class Key
    {
        Language,          ///< "en" or "nl"; empty means the system's
        DefaultCadence,    ///< days between one-on-ones for a new team member
        BackupFolder,      ///< empty means a backups folder next to the database
        WindowGeometry,    ///< QWidget::saveGeometry()
        WindowState,       ///< QMainWindow::saveState()
        WelcomeShown,      ///< the first-run choice was made (version 1; kept for older files)
        LastDatabase,      ///< the file the app opened last without --db or RODEDRAAD_DB
        RecentDatabases,   ///< File › Open Recent, newest first
        SearchNewestFirst, ///< search results by date instead of by relevance
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

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    bool contains(Key key) const;

    QString language() const { return value(Key::Language).toString(); }
    int defaultCadence() const { return value(Key::DefaultCadence).toInt(); }
    QString backupFolder() const { return value(Key::BackupFolder).toString(); }

    /// The file opened last, or empty when no choice was made yet.
    QString lastDatabase() const { return value(Key::LastDatabase).toString(); }
    QStringList recentDatabases() const { return value(Key::RecentDatabases).toStringList(); }
    /// A file was opened as the user's choice: it becomes the last one and
    /// moves to the top of the recent list (which keeps RecentLimit).
    void rememberOpened(const QString& path);
    /// Drops `path` from the recent list (and as the last file).
    void forget(const QString& path);
    /// Drops every recent file that no longer exists; returns them.
    QStringList forgetMissing();

    /// Writes pending changes to disk now.
    void sync() { m_settings.sync(); }

private:
    void migrate();
    void rememberFirstRunChoice();
    QSettings m_settings;
};

} // namespace rd
