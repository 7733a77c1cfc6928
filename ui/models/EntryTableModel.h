#pragma once

#include <functional>
#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace rd::ui {

class Workspace;

/// One of the three logs as a table over the workspace snapshot.
class EntryTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryTableModel)

public:
    enum class Log
    {
        OneOnOnes,
        Decisions,
        Initiatives
    };
    enum Role
    {
        EntryIdRole = Qt::UserRole + 1,
        PersonIdRole,
        SortRole
    };

    EntryTableModel(Workspace& workspace, Log log, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    Log log() const { return m_log; }
    /// The row of an entry, or -1.
    int rowOf(qint64 entryId) const;

private:
    struct Column
    {
        const char* title; ///< marked with QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", …)
        std::function<QVariant(int row)> display;
        std::function<QVariant(int row)> sortKey;
    };
    void reload();
    QList<Column> columnsFor(Log log) const;
    qint64 entryIdAt(int row) const;
    QString personIdAt(int row) const;

    Workspace& m_workspace;
    Log m_log;
    QList<Column> m_columns;
    int m_rows = 0;
};

/// Sorting and text filtering for an EntryTableModel, plus a person filter.
class EntryFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryFilterModel)

public:
    explicit EntryFilterModel(QObject* parent = nullptr);
    void setPersonFilter(const QString& personId);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_personId;
};

} // namespace rd::ui
