#include "RestoreDialog.h"

#include "BackgroundTask.h"
#include "DialogSupport.h"
#include "domain/Error.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rd::ui {

RestoreDialog::RestoreDialog(Workspace& workspace, const QString& backupDir, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_backupDir(backupDir)
    , m_backups(new QTableWidget(0, 4, this))
{
    setObjectName(u"restoreDialog"_s);
    setWindowTitle(tr("Restore from a backup"));
    m_backups->setObjectName(u"restoreBackups"_s);
    m_backups->setAccessibleName(tr("Backups"));
    m_backups->setHorizontalHeaderLabels(
        {tr("Taken on"), tr("Size"), tr("Team members"), tr("Latest entry")});
    m_backups->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_backups->horizontalHeader()->setStretchLastSection(true);
    m_backups->verticalHeader()->hide();
    m_backups->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_backups->setSelectionMode(QAbstractItemView::SingleSelection);
    m_backups->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Only this file's own backups: another file's in the same folder are not offered.
    const QLocale locale;
    for (const BackupFile& backup : listOwnBackups(m_workspace.database(), backupDir)) {
        const int row = m_backups->rowCount();
        m_backups->insertRow(row);
        auto* taken = new QTableWidgetItem(locale.toString(backup.takenAt, QLocale::ShortFormat));
        taken->setData(Qt::UserRole, backup.path);
        taken->setToolTip(backup.path);
        m_backups->setItem(row, 0, taken);
        try {
            const BackupSummary summary = summarizeBackup(backup.path);
            m_backups->setItem(row, 1,
                               new QTableWidgetItem(locale.formattedDataSize(summary.bytes)));
            m_backups->setItem(row, 2, new QTableWidgetItem(locale.toString(summary.people)));
            m_backups->setItem(row, 3,
                               new QTableWidgetItem(
                                   summary.latestEntry.isValid()
                                       ? locale.toString(summary.latestEntry, QLocale::ShortFormat)
                                       : tr("none yet")));
        } catch (const Error&) {
            m_backups->setItem(row, 1, new QTableWidgetItem(tr("damaged")));
        }
    }
    if (m_backups->rowCount() > 0)
        m_backups->selectRow(0);
    auto* intro =
        new QLabel(tr("Your current data is backed up first, so a restore can be undone by "
                      "restoring that backup."),
                   this);
    intro->setWordWrap(true);
    QLabel* unowned = nullptr;
    if (const int older = countUnownedBackups(backupDir); older > 0) {
        unowned = new QLabel(tr("%n older backup(s) in %1 date from before backups were kept per "
                                "file, so they are not listed. Open one with File › Open to look "
                                "inside.",
                                nullptr, older)
                                 .arg(backupDir),
                             this);
        unowned->setObjectName(u"restoreUnownedNote"_s);
        unowned->setWordWrap(true);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"restoreButtons"_s);
    QPushButton* restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(u"restoreButton"_s);
    restore->setEnabled(m_backups->rowCount() > 0 && m_workspace.canWrite());
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RestoreDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_backups, 1);
    if (unowned)
        layout->addWidget(unowned);
    layout->addWidget(buttons);
    resizeWithinScreen(this, {520, 420});
}

int RestoreDialog::backupCount() const
{
    return m_backups->rowCount();
}

void RestoreDialog::accept()
{
    const QTableWidgetItem* chosen = m_backups->item(m_backups->currentRow(), 0);
    if (!chosen)
        return;
    const QString source = chosen->data(Qt::UserRole).toString();
    const QString dir = m_backupDir;
    QString message;
    const bool ok = runInBackground(
        this, tr("Restoring…"), m_workspace.database().path(),
        [source, dir](Database& db) { return restoreWithSafetyBackup(db, source, dir); }, &message);
    m_workspace.undoStack()->clear(); // the undo history belongs to the data that was replaced
    m_workspace.reload();
    if (!ok) {
        QMessageBox::warning(this, tr("Rode Draad"), message);
        return;
    }
    QDialog::accept();
}

} // namespace rd::ui
