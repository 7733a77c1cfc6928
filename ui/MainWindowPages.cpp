// How the pages ask the window to act: open an entry, prepare or start a
// one-on-one, add the first team member.
#include "MainWindow.h"
#include "pages/ActionsPage.h"
#include "pages/EntriesPage.h"
#include "pages/PreparePage.h"
#include "pages/TodayPage.h"

#include <QTabWidget>

namespace rd::ui {

void MainWindow::connectToday()
{
    connect(m_today, &TodayPage::addPersonRequested, this, &MainWindow::addPerson);
    connect(m_today, &TodayPage::personWanted, this, &MainWindow::selectPerson);
    // The home page's Prepare and Start: that person's sheet, or their meeting.
    connect(m_today, &TodayPage::prepareRequested, this, &MainWindow::preparePerson);
    connect(m_today, &TodayPage::actionsRequested, this, &MainWindow::showActions);
    connect(m_today, &TodayPage::leverHelpRequested, this, &MainWindow::showHowItWorks);
    connect(m_today, &TodayPage::startRequested, this, [this](const QString& personId) {
        selectPerson(personId);
        ensurePages();
        m_prepare->setPerson(personId);
        holdOneOnOne(m_prepare->meetingToStart());
    });
}

void MainWindow::preparePerson(const QString& personId)
{
    selectPerson(personId);
    ensurePages();
    m_prepare->setPerson(personId);
    m_pages->setCurrentWidget(m_prepare);
}

void MainWindow::showActions(const QString& personId)
{
    selectPerson(personId);
    ensurePages();
    m_pages->setCurrentWidget(m_actions);
}

void MainWindow::showEntry(EntriesPage* MainWindow::*page, qint64 entryId)
{
    ensurePages();
    m_pages->setCurrentWidget(this->*page);
    (this->*page)->select(entryId);
}

} // namespace rd::ui
