#pragma once

#include "BoundedSpinBox.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTimeEdit;

namespace rd::ui {

class Workspace;

/// Language, default cadence, the backup folder and the database location;
/// the reminders of planned one-on-ones (when, the tray, the start at
/// login); the rule thresholds (with their defaults and a reset).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(Workspace& workspace, QWidget* parent = nullptr);
    void accept() override;
    void resetThresholds();

private:
    QWidget* createRemindersTab();
    Workspace& m_workspace;
    QComboBox* m_language;
    BoundedSpinBox* m_cadence;
    BoundedSpinBox* m_focusCount;
    QTableWidget* m_thresholds;
    QLineEdit* m_backupFolder;
    QCheckBox* m_dayBefore = nullptr;
    QTimeEdit* m_dayBeforeAt = nullptr;
    QCheckBox* m_shortlyBefore = nullptr;
    BoundedSpinBox* m_minutesBefore = nullptr;
    QCheckBox* m_morningSummary = nullptr;
    QTimeEdit* m_morningAt = nullptr;
    QCheckBox* m_keepInTray = nullptr;
    QCheckBox* m_startAtLogin = nullptr;
    bool m_startedAtLogin = false; ///< the entry was there when the dialog opened
    QLabel* m_error;
};

} // namespace rd::ui
