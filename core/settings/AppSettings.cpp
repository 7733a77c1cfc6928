#include "AppSettings.h"

#include "storage/Locations.h"
#include "Version.h"

#include <algorithm>
#include <array>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

struct Spec
{
    AppSettings::Key key;
    QString name;
    QVariant fallback;
};

/// The keys as the file spells them, with their defaults. Renaming a key needs
/// a migration step, or users lose what they set.
const std::array<Spec, 18>& specs()
{
    using Key = AppSettings::Key;
    static const std::array<Spec, 18> table = {{
        {Key::Language, u"language"_s, QString()},
        {Key::DefaultCadence, u"defaults/cadence"_s, 14},
        {Key::BackupFolder, u"backup/folder"_s, QString()},
        {Key::WindowGeometry, u"window/geometry"_s, QByteArray()},
        {Key::WindowState, u"window/state"_s, QByteArray()},
        {Key::WelcomeShown, u"welcomeShown"_s, false},
        {Key::LastDatabase, u"files/last"_s, QString()},
        {Key::RecentDatabases, u"files/recent"_s, QStringList()},
        {Key::SearchNewestFirst, u"search/newestFirst"_s, false},
        {Key::FocusCount, u"home/focusCount"_s, 3},
        {Key::RemindDayBefore, u"reminders/dayBefore"_s, true},
        {Key::RemindDayBeforeAt, u"reminders/dayBeforeAt"_s, u"16:00"_s},
        {Key::RemindShortlyBefore, u"reminders/shortlyBefore"_s, true},
        {Key::RemindMinutesBefore, u"reminders/minutesBefore"_s, 30},
        {Key::MorningSummary, u"reminders/morningSummary"_s, false},
        {Key::MorningSummaryAt, u"reminders/morningAt"_s, u"08:30"_s},
        {Key::KeepInTray, u"tray/keepRunning"_s, false},
        {Key::RemindersCheckedUntil, u"reminders/checkedUntil"_s, QString()},
    }};
    return table;
}

const Spec& specOf(AppSettings::Key key)
{
    for (const Spec& spec : specs()) {
        if (spec.key == key)
            return spec;
    }
    Q_UNREACHABLE();
}

QString nameOf(AppSettings::Key key)
{
    return specOf(key).name;
}

QString normalised(const QString& path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

const QString VersionKey = u"settingsVersion"_s;

} // namespace

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"RodeDraad"_s);
    QCoreApplication::setApplicationName(u"rodedraad"_s);
    QCoreApplication::setApplicationVersion(rodedraadVersion());
}

struct AppSettings::File
{
    QSettings settings;
};

AppSettings::AppSettings()
    : m_file(std::make_unique<File>())
{
    migrate();
}

AppSettings::AppSettings(const QString& file)
    : m_file(new File{QSettings(file, QSettings::IniFormat)})
{
    migrate();
}

AppSettings::~AppSettings() = default;

const QList<AppSettings::Migration>& AppSettings::migrations()
{
    static const QList<Migration> steps{
        {2, "remember the file the welcome chose", &AppSettings::rememberFirstRunChoice},
    };
    return steps;
}

void AppSettings::migrate()
{
    QSettings& settings = m_file->settings;
    m_versionFound = settings.value(VersionKey, 1).toInt();
    if (m_versionFound >= Version)
        return; // a newer file is left as it is: its keys may mean more than ours
    for (const Migration& migration : migrations()) {
        if (migration.to > m_versionFound)
            (this->*migration.step)();
    }
    settings.setValue(VersionKey, Version);
}

void AppSettings::sync()
{
    m_file->settings.sync();
}

void AppSettings::rememberFirstRunChoice()
{
    // Version 1 kept only that the welcome was shown, and every start opened
    // rodedraad.sqlite: a user who chose the sample team found an empty file the
    // next time. Version 2 remembers the file: the own team's when it exists,
    // else the sample team's.
    if (!value(Key::WelcomeShown).toBool() || contains(Key::LastDatabase))
        return;
    for (const QString& file : {ownTeamPath(), sampleTeamPath()}) {
        if (QFileInfo(file).isFile() && QFileInfo(file).size() > 0) {
            rememberOpened(file);
            return;
        }
    }
}

QVariant AppSettings::value(Key key) const
{
    const Spec& spec = specOf(key);
    return m_file->settings.value(spec.name, spec.fallback);
}

void AppSettings::setValue(Key key, const QVariant& value)
{
    m_file->settings.setValue(nameOf(key), value);
}

bool AppSettings::contains(Key key) const
{
    return m_file->settings.contains(nameOf(key));
}

void AppSettings::remove(Key key)
{
    m_file->settings.remove(nameOf(key));
}

QString AppSettings::language() const
{
    const QString code = value(Key::Language).toString();
    return code == u"en"_s || code == u"nl"_s ? code : QString();
}

void AppSettings::setLanguage(const QString& code)
{
    setValue(Key::Language, code);
}

int AppSettings::defaultCadence() const
{
    bool ok = false;
    const int days = value(Key::DefaultCadence).toInt(&ok);
    return ok && days >= 1 && days <= MaxCadence ? days
                                                 : specOf(Key::DefaultCadence).fallback.toInt();
}

void AppSettings::setDefaultCadence(int days)
{
    setValue(Key::DefaultCadence, std::clamp(days, 1, MaxCadence));
}

QString AppSettings::backupFolder() const
{
    return value(Key::BackupFolder).toString();
}

void AppSettings::setBackupFolder(const QString& folder)
{
    setValue(Key::BackupFolder, folder.trimmed());
}

QByteArray AppSettings::windowGeometry() const
{
    return value(Key::WindowGeometry).toByteArray();
}

QByteArray AppSettings::windowState() const
{
    return value(Key::WindowState).toByteArray();
}

void AppSettings::setWindow(const QByteArray& geometry, const QByteArray& state)
{
    setValue(Key::WindowGeometry, geometry);
    setValue(Key::WindowState, state);
}

int AppSettings::focusCount() const
{
    bool ok = false;
    const int count = value(Key::FocusCount).toInt(&ok);
    return ok && count >= 1 && count <= MaxFocusCount ? count
                                                      : specOf(Key::FocusCount).fallback.toInt();
}

void AppSettings::setFocusCount(int count)
{
    setValue(Key::FocusCount, std::clamp(count, 1, MaxFocusCount));
}

namespace {
constexpr auto TimeFormat = "HH:mm";
}

QTime AppSettings::timeOf(Key key) const
{
    const QTime time = QTime::fromString(value(key).toString(), QLatin1StringView(TimeFormat));
    return time.isValid()
               ? time
               : QTime::fromString(specOf(key).fallback.toString(), QLatin1StringView(TimeFormat));
}

ReminderSettings AppSettings::reminders() const
{
    ReminderSettings r;
    r.dayBefore = value(Key::RemindDayBefore).toBool();
    r.dayBeforeAt = timeOf(Key::RemindDayBeforeAt);
    r.shortlyBefore = value(Key::RemindShortlyBefore).toBool();
    bool ok = false;
    const int minutes = value(Key::RemindMinutesBefore).toInt(&ok);
    r.minutesBefore = ok && minutes >= MinMinutesBefore && minutes <= MaxMinutesBefore
                          ? minutes
                          : specOf(Key::RemindMinutesBefore).fallback.toInt();
    r.morningSummary = value(Key::MorningSummary).toBool();
    r.morningAt = timeOf(Key::MorningSummaryAt);
    return r;
}

void AppSettings::setReminders(const ReminderSettings& r)
{
    setValue(Key::RemindDayBefore, r.dayBefore);
    setValue(Key::RemindDayBeforeAt, r.dayBeforeAt.toString(QLatin1StringView(TimeFormat)));
    setValue(Key::RemindShortlyBefore, r.shortlyBefore);
    setValue(Key::RemindMinutesBefore,
             std::clamp(r.minutesBefore, MinMinutesBefore, MaxMinutesBefore));
    setValue(Key::MorningSummary, r.morningSummary);
    setValue(Key::MorningSummaryAt, r.morningAt.toString(QLatin1StringView(TimeFormat)));
}

bool AppSettings::keepInTray() const
{
    return value(Key::KeepInTray).toBool();
}

void AppSettings::setKeepInTray(bool keep)
{
    setValue(Key::KeepInTray, keep);
}

QDateTime AppSettings::remindersCheckedUntil() const
{
    return QDateTime::fromString(value(Key::RemindersCheckedUntil).toString(), Qt::ISODate);
}

void AppSettings::setRemindersCheckedUntil(const QDateTime& until)
{
    setValue(Key::RemindersCheckedUntil, until.toUTC().toString(Qt::ISODate));
}

bool AppSettings::searchNewestFirst() const
{
    return value(Key::SearchNewestFirst).toBool();
}

void AppSettings::setSearchNewestFirst(bool newestFirst)
{
    setValue(Key::SearchNewestFirst, newestFirst);
}

QString AppSettings::lastDatabase() const
{
    return value(Key::LastDatabase).toString();
}

QStringList AppSettings::recentDatabases() const
{
    return value(Key::RecentDatabases).toStringList();
}

void AppSettings::forgetAllFiles()
{
    remove(Key::RecentDatabases);
    remove(Key::LastDatabase);
}

void AppSettings::rememberOpened(const QString& path)
{
    const QString file = normalised(path);
    QStringList recent = recentDatabases();
    recent.removeAll(file);
    recent.prepend(file);
    while (recent.size() > RecentLimit)
        recent.removeLast();
    setValue(Key::RecentDatabases, recent);
    setValue(Key::LastDatabase, file);
    setValue(Key::WelcomeShown, true);
}

void AppSettings::forget(const QString& path)
{
    const QString file = normalised(path);
    QStringList recent = recentDatabases();
    recent.removeAll(file);
    setValue(Key::RecentDatabases, recent);
    if (lastDatabase() == file)
        remove(Key::LastDatabase);
}

QStringList AppSettings::forgetMissing()
{
    QStringList kept;
    QStringList gone;
    for (const QString& file : recentDatabases())
        (QFileInfo::exists(file) ? kept : gone) << file;
    if (!gone.isEmpty())
        setValue(Key::RecentDatabases, kept);
    return gone;
}

} // namespace rd
