#pragma once

#include <QDialog>

class QTableWidget;

namespace rd::ui {

class Workspace;

/// Lists the backups by date with their entry counts and restores the chosen
/// one, after backing up the current data first.
class RestoreDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreDialog)

public:
    RestoreDialog(Workspace& workspace, const QString& backupDir, QWidget* parent = nullptr);
    void accept() override;
    int backupCount() const;

private:
    Workspace& m_workspace;
    QString m_backupDir;
    QTableWidget* m_backups;
};

} // namespace rd::ui
