// The desktop app under a harness, for what the product binary must not
// carry: ./dev.sh screenshots (--screenshots DIR) and the launch figures of
// bench/DesktopBenchmarks.cpp (--benchmark-launch, --benchmark-loaded). Every
// other argument goes to the app as the user's would.
#include "FirstPaint.h"
#include "MainWindow.h"
#include "Screenshots.h"
#include "settings/AppSettings.h"
#include "storage/WriterLock.h"
#include "Workspace.h"

#include <cstdio>
#include <cstdlib>
#include <QApplication>
#include <QFile>
#include <QScreen>
#include <QTimer>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

/// The peak resident memory of this process, from /proc.
void printPeakMemory()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            std::printf("%s\n", line.simplified().constData());
    }
    std::fflush(stdout);
}

/// Takes `option` (and its value, with `value`) out of `arguments`.
bool take(QStringList& arguments, const QString& option, QString* value = nullptr)
{
    const qsizetype at = arguments.indexOf(option);
    if (at < 0)
        return false;
    if (value) {
        if (at + 1 >= arguments.size())
            return false;
        *value = arguments.takeAt(at + 1);
    }
    arguments.removeAt(at);
    return true;
}

bool shootScreenshots(ui::MainWindow& window, const QString& dir)
{
    // The whole screen: ./dev.sh screenshots runs Xvfb at each size it shoots.
    if (const QScreen* display = window.screen())
        window.setGeometry(display->availableGeometry());
    window.show();
    auto shoot = [&window, dir] {
        QTimer::singleShot(300, &window, [&window, dir] {
            ui::takeScreenshots(window, dir);
            window.close();
        });
    };
    if (window.workspace().isLoading())
        QObject::connect(&window.workspace(), &ui::Workspace::loaded, &window, shoot);
    else
        shoot();
    return true;
}

bool quitWhenLoaded(ui::MainWindow& window)
{
    window.show();
    // Once the logs have arrived and the window is drawn with them.
    QObject::connect(&window.workspace(), &ui::Workspace::loaded, &window, [&window] {
        QTimer::singleShot(0, &window, [&window] {
            window.repaint();
            printPeakMemory();
            QCoreApplication::quit();
        });
    });
    return true;
}

bool quitAtFirstPaint(ui::MainWindow& window, WriterLock& lock)
{
    window.show();
    ui::onFirstPaint(&window, [&lock] {
        printPeakMemory();
        // Measured to the first frame: do not wait for the file to be opened
        // and read. Leave no lock behind, as a closed window would not.
        lock.release();
        std::fflush(stdout);
        std::_Exit(0);
    });
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    umask(S_IRWXG | S_IRWXO); // as the product: nothing readable by others
    QApplication app(argc, argv);
    setApplicationIdentity();
    QStringList arguments = app.arguments().mid(1);
    QString screenshots;
    ui::WindowHook hook;
    if (take(arguments, u"--screenshots"_s, &screenshots)) {
        hook = [screenshots](ui::MainWindow& window, WriterLock&) {
            return shootScreenshots(window, screenshots);
        };
    } else if (take(arguments, u"--benchmark-loaded"_s)) {
        hook = [](ui::MainWindow& window, WriterLock&) {
            return quitWhenLoaded(window);
        };
    } else if (take(arguments, u"--benchmark-launch"_s)) {
        hook = quitAtFirstPaint;
    } else {
        std::fprintf(stderr, "usage: rodedraad_harness --screenshots DIR | --benchmark-loaded | "
                             "--benchmark-launch [app options]\n");
        return 2;
    }
    return ui::runDesktopApp(app, arguments, hook);
}
