#include "ReminderService.h"

#include "coaching/Week.h"
#include "schedule/Plans.h"
#include "schedule/Reminders.h"
#include "settings/AppSettings.h"
#include "Workspace.h"

#include <algorithm>
#include <QTimeZone>

namespace rd::ui {

namespace {
/// How far ahead the timer is set at most.
constexpr qint64 MaxWaitMs = 60'000;
/// Plans further ahead than this remind of nothing yet (the day before is the earliest).
constexpr int DaysAhead = 2;
} // namespace

ReminderService::ReminderService(Workspace& workspace, QObject* parent, Clock clock)
    : QObject(parent)
    , m_workspace(workspace)
    , m_clock(clock ? std::move(clock) : Clock(&QDateTime::currentDateTime))
{
    setObjectName(QStringLiteral("reminderService"));
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ReminderService::check);
    const QDateTime now = m_clock();
    const QDateTime kept = AppSettings().remindersCheckedUntil();
    // The first run starts from now; a clock turned back since does too.
    m_checkedUntil = kept.isValid() && kept <= now ? kept : now;
    if (!m_workspace.isLoading())
        QTimer::singleShot(0, this, &ReminderService::check);
    connect(&m_workspace, &Workspace::loaded, this, &ReminderService::check);
    m_workspace.onChangeOf(this, {DataKind::Plans, DataKind::OneOnOnes, DataKind::People},
                           [this] { check(); });
}

ReminderService::~ReminderService()
{
    // Not the workspace: the window may have destroyed it already.
    if (m_checked)
        AppSettings().setRemindersCheckedUntil(m_checkedUntil);
}

QList<Prompt> ReminderService::signalsFor(ReminderKind kind, QDate today) const
{
    if (kind != ReminderKind::MorningSummary)
        return m_workspace.prompts();
    // The morning's focus is the home page's first.
    QList<Prompt> focus;
    for (const FocusPrompt& f : weekOf(m_workspace.log(), m_workspace.prompts(), today, 1).focus)
        focus << f.prompt;
    return focus;
}

void ReminderService::check()
{
    m_timer.stop();
    m_nextCheck = {};
    if (m_workspace.isLoading() || m_workspace.isReadOnly())
        return;
    const QDateTime now = m_clock();
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const AppSettings settings;
    const ReminderSettings times = settings.reminders();
    const QDate today = now.toTimeZone(zone).date();
    const QList<PlannedOneOnOne> plans =
        openPlans(m_workspace.log(), today, today.addDays(DaysAhead));
    // A clock turned back (the network's time after a wrong one) starts from now.
    if (now < m_checkedUntil)
        m_checkedUntil = now;
    if (m_checkedUntil < now) {
        QList<Reminder> reminders = remindersDue(plans, times, m_checkedUntil, now, zone);
        // The nearest meeting first.
        std::stable_sort(reminders.begin(), reminders.end(), [&zone](const auto& a, const auto& b) {
            const QDateTime aStarts = a.plan ? startOf(*a.plan, zone) : a.at;
            const QDateTime bStarts = b.plan ? startOf(*b.plan, zone) : b.at;
            return aStarts < bStarts;
        });
        QList<ReminderNotice> notices;
        for (const Reminder& reminder : std::as_const(reminders)) {
            if (const auto notice = reminderNotice(reminder, m_workspace.log(),
                                                   signalsFor(reminder.kind, today), today))
                notices << *notice;
        }
        m_checkedUntil = now;
        if (const auto notice = combinedNotice(notices)) {
            m_gaveSinceKept = true;
            emit due(*notice);
        }
    }
    m_checked = true;
    // Written when a reminder was given (and on the way out), not every
    // minute: a check that gave nothing leaves nothing a restart could repeat.
    if (std::exchange(m_gaveSinceKept, false))
        AppSettings().setRemindersCheckedUntil(m_checkedUntil);
    qint64 wait = MaxWaitMs;
    if (const auto next = nextReminderAfter(plans, times, now, zone))
        wait = std::clamp<qint64>(now.msecsTo(*next), 1'000, MaxWaitMs);
    m_nextCheck = now.addMSecs(wait);
    m_timer.start(static_cast<int>(wait));
}

} // namespace rd::ui
