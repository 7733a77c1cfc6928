// Reminders of planned one-on-ones as the manager meets them: a notice
// through the notifier (the tray's on a desktop, a fake here) or the
// window's banner where there is none, once each, across a restart; opening
// it shows that person's preparation sheet; the window hides in the tray
// instead of closing when asked to; the Settings dialog's Reminders tab.
#include "dialogs/SettingsDialog.h"
#include "pages/PreparePage.h"
#include "reminders/Notifier.h"
#include "reminders/ReminderBanner.h"
#include "reminders/ReminderService.h"
#include "settings/AppSettings.h"
#include "settings/Autostart.h"
#include "storage/PlanRepository.h"
#include "TerminationSignals.h"
#include "WindowFixture.h"

#include <csignal>
#include <optional>
#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTimeEdit>

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

namespace {
/// A notifier that keeps what it was given; it holds the app when told to.
class FakeNotifier final : public ui::Notifier
{
public:
    void notify(const ReminderNotice& notice) override { notices << notice; }
    bool holdsTheApp() const override { return holds; }
    QList<ReminderNotice> notices;
    bool holds = false;
};

/// A reminder service on `workspace` whose clock reads `now`; what it gives
/// is kept in `given`.
struct Clocked
{
    QDateTime now;
    FakeNotifier given;
    ui::ReminderService service;
    Clocked(ui::Workspace& workspace, QDateTime start)
        : now(std::move(start))
        , service(workspace, nullptr, [this] { return now; })
    {
        QObject::connect(&service, &ui::ReminderService::due, &given, &FakeNotifier::notify);
    }
    /// Checks at `at`.
    void checkAt(const QDateTime& at)
    {
        now = at;
        service.check();
    }
};

/// A window whose tray holds the app, with the app kept there on close.
struct TrayFixture : WindowFixture
{
    FakeNotifier tray;
    TrayFixture()
    {
        AppSettings().setKeepInTray(true);
        tray.holds = true;
        window.setNotifier(&tray);
    }
    ~TrayFixture() { AppSettings().setKeepInTray(false); }
    Q_DISABLE_COPY_MOVE(TrayFixture)
};

/// A plan starting at `start` (to the minute), with Sam unless named.
PlannedOneOnOne samAt(const QDateTime& start, const QString& person = u"sam"_s)
{
    PlannedOneOnOne plan;
    plan.personId = person;
    plan.date = start.date();
    plan.time = QTime(start.time().hour(), start.time().minute());
    return plan;
}

/// Reminders given up to `until`, as a run of the app before this one left it.
void checkedUntil(const QDateTime& until)
{
    AppSettings().setRemindersCheckedUntil(until);
}

/// A window opened on a file where Sam's one-on-one starts in 20 minutes, by
/// a manager whose last run of the app checked its reminders 15 minutes ago:
/// the reminder 30 minutes before fell 10 minutes ago, while it was closed.
struct SoonFixture
{
    Database db{QStringLiteral(":memory:")};
    std::optional<ui::MainWindow> window;
    SoonFixture(ui::Notifier* notifier = nullptr)
    {
        const QDateTime now = QDateTime::currentDateTime();
        PeopleRepository(db).add(
            Person{u"sam"_s, u"Sam Jansen"_s, {}, now.date().addDays(-60), 14, false});
        PlanRepository(db).add({samAt(now.addSecs(20 * 60))});
        AppSettings().setReminders({});
        checkedUntil(now.addSecs(-15 * 60));
        window.emplace(db);
        window->setNotifier(notifier);
        window->show();
        QCoreApplication::processEvents(); // the first check, once the window is up
    }
    QTabWidget* pages() { return child<QTabWidget>(*window, u"pages"_s); }
};
} // namespace

TEST_CASE("a reminder that fell while the app was closed reaches the notifier once, and "
          "opening it shows that person's preparation sheet")
{
    FakeNotifier tray;
    SoonFixture f(&tray);
    REQUIRE(tray.notices.size() == 1);
    CHECK(tray.notices.first().title.startsWith(u"1:1 with Sam Jansen at "_s));
    CHECK(tray.notices.first().title.endsWith(u": prepare"_s));
    CHECK(tray.notices.first().personId == u"sam"_s);
    f.window->reminders().check();
    CHECK(tray.notices.size() == 1); // once
    CHECK_FALSE(child<ui::ReminderBanner>(*f.window, u"reminderBanner"_s)->isVisible());

    f.pages()->setCurrentIndex(0);
    emit tray.opened(u"sam"_s);
    CHECK(f.pages()->currentWidget()->objectName() == u"preparePage"_s);
    CHECK(child<ui::PreparePage>(*f.window, u"preparePage"_s)->person() == u"sam"_s);
    CHECK(f.window->selectedPersonId() == u"sam"_s);
}

TEST_CASE("without a tray the reminder waits in the window's banner, which prepares or dismisses")
{
    SoonFixture f;
    auto* banner = child<ui::ReminderBanner>(*f.window, u"reminderBanner"_s);
    auto* text = child<QLabel>(*f.window, u"reminderBannerTitle"_s);
    CHECK(banner->isVisible());
    CHECK(text->text().startsWith(u"1:1 with Sam Jansen at "_s));
    child<QPushButton>(*f.window, u"reminderBannerOpen"_s)->click();
    CHECK(f.pages()->currentWidget()->objectName() == u"preparePage"_s);
    CHECK(child<ui::PreparePage>(*f.window, u"preparePage"_s)->person() == u"sam"_s);
    CHECK_FALSE(banner->isVisible());

    // Dismissed, the next one shows; the last one dismissed hides the banner.
    banner->add({u"First"_s, {}, u"sam"_s});
    banner->add({u"Morning"_s, {}, {}});
    CHECK(banner->isVisible());
    CHECK(text->text().startsWith(u"First"_s));
    child<QPushButton>(*f.window, u"reminderBannerDismiss"_s)->click();
    CHECK(text->text() == u"Morning"_s);
    CHECK(child<QPushButton>(*f.window, u"reminderBannerOpen"_s)->text() == u"See today"_s);
    child<QPushButton>(*f.window, u"reminderBannerDismiss"_s)->click();
    CHECK_FALSE(banner->isVisible());
}

TEST_CASE("the afternoon before: nothing at 15:59, the reminder at 16:00, not again at 16:05")
{
    checkedUntil({});
    AppSettings().setReminders({});
    WindowFixture f;
    const QDate tomorrow = f.today.addDays(1);
    Clocked c(f.workspace(), QDateTime(f.today, QTime(15, 59)));
    f.workspace().store().addPlans({samAt(QDateTime(tomorrow, QTime(10, 0)))});
    c.service.check();
    CHECK(c.given.notices.isEmpty());
    CHECK(c.service.nextCheck() <= QDateTime(f.today, QTime(16, 0)));
    c.checkAt(QDateTime(f.today, QTime(16, 0)));
    REQUIRE(c.given.notices.size() == 1);
    CHECK(c.given.notices.first().title == u"1:1 with Sam Jansen tomorrow at 10:00: prepare"_s);
    c.checkAt(QDateTime(f.today, QTime(16, 5)));
    CHECK(c.given.notices.size() == 1);
}

TEST_CASE("reminders that fall together come as one notice, the nearest meeting first")
{
    checkedUntil({});
    AppSettings().setReminders({});
    WindowFixture f;
    f.workspace().store().addPerson(
        Person{u"kim"_s, u"Kim Bos"_s, {}, f.today.addDays(-30), 14, false});
    const QDate tomorrow = f.today.addDays(1);
    f.workspace().store().addPlans({samAt(QDateTime(tomorrow, QTime(11, 0))),
                                    samAt(QDateTime(tomorrow, QTime(9, 0)), u"kim"_s)});
    Clocked c(f.workspace(), QDateTime(f.today, QTime(15, 0)));
    c.service.check();
    c.checkAt(QDateTime(f.today, QTime(16, 1)));
    REQUIRE(c.given.notices.size() == 1);
    CHECK(c.given.notices.first().title.startsWith(u"Prepare 2 one-on-one"_s));
    CHECK(c.given.notices.first().text == u"1:1 with Kim Bos tomorrow at 09:00: prepare\n"
                                          u"1:1 with Sam Jansen tomorrow at 11:00: prepare"_s);
    CHECK(c.given.notices.first().personId.isEmpty());

    // A clock turned back an hour starts from then: the 16:00 reminders are not lost.
    f.workspace().store().addPlans({samAt(QDateTime(f.today.addDays(2), QTime(10, 0)))});
    c.checkAt(QDateTime(f.today, QTime(15, 0)));
    CHECK(c.given.notices.size() == 1);
}

TEST_CASE("a stop signal closes a window the tray would keep, for good")
{
    TrayFixture f;
    auto& tray = f.tray;
    ui::quitOnTerminationSignals(qApp);
    ::raise(SIGTERM);
    CHECK(QTest::qWaitFor([&f] { return !f.window.isVisible(); }, 2000));
    CHECK(tray.notices.isEmpty()); // closed, not hidden in the tray ("still running")
    // The control: the window's own close hides it there.
    f.window.show();
    CHECK_FALSE(f.window.close());
    CHECK(tray.notices.size() == 1);
}

TEST_CASE("another start of the app brings a window hidden in the tray back (SIGUSR1)")
{
    TrayFixture f;
    CHECK_FALSE(f.window.close());
    REQUIRE_FALSE(f.window.isVisible());
    ui::quitOnTerminationSignals(qApp);
    CHECK(ui::showWindowOf(QCoreApplication::applicationPid()));
    CHECK(QTest::qWaitFor([&f] { return f.window.isVisible(); }, 2000));
    CHECK_FALSE(ui::showWindowOf(0)); // no process named: nothing signalled
}

TEST_CASE("a restart neither repeats a reminder nor loses one that fell while the app was closed")
{
    checkedUntil({});
    AppSettings().setReminders({});
    WindowFixture f;
    const QDate tomorrow = f.today.addDays(1);
    f.workspace().store().addPlans({samAt(QDateTime(tomorrow, QTime(10, 0)))});
    const auto run = [&f](QDateTime from, QDateTime to) {
        Clocked c(f.workspace(), from);
        c.service.check();
        c.checkAt(to);
        return c.given.notices.size();
    };
    CHECK(run(QDateTime(f.today, QTime(15, 0)), QDateTime(f.today, QTime(16, 1))) == 1);
    // Started again at 16:10: given already.
    CHECK(run(QDateTime(f.today, QTime(16, 10)), QDateTime(f.today, QTime(16, 11))) == 0);
    // The control: a run that ended at 15:30 and a start at 17:00 gives it then.
    checkedUntil(QDateTime(f.today, QTime(15, 30)));
    CHECK(run(QDateTime(f.today, QTime(17, 0)), QDateTime(f.today, QTime(17, 1))) == 1);
}

TEST_CASE("the morning summary comes only when it is on")
{
    checkedUntil({});
    ReminderSettings times;
    times.dayBefore = false;
    times.shortlyBefore = false;
    AppSettings().setReminders(times);
    WindowFixture f;
    f.workspace().store().addPlans({samAt(QDateTime(f.today, QTime(10, 0)))});
    const auto givenBetween = [&f](QTime from, QTime to) {
        QList<ReminderNotice> notices;
        {
            Clocked c(f.workspace(), QDateTime(f.today, from));
            c.service.check();
            c.checkAt(QDateTime(f.today, to));
            notices = c.given.notices;
        }
        checkedUntil({});
        return notices;
    };
    CHECK(givenBetween(QTime(8, 0), QTime(8, 31)).isEmpty()); // off
    times.morningSummary = true;
    AppSettings().setReminders(times);
    CHECK(givenBetween(QTime(8, 0), QTime(8, 29)).isEmpty()); // not yet
    const QList<ReminderNotice> morning = givenBetween(QTime(8, 0), QTime(8, 31));
    REQUIRE(morning.size() == 1);
    CHECK(morning.first().title.startsWith(u"Today: 1 one-on-one"_s));
    CHECK(morning.first().text.startsWith(u"10:00 Sam Jansen."_s));
    CHECK(morning.first().personId.isEmpty());
    AppSettings().setReminders({});
}

TEST_CASE("a plan cancelled before its reminder falls reminds of nothing")
{
    checkedUntil({});
    AppSettings().setReminders({});
    WindowFixture f;
    f.workspace().store().addPerson(
        Person{u"kim"_s, u"Kim Bos"_s, {}, f.today.addDays(-30), 14, false});
    f.workspace().store().addPlans({samAt(QDateTime(f.today, QTime(10, 0))),
                                    samAt(QDateTime(f.today, QTime(10, 0)), u"kim"_s)});
    Clocked c(f.workspace(), QDateTime(f.today, QTime(9, 0)));
    c.service.check();
    CHECK(c.given.notices.isEmpty());
    OneOnOne cancelled;
    cancelled.personId = u"sam"_s;
    cancelled.date = f.today;
    cancelled.status = MeetingStatus::Cancelled;
    f.workspace().store().addOneOnOne(cancelled);
    c.checkAt(QDateTime(f.today, QTime(9, 31)));
    // Kim's, the control, comes; Sam's, cancelled, does not.
    REQUIRE(c.given.notices.size() == 1);
    CHECK(c.given.notices.first().personId == u"kim"_s);
}

TEST_CASE("with a tray that holds the app, closing the window hides it there; Quit closes it")
{
    TrayFixture f;
    auto& tray = f.tray;
    CHECK_FALSE(f.window.close());
    CHECK_FALSE(f.window.isVisible());
    REQUIRE(tray.notices.size() == 1); // said once, the first time
    CHECK(tray.notices.first().title == u"Rode Draad is still running"_s);
    emit tray.windowWanted();
    CHECK(f.window.isVisible());
    CHECK_FALSE(f.window.close());
    CHECK(tray.notices.size() == 1);
    emit tray.windowWanted();
    emit tray.quitWanted();
    CHECK_FALSE(f.window.isVisible());

    // The controls: not kept in the tray, or no tray to keep it: it closes.
    AppSettings().setKeepInTray(false);
    f.window.show();
    CHECK(f.window.close());
    AppSettings().setKeepInTray(true);
    tray.holds = false;
    f.window.show();
    CHECK(f.window.close());
}

TEST_CASE("the Settings dialog's Reminders tab keeps the times, the tray and the start at login")
{
    AppSettings().setReminders({});
    setStartAtLogin(true, QCoreApplication::applicationFilePath()); // one asked for earlier
    WindowFixture f;
    onNextDialog<ui::SettingsDialog>([](ui::SettingsDialog* dialog) {
        auto* tabs = dialog->findChild<QTabWidget*>(u"settingsTabs"_s);
        CHECK(tabs);
        if (tabs)
            tabs->setCurrentIndex(1);
        dialog->findChild<QTimeEdit*>(u"settingsDayBeforeAt"_s)->setTime(QTime(15, 30));
        dialog->findChild<QCheckBox*>(u"settingsShortlyBefore"_s)->setChecked(false);
        dialog->findChild<QCheckBox*>(u"settingsMorningSummary"_s)->setChecked(true);
        auto* login = dialog->findChild<QCheckBox*>(u"settingsStartAtLogin"_s);
        CHECK(login->isChecked());
        CHECK(login->isEnabled()); // the entry written before can be undone without a tray
        login->setChecked(false);
        // No tray offscreen: the window's banner is where reminders go, and it says so.
        CHECK_FALSE(dialog->findChild<QCheckBox*>(u"settingsKeepInTray"_s)->isEnabled());
        CHECK(dialog->findChild<QLabel*>(u"settingsReminderWhere"_s)->text().contains(u"window"_s));
        clickSave(dialog, u"settingsButtons"_s);
    });
    f.trigger(u"settingsAction"_s);
    const ReminderSettings kept = AppSettings().reminders();
    CHECK(kept.dayBeforeAt == QTime(15, 30));
    CHECK_FALSE(kept.shortlyBefore);
    CHECK(kept.morningSummary);
    CHECK(kept.dayBefore); // untouched
    CHECK_FALSE(QFileInfo::exists(autostartFile()));
    AppSettings().setReminders({});
}
