#pragma once

#include "domain/PlannedOneOnOne.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace rd::ui {

class Workspace;

/// Schedule › All planned one-on-ones: every plan still to come, by day,
/// with whom and how long, and whether it came from a calendar. The chosen
/// one can be prepared, moved or cancelled; the window does that, and the
/// list follows every change.
class PlansDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlansDialog)

public:
    explicit PlansDialog(Workspace& workspace, QWidget* parent = nullptr);
    /// The chosen plan, if one is chosen.
    std::optional<PlannedOneOnOne> chosen() const;

signals:
    void prepareRequested(const QString& personId);
    void moveRequested(const rd::PlannedOneOnOne& plan);
    void cancelRequested(const rd::PlannedOneOnOne& plan);

private:
    void fill();
    void updateButtons();

    Workspace& m_workspace;
    QTreeWidget* m_list;
    QPushButton* m_prepare;
    QPushButton* m_move;
    QPushButton* m_cancel;
    QList<PlannedOneOnOne> m_plans; ///< in the list's order
};

} // namespace rd::ui
