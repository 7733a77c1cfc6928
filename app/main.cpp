// Rode Draad: a thin main(). With a sub-command it runs headless; without one
// it opens the desktop app.
#include "cli/CommandLine.h"
#include "i18n/Language.h"
#include "MainWindow.h"

#include <cstdio>
#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QTextStream>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

QString languageArgument(const QStringList& arguments)
{
    const qsizetype at = arguments.indexOf(u"--lang"_s);
    if (at >= 0 && at + 1 < arguments.size())
        return arguments.at(at + 1);
    return rd::systemLanguage();
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"RodeDraad"_s);
    QCoreApplication::setApplicationName(u"rodedraad"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(RODEDRAAD_VERSION));
}

} // namespace

int main(int argc, char* argv[])
{
    // Everything Rode Draad writes is personal: never readable by others.
    umask(S_IRWXG | S_IRWXO);

    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    const bool headless = !rd::findSubcommand(arguments).isEmpty() ||
                          arguments.contains(u"--help"_s) || arguments.contains(u"-h"_s) ||
                          arguments.contains(u"--version"_s);
    if (headless) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        rd::installLanguage(languageArgument(arguments));
        QTextStream out(stdout);
        QTextStream err(stderr);
        const int code = rd::runCommandLine(arguments, out, err);
        out.flush();
        err.flush();
        return code;
    }

    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(u"Rode Draad"_s);
    QApplication::setDesktopFileName(u"nl.rodedraad.RodeDraad"_s);
    QIcon icon;
    icon.addFile(u":/icons/rodedraad-48.png"_s);
    icon.addFile(u":/icons/rodedraad-256.png"_s);
    QApplication::setWindowIcon(icon);
    return rd::ui::runDesktopApp(app, arguments);
}
