#include "StartupFile.h"

#include "storage/Locations.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace rd {

StartupFile chooseStartupFile(const QString& dbArgument, const QString& environment,
                              const QString& lastDatabase)
{
    using Source = StartupFile::Source;
    if (!dbArgument.isEmpty())
        return {Source::Argument, dbArgument, {}};
    if (!environment.isEmpty())
        return {Source::Environment, environment, {}};
    if (!lastDatabase.isEmpty()) {
        if (QFileInfo(lastDatabase).isFile())
            return {Source::Remembered, lastDatabase, {}};
        return {Source::Welcome,
                {},
                QCoreApplication::translate("rd::Database",
                                            "The file you used last, %1, is no longer there.")
                    .arg(lastDatabase)};
    }
    const QFileInfo own(ownTeamPath());
    if (own.isFile() && own.size() > 0)
        return {Source::Remembered, own.filePath(), {}};
    return {};
}

} // namespace rd
