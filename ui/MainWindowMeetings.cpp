// One-on-ones from the window: the logging form (a meeting logged afterwards),
// the meeting view (one per person) and the drafts a crash or a closed window
// left, offered again at the start.
#include "coaching/Actions.h"
#include "commands/Commands.h"
#include "dialogs/OneOnOneDialog.h"
#include "i18n/LocalDate.h"
#include "MainWindow.h"
#include "meeting/MeetingView.h"
#include "pages/EntriesPage.h"
#include "Workspace.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace rd::ui {

void MainWindow::logOneOnOne()
{
    OneOnOne fresh;
    fresh.personId = selectedPersonId();
    fresh.date = m_workspace->today();
    startOneOnOne(fresh);
}

void MainWindow::startOneOnOne(const OneOnOne& prefilled)
{
    OneOnOneDialog dialog(m_workspace->log(), this);
    dialog.setMeeting(prefilled);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Actions ticked off in the meeting close where they were agreed, on its date.
    const OneOnOne meeting = dialog.meeting();
    const QList<OneOnOne> after =
        closingActions(m_workspace->log(), dialog.closedOpenActions(), meeting.date);
    auto* command =
        new LogOneOnOneCommand(*m_workspace, meeting, asTheyAre(m_workspace->log(), after), after);
    if (m_workspace->run(command))
        showEntry(&MainWindow::m_meetings, command->entryId());
}

void MainWindow::holdOneOnOne(const OneOnOne& prefilled)
{
    if (!m_workspace->canWrite() || !m_workspace->log().person(prefilled.personId))
        return;
    for (MeetingView* open : findChildren<MeetingView*>()) {
        if (open->personId() == prefilled.personId && open->isVisible()) {
            open->raise();
            open->activateWindow();
            return;
        }
    }
    MeetingDraft draft;
    draft.personId = prefilled.personId;
    draft.date = prefilled.date.isValid() ? prefilled.date : m_workspace->today();
    draft.agenda = prefilled.agenda;
    for (const MeetingDraft& saved : m_workspace->store().drafts()) {
        if (saved.personId == prefilled.personId)
            draft = saved; // a meeting already begun goes on where it was
    }
    auto* view = new MeetingView(*m_workspace, draft, this);
    view->setAttribute(Qt::WA_DeleteOnClose);
    connect(view, &MeetingView::ended, this, [this](qint64 id) {
        showEntry(&MainWindow::m_meetings, id);
        note(tr("One-on-one logged."));
    });
    connect(view, &QDialog::rejected, this, [this] {
        note(tr("The one-on-one is kept as a draft: Start one-on-one resumes it."));
    });
    view->show();
    view->raise();
    view->activateWindow();
}

void MainWindow::offerDraftsToResume()
{
    for (const MeetingDraft& draft : m_workspace->store().drafts()) {
        const Person* person = m_workspace->log().person(draft.personId);
        if (!person || person->archived)
            continue;
        QMessageBox box(this);
        box.setObjectName(u"resumeDraftBox"_s);
        box.setIcon(QMessageBox::Question);
        box.setWindowTitle(tr("Unfinished one-on-one"));
        box.setText(tr("Your one-on-one with %1 of %2 was not ended. Resume it now?")
                        .arg(person->name, localDate(draft.date)));
        box.setInformativeText(
            tr("Nothing is lost: Later keeps the notes, and Start one-on-one resumes them."));
        QPushButton* resume = box.addButton(tr("&Resume"), QMessageBox::AcceptRole);
        box.addButton(tr("&Later"), QMessageBox::RejectRole);
        box.setDefaultButton(resume);
        box.exec();
        if (box.clickedButton() == resume) {
            OneOnOne resumed;
            resumed.personId = draft.personId;
            resumed.date = draft.date;
            holdOneOnOne(resumed);
            return; // one meeting at a time
        }
    }
}

} // namespace rd::ui
