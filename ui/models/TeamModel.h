#pragma once

#include <QAbstractListModel>

namespace rd::ui {

class Workspace;

/// The team sidebar: one row per active team member with a small status:
/// days since the last held one-on-one and open prompts.
class TeamModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamModel)

public:
    enum Role
    {
        PersonIdRole = Qt::UserRole + 1,
        DaysSinceOneOnOneRole,
        PromptCountRole
    };

    explicit TeamModel(Workspace& workspace, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    /// The row of a person, or -1.
    int rowOf(const QString& personId) const;

private:
    void reload();

    struct Row
    {
        QString id;
        QString name;
        QString role;
        std::optional<qint64> daysSinceOneOnOne;
        int prompts = 0;
        friend bool operator==(const Row&, const Row&) = default;
    };
    Workspace& m_workspace;
    QList<Row> m_rows;
};

} // namespace rd::ui
