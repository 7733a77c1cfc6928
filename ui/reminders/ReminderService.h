#pragma once

#include "schedule/Reminders.h"
#include "schedule/ReminderText.h"

#include <functional>
#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace rd::ui {

class Workspace;

/// Gives the reminders of the workspace's planned one-on-ones as they fall:
/// core's remindersDue() over the open plans (a plan already held, moved or
/// cancelled reminds of nothing), the settings' times and the clock. Checks
/// when the logs are in, after every change to plans or one-on-ones, and on a
/// timer set for the next reminder (at most a minute ahead, so that a
/// suspended machine or a changed clock is caught up soon). The moment up to
/// which reminders were given is kept in the settings: a restart neither
/// repeats one nor loses one that fell while the app was closed (only the
/// latest of each plan's, and only while the plan has not begun). A
/// read-only window reminds of nothing: the window that writes does.
class ReminderService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderService)

public:
    using Clock = std::function<QDateTime()>;
    /// `clock` is the system's unless given.
    explicit ReminderService(Workspace& workspace, QObject* parent = nullptr, Clock clock = {});
    ~ReminderService() override;

    /// Gives what fell since the last check, and sets the timer.
    void check();
    /// When the timer looks again (invalid when it is not set).
    QDateTime nextCheck() const { return m_nextCheck; }

signals:
    /// What fell since the last check: one notice, several combined
    /// (combinedNotice()), the nearest meeting first.
    void due(const rd::ReminderNotice& notice);

private:
    /// The signals a notice of `kind` names: the open ones for a plan, the
    /// home page's focus for the morning summary.
    QList<Prompt> signalsFor(ReminderKind kind, QDate today) const;
    Workspace& m_workspace;
    Clock m_clock;
    QTimer m_timer;
    QDateTime m_checkedUntil;
    QDateTime m_nextCheck;
    bool m_gaveSinceKept = false; ///< a reminder was given since the settings last heard
    bool m_checked = false;       ///< a check ran (for a window that may write)
};

} // namespace rd::ui
