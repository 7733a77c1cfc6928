#pragma once

#include "CliContext.h"

#include <QStringList>
#include <QTextStream>

namespace rd {

/// The headless sub-commands of `rodedraad` (see docs/cli.md).
/// Returns the sub-command named in `arguments` (argv without the program),
/// or an empty string when the app should open its window.
QString findSubcommand(const QStringList& arguments);

/// Without a sub-command: why `arguments` cannot open the desktop app, in one
/// sentence ("Unknown option 'bogus'."); empty when they can. Qt's own options
/// (-platform, -style …) are left to Qt.
QString desktopUsageError(const QStringList& arguments);

/// Runs a sub-command. Exit codes: 0 success, 1 the command found a problem,
/// 2 wrong usage. Errors are one sentence on `err`.
/// `extra` adds commands defined outside core (the report, which needs charts).
int runCommandLine(const QStringList& arguments, QTextStream& out, QTextStream& err,
                   const QList<CommandSpec>& extra = {});

/// The --help text, listing `extra` commands too.
QString commandLineHelp(const QList<CommandSpec>& extra = {});

} // namespace rd
