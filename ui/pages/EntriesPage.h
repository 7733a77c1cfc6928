#pragma once

#include "models/EntryTableModel.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace rd::ui {

class Workspace;

/// One log (one-on-ones, decisions or initiatives) as a sortable, filterable
/// table with a detail view of the selected entry.
class EntriesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntriesPage)

public:
    EntriesPage(Workspace& workspace, EntryTableModel::Log log, QWidget* parent = nullptr);
    void setPersonFilter(const QString& personId);
    void retranslate();
    /// Selects the entry with `id` (clearing filters that hide it).
    void select(qint64 entryId);
    qint64 selectedEntryId() const;
    EntryTableModel* model() const { return m_model; }

signals:
    void addRequested();
    void editRequested(qint64 entryId);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateAddButton();
    /// Builds the table's search text once the page is drawn, before any key stroke.
    void prepareSearchSoon();
    void showSelected();
    QString prefix() const;

    Workspace& m_workspace;
    EntryTableModel* m_model;
    EntryFilterModel* m_proxy;
    QLineEdit* m_filter;
    QTableView* m_table;
    QTextBrowser* m_detail;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_copySummary;
    QLabel* m_count;
};

} // namespace rd::ui
