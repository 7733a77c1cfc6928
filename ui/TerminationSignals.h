#pragma once

class QObject;

namespace rd::ui {

/// SIGTERM (a logout, `kill`) and SIGINT (Ctrl+C in a terminal) end the app
/// as closing its window does: the event loop returns, the file's write-ahead
/// log is folded back and the writer lock released. Without this the process
/// died at once and left its -wal, -shm and .lock files behind. The handler
/// only writes a byte to a socket; the quit happens on the event loop (Qt's
/// "Calling Qt Functions From Unix Signal Handlers"). Call once, after the
/// application object exists; `owner` keeps the notifier.
void quitOnTerminationSignals(QObject* owner);

} // namespace rd::ui
