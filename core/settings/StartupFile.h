#pragma once

#include <QString>

namespace rd {

/// Which file the desktop app opens when it starts, and why.
struct StartupFile
{
    enum class Source
    {
        Argument,    ///< --db FILE: wins over everything, and is not remembered
        Environment, ///< RODEDRAAD_DB: likewise
        Remembered,  ///< the file used last (or your own team's, found in the data folder)
        Welcome      ///< no choice yet, or the file used last is gone: ask
    };
    Source source = Source::Welcome;
    QString path; ///< empty with Welcome
    /// With Welcome: why the welcome is shown again (the file used last is gone).
    QString note;
};

/// Decides the file to open. `lastDatabase` is AppSettings::lastDatabase();
/// your own team's file in the data folder counts as a choice made earlier
/// (a settings file removed, or one from before choices were remembered).
StartupFile chooseStartupFile(const QString& dbArgument, const QString& environment,
                              const QString& lastDatabase);

} // namespace rd
