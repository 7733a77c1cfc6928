// The File menu's file actions of the main window: New, Open, Open Recent,
// Save a Copy and the switch between your own team and the sample team, and
// the window title and status marker that say which file is open, and the
// watch for other processes writing to it.
#include "BackgroundTask.h"
#include "ElidedLabel.h"
#include "MainWindow.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"
#include "storage/Locations.h"
#include "storage/Maintenance.h"
#include "Workspace.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace rd::ui {

namespace {

QString fileFilter()
{
    return MainWindow::tr("Rode Draad files (*.sqlite *.db);;All files (*)");
}

bool sameFile(const QString& a, const QString& b)
{
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

} // namespace

void MainWindow::createFileActions()
{
    // Ctrl+N adds a team member (the action a manager takes most), so a new file
    // has Ctrl+Shift+N.
    m_new = makeAction(u"newFileAction"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                       &MainWindow::newFile);
    m_open = makeAction(u"openFileAction"_s, QKeySequence::Open, &MainWindow::openFile);
    m_saveCopy = makeAction(u"saveCopyAction"_s, {}, &MainWindow::saveCopy);
    m_switchTeam = makeAction(u"switchTeamAction"_s, {}, &MainWindow::switchTeam);
    m_recentMenu = new QMenu(this);
    m_recentMenu->setObjectName(u"recentMenu"_s);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    m_fileMenu->addActions({m_new, m_open});
    m_fileMenu->addMenu(m_recentMenu);
    m_fileMenu->addAction(m_saveCopy);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_switchTeam);
    m_fileMenu->addSeparator();

    m_statusText = new ElidedLabel(this);
    m_statusText->setObjectName(u"statusText"_s);
    statusBar()->addWidget(m_statusText, 1);
    m_fileMarker = new QLabel(this);
    m_fileMarker->setObjectName(u"fileMarker"_s);
    m_fileMarker->setContentsMargins(6, 0, 6, 0);
    statusBar()->addPermanentWidget(m_fileMarker);
    // A menu's status tip replaces a note and, leaving, clears it: give the
    // note back for the rest of its time.
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString& shown) {
        if (!shown.isEmpty() || m_note.isEmpty())
            return;
        const qint64 left = m_noteUntil.remainingTime();
        if (left > 0)
            statusBar()->showMessage(m_note, int(left));
        else
            m_note.clear();
    });
}

void MainWindow::note(const QString& text, std::chrono::milliseconds shown)
{
    m_note = text;
    m_noteUntil.setRemainingTime(shown);
    statusBar()->showMessage(text, int(shown.count()));
}

void MainWindow::retranslateFileActions()
{
    const QString path = m_db.path();
    const bool sample = isSampleTeam(path);
    QString name = sample ? tr("Sample team") : QFileInfo(path).fileName();
    if (m_workspace->isReadOnly())
        name = tr("%1 (read-only)").arg(name);
    // The desktop shows the title as is: it ends with the app's name, so Qt adds none.
    setWindowTitle(tr("%1 – Rode Draad").arg(name));

    QStringList marks;
    if (sample)
        marks << tr("Sample team");
    if (m_workspace->isReadOnly())
        marks << tr("Read-only review");
    m_fileMarker->setText(marks.isEmpty() ? QString()
                                          : u"<b>"_s + marks.join(u" · "_s) + u"</b>"_s);
    m_fileMarker->setToolTip(sample ? tr("You are exploring the sample team. Your own team is one "
                                         "click away: File › Open your own team.")
                                    : QString());
    m_fileMarker->setVisible(!marks.isEmpty());

    m_new->setText(tr("&New…"));
    m_new->setStatusTip(tr("Start a new, empty Rode Draad file"));
    m_open->setText(tr("&Open…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_saveCopy->setText(tr("Save a &Copy…"));
    m_saveCopy->setStatusTip(tr("Write a copy of this file, for a coach or for safekeeping"));
    m_switchTeam->setText(sample ? tr("Open your own tea&m") : tr("Open the s&ample team"));
}

QString MainWindow::ownTeamFile()
{
    for (const QString& file : AppSettings().recentDatabases()) {
        if (!isSampleTeam(file) && QFileInfo(file).isFile())
            return file;
    }
    return ownTeamPath();
}

void MainWindow::fillRecentMenu()
{
    AppSettings settings;
    const QStringList gone = settings.forgetMissing();
    if (!gone.isEmpty())
        note(tr("Removed from Open Recent, no longer there: %1").arg(gone.join(u", "_s)),
             std::chrono::seconds(10));
    m_recentMenu->clear();
    const QStringList recent = settings.recentDatabases();
    for (int n = 0; n < recent.size(); ++n) {
        const QString& file = recent.at(n);
        const QString name =
            isSampleTeam(file) ? tr("Sample team") : QDir::toNativeSeparators(file);
        QAction* item = m_recentMenu->addAction(u"&%1 %2"_s.arg(n + 1).arg(name));
        item->setObjectName(u"recentFile%1"_s.arg(n + 1));
        item->setData(file);
        item->setToolTip(file);
        item->setEnabled(!sameFile(file, m_db.path()));
        connect(item, &QAction::triggered, this, [this, file] {
            emit openRequested({file, false, Presence::MustExist, true});
        });
    }
    if (recent.isEmpty()) {
        QAction* none = m_recentMenu->addAction(tr("No files opened yet"));
        none->setEnabled(false);
    }
}

void MainWindow::newFile()
{
    QFileDialog dialog(this, tr("New Rode Draad file"), dataFolder(), fileFilter());
    dialog.setObjectName(u"newFileDialog"_s);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(u"sqlite"_s);
    // An existing file is refused below rather than "replaced": New never
    // overwrites a team's logs.
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    dialog.selectFile(tr("new-team.sqlite"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    if (QFileInfo::exists(path)) {
        showError(tr("%1 already exists. Choose another name, or use Open… to open it.").arg(path));
        return;
    }
    emit openRequested({path, false, Presence::MayCreate, true});
}

void MainWindow::openFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a Rode Draad file"), QFileInfo(m_db.path()).absolutePath(), fileFilter());
    if (path.isEmpty() || sameFile(path, m_db.path()))
        return;
    emit openRequested({path, false, Presence::MustExist, true});
}

void MainWindow::switchTeam()
{
    if (isSampleTeam(m_db.path()))
        emit openRequested({ownTeamFile(), false, Presence::MayCreate, true});
    else
        emit openRequested({sampleTeamPath(), false, Presence::MayCreate, true});
}

void MainWindow::saveCopy()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggestion = u"%1-%2.sqlite"_s.arg(QFileInfo(m_db.path()).completeBaseName(),
                                                     QDate::currentDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save a copy"), QDir(documents).filePath(suggestion), fileFilter());
    if (path.isEmpty())
        return;
    QString message;
    const bool ok = runInBackground(
        this, tr("Saving a copy…"), m_db.path(),
        [path](Database& db) {
            rd::saveCopy(db, path);
            return tr("Saved a copy to %1.").arg(path);
        },
        &message);
    ok ? note(message) : showError(message);
}

void MainWindow::followOutsideWrites()
{
    auto* timer = new QTimer(this);
    timer->setObjectName(u"outsideWritesTimer"_s);
    timer->setInterval(std::chrono::seconds(2));
    connect(timer, &QTimer::timeout, this, &MainWindow::checkOutsideWrites);
    timer->start();
    connect(m_workspace, &Workspace::changedOutside, this, [this] {
        note(tr("Another program changed this file: it was read again, and the undo history "
                "was cleared."),
             std::chrono::seconds(10));
    });
}

void MainWindow::checkOutsideWrites()
{
    // Not under an open dialog: an edit dialog holds the entry as it was, and
    // a running import writes through a connection of its own.
    if (QApplication::activeModalWidget() == nullptr)
        m_workspace->store().checkForOutsideWrites();
}

} // namespace rd::ui
