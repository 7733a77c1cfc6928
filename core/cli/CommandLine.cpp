#include "CommandLine.h"

#include "CliContext.h"
#include "exchange/ImportError.h"
#include "i18n/Language.h"
#include "Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

QList<QCommandLineOption> globalOptions()
{
    return {
        {u"db"_s, QCoreApplication::translate("rd::Cli", "The database file."), u"PATH"_s},
        {u"lang"_s, QCoreApplication::translate("rd::Cli", "Interface language: en or nl."),
         u"CODE"_s},
        {u"read-only"_s,
         QCoreApplication::translate("rd::Cli", "Open the database without changing it.")},
        {u"tray"_s,
         QCoreApplication::translate("rd::Cli", "Start in the system tray, without the window "
                                                "(the start at login).")},
        {{u"h"_s, u"help"_s}, QCoreApplication::translate("rd::Cli", "Show this help.")},
        {u"version"_s, QCoreApplication::translate("rd::Cli", "Show the version.")},
    };
}

QList<CommandSpec> allCommands()
{
    return recordCommands() + coachingCommands() + weekCommands() + scheduleCommands() +
           dataCommands();
}

/// Options whose next argument is their value, so it is not taken for a command.
bool takesValue(const QString& argument)
{
    static const QStringList withValue{
        u"--db"_s,     u"--lang"_s,    u"-platform"_s,        u"-style"_s,
        u"-display"_s, u"-geometry"_s, u"-qwindowgeometry"_s, u"-stylesheet"_s};
    return withValue.contains(argument);
}

/// The positional words of `arguments`, skipping global options and their values.
QStringList words(const QStringList& arguments)
{
    QStringList result;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a.startsWith(u'-')) {
            if (takesValue(a))
                ++i;
            continue;
        }
        result << a;
    }
    return result;
}

const CommandSpec* findCommand(const QList<CommandSpec>& commands, const QStringList& positional)
{
    for (const CommandSpec& spec : commands) {
        const QStringList nameWords = spec.name.split(u' ');
        if (positional.mid(0, nameWords.size()) == nameWords)
            return &spec;
    }
    return nullptr;
}

} // namespace

QString findSubcommand(const QStringList& arguments)
{
    const QStringList w = words(arguments);
    return w.isEmpty() ? QString() : w.first();
}

QString desktopUsageError(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions(globalOptions());
    // Qt's own options (single dash) are Qt's to check; QApplication takes them out.
    static const QStringList qtWithValue{u"-platform"_s,
                                         u"-platformpluginpath"_s,
                                         u"-platformtheme"_s,
                                         u"-plugin"_s,
                                         u"-qwindowgeometry"_s,
                                         u"-qwindowicon"_s,
                                         u"-qwindowtitle"_s,
                                         u"-style"_s,
                                         u"-stylesheet"_s,
                                         u"-session"_s,
                                         u"-display"_s,
                                         u"-geometry"_s,
                                         u"-name"_s,
                                         u"-title"_s,
                                         u"-qmljsdebugger"_s};
    static const QStringList qtFlags{u"-reverse"_s, u"-widgetcount"_s, u"-nograb"_s, u"-dograb"_s,
                                     u"-sync"_s};
    QStringList ours{u"rodedraad"_s};
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (qtWithValue.contains(arguments.at(i)))
            ++i;
        else if (!qtFlags.contains(arguments.at(i)))
            ours << arguments.at(i);
    }
    // A word that is not an option is a command: findSubcommand() sends those
    // to the command line, which names an unknown one.
    if (!parser.parse(ours))
        return parser.errorText();
    if (parser.isSet(u"lang"_s) && !isSupportedLanguage(parser.value(u"lang"_s)))
        return QCoreApplication::translate("rd::Cli", "--lang must be en or nl.");
    return {};
}

QString commandLineHelp(const QList<CommandSpec>& extra)
{
    QString help = QCoreApplication::translate(
        "rd::Cli", "Usage: rodedraad [--db PATH] [--lang en|nl] [COMMAND [OPTIONS]]\n\n"
                   "Without a command, Rode Draad opens the desktop app.\n\nCommands:\n");
    for (const CommandSpec& spec : allCommands() + extra) {
        QString line = u"  "_s + spec.name;
        if (!spec.synopsis.isEmpty())
            line += u' ' + spec.synopsis;
        for (const QCommandLineOption& option : spec.options) {
            line += u" [--"_s + option.names().constLast();
            if (!option.valueName().isEmpty())
                line += u' ' + option.valueName();
            line += u']';
        }
        help += line + u'\n';
    }
    help += QCoreApplication::translate(
        "rd::Cli", "\nExit codes: 0 success, 1 the command found a problem, 2 wrong usage.\n");
    return help;
}

int runCommandLine(const QStringList& arguments, QTextStream& out, QTextStream& err,
                   const QList<CommandSpec>& extra)
{
    const QList<CommandSpec> commands = allCommands() + extra;
    const QStringList positional = words(arguments);
    const CommandSpec* spec = findCommand(commands, positional);

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(globalOptions());
    if (spec)
        parser.addOptions(spec->options);
    if (!parser.parse(QStringList{u"rodedraad"_s} + arguments)) {
        err << parser.errorText() << u'\n';
        return 2;
    }
    if (parser.isSet(u"lang"_s) && !isSupportedLanguage(parser.value(u"lang"_s))) {
        err << QCoreApplication::translate("rd::Cli", "--lang must be en or nl.") << u'\n';
        return 2;
    }
    if (parser.isSet(u"version"_s)) {
        out << u"rodedraad "_s << rodedraadVersion() << u'\n';
        return 0;
    }
    if (positional.isEmpty() || parser.isSet(u"help"_s)) {
        out << commandLineHelp(extra);
        return 0;
    }
    if (!spec) {
        err << QCoreApplication::translate("rd::Cli",
                                           "Unknown command \"%1\"; see rodedraad --help.")
                   .arg(positional.join(u' '))
            << u'\n';
        return 2;
    }

    CliContext context{parser, parser.positionalArguments().mid(spec->name.count(u' ') + 1), out,
                       err};
    try {
        return spec->run(context);
    } catch (const UsageError& e) {
        err << e.message() << u'\n';
        return 2;
    } catch (const ValidationError& e) {
        err << e.message() << u'\n';
        return 2;
    } catch (const Error& e) {
        err << e.message() << u'\n';
        return 1;
    }
}

} // namespace rd
