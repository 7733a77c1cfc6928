#include "MainWindow.h"

#include "commands/Commands.h"
#include "dialogs/DecisionDialog.h"
#include "dialogs/InitiativeDialog.h"
#include "dialogs/OneOnOneDialog.h"
#include "dialogs/PersonDialog.h"
#include "dialogs/SearchDialog.h"
#include "dialogs/SettingsDialog.h"
#include "ElidedLabel.h"
#include "FirstPaint.h"
#include "models/TeamModel.h"
#include "pages/ActionsPage.h"
#include "pages/BoardPage.h"
#include "pages/EntriesPage.h"
#include "pages/JournalPage.h"
#include "pages/PreparePage.h"
#include "pages/ProgressPage.h"
#include "pages/TodayPage.h"
#include "reminders/ReminderService.h"
#include "settings/AppSettings.h"
#include "Workspace.h"

#include <array>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <utility>

using namespace Qt::StringLiterals;

namespace rd::ui {

namespace {
template <typename T>
std::optional<T> findById(const QList<T>& list, qint64 id)
{
    for (const T& item : list) {
        if (item.id == id)
            return item;
    }
    return std::nullopt;
}
} // namespace

MainWindow::MainWindow(Database& db, QWidget* parent, Workspace::Loading loading)
    : QMainWindow(parent)
    , m_db(db)
    , m_workspace(new Workspace(db, this, loading))
    , m_team(new TeamModel(*m_workspace, this))
    , m_teamView(new QListView(this))
    , m_teamTitle(new QLabel(this))
    , m_wholeTeam(new QPushButton(this))
    , m_addFirst(new QPushButton(this))
    , m_pages(new QTabWidget(this))
    , m_today(new TodayPage(*m_workspace, this))
{
    setObjectName(u"mainWindow"_s);
    m_teamView->setObjectName(u"teamList"_s);
    m_teamView->setModel(m_team);
    m_teamView->setAlternatingRowColors(true);
    m_teamView->setSpacing(2);
    m_teamView->setTextElideMode(Qt::ElideRight);
    m_teamView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_wholeTeam->setObjectName(u"wholeTeamButton"_s);
    m_pages->setObjectName(u"pages"_s);
    m_pages->setDocumentMode(true);
    m_pages->addTab(m_today, QString());
    connectToday();
    // Until the other pages are built their tabs hold empty stand-ins.
    for (int i = 1; i < PageCount; ++i)
        m_pages->addTab(new QWidget(m_pages), QString());

    auto* sidebar = new QWidget(this);
    sidebar->setObjectName(u"teamSidebar"_s);
    auto* sideLayout = new QVBoxLayout(sidebar);
    sideLayout->setContentsMargins(6, 6, 0, 6);
    sideLayout->addWidget(m_teamTitle);
    sideLayout->addWidget(m_teamView, 1);
    sideLayout->addWidget(m_addFirst);
    sideLayout->addWidget(m_wholeTeam);
    m_addFirst->setObjectName(u"teamAddFirst"_s);
    connect(m_addFirst, &QPushButton::clicked, this, &MainWindow::addPerson);
    auto* splitter = new QSplitter(this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(sidebar);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    // The team list gets what two-line entries need; the pages get the rest
    // (at 1024 pixels wide every tab must still fit).
    splitter->setSizes({205, 1075});
    setCentralWidget(splitter);

    createActions();
    createReminders();
    followOutsideWrites();
    // The selection, not the current index, picks the person: a list that gains
    // focus makes its first row current without selecting it, and that must not
    // filter every page to one person.
    connect(m_teamView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::personSelectionChanged);
    // A reset of the team list (someone added, renamed or removed) drops the
    // selection without a signal: choose the same person again, or nobody
    // when they are gone, so that no page stays filtered to someone not listed.
    connect(m_team, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_chosenBeforeReset = selectedPersonId(); });
    connect(m_team, &QAbstractItemModel::modelReset, this,
            [this] { selectPerson(std::exchange(m_chosenBeforeReset, {})); });
    connect(m_wholeTeam, &QPushButton::clicked, this, [this] { selectPerson({}); });
    connect(m_workspace, &Workspace::errorOccurred, this, &MainWindow::showError);
    // The first load also ends the file's integrity check: writing becomes possible.
    connect(m_workspace, &Workspace::loaded, this, &MainWindow::updateWritable);
    m_workspace->onChangeOf(this, {DataKind::People}, [this] { updateLogActions(); });

    if (loading == Workspace::Loading::InBackground) {
        // The app's start: paint first, then read the logs and build the other
        // pages (or build them as soon as one of their tabs is picked).
        connect(m_pages, &QTabWidget::currentChanged, this, &MainWindow::ensurePages);
        onFirstPaint(this, [this] {
            m_workspace->startLoading();
            ensurePages();
        });
        // A one-on-one left unfinished (a crash, a closed window) is offered
        // again once the logs are in.
        connect(
            m_workspace, &Workspace::loaded, this,
            [this] { QTimer::singleShot(0, this, &MainWindow::offerDraftsToResume); },
            Qt::SingleShotConnection);
    } else {
        ensurePages();
    }
    updateWritable(); // also sets every text: retranslate()
    const AppSettings settings;
    restoreGeometry(settings.windowGeometry());
    restoreState(settings.windowState());
    if (settings.windowGeometry().isEmpty()) {
        // A first start: 1280×800, or the whole screen where that is smaller.
        QSize size(1280, 800);
        if (const QScreen* display = screen())
            size = size.boundedTo(display->availableGeometry().size());
        resize(size);
    } else if (const QScreen* display = screen()) {
        // A window saved on a larger screen (a laptop now undocked), or moved
        // down by a frame offset, is brought back whole onto this one.
        const QRect room = display->availableGeometry();
        QRect shown = geometry();
        shown.setSize(shown.size().boundedTo(room.size()));
        shown.moveBottom(std::min(shown.bottom(), room.bottom()));
        shown.moveRight(std::min(shown.right(), room.right()));
        shown.moveTop(std::max(shown.top(), room.top()));
        shown.moveLeft(std::max(shown.left(), room.left()));
        if (shown != geometry())
            setGeometry(shown);
    }
    // The team list's two-line entries get room on a wide window; on a small
    // one, every tab still fits (nine Dutch tabs at 1024 pixels).
    splitter->setSizes({width() >= 1200 ? 250 : 205, width()});
}

MainWindow::~MainWindow()
{
    // The undo stack outlives this class's part of the window (it goes with
    // the workspace, a child widget): its last signals, sent while it clears,
    // must not reach the window's slots.
    m_workspace->undoStack()->disconnect();
}

void MainWindow::ensurePages()
{
    if (m_meetings)
        return;
    m_meetings = new EntriesPage(*m_workspace, EntryTableModel::Log::OneOnOnes, this);
    m_decisions = new EntriesPage(*m_workspace, EntryTableModel::Log::Decisions, this);
    m_initiatives = new EntriesPage(*m_workspace, EntryTableModel::Log::Initiatives, this);
    m_board = new BoardPage(*m_workspace, this);
    m_prepare = new PreparePage(*m_workspace, this);
    m_actions = new ActionsPage(*m_workspace, this);
    m_journal = new JournalPage(*m_workspace, this);
    m_progress = new ProgressPage(*m_workspace, this);
    connect(m_meetings, &EntriesPage::addRequested, this, &MainWindow::logOneOnOne);
    connect(m_decisions, &EntriesPage::addRequested, this, &MainWindow::logDecision);
    connect(m_initiatives, &EntriesPage::addRequested, this, &MainWindow::logInitiative);
    for (EntriesPage* page : {m_meetings, m_decisions, m_initiatives}) {
        connect(page, &EntriesPage::editRequested, this,
                [this, page](qint64 id) { editEntry(int(page->model()->log()), id); });
    }
    connect(m_prepare, &PreparePage::startRequested, this, &MainWindow::holdOneOnOne);
    connect(m_prepare, &PreparePage::leverHelpRequested, this, &MainWindow::showHowItWorks);
    connect(m_actions, &ActionsPage::meetingWanted, this,
            [this](qint64 id) { showEntry(&MainWindow::m_meetings, id); });
    connect(m_progress, &ProgressPage::exportReportRequested, this, &MainWindow::exportReport);

    // Swap each stand-in for its page, keeping the tab that is showing.
    const int current = m_pages->currentIndex();
    const QSignalBlocker blocker(m_pages);
    m_pages->setUpdatesEnabled(false);
    for (int i = 1; i < PageCount; ++i) {
        QWidget* standIn = m_pages->widget(i);
        QWidget* page = pageAt(i);
        const QString text = m_pages->tabText(i);
        m_pages->removeTab(i);
        m_pages->insertTab(i, page, text);
        delete standIn;
    }
    m_pages->setCurrentIndex(current);
    m_pages->setUpdatesEnabled(true);
    disconnect(m_pages, &QTabWidget::currentChanged, this, &MainWindow::ensurePages);
    retranslatePages();
    personSelectionChanged();
}

QWidget* MainWindow::pageAt(int index) const
{
    const std::array<QWidget*, PageCount> pages = {m_today,       m_meetings, m_decisions,
                                                   m_initiatives, m_board,    m_prepare,
                                                   m_actions,     m_journal,  m_progress};
    return pages.at(std::size_t(index));
}

void MainWindow::createActions()
{
    m_addPerson = makeAction(u"addPersonAction"_s, QKeySequence(Qt::CTRL | Qt::Key_N),
                             &MainWindow::addPerson);
    m_editPerson = makeAction(u"editPersonAction"_s, {}, &MainWindow::editSelectedPerson);
    m_archivePerson = makeAction(u"archivePersonAction"_s, {}, &MainWindow::archiveSelectedPerson);
    m_restorePerson = makeAction(u"restorePersonAction"_s, {}, &MainWindow::restoreSelectedPerson);
    m_showArchived = new QAction(this);
    m_showArchived->setObjectName(u"showArchivedAction"_s);
    m_showArchived->setCheckable(true);
    connect(m_showArchived, &QAction::toggled, this, [this](bool show) {
        const QString selected = selectedPersonId();
        m_team->setShowArchived(show);
        selectPerson(selected); // an archived person hidden again leaves nobody chosen
    });
    m_logOneOnOne = makeAction(u"logOneOnOneAction"_s, QKeySequence(Qt::CTRL | Qt::Key_1),
                               &MainWindow::logOneOnOne);
    m_logDecision = makeAction(u"logDecisionAction"_s, QKeySequence(Qt::CTRL | Qt::Key_2),
                               &MainWindow::logDecision);
    m_logInitiative = makeAction(u"logInitiativeAction"_s, QKeySequence(Qt::CTRL | Qt::Key_3),
                                 &MainWindow::logInitiative);
    m_search = makeAction(u"searchAction"_s, QKeySequence::Find, &MainWindow::openSearch);
    m_settings =
        makeAction(u"settingsAction"_s, QKeySequence::Preferences, &MainWindow::openSettings);
    m_import = makeAction(u"importAction"_s, {}, &MainWindow::importFile);
    m_export = makeAction(u"exportAction"_s, {}, &MainWindow::exportFile);
    m_exportReport = makeAction(u"exportReportAction"_s, QKeySequence(Qt::CTRL | Qt::Key_P),
                                &MainWindow::exportReport);
    m_backup = makeAction(u"backupAction"_s, {}, &MainWindow::backupNow);
    m_restore = makeAction(u"restoreAction"_s, {}, &MainWindow::openRestore);
    m_quit = makeAction(u"quitAction"_s, QKeySequence::Quit, &MainWindow::quit);
    createUndoActions();

    m_fileMenu = menuBar()->addMenu(QString());
    createFileActions();
    m_fileMenu->addActions({m_search, m_import, m_export, m_exportReport, m_backup, m_restore});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_settings);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addActions({m_undo, m_redo});
    m_logMenu = menuBar()->addMenu(QString());
    m_logMenu->addActions({m_logOneOnOne, m_logDecision, m_logInitiative});
    m_teamMenu = menuBar()->addMenu(QString());
    m_teamMenu->addActions({m_addPerson, m_editPerson, m_archivePerson, m_restorePerson});
    m_teamMenu->addSeparator();
    m_teamMenu->addAction(m_showArchived);
    createScheduleMenu();
    createHelpMenu();

    createToolBar();
    applyIcons();
}

void MainWindow::updateWritable()
{
    for (QAction* action : writingActions())
        action->setEnabled(m_workspace->canWrite());
    updateLogActions();
    retranslate(); // every page sets its writing buttons there, and the status line
    personSelectionChanged();
}

void MainWindow::updateLogActions()
{
    // A one-on-one, decision or initiative is always someone's: with nobody on
    // the team, the way in is adding the first team member.
    const bool canLog = m_workspace->canLog();
    const QString first = m_workspace->canWrite() && !canLog
                              ? tr("Add a team member first: Team › Add team member")
                              : QString();
    for (QAction* action : {m_logOneOnOne, m_logDecision, m_logInitiative})
        action->setEnabled(canLog);
    m_logBlockedTip = first;
    retranslateToolBar(); // the tooltips say why, or what each does
    m_addFirst->setVisible(!first.isEmpty());
}

void MainWindow::showStatus()
{
    // The file's state is a widget of its own, not a message: a menu's status
    // tip or a "Backed up" note covers it for a while and then gives it back.
    if (!m_statusText)
        return;
    if (m_workspace->isLoading())
        m_statusText->setFullText(tr("Loading your logs…"));
    else if (m_db.isReadOnly())
        m_statusText->setFullText(tr("%1 (read-only)").arg(m_db.path()));
    else if (!m_workspace->canWrite())
        m_statusText->setFullText(m_db.writeRefusal());
    else
        m_statusText->setFullText(m_db.path());
}

QList<QAction*> MainWindow::writingActions() const
{
    return {m_addPerson,   m_editPerson,    m_archivePerson, m_restorePerson, m_logOneOnOne,
            m_logDecision, m_logInitiative, m_import,        m_backup};
}

void MainWindow::retranslate()
{
    retranslateFileActions(); // also the window title, which names the file
    m_teamTitle->setText(u"<b>"_s + tr("Team") + u"</b>"_s);
    m_teamView->setAccessibleName(tr("Team"));
    m_wholeTeam->setText(tr("Show the &whole team"));
    m_addFirst->setText(tr("Add your first team member…"));
    m_pages->setTabText(0, tr("Today"));
    m_pages->setTabText(1, tr("One-on-ones"));
    m_pages->setTabText(2, tr("Decisions"));
    m_pages->setTabText(3, tr("Initiatives"));
    m_pages->setTabText(4, tr("Delegation board"));
    m_pages->setTabText(5, tr("Prepare"));
    m_pages->setTabText(6, tr("Actions"));
    m_pages->setTabText(7, tr("Journal"));
    m_pages->setTabText(8, tr("Progress"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_logMenu->setTitle(tr("&Log"));
    m_teamMenu->setTitle(tr("&Team"));
    m_addPerson->setText(tr("&Add team member…"));
    m_editPerson->setText(tr("&Edit team member…"));
    m_archivePerson->setText(tr("A&rchive team member"));
    m_restorePerson->setText(tr("Res&tore team member"));
    m_restorePerson->setStatusTip(tr("Bring an archived team member back to the team"));
    m_showArchived->setText(tr("Show archi&ved team members"));
    m_logOneOnOne->setText(tr("One-on-one…"));
    m_logDecision->setText(tr("Decision…"));
    m_logInitiative->setText(tr("Initiative…"));
    m_search->setText(tr("&Search…"));
    m_settings->setText(tr("Se&ttings…"));
    m_import->setText(tr("&Import…"));
    m_export->setText(tr("&Export…"));
    m_exportReport->setText(tr("Export coaching re&port…"));
    m_backup->setText(tr("&Back up now"));
    m_restore->setText(tr("Restore &from a backup…"));
    m_quit->setText(tr("&Quit"));
    retranslateSchedule();
    retranslateToolBar();
    m_today->retranslate();
    retranslatePages();
    showStatus();
}

void MainWindow::retranslatePages()
{
    if (!m_meetings)
        return;
    m_meetings->retranslate();
    m_decisions->retranslate();
    m_initiatives->retranslate();
    m_board->retranslate();
    m_prepare->retranslate();
    m_actions->retranslate();
    m_journal->retranslate();
    m_progress->retranslate();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_workspace->retranslate(); // prompts, labels and undo steps in the new language
        retranslate();
    }
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        checkOutsideWrites(); // back from the terminal, perhaps
    if (event->type() == QEvent::PaletteChange)
        applyIcons(); // the bundled icons are drawn in the palette's colours
    QMainWindow::changeEvent(event);
}

QString MainWindow::selectedPersonId() const
{
    const QModelIndexList selected = m_teamView->selectionModel()->selectedIndexes();
    return selected.isEmpty() ? QString()
                              : selected.constFirst().data(TeamModel::PersonIdRole).toString();
}

void MainWindow::selectPerson(const QString& personId)
{
    const int row = m_team->rowOf(personId);
    if (row < 0)
        m_teamView->selectionModel()->clear();
    else
        m_teamView->selectionModel()->setCurrentIndex(m_team->index(row),
                                                      QItemSelectionModel::ClearAndSelect);
    personSelectionChanged();
}

void MainWindow::personSelectionChanged()
{
    const QString id = selectedPersonId();
    const Person* person = m_workspace->log().person(id);
    const bool archived = person && person->archived;
    m_editPerson->setEnabled(person && m_workspace->canWrite());
    m_archivePerson->setEnabled(person && !archived && m_workspace->canWrite());
    m_restorePerson->setEnabled(archived && m_workspace->canWrite());
    m_wholeTeam->setEnabled(!id.isEmpty());
    m_today->setPersonFilter(id);
    if (!m_meetings)
        return;
    m_meetings->setPersonFilter(id);
    m_decisions->setPersonFilter(id);
    m_initiatives->setPersonFilter(id);
    m_progress->setPersonFilter(id);
    m_actions->setPersonFilter(id);
    if (!id.isEmpty())
        m_prepare->setPerson(id);
}

void MainWindow::addPerson()
{
    PersonDialog dialog(this);
    Person fresh;
    fresh.cadenceDays = AppSettings().defaultCadence();
    fresh.joinedOn = m_workspace->today();
    dialog.setPerson(fresh);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto* command = new AddPersonCommand(*m_workspace, dialog.person());
    if (m_workspace->run(command))
        selectPerson(command->person().id);
}

void MainWindow::editSelectedPerson()
{
    const Person* person = m_workspace->log().person(selectedPersonId());
    if (!person)
        return;
    const Person before = *person;
    PersonDialog dialog(this);
    dialog.setPerson(before);
    if (dialog.exec() == QDialog::Accepted && !(dialog.person() == before))
        m_workspace->run(new EditPersonCommand(*m_workspace, before, dialog.person()));
}

void MainWindow::archiveSelectedPerson()
{
    if (const Person* person = m_workspace->log().person(selectedPersonId()))
        m_workspace->run(new ArchivePersonCommand(*m_workspace, *person));
}

void MainWindow::restoreSelectedPerson()
{
    const Person* person = m_workspace->log().person(selectedPersonId());
    if (person && person->archived)
        m_workspace->run(new ArchivePersonCommand(*m_workspace, *person, false));
}

void MainWindow::logDecision()
{
    DecisionDialog dialog(m_workspace->log(), m_workspace->store().areas(), this);
    Decision fresh;
    fresh.personId = selectedPersonId();
    fresh.date = m_workspace->today();
    fresh.reviewOn = fresh.date.addDays(14);
    dialog.setDecision(fresh);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto* command = new LogDecisionCommand(*m_workspace, dialog.decision());
    if (m_workspace->run(command))
        showEntry(&MainWindow::m_decisions, command->entryId());
}

void MainWindow::logInitiative()
{
    InitiativeDialog dialog(m_workspace->log(), this);
    Initiative fresh;
    fresh.personId = selectedPersonId();
    fresh.date = m_workspace->today();
    fresh.outcome = InitiativeOutcome::Worked;
    dialog.setInitiative(fresh);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto* command = new LogInitiativeCommand(*m_workspace, dialog.initiative());
    if (m_workspace->run(command))
        showEntry(&MainWindow::m_initiatives, command->entryId());
}

void MainWindow::editEntry(int log, qint64 entryId)
{
    const TeamLog& snapshot = m_workspace->log();
    switch (EntryTableModel::Log(log)) {
    case EntryTableModel::Log::OneOnOnes:
        if (const auto before = findById(snapshot.oneOnOnes, entryId)) {
            OneOnOneDialog dialog(snapshot, this);
            dialog.setMeeting(*before);
            if (dialog.exec() == QDialog::Accepted && !(dialog.meeting() == *before))
                m_workspace->run(new EditOneOnOneCommand(*m_workspace, *before, dialog.meeting()));
        }
        break;
    case EntryTableModel::Log::Decisions:
        if (const auto before = findById(snapshot.decisions, entryId)) {
            DecisionDialog dialog(snapshot, m_workspace->store().areas(), this);
            dialog.setDecision(*before);
            if (dialog.exec() == QDialog::Accepted && !(dialog.decision() == *before))
                m_workspace->run(new EditDecisionCommand(*m_workspace, *before, dialog.decision()));
        }
        break;
    case EntryTableModel::Log::Initiatives:
        if (const auto before = findById(snapshot.initiatives, entryId)) {
            InitiativeDialog dialog(snapshot, this);
            dialog.setInitiative(*before);
            if (dialog.exec() == QDialog::Accepted && !(dialog.initiative() == *before))
                m_workspace->run(
                    new EditInitiativeCommand(*m_workspace, *before, dialog.initiative()));
        }
        break;
    }
}

void MainWindow::openSearch()
{
    SearchDialog dialog(*m_workspace, this);
    connect(&dialog, &SearchDialog::openRequested, this, &MainWindow::openSearchHit);
    connect(&dialog, &SearchDialog::personRequested, this, &MainWindow::selectPerson);
    dialog.exec();
}

void MainWindow::openSearchHit(const SearchHit& hit)
{
    switch (hit.kind) {
    case SearchHit::Kind::OneOnOne:
    case SearchHit::Kind::AgendaItem:
    case SearchHit::Kind::ActionItem:
        showEntry(&MainWindow::m_meetings,
                  hit.kind == SearchHit::Kind::OneOnOne ? hit.entryId : hit.meetingId);
        break;
    case SearchHit::Kind::Decision:
        showEntry(&MainWindow::m_decisions, hit.entryId);
        break;
    case SearchHit::Kind::Initiative:
        showEntry(&MainWindow::m_initiatives, hit.entryId);
        break;
    }
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(*m_workspace, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_today->retranslate(); // the home page's focus count is a setting
    m_reminders->check();   // and the reminders' times
}

void MainWindow::showError(const QString& message)
{
    QMessageBox::warning(this, tr("Rode Draad"), message);
}

} // namespace rd::ui
