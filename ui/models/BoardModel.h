#pragma once

#include "domain/DelegationBoard.h"
#include "domain/Enums.h"

#include <QAbstractTableModel>
#include <QColor>

namespace rd::ui {

class Workspace;

/// The delegation board: decision areas (rows) x team members (columns). Each
/// cell shows the level agreed as of today, coloured from control to
/// facilitation. Editing a cell agrees a new level; the history is kept.
class BoardModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardModel)

public:
    enum Role
    {
        LevelRole = Qt::UserRole + 1,
        HistoryRole
    };

    explicit BoardModel(Workspace& workspace, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// Setting Qt::EditRole to a level 1..7 agrees it as of today (undoable).
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /// Adds a decision area row (kept once a level is agreed in it).
    void addArea(const QString& area);
    QString areaAt(int row) const { return m_areas.value(row); }
    QString personAt(int column) const { return m_people.value(column); }

private:
    void reload();

    Workspace& m_workspace;
    QStringList m_areas;
    QStringList m_people; ///< ids of active people
    QStringList m_extraAreas;
    QHash<QString, BoardEntry> m_cells; ///< the current agreement per cellKey(), per snapshot
};

} // namespace rd::ui
