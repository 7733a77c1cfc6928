#pragma once

#include "coaching/Prompt.h"
#include "domain/TeamLog.h"
#include "FileTarget.h"
#include "storage/Repositories.h"
#include "Workspace.h"

#include <chrono>
#include <functional>
#include <optional>
#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>
#include <QSet>

class QLabel;
class QListView;
class QMenu;
class QPushButton;
class QTabWidget;

namespace rd {
class Database;
class WriterLock;
} // namespace rd

namespace rd::ui {

class BoardPage;
class Notifier;
class ReminderBanner;
class ReminderService;
class ElidedLabel;
class EntriesPage;
class HowItWorks;
class JournalPage;
class ActionsPage;
class PreparePage;
class ProgressPage;
class TeamModel;
class TodayPage;
class Workspace;

/// The manager's window: the team sidebar and the pages (Today, the three
/// logs, the delegation board, Prepare, the journal and Progress), quick-log shortcuts,
/// undo and redo, search and settings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// With `loading` InBackground the window paints at once and the logs
    /// arrive a moment later (the app's start on a large file); the pages
    /// other than Today are built right after that first frame.
    explicit MainWindow(Database& db, QWidget* parent = nullptr,
                        Workspace::Loading loading = Workspace::Loading::Now);
    ~MainWindow() override;

    Workspace& workspace() const { return *m_workspace; }
    TeamModel* teamModel() const { return m_team; }
    /// The selected person's id, or an empty string for the whole team.
    QString selectedPersonId() const;
    void selectPerson(const QString& personId);
    /// The reminders of planned one-on-ones, and the banner that shows them
    /// while no notifier is set.
    ReminderService& reminders() const { return *m_reminders; }
    ReminderBanner& reminderBanner() const { return *m_banner; }
    /// Reminders go to `notifier` (the tray's, or a test's) instead of the
    /// banner; one that holds the app hides the window on close instead of
    /// closing it, when the settings keep the app in the tray. Null: the banner.
    void setNotifier(Notifier* notifier);
    /// A note in the status bar for `shown`; a menu's status tip covers it and gives it back.
    void note(const QString& text, std::chrono::milliseconds shown = std::chrono::seconds(8));

public slots:
    void addPerson();
    void editSelectedPerson();
    void archiveSelectedPerson();
    void restoreSelectedPerson();
    void logOneOnOne();
    void startOneOnOne(const rd::OneOnOne& prefilled);
    /// Opens the meeting view for the one-on-one `prefilled` starts (its
    /// person, date and carried agenda), or resumes that person's draft.
    void holdOneOnOne(const rd::OneOnOne& prefilled);
    /// Offers each unfinished one-on-one (a draft) to resume.
    void offerDraftsToResume();
    void logDecision();
    void logInitiative();
    void editEntry(int log, qint64 entryId);
    void openSearch();
    void openSearchHit(const rd::SearchHit& hit);
    void openSettings();
    /// Shows the window (from the tray too) with `personId`'s preparation
    /// sheet, or the home page for an empty id: what opening a reminder does.
    void openReminder(const QString& personId);
    /// Shows the window again after it was hidden in the tray.
    void showFromTray();
    /// Closes the window even when closing would keep the app in the tray
    /// (Quit, a switch to another file). False when the close was refused.
    bool closeForGood();
    /// File › Quit and the tray's Quit: closes for good and ends the app,
    /// also when the window is hidden in the tray.
    void quit();
    /// The app's start at login, in the tray: the logs load although no
    /// frame is painted.
    void startHidden();
    void importFile();
    void exportFile();
    void planOneOnOne();
    /// Moves or cancels the chosen team member's next planned one-on-one.
    void moveNextPlan();
    void cancelNextPlan();
    /// Schedule › All planned one-on-ones: prepare, move or cancel any of them.
    void showPlans();
    void movePlan(const rd::PlannedOneOnOne& plan);
    void cancelPlan(const rd::PlannedOneOnOne& plan);
    void importCalendar();
    void exportCalendar();
    /// What importCalendar() and exportCalendar() do once the file is chosen.
    void importCalendarFile(const QString& path);
    void exportCalendarFile(const QString& path);
    void exportReport();
    void backupNow();
    void openRestore();
    void newFile();
    void openFile();
    void saveCopy();
    /// Opens the sample team from your own, or your own team from the sample.
    void switchTeam();

signals:
    /// The user asked for another file (File › New, Open, Open Recent, the
    /// sample team and back): the app closes this window and opens that one,
    /// or comes back to this file when it cannot be opened.
    void openRequested(const rd::ui::FileTarget& target);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    static constexpr int PageCount = 9;
    void ensurePages();
    QWidget* pageAt(int index) const;
    /// Shows the Actions view with `personId` chosen (empty: everyone's).
    void showActions(const QString& personId);
    /// Shows the page `page` (one of the three logs) with the entry selected.
    void showEntry(EntriesPage* MainWindow::*page, qint64 entryId);
    /// An action of this window named `name` that calls `slot` when triggered.
    template <typename Slot>
    QAction* makeAction(const QString& name, const QKeySequence& shortcut, Slot slot)
    {
        auto* action = new QAction(this);
        action->setObjectName(name);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    }
    void createActions();
    /// File › New, Open, Open Recent, Save a Copy and the team switch.
    void createFileActions();
    void retranslateFileActions();
    void createToolBar();
    /// Edit › Undo and Redo, named after the step; each first looks for
    /// another process's writes, which clear the history instead.
    void createUndoActions();
    void retranslateToolBar();
    void createHelpMenu();
    /// The toolbar's and menus' icons, for the current palette.
    void applyIcons();
    void showAbout();
    /// "How Rode Draad works", at a lever's explanation when one is given.
    void showHowItWorks(std::optional<rd::Lever> lever = std::nullopt);
    void fillRecentMenu();
    /// Your own team's file, for the switch from the sample: the newest recent
    /// file that is not the sample team, else the one in the data folder.
    static QString ownTeamFile();
    void retranslate();
    void retranslatePages();
    void personSelectionChanged();
    void showError(const QString& message);
    void createScheduleMenu();
    void retranslateSchedule();
    std::optional<PlannedOneOnOne> nextPlanOfSelected() const;
    QList<QAction*> writingActions() const;
    /// Enables what writes when the file became writable (or was found damaged).
    /// Looks for another process's writes to the file every few seconds and
    /// whenever the window gains focus; reads them in and says so.
    void followOutsideWrites();
    void checkOutsideWrites();
    void updateWritable();
    void updateLogActions();
    void showStatus();
    void syncUndoActions();
    void connectToday();
    /// `personId`'s preparation sheet.
    void preparePerson(const QString& personId);
    void createReminders();

    Database& m_db;
    Workspace* m_workspace;
    TeamModel* m_team;
    QString m_chosenBeforeReset; ///< the person chosen while the team list resets
    QString m_note;              ///< the status bar's note, until m_noteUntil
    QDeadlineTimer m_noteUntil;
    QListView* m_teamView;
    QLabel* m_teamTitle;
    QPushButton* m_wholeTeam;
    QPushButton* m_addFirst;       ///< the sidebar's way in while the team is empty
    QSet<QString> m_draftsOffered; ///< the drafts asked about this session
    QTabWidget* m_pages;
    TodayPage* m_today;
    // Built by ensurePages(): in the constructor, or right after the first
    // frame when the window opens with the logs loading in the background.
    EntriesPage* m_meetings = nullptr;
    EntriesPage* m_decisions = nullptr;
    EntriesPage* m_initiatives = nullptr;
    BoardPage* m_board = nullptr;
    PreparePage* m_prepare = nullptr;
    ActionsPage* m_actions = nullptr;
    JournalPage* m_journal = nullptr;
    ProgressPage* m_progress = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_logMenu = nullptr;
    QMenu* m_teamMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_about = nullptr;
    QAction* m_howItWorksAction = nullptr;
    QString m_logBlockedTip; ///< why nothing can be logged yet, or empty
    QPointer<HowItWorks> m_howItWorks;
    QAction* m_aboutQt = nullptr;
    QAction* m_addPerson = nullptr;
    QAction* m_editPerson = nullptr;
    QAction* m_archivePerson = nullptr;
    QAction* m_restorePerson = nullptr;
    QAction* m_showArchived = nullptr;
    QAction* m_logOneOnOne = nullptr;
    QAction* m_logDecision = nullptr;
    QAction* m_logInitiative = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_undoButton = nullptr; ///< the toolbar's: a fixed label, the step in its tooltip
    QAction* m_redoButton = nullptr;
    QAction* m_search = nullptr;
    QAction* m_settings = nullptr;
    QAction* m_import = nullptr;
    QAction* m_export = nullptr;
    QAction* m_exportReport = nullptr;
    QAction* m_backup = nullptr;
    QAction* m_restore = nullptr;
    QAction* m_quit = nullptr;
    ReminderService* m_reminders = nullptr;
    ReminderBanner* m_banner = nullptr;
    QPointer<Notifier> m_notifier;
    bool m_closingForGood = false;
    bool m_toldAboutTray = false; ///< the first hide in the tray says so
    QElapsedTimer m_notifiedAt;   ///< since the notifier last showed a reminder
    QMenu* m_scheduleMenu = nullptr;
    QAction* m_planAction = nullptr;
    QAction* m_plansAction = nullptr;
    QAction* m_movePlanAction = nullptr;
    QAction* m_cancelPlanAction = nullptr;
    QAction* m_importCalendar = nullptr;
    QAction* m_exportCalendar = nullptr;
    QAction* m_new = nullptr;
    QAction* m_open = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_saveCopy = nullptr;
    QAction* m_switchTeam = nullptr;
    /// In the status bar: "Sample team" or "Read-only review", when either holds.
    QLabel* m_fileMarker = nullptr;
    ElidedLabel* m_statusText = nullptr; ///< the file and its state, left in the status bar
};

/// For a harness outside the product (bench/'s screenshots and launch
/// figures): called with each window before it is shown. Returning true hands
/// the window's start to the hook: the product's own (showing it, the restore
/// offers, the automatic backup) is skipped, and the event loop runs until the
/// hook quits it.
using WindowHook = std::function<bool(MainWindow& window, WriterLock& lock)>;

/// Opens the database named by the arguments (after the first-run welcome)
/// and runs the window until it closes.
int runDesktopApp(QApplication& app, const QStringList& arguments, const WindowHook& hook = {});

} // namespace rd::ui
