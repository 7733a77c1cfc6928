#include "TerminationSignals.h"

#include "MainWindow.h"

#include <csignal>
#include <QApplication>
#include <QSocketNotifier>
#include <sys/socket.h>
#include <unistd.h>

namespace rd::ui {

namespace {

int g_pipe[2] = {-1, -1};

constexpr char Quit = 1;
constexpr char Show = 2;

void onSignal(int signal)
{
    const char byte = signal == SIGUSR1 ? Show : Quit;
    // Async-signal-safe: a write, nothing else. A full socket already holds a wake-up.
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[0], &byte, 1);
}

} // namespace

void quitOnTerminationSignals(QObject* owner)
{
    if (g_pipe[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_pipe) != 0)
        return;
    auto* notifier = new QSocketNotifier(g_pipe[1], QSocketNotifier::Read, owner);
    QObject::connect(notifier, &QSocketNotifier::activated, owner, [] {
        char byte = 0;
        [[maybe_unused]] const ssize_t read = ::read(g_pipe[1], &byte, 1);
        if (byte == Show) {
            // Another start of the app asked for this window (it holds the file).
            for (QWidget* top : QApplication::topLevelWidgets()) {
                if (auto* window = qobject_cast<MainWindow*>(top))
                    window->showFromTray();
            }
            return;
        }
        // A window the settings keep in the tray would hide instead of
        // closing, and that cancels the quit: each closes for good first.
        for (QWidget* top : QApplication::topLevelWidgets()) {
            if (auto* window = qobject_cast<MainWindow*>(top))
                window->closeForGood();
        }
        QCoreApplication::quit();
    });
    struct sigaction action
    {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGUSR1, &action, nullptr);
}

bool showWindowOf(qint64 pid)
{
    return pid > 0 && ::kill(static_cast<pid_t>(pid), SIGUSR1) == 0;
}

} // namespace rd::ui
