#pragma once

#include <QtGlobal>

class QObject;

namespace rd::ui {

/// SIGTERM (a logout, `kill`) and SIGINT (Ctrl+C in a terminal) end the app
/// as closing its window does: the event loop returns, the file's write-ahead
/// log is folded back and the writer lock released. Without this the process
/// died at once and left its -wal, -shm and .lock files behind. The handler
/// only writes a byte to a socket; the quit happens on the event loop (Qt's
/// "Calling Qt Functions From Unix Signal Handlers"). A window kept in the
/// tray closes for good first. SIGUSR1 is another start of the app asking for
/// the window of the file this one holds (showWindowOf()): it is shown. Call
/// once, after the application object exists; `owner` keeps the notifier.
void quitOnTerminationSignals(QObject* owner);

/// Asks the Rode Draad running as `pid` (the holder of a file's writer lock)
/// to show its window; false when the process cannot be signalled. Every
/// Rode Draad ignores SIGUSR1 until its window can show (app/main.cpp), so a
/// command-line run holding the lock is never ended by it.
bool showWindowOf(qint64 pid);

} // namespace rd::ui
