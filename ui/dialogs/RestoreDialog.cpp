#include "RestoreDialog.h"

#include "BackgroundTask.h"
#include "domain/Error.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
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
    , m_backups(new QTableWidget(0, 2, this))
{
    setObjectName(u"restoreDialog"_s);
    setWindowTitle(tr("Restore from a backup"));
    m_backups->setObjectName(u"restoreBackups"_s);
    m_backups->setAccessibleName(tr("Backups"));
    m_backups->setHorizontalHeaderLabels({tr("Taken on"), tr("Entries")});
    m_backups->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_backups->verticalHeader()->hide();
    m_backups->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_backups->setSelectionMode(QAbstractItemView::SingleSelection);
    m_backups->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (const BackupFile& backup : listBackups(backupDir)) {
        const int row = m_backups->rowCount();
        m_backups->insertRow(row);
        auto* taken =
            new QTableWidgetItem(QLocale().toString(backup.takenAt, QLocale::ShortFormat));
        taken->setData(Qt::UserRole, backup.path);
        taken->setToolTip(backup.path);
        QString entries;
        try {
            entries = QString::number(countEntries(backup.path));
        } catch (const Error&) {
            entries = tr("damaged");
        }
        m_backups->setItem(row, 0, taken);
        m_backups->setItem(row, 1, new QTableWidgetItem(entries));
    }
    if (m_backups->rowCount() > 0)
        m_backups->selectRow(0);
    auto* intro =
        new QLabel(tr("Your current data is backed up first, so a restore can be undone by "
                      "restoring that backup."),
                   this);
    intro->setWordWrap(true);
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
    layout->addWidget(buttons);
    resize(520, 420);
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
