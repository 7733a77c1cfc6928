#pragma once

#include "domain/TeamLog.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QRadioButton;

namespace rd::ui {

/// Logs or edits an initiative: was it initiative or compliance, what was the
/// outcome (including "did not work"), and when and how you recognised it.
class InitiativeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InitiativeDialog)

public:
    InitiativeDialog(const TeamLog& log, QWidget* parent = nullptr);
    void setInitiative(const Initiative& initiative);
    Initiative initiative() const;
    void accept() override;

private:
    Initiative m_initiative;
    QComboBox* m_person;
    QDateEdit* m_date;
    QPlainTextEdit* m_description;
    QRadioButton* m_initiativeKind;
    QRadioButton* m_complianceKind;
    QComboBox* m_outcome;
    QCheckBox* m_recognised;
    QDateEdit* m_recognisedOn;
    QComboBox* m_how;
    QLabel* m_error;
};

} // namespace rd::ui
