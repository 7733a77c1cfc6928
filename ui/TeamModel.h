#pragma once

#include "domain/TeamLog.h"

#include <QAbstractListModel>
#include <QDate>

namespace rd {
class Database;
}

namespace rd::ui {

/// The team sidebar: one row per active team member with a small status
/// (days since the last held one-on-one). Reloads when people or one-on-ones change.
class TeamModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamModel)

public:
    enum Role
    {
        PersonIdRole = Qt::UserRole + 1,
        DaysSinceOneOnOneRole
    };

    explicit TeamModel(Database& db, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    void setToday(QDate today);
    void reload();

private:
    struct Row
    {
        Person person;
        std::optional<qint64> daysSinceOneOnOne;
    };

    Database& m_db;
    QDate m_today;
    QList<Row> m_rows;
};

} // namespace rd::ui
