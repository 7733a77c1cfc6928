// Rode Draad: a thin main(). With a sub-command it runs headless; without one
// it opens the desktop app.
#include "cli/CommandLine.h"
#include "i18n/Language.h"
#include "MainWindow.h"
#include "report/ReportCommand.h"
#include "settings/AppSettings.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QString languageArgument(const QStringList& arguments)
{
    const qsizetype at = arguments.indexOf(u"--lang"_s);
    if (at >= 0 && at + 1 < arguments.size())
        return arguments.at(at + 1);
    return rd::systemLanguage();
}

/// Headless runs (CI, cron, ssh) often have no XDG_RUNTIME_DIR, and Qt warns
/// on stderr when it makes one up. Give it the same private folder, quietly.
void ensureRuntimeDirectory()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QByteArray dir =
        QDir::tempPath().toLocal8Bit() + "/runtime-" + QByteArray::number(getuid());
    if (mkdir(dir.constData(), S_IRWXU) == 0 || errno == EEXIST) {
        struct stat info
        {};
        if (stat(dir.constData(), &info) == 0 && info.st_uid == getuid() &&
            (info.st_mode & (S_IRWXG | S_IRWXO)) == 0)
            qputenv("XDG_RUNTIME_DIR", dir);
    }
}

} // namespace

int main(int argc, char* argv[])
{
    // Everything Rode Draad writes is personal: never readable by others.
    umask(S_IRWXG | S_IRWXO);
    // Another start asks a running window to show itself with SIGUSR1; a run
    // that has no window to show (the command line, a start not yet that far)
    // is not ended by it.
    std::signal(SIGUSR1, SIG_IGN);

    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    const QString command = rd::findSubcommand(arguments);
    const bool headless = !command.isEmpty() || arguments.contains(u"--help"_s) ||
                          arguments.contains(u"-h"_s) || arguments.contains(u"--version"_s);
    const auto runHeadless = [&arguments] {
        rd::setApplicationIdentity();
        rd::installLanguage(languageArgument(arguments));
        QTextStream out(stdout);
        QTextStream err(stderr);
        const int code = rd::runCommandLine(arguments, out, err, {rd::ui::reportCommand()});
        out.flush();
        err.flush();
        return code;
    };
    if (command == u"report"_s) {
        // The report draws charts, which need a GUI application but never a display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        ensureRuntimeDirectory();
        QApplication app(argc, argv);
        return runHeadless();
    }
    if (headless) {
        QCoreApplication app(argc, argv);
        return runHeadless();
    }

    // An unknown option is wrong usage, said before any window (or display) is needed.
    if (!rd::desktopUsageError(arguments).isEmpty()) {
        QCoreApplication app(argc, argv);
        rd::setApplicationIdentity();
        rd::installLanguage(languageArgument(arguments));
        QTextStream(stderr) << u"rodedraad: "_s << rd::desktopUsageError(arguments) << u' '
                            << QCoreApplication::translate("rd::Cli", "See rodedraad --help.")
                            << u'\n';
        return 2;
    }
    QApplication app(argc, argv);
    rd::setApplicationIdentity();
    return rd::ui::runDesktopApp(app, arguments);
}
