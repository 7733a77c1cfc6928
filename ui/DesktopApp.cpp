// Starting the desktop app: the language, the first-run welcome and the
// database. Screenshots and benchmarks start it through bench/'s harness.
#include "BackgroundTask.h"
#include "demo/DemoTeam.h"
#include "dialogs/SettingsDialog.h"
#include "dialogs/WelcomeDialog.h"
#include "domain/Error.h"
#include "exchange/JsonExchange.h"
#include "i18n/Language.h"
#include "MainWindow.h"
#include "reminders/TrayIcon.h"
#include "settings/AppSettings.h"
#include "settings/StartupFile.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/Locations.h"
#include "storage/WriterLock.h"
#include "TerminationSignals.h"
#include "Workspace.h"

#include <functional>
#include <optional>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QIcon>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QThreadPool>
#include <QTimer>
#include <utility>

using namespace Qt::StringLiterals;

namespace rd::ui {

namespace {

QString valueOf(const QStringList& arguments, const QString& option)
{
    const qsizetype at = arguments.indexOf(option);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : QString();
}

/// Creates the sample team in its own file, off the UI thread.
bool createSampleTeam(const QString& path, QString* error)
{
    return runInBackground(
        nullptr, MainWindow::tr("Creating the sample team…"), path,
        [](Database& db) {
            DemoOptions options;
            options.until = QDate::currentDate();
            options.language = currentLanguage(); // the team speaks the interface's language
            importTeamLog(db, generateDemoTeam(options), ImportMode::Replace);
            return QString();
        },
        error);
}

/// Asks whether to replace the damaged file with the newest sound backup; with
/// none to offer (or a read-only window) only says what is wrong. True when the
/// user chose to restore.
bool offerRestore(QWidget* parent, const Database& db, const QString& backups,
                  const QString& damage, const QString& question = {})
{
    if (db.isReadOnly() || backupsOfFile(db.path(), backups).isEmpty()) {
        QMessageBox::critical(parent, MainWindow::tr("Rode Draad"), damage);
        return false;
    }
    QMessageBox offer(QMessageBox::Warning, MainWindow::tr("Rode Draad"),
                      damage + u"\n\n"_s +
                          (question.isEmpty()
                               ? MainWindow::tr("Restore the newest sound backup? The damaged "
                                                "file is kept beside it.")
                               : question),
                      QMessageBox::Yes | QMessageBox::Cancel, parent);
    offer.setObjectName(question.isEmpty() ? u"restoreDamagedQuestion"_s
                                           : u"restoreLostCommitsQuestion"_s);
    return offer.exec() == QMessageBox::Yes;
}

/// Two things of a start can run on the other core while the window is
/// assembled. Reading the system's font configuration is the largest single
/// cost of a start (6.5 ms, more than constructing QApplication); QFontDatabase
/// is thread-safe, and the first text the window measures waits for it. And
/// Qt's raster engine splits large fills over the global thread pool: its
/// threads, started here, are no longer started by the first paint.
void warmUpInBackground()
{
    QThreadPool* pool = QThreadPool::globalInstance();
    pool->start([] { QFontDatabase::families(); });
    for (int thread = 1; thread < pool->maxThreadCount(); ++thread)
        pool->start([] {});
}

/// How a window's run ended.
struct WindowOutcome
{
    enum class Kind
    {
        Quit,       ///< the window was closed: exit with `code`
        Restore,    ///< the user chose to restore the newest backup of this file
        Switch,     ///< the user asked for another file: `next`
        OpenFailed, ///< the file could not be opened; the message was shown
    };
    Kind kind = Kind::Quit;
    int code = 0;
    FileTarget next;
};

/// Shows the main window on `db` until it closes, or until the user asks for
/// another file.
///
/// A `db` not yet open is opened once the window is drawn. A file that cannot
/// be opened then gets its message over the window, which closes with it, or,
/// when it is damaged, the offer to restore the newest sound backup. A file
/// that opens is remembered for the next start when `target` says so.
WindowOutcome runWindow(QApplication& app, Database& db, WriterLock& lock, const FileTarget& target,
                        AppSettings& settings, const WindowHook& hook, TrayIcon* tray, bool inTray)
{
    const QString backups = backupDirectory(db.path(), settings.backupFolder());
    MainWindow window(db, nullptr, Workspace::Loading::InBackground);
    // Reminders through the tray where the desktop has one, else in the window.
    window.setNotifier(tray);
    if (tray) {
        QObject::connect(&window.workspace(), &Workspace::languageChanged, tray,
                         &TrayIcon::retranslate);
    }
    WindowOutcome outcome;
    // Queued: the dialogs run once the signal's emitter has returned.
    QObject::connect(
        &window.workspace(), &Workspace::openFailed, &window,
        [&window, &app, &outcome, &db, backups](const QString& message, bool damaged) {
            // A damaged file is never written to: offer the newest sound backup
            // instead, keeping the damaged file beside it.
            const bool restore = damaged && offerRestore(&window, db, backups, message);
            if (!damaged)
                QMessageBox::critical(&window, MainWindow::tr("Rode Draad"), message);
            outcome.kind = restore ? WindowOutcome::Kind::Restore : WindowOutcome::Kind::OpenFailed;
            app.exit(restore ? 0 : 1);
        },
        Qt::QueuedConnection);
    QObject::connect(&window, &MainWindow::openRequested, &window,
                     [&window, &app, &outcome](const FileTarget& next) {
                         if (!window.closeForGood())
                             return;
                         outcome.kind = WindowOutcome::Kind::Switch;
                         outcome.next = next;
                         app.exit(0);
                     });
    if (target.remember) {
        QObject::connect(&window.workspace(), &Workspace::loaded, &window,
                         [&settings, path = db.path()] { settings.rememberOpened(path); });
    }
    const auto exec = [&app, &outcome] {
        outcome.code = app.exec();
        return outcome;
    };
    if (hook && hook(window, lock))
        return exec(); // a harness's own start (bench/): none of the product's below
    if (inTray && tray)
        window.startHidden(); // at login: the reminders, and the window when asked
    else
        window.show();
    // The first load ends the integrity check. A damaged file gets the offer to
    // restore the newest sound backup; a sound one a backup when its data changed
    // since the last, off the UI thread (never back up a damaged file: it would
    // push a sound backup out of the rotation).
    QObject::connect(
        &window.workspace(), &Workspace::damaged, &window,
        [&window, &app, &outcome, &db, backups](const QString& message) {
            if (offerRestore(&window, db, backups, message)) {
                outcome.kind = WindowOutcome::Kind::Restore;
                app.quit();
            }
        },
        Qt::QueuedConnection);
    // A file that lost commits its log held (CommitRecord.h): say so, and
    // offer the newest backup, which may still hold them.
    QObject::connect(
        &window.workspace(), &Workspace::loaded, &window,
        [&window, &app, &outcome, &db, backups] {
            if (db.lostCommits() > 0 &&
                offerRestore(&window, db, backups, lostCommitsMessage(db),
                             MainWindow::tr("Restore the newest backup? The file as it is now is "
                                            "kept beside it."))) {
                outcome.kind = WindowOutcome::Kind::Restore;
                app.quit();
            }
        },
        Qt::QueuedConnection);
    auto backUp = [&window, &db, path = db.path(), backups] {
        // Never automatically while commits are known lost: that backup would
        // push one that may still hold them out of the rotation.
        if (!window.workspace().canWrite() || db.lostCommits() > 0)
            return;
        QString message;
        if (runInBackground(
                &window, MainWindow::tr("Backing up…"), path,
                [backups](Database& worker) { return backupIfChanged(worker, backups); },
                &message) &&
            !message.isEmpty()) {
            // Its fingerprint in the settings is the app's own write, not another program's.
            window.workspace().store().acceptOwnCommits(1);
            window.note(MainWindow::tr("Backed up to %1.").arg(message));
        }
    };
    if (window.workspace().isLoading())
        QObject::connect(&window.workspace(), &Workspace::loaded, &window, backUp);
    else
        QTimer::singleShot(0, &window, backUp);
    return exec();
}

/// A file ready for a window: its writer lock (unless read-only) and its
/// Database, which opens once the window is drawn.
struct OpenedFile
{
    std::unique_ptr<WriterLock> lock;
    std::unique_ptr<Database> db; ///< null when the file cannot be opened
    bool declined = false;        ///< the user declined to open it read-only
};

/// Prepares `target` for a window: says what stands in the way (a missing or
/// unwritable folder or file, another running Rode Draad), creates the data
/// folder owner-only and the sample team when they are missing. Without a
/// Database when the file cannot be opened: every refusal was shown.
OpenedFile prepareFile(FileTarget& target)
{
    OpenedFile opened;
    const auto refuse = [&opened](const QString& message) {
        QMessageBox box(QMessageBox::Critical, MainWindow::tr("Rode Draad"), message,
                        QMessageBox::Ok);
        box.setObjectName(u"openRefusedMessage"_s);
        box.exec();
        opened.lock.reset();
        return std::move(opened);
    };
    const QString obstacle = openObstacle(target.path, target.readOnly, target.presence);
    const bool readable = QFileInfo(target.path).isFile() &&
                          openObstacle(target.path, true, Presence::MustExist).isEmpty();
    if (!obstacle.isEmpty() && !target.readOnly && readable) {
        // A file this user may read but not change: a review is still possible.
        QMessageBox question(QMessageBox::Question, MainWindow::tr("Rode Draad"),
                             obstacle + u' ' + MainWindow::tr("Open it read-only?"),
                             QMessageBox::Open | QMessageBox::Cancel);
        question.setObjectName(u"readOnlyQuestion"_s);
        if (question.exec() != QMessageBox::Open) {
            opened.declined = true;
            return opened;
        }
        target.readOnly = true;
    } else if (!obstacle.isEmpty()) {
        return refuse(obstacle);
    }
    opened.lock = std::make_unique<WriterLock>(target.path);
    if (!target.readOnly) {
        try {
            createPrivateFolder(QFileInfo(target.path).absolutePath());
        } catch (const Error& error) {
            return refuse(error.message());
        }
        // One writer at a time: a second window on the same file is offered read-only.
        const LockAttempt attempt = opened.lock->acquire();
        if (attempt.outcome == LockAttempt::Outcome::Failed)
            return refuse(attempt.error);
        if (attempt.outcome == LockAttempt::Outcome::HeldElsewhere) {
            const qint64 pid = opened.lock->holderPid();
            QMessageBox question(
                QMessageBox::Question, MainWindow::tr("Rode Draad"),
                (pid > 0 ? MainWindow::tr("%1 is already open in another Rode Draad (process %2).")
                               .arg(target.path)
                               .arg(pid)
                         : MainWindow::tr("%1 is already open in another Rode Draad.")
                               .arg(target.path)) +
                    u' ' +
                    (pid > 0 ? MainWindow::tr("Show its window, or open the file read-only here?")
                             : MainWindow::tr("Open it read-only?")),
                QMessageBox::Open | QMessageBox::Cancel);
            question.setObjectName(u"alreadyOpenQuestion"_s);
            question.button(QMessageBox::Open)->setText(MainWindow::tr("Open read-only"));
            // Its window, most likely waiting in the tray, is what was wanted.
            QPushButton* show = pid > 0 ? question.addButton(MainWindow::tr("Show its window"),
                                                             QMessageBox::AcceptRole)
                                        : nullptr;
            if (show) {
                show->setObjectName(u"alreadyOpenShow"_s);
                question.setDefaultButton(show);
            }
            const int answer = question.exec();
            if (show && question.clickedButton() == show) {
                showWindowOf(pid);
                opened.declined = true;
                opened.lock.reset();
                return opened;
            }
            if (answer != QMessageBox::Open) {
                opened.declined = true;
                opened.lock.reset();
                return opened;
            }
            target.readOnly = true;
        }
    }
    if (isSampleTeam(target.path) && !target.readOnly && !QFileInfo::exists(target.path)) {
        QString error;
        if (!createSampleTeam(target.path, &error))
            return refuse(error);
    }
    // The window is drawn first; the file is opened after that, and its integrity
    // check runs with the first load, off the UI thread: on a large file it is
    // most of the time it takes to open it. Writes wait for it.
    opened.db = std::make_unique<Database>(
        target.path, target.readOnly ? Database::Access::ReadOnly : Database::Access::ReadWrite,
        nullptr, Database::Check::Deferred, Database::Opening::Later);
    return opened;
}

/// The first run (or the file used last is gone): the welcome's choice, or
/// nothing when it was closed.
std::optional<FileTarget> askWelcome(const QString& note)
{
    WelcomeDialog welcome(note);
    if (welcome.exec() != QDialog::Accepted)
        return std::nullopt;
    switch (welcome.choice()) {
    case WelcomeDialog::Choice::OwnTeam:
        return FileTarget{ownTeamPath(), false, Presence::MayCreate, true};
    case WelcomeDialog::Choice::SampleTeam:
        return FileTarget{sampleTeamPath(), false, Presence::MayCreate, true};
    case WelcomeDialog::Choice::OpenFile:
        return FileTarget{welcome.fileName(), false, Presence::MustExist, true};
    }
    return std::nullopt;
}

} // namespace

int runDesktopApp(QApplication& app, const QStringList& arguments, const WindowHook& hook)
{
    warmUpInBackground();
    quitOnTerminationSignals(&app);
    QApplication::setApplicationDisplayName(u"Rode Draad"_s);
    QApplication::setDesktopFileName(u"nl.rodedraad.RodeDraad"_s);
    QIcon icon;
    icon.addFile(u":/icons/rodedraad-48.png"_s);
    icon.addFile(u":/icons/rodedraad-256.png"_s);
    QApplication::setWindowIcon(icon);
    AppSettings settings;
    QString language = valueOf(arguments, u"--lang"_s);
    if (language.isEmpty())
        language = settings.language();
    installLanguage(language.isEmpty() ? systemLanguage() : language);

    const bool readOnly = arguments.contains(u"--read-only"_s);
    const StartupFile start =
        chooseStartupFile(valueOf(arguments, u"--db"_s), qEnvironmentVariable("RODEDRAAD_DB"),
                          settings.lastDatabase());
    std::optional<FileTarget> target;
    if (start.source != StartupFile::Source::Welcome) {
        const bool named = start.source != StartupFile::Source::Remembered;
        target = FileTarget{start.path, readOnly,
                            readOnly || !named ? Presence::MustExist : Presence::MayCreate, !named};
    } else if (readOnly) {
        // Nothing to review yet: say so rather than create a file.
        target = FileTarget{ownTeamPath(), true, Presence::MustExist, false};
    } else {
        target = askWelcome(start.note);
        if (!target)
            return 0;
    }
    // The tray, where the desktop has one: it outlives a switch to another file.
    std::unique_ptr<TrayIcon> tray;
    if (QSystemTrayIcon::isSystemTrayAvailable())
        tray = std::make_unique<TrayIcon>();
    // Started at login (--tray): the first window waits in the tray.
    // Not after the welcome: the choice just made is shown.
    bool inTray = arguments.contains(u"--tray"_s) && start.source != StartupFile::Source::Welcome;
    // A file chosen in the welcome that cannot be opened brings the welcome back.
    bool fromWelcome = start.source == StartupFile::Source::Welcome && !readOnly;

    // The file a switch came from: where the app goes back when the new one fails.
    std::optional<FileTarget> previous;
    for (;;) {
        OpenedFile opened = prepareFile(*target);
        WindowOutcome outcome{WindowOutcome::Kind::OpenFailed, opened.declined ? 0 : 1, {}};
        if (opened.db)
            outcome = runWindow(app, *opened.db, *opened.lock, *target, settings, hook, tray.get(),
                                std::exchange(inTray, false));
        switch (outcome.kind) {
        case WindowOutcome::Kind::Quit:
            return outcome.code;
        case WindowOutcome::Kind::Switch:
            previous = target;
            target = outcome.next;
            fromWelcome = false;
            break;
        case WindowOutcome::Kind::OpenFailed:
            if (previous) {
                target = std::exchange(previous, std::nullopt);
            } else if (fromWelcome) {
                target = askWelcome({});
                if (!target)
                    return 0;
            } else {
                return outcome.code;
            }
            break;
        case WindowOutcome::Kind::Restore: {
            // Moves the damaged file aside, puts the newest sound backup in its
            // place, and opens that.
            const QString path = opened.db->path();
            const QString backups = backupDirectory(path, settings.backupFolder());
            opened.db.reset();
            try {
                replaceWithLatestBackup(path, backups);
            } catch (const Error& again) {
                QMessageBox::critical(nullptr, MainWindow::tr("Rode Draad"), again.message());
                return 1;
            }
            break;
        }
        }
    }
}

} // namespace rd::ui
