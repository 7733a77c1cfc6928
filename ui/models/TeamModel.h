#pragma once

#include <QAbstractListModel>
#include <QDate>

namespace rd::ui {

class Workspace;

/// The team sidebar: one row per active team member with a small status:
/// days since the last held one-on-one, the next planned one and open prompts. Archived members are
/// listed too, marked, when setShowArchived() says so.
class TeamModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamModel)

public:
    enum Role
    {
        PersonIdRole = Qt::UserRole + 1,
        DaysSinceOneOnOneRole,
        PromptCountRole,
        ArchivedRole
    };

    explicit TeamModel(Workspace& workspace, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    /// The row of a person, or -1.
    int rowOf(const QString& personId) const;
    void setShowArchived(bool show);
    bool showsArchived() const { return m_showArchived; }

private:
    void reload();
    void refreshCounts();
    /// Above this many rows changed, one signal covers them all.
    static constexpr qsizetype MostRowsChangedInPlace = 64;

    struct Row
    {
        QString id;
        QString name;
        QString role;
        std::optional<qint64> daysSinceOneOnOne;
        int prompts = 0;
        bool archived = false;
        QString next; ///< the next planned one-on-one, in words, or empty
        friend bool operator==(const Row&, const Row&) = default;
    };
    Workspace& m_workspace;
    QList<Row> m_rows;
    bool m_showArchived = false;
    QDate m_daysCountedTo; ///< the day the rows' "last 1:1 … ago" count to
};

} // namespace rd::ui
