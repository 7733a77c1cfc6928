#pragma once

#include "BoundedSpinBox.h"
#include "domain/TeamLog.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QTimeEdit;

namespace rd::ui {

class DateField;

/// Plans a one-on-one, or a series by the person's cadence; or moves a
/// planned one to another day and time. Only accepts a plan for today or later.
class PlanDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanDialog)

public:
    PlanDialog(const TeamLog& log, QDate today, QWidget* parent = nullptr);
    /// Plans for `personId` (preselected; the series follows their cadence).
    void setPerson(const QString& personId);
    /// Moves `plan`: its person is fixed and there is no series.
    void setMoving(const PlannedOneOnOne& plan);
    /// The plans to add, or the moved plan (one).
    QList<PlannedOneOnOne> plans() const;

    void accept() override;

private:
    void updateSeries();

    const TeamLog& m_log;
    QDate m_today;
    std::optional<PlannedOneOnOne> m_moving;
    QComboBox* m_person;
    DateField* m_date;
    QCheckBox* m_wholeDay;
    QTimeEdit* m_time;
    BoundedSpinBox* m_duration;
    QCheckBox* m_series;
    QLabel* m_error;
};

} // namespace rd::ui
