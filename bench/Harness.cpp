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
#include <QPalette>
#include <QScreen>
#include <QStyle>
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
    // --dark: a dark Fusion palette, to look at every page as a dark desktop shows it.
    if (take(arguments, u"--dark"_s)) {
        QApplication::setStyle(u"Fusion"_s);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
        dark.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
        dark.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
        dark.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
        dark.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
        dark.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
        dark.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
        dark.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
        dark.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
        dark.setColor(QPalette::ToolTipBase, QColor(0x31, 0x36, 0x3b));
        dark.setColor(QPalette::ToolTipText, QColor(0xfc, 0xfc, 0xfc));
        dark.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
        for (const QPalette::ColorRole role :
             {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            dark.setColor(QPalette::Disabled, role, QColor(0x6e, 0x75, 0x7c));
        QApplication::setPalette(dark);
    }
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
        std::fprintf(stderr,
                     "usage: rodedraad_harness [--dark] --screenshots DIR | --benchmark-loaded | "
                     "--benchmark-launch [app options]\n");
        return 2;
    }
    return ui::runDesktopApp(app, arguments, hook);
}
