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
    struct Group
    {
        Lever lever;
        QList<Prompt> prompts;
        friend bool operator==(const Group&, const Group&) = default;
    };
    void reload();
    QList<Group> grouped() const;
    /// When `groups` is the current list less one prompt in a lever that keeps
    /// others (one marked done, snoozed or dismissed), removes that row alone, so
    /// the view keeps its expansion and scroll position; false otherwise.
    bool removeOnlyDifference(const QList<Group>& groups);

    Workspace& m_workspace;
    QString m_personFilter;
    QList<Group> m_groups;
};

} // namespace rd::ui
