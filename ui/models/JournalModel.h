#pragma once

#include "coaching/Journal.h"

#include <QAbstractTableModel>

namespace rd::ui {

class Workspace;

/// The learning journal: done prompts with their reflections, newest first.
class JournalModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalModel)

public:
    explicit JournalModel(Workspace& workspace, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void reload();

    Workspace& m_workspace;
    QList<JournalEntry> m_entries;
};

} // namespace rd::ui
