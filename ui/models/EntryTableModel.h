#pragma once

#include "EntryColumns.h"
#include "Workspace.h"

#include <functional>
#include <limits>
#include <QAbstractTableModel>
#include <QHash>
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
    /// Whether `left` sorts before `right` in `column`, on typed keys (no QVariant for dates and
    /// numbers).
    bool lessThan(int column, int left, int right) const;
    /// Whether any column of `row` contains `needle`, which must be case-folded.
    bool rowMatches(int row, const QString& needle) const;
    /// Builds the search text of up to `rows` more rows (the first filter
    /// builds all of them: about 35 ms on 40,000 rows). True once every row has it.
    bool prepareSearch(qsizetype rows = std::numeric_limits<qsizetype>::max()) const;
    QString personIdOf(int row) const { return personIdAt(row); }
    /// The column of free text (the summary, the decision, what they did): the
    /// one that takes the width the others leave.
    int textColumn() const;

private:
    /// Follows the store's signals for this table's log, row by row.
    void followRows();
    /// Reads the row count and the names afresh (inside a model reset).
    void refill();
    void nameChanged(const QString& personId);
    void retranslate();
    enum class RowChange
    {
        Inserted,
        Updated,
        Removed
    };
    /// Keeps the per-row caches in step with one inserted, removed or updated row.
    void rowCachesChanged(int row, RowChange kind);
    QString haystackOf(int row) const;
    const QList<qint64>& sortKeys(int column) const;
    qint64 entryIdAt(int row) const;
    QString personIdAt(int row) const;

    Workspace& m_workspace;
    Log m_log;
    QHash<QString, QString> m_names; ///< person id → name, for the team-member column
    LabelCaches m_labels;            ///< translated labels, per column and value
    EntryTableSpec m_spec;           ///< this log's rows and columns
    mutable QStringList m_haystack;  ///< each row's text, case-folded, built on the first filter
    mutable QHash<int, QList<qint64>> m_sortKeys; ///< per column, built on its first sort
    int m_rows = 0;
};

/// Folds `text` in place for the table filter (simple case folding, letter by letter).
void foldForSearch(QString& text);

/// Sorting and text filtering for an EntryTableModel, plus a person filter.
class EntryFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryFilterModel)

public:
    explicit EntryFilterModel(QObject* parent = nullptr);
    void setPersonFilter(const QString& personId);
    /// Keeps the rows where any column contains `text`, ignoring case.
    void setTextFilter(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void refilter();
    QString m_personId;
    QString m_text;
};

} // namespace rd::ui
