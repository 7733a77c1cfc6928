#pragma once

#include "BoundedSpinBox.h"
#include "domain/TeamLog.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace rd::ui {

/// Logs or edits a delegated decision. It explains the seven delegation
/// levels in plain words and asks for the why and the boundaries: direction and room.
class DecisionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionDialog)

public:
    DecisionDialog(const TeamLog& log, const QStringList& areas, QWidget* parent = nullptr);
    void setDecision(const Decision& decision);
    Decision decision() const;
    void accept() override;

private:
    /// The combo box holds the level itself, never its number or index.
    DelegationLevel level() const;
    void setLevel(DelegationLevel level);
    void updateLevelHelp();
    /// A new decision starts at suggestedLevel() for its person and area, until
    /// the user picks a level; an edited one keeps its own.
    void suggestLevel();

    const TeamLog& m_log;
    bool m_levelPicked = false;
    Decision m_decision;
    QComboBox* m_person;
    QDateEdit* m_date;
    QLineEdit* m_title;
    QComboBox* m_area;
    QComboBox* m_level;
    QLabel* m_levelHelp;
    QPlainTextEdit* m_why;
    QPlainTextEdit* m_boundaries;
    QCheckBox* m_hasReview;
    QDateEdit* m_review;
    BoundedSpinBox* m_checkIns;
    QCheckBox* m_overridden;
    QComboBox* m_outcome;
    QLineEdit* m_learning;
    QLabel* m_error;
};

} // namespace rd::ui
