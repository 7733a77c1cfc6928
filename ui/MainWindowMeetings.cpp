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
#include "pages/PreparePage.h"
#include "Workspace.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace rd::ui {

void MainWindow::logOneOnOne()
{
    // The agenda prepared for the chosen person comes along; logging the
    // meeting makes that preparation history (it follows the last 1:1).
    OneOnOne fresh;
    fresh.personId = selectedPersonId();
    fresh.date = m_workspace->today();
    if (!fresh.personId.isEmpty()) {
        ensurePages();
        m_prepare->setPerson(fresh.personId);
        fresh.agenda = m_prepare->meetingToStart().agenda;
    }
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
    if (const std::optional<MeetingDraft> saved = m_workspace->store().draft(prefilled.personId);
        saved && saved->begun)
        draft = *saved; // a meeting already begun goes on where it was
    auto* view = new MeetingView(*m_workspace, draft, this);
    view->setAttribute(Qt::WA_DeleteOnClose);
    // The sheet follows: once the meeting has begun, it holds the agenda.
    connect(view, &MeetingView::draftSaved, m_prepare, &PreparePage::draftsChanged);
    connect(view, &QDialog::finished, m_prepare, &PreparePage::draftsChanged);
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
    // Not modal and not in a loop of its own: the start-up backup may be
    // waiting in one (a nested loop stopped it), and the question may wait
    // until the manager answers. One draft at a time, each once a session;
    // Later moves on to the next. A file open for reading only is not asked
    // about: it cannot hold a meeting. A window still in the tray asks when
    // it is shown.
    if (!m_workspace->canWrite() || !isVisible())
        return;
    QList<MeetingDraft> drafts = m_workspace->store().drafts();
    drafts.removeIf([this](const MeetingDraft& d) {
        const Person* person = m_workspace->log().person(d.personId);
        return !d.begun || !person || person->archived || m_draftsOffered.contains(d.personId);
    });
    if (drafts.isEmpty())
        return;
    const MeetingDraft draft = drafts.first();
    m_draftsOffered.insert(draft.personId);
    auto* box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(u"resumeDraftBox"_s);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(tr("Unfinished one-on-one"));
    box->setText(tr("Your one-on-one with %1 of %2 was not ended. Resume it now?")
                     .arg(m_workspace->log().person(draft.personId)->name, localDate(draft.date)));
    box->setInformativeText(
        tr("Nothing is lost: Later keeps the notes, and Start one-on-one resumes them."));
    QPushButton* resume = box->addButton(tr("&Resume"), QMessageBox::AcceptRole);
    QPushButton* later = box->addButton(tr("&Later"), QMessageBox::RejectRole);
    box->setDefaultButton(resume);
    connect(resume, &QPushButton::clicked, this, [this, draft] {
        OneOnOne resumed;
        resumed.personId = draft.personId;
        resumed.date = draft.date;
        holdOneOnOne(resumed);
    });
    connect(later, &QPushButton::clicked, this, &MainWindow::offerDraftsToResume,
            Qt::QueuedConnection);
    box->setWindowModality(Qt::NonModal);
    box->show();
}

} // namespace rd::ui
