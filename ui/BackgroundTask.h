#pragma once

#include <functional>
#include <QString>

class QWidget;

namespace rd {
class Database;
}

namespace rd::ui {

/// Runs long work (import, export, backup, demo generation) off the UI thread
/// with its own database connection, behind a progress dialog. Returns the
/// task's message, or throws nothing: errors come back as `error`.
/// `work` gets a Database opened on `path` in the worker thread.
bool runInBackground(QWidget* parent, const QString& title, const QString& path,
                     const std::function<QString(Database&)>& work, QString* message);

} // namespace rd::ui
