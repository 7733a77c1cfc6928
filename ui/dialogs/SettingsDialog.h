#pragma once

#include "BoundedSpinBox.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace rd::ui {

class Workspace;

/// Language, default cadence, rule thresholds (with their defaults and a
/// reset), the backup folder and the database location.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(Workspace& workspace, QWidget* parent = nullptr);
    void accept() override;
    void resetThresholds();

private:
    Workspace& m_workspace;
    QComboBox* m_language;
    BoundedSpinBox* m_cadence;
    BoundedSpinBox* m_focusCount;
    QTableWidget* m_thresholds;
    QLineEdit* m_backupFolder;
    QLabel* m_error;
};

} // namespace rd::ui
