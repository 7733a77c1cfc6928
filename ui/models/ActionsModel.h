#pragma once

#include "coaching/Actions.h"

#include <QAbstractTableModel>

namespace rd::ui {

class Workspace;

/// Every open action, the manager's and the team members', overdue first
/// (openActions()). Ticking the first column closes an action as of today;
/// a new date in the due column renegotiates it. Both are undoable steps.
class ActionsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionsModel)

public:
    enum Column
    {
        TextColumn,
        PersonColumn,
        OwnerColumn,
        DueColumn,
        MovedColumn, ///< how often the due date was renegotiated
        AgreedColumn,
        ColumnCount
    };
    enum Role
    {
        MeetingIdRole = Qt::UserRole + 1,
        OverdueRole ///< days past the due date; 0 or less when not overdue
    };

    explicit ActionsModel(Workspace& workspace, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const OpenAction& action(int row) const { return m_actions.at(row); }
    /// Shows only one person's actions; an empty id shows everyone's.
    void setPersonFilter(const QString& personId);
    /// While its view is hidden the list only notes that it is out of date
    /// (a reload is 19 ms on 100,000 entries, on every one-on-one change);
    /// shown again, it reloads once.
    void setShown(bool shown);
    /// How many of the listed actions are overdue.
    int overdueCount() const;

    /// Closes the actions in `rows` as of today, in one undoable step.
    bool close(const QList<int>& rows);
    /// Gives the actions in `rows` the due date `due`, in one undoable step.
    bool move(const QList<int>& rows, QDate due);

private:
    void reload();
    QList<OpenAction> chosen(const QList<int>& rows) const;

    Workspace& m_workspace;
    QString m_personFilter;
    QList<OpenAction> m_actions;
    bool m_shown = true;
    bool m_stale = false;
};

} // namespace rd::ui
