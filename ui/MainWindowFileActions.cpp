// The File menu's data actions of the main window: import, export, the
// coaching report, backup and restore. Long work runs off the UI thread.
#include "BackgroundTask.h"
#include "coaching/PromptEngine.h"
#include "dialogs/ReportDialog.h"
#include "dialogs/RestoreDialog.h"
#include "domain/Error.h"
#include "exchange/JsonExchange.h"
#include "MainWindow.h"
#include "pages/ProgressPage.h"
#include "report/CoachingReport.h"
#include "settings/AppSettings.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/SafeFile.h"
#include "storage/TeamLogLoader.h"
#include "Workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLocale>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace rd::ui {

void MainWindow::importFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import exchange file"), QString(),
                                                      tr("Rode Draad exchange files (*.json)"));
    if (path.isEmpty())
        return;
    QString message;
    const bool ok = runInBackground(
        this, tr("Importing…"), m_db.path(),
        [path](Database& db) {
            const ImportSummary summary = importExchangeFile(db, path, ImportMode::Merge);
            return tr("Imported %1 new and %2 matching records.")
                .arg(summary.added)
                .arg(summary.updated);
        },
        &message);
    m_workspace->reload();
    ok ? note(message) : showError(message);
}

void MainWindow::exportFile()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export exchange file"), u"rodedraad.json"_s,
                                     tr("Rode Draad exchange files (*.json)"));
    if (path.isEmpty())
        return;
    QString message;
    const bool ok = runInBackground(
        this, tr("Exporting…"), m_db.path(),
        [path](Database& db) {
            writeFileSafely(
                path, toExchangeJson(loadTeamLog(db.connection()), QDateTime::currentDateTime()));
            return tr("Exported to %1.").arg(path);
        },
        &message);
    ok ? note(message) : showError(message);
}

void MainWindow::exportReport()
{
    ensurePages();
    const ProgressQuery query = m_progress->query();
    const QLocale locale;
    const Person* person = m_workspace->log().person(query.personId);
    const QString scope = tr("%1 to %2, %3")
                              .arg(locale.toString(QDate(query.from.year(), query.from.month(), 1),
                                                   QLocale::LongFormat),
                                   locale.toString(query.to, QLocale::LongFormat),
                                   person ? person->name : tr("the whole team"));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    ReportDialog dialog(
        scope,
        QDir(documents).filePath(u"rodedraad-report-%1.pdf"_s.arg(query.to.toString(Qt::ISODate))),
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ReportOptions options;
    options.query = query;
    options.anonymize = dialog.anonymize();
    // Charts are graphics items, so the report renders on this thread; it takes
    // well under a second on a year of a team's logs.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        const QList<RaisedPrompt> history =
            m_workspace->isPromptHistoryCurrent()
                ? m_workspace->promptHistory()
                : promptHistory(PromptEngine(m_workspace->thresholds()), m_workspace->log(),
                                m_workspace->firstMonth(), m_workspace->today());
        const int pages =
            CoachingReport(m_workspace->log(), m_workspace->prompts(), history, options)
                .write(dialog.path());
        QGuiApplication::restoreOverrideCursor();
        note(tr("Saved the %n-page report to %1.", nullptr, pages).arg(dialog.path()));
    } catch (const Error& error) {
        QGuiApplication::restoreOverrideCursor();
        showError(error.message());
    }
}

void MainWindow::backupNow()
{
    const QString dir = backupDirectory(m_db.path(), AppSettings().backupFolder());
    QString message;
    const bool ok = runInBackground(
        this, tr("Backing up…"), m_db.path(),
        [dir](Database& db) { return tr("Backed up to %1.").arg(takeBackup(db, dir)); }, &message);
    ok ? note(message) : showError(message);
}

void MainWindow::openRestore()
{
    RestoreDialog dialog(*m_workspace, backupDirectory(m_db.path(), AppSettings().backupFolder()),
                         this);
    if (dialog.exec() == QDialog::Accepted)
        note(tr("Restored. Your previous data is in the newest backup."));
}

} // namespace rd::ui
