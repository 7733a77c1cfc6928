#pragma once

#include "coaching/Actions.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace rd::ui {

class ActionsModel;
class Workspace;

/// Every open action in one list, overdue first: tick one closed, give one
/// or several a new due date (a renegotiation, recorded), close several at
/// once, or open the one-on-one it came from.
class ActionsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionsPage)

public:
    explicit ActionsPage(Workspace& workspace, QWidget* parent = nullptr);
    void setPersonFilter(const QString& personId);
    void retranslate();
    ActionsModel* model() const { return m_model; }

signals:
    /// The one-on-one an action was agreed in, to show in its log.
    void meetingWanted(qint64 meetingId);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QList<int> selectedRows() const;
    void updateState();
    void closeSelected();
    void moveSelected();
    /// Asks for the new due date of the chosen actions; an invalid date when cancelled.
    QDate askNewDue(QDate suggested);

    Workspace& m_workspace;
    ActionsModel* m_model;
    QLabel* m_summary;
    QTableView* m_table;
    QPushButton* m_done;
    QPushButton* m_move;
    QPushButton* m_open;
    QList<OpenAction> m_keptSelection; ///< across a reset of the list
};

} // namespace rd::ui
