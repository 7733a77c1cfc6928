#pragma once

#include "coaching/Prompt.h"

#include <QAbstractItemModel>

namespace rd::ui {

class Workspace;

/// Today's prompts grouped by lever: top-level rows are the levers that have
/// prompts, their children the prompts in the engine's order.
class PromptModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromptModel)

public:
    enum Role
    {
        KeyRole = Qt::UserRole + 1,
        SeverityRole
    };

    explicit PromptModel(Workspace& workspace, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    /// The prompt at `index`, or nullptr for a lever row.
    const Prompt* prompt(const QModelIndex& index) const;
    /// The index of the prompt with `key`, or an invalid index.
    QModelIndex indexOf(const QString& key) const;
    /// Shows only one person's prompts; an empty id shows everyone's.
    void setPersonFilter(const QString& personId);

private:
    void reload();

    struct Group
    {
        Lever lever;
        QList<Prompt> prompts;
    };
    Workspace& m_workspace;
    QString m_personFilter;
    QList<Group> m_groups;
};

} // namespace rd::ui
