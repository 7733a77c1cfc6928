#include "AppSettings.h"

#include "storage/Locations.h"

#include <array>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

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
const std::array<Spec, 9>& specs()
{
    using Key = AppSettings::Key;
    static const std::array<Spec, 9> table = {{
        {Key::Language, u"language"_s, QString()},
        {Key::DefaultCadence, u"defaults/cadence"_s, 14},
        {Key::BackupFolder, u"backup/folder"_s, QString()},
        {Key::WindowGeometry, u"window/geometry"_s, QByteArray()},
        {Key::WindowState, u"window/state"_s, QByteArray()},
        {Key::WelcomeShown, u"welcomeShown"_s, false},
        {Key::LastDatabase, u"files/last"_s, QString()},
        {Key::RecentDatabases, u"files/recent"_s, QStringList()},
        {Key::SearchNewestFirst, u"search/newestFirst"_s, false},
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
    QCoreApplication::setApplicationVersion(QStringLiteral(RODEDRAAD_VERSION));
}

AppSettings::AppSettings()
{
    migrate();
}

AppSettings::AppSettings(const QString& file)
    : m_settings(file, QSettings::IniFormat)
{
    migrate();
}

void AppSettings::migrate()
{
    const int version = m_settings.value(VersionKey, 1).toInt();
    if (version >= Version)
        return;
    if (version < 2)
        rememberFirstRunChoice();
    m_settings.setValue(VersionKey, Version);
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
    return m_settings.value(spec.name, spec.fallback);
}

void AppSettings::setValue(Key key, const QVariant& value)
{
    m_settings.setValue(nameOf(key), value);
}

bool AppSettings::contains(Key key) const
{
    return m_settings.contains(nameOf(key));
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
        m_settings.remove(nameOf(Key::LastDatabase));
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
