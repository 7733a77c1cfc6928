// Reminders of planned one-on-ones in the window (a banner) or through the
// tray, and what closing the window does when the app stays in the tray.
#include "MainWindow.h"
#include "meeting/MeetingView.h"
#include "pages/TodayPage.h"
#include "reminders/Notifier.h"
#include "reminders/ReminderBanner.h"
#include "reminders/ReminderService.h"
#include "settings/AppSettings.h"
#include "Workspace.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QTabWidget>
#include <QVBoxLayout>
#include <utility>

using namespace Qt::StringLiterals;

namespace rd::ui {

void MainWindow::createReminders()
{
    m_reminders = new ReminderService(*m_workspace, this);
    m_banner = new ReminderBanner(this);
    // The banner sits above the sidebar and the pages, hidden while no reminder waits.
    auto* central = new QWidget(this);
    central->setObjectName(u"mainArea"_s);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(takeCentralWidget(), 1);
    setCentralWidget(central);
    connect(m_reminders, &ReminderService::due, this, [this](const ReminderNotice& notice) {
        if (m_notifier) {
            m_notifier->notify(notice);
            m_notifiedAt.start();
        } else {
            m_banner->add(notice);
        }
    });
    connect(m_banner, &ReminderBanner::opened, this, &MainWindow::openReminder);
}

void MainWindow::setNotifier(Notifier* notifier)
{
    if (m_notifier)
        disconnect(m_notifier, nullptr, this, nullptr);
    m_notifier = notifier;
    if (!notifier)
        return;
    connect(notifier, &Notifier::opened, this, &MainWindow::openReminder);
    connect(notifier, &Notifier::windowWanted, this, &MainWindow::showFromTray);
    connect(notifier, &Notifier::quitWanted, this, &MainWindow::quit);
}

void MainWindow::showFromTray()
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
    if (!m_workspace->isLoading())
        offerDraftsToResume(); // each draft once a session: none asked twice
}

void MainWindow::openReminder(const QString& personId)
{
    showFromTray();
    if (personId.isEmpty()) {
        m_pages->setCurrentWidget(m_today);
        return;
    }
    if (!m_workspace->log().person(personId)) {
        note(tr("That team member is no longer in this file."));
        return;
    }
    preparePerson(personId);
}

bool MainWindow::closeForGood()
{
    m_closingForGood = true;
    const bool closed = close();
    m_closingForGood = false;
    return closed;
}

void MainWindow::quit()
{
    // A hidden window's close ends no event loop: the app quits itself.
    if (closeForGood())
        QCoreApplication::quit();
}

void MainWindow::startHidden()
{
    m_workspace->startLoading();
    ensurePages();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_closingForGood && m_notifier && m_notifier->holdsTheApp() &&
        AppSettings().keepInTray()) {
        // The app stays in the tray for its reminders; a meeting being held
        // stays open with it.
        hide();
        event->ignore();
        // Said once, and not over a reminder given a moment ago.
        const bool reminderShowing = m_notifiedAt.isValid() && m_notifiedAt.elapsed() < 120'000;
        if (!reminderShowing && !std::exchange(m_toldAboutTray, true))
            m_notifier->notify({tr("Rode Draad is still running"),
                                tr("In the tray, for your reminders. Quit from its menu."),
                                {}});
        return;
    }
    // A meeting being held keeps what was typed since its last save: closed
    // first, it saves its draft, which the next start offers to resume.
    for (MeetingView* view : findChildren<MeetingView*>())
        view->close();
    AppSettings settings;
    settings.setWindow(saveGeometry(), saveState());
    event->accept();
}

} // namespace rd::ui
