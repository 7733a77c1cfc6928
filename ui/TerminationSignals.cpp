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

void onSignal(int)
{
    const char byte = 1;
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
}

} // namespace rd::ui
