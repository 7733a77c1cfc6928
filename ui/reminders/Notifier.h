#pragma once

#include "schedule/ReminderText.h"

#include <QObject>

namespace rd::ui {

/// Where reminders reach the manager outside the window: the desktop's
/// notifications, through the system tray. A window without one shows them
/// in its own banner. Tests give the window a notifier of their own.
class Notifier : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)

public:
    using QObject::QObject;
    ~Notifier() override = default;

    /// Shows `notice`; opening it emits opened() with its person.
    virtual void notify(const rd::ReminderNotice& notice) = 0;
    /// Whether the app can run on with its window closed and still be
    /// reached (a tray icon): closing the window then hides it.
    virtual bool holdsTheApp() const = 0;

signals:
    /// The manager opened a notice: `personId`'s preparation sheet (empty:
    /// the home page) is wanted.
    void opened(const QString& personId);
    /// The manager asked for the window (the tray icon or its menu).
    void windowWanted();
    /// The manager asked to quit (the tray icon's menu).
    void quitWanted();
};

} // namespace rd::ui
