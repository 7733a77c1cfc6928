#include "TeamModel.h"

#include "storage/Database.h"
#include "storage/Repositories.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace rd::ui {

TeamModel::TeamModel(Database& db, QObject* parent)
    : QAbstractListModel(parent)
    , m_db(db)
    , m_today(QDate::currentDate())
{
    connect(&m_db, &Database::changed, this, [this](DataKind kind) {
        if (kind == DataKind::People || kind == DataKind::OneOnOnes)
            reload();
    });
    reload();
}

void TeamModel::setToday(QDate today)
{
    m_today = today;
    reload();
}

void TeamModel::reload()
{
    QHash<QString, QDate> lastHeld;
    for (const OneOnOne& m : OneOnOneRepository(m_db).all()) {
        if (m.status == MeetingStatus::Held && m.date <= m_today)
            lastHeld[m.personId] = std::max(lastHeld.value(m.personId), m.date);
    }
    beginResetModel();
    m_rows.clear();
    for (const Person& p : PeopleRepository(m_db).all()) {
        if (p.archived)
            continue;
        Row row{p, std::nullopt};
        if (lastHeld.contains(p.id))
            row.daysSinceOneOnOne = lastHeld.value(p.id).daysTo(m_today);
        m_rows.append(row);
    }
    endResetModel();
}

int TeamModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TeamModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString status = row.daysSinceOneOnOne ? tr("last 1:1 %n day(s) ago", nullptr,
                                                          int(*row.daysSinceOneOnOne))
                                                     : tr("no 1:1 yet");
        return QString(row.person.name + u"\n"_s + status);
    }
    case Qt::ToolTipRole:
        return row.person.role.isEmpty() ? row.person.name
                                         : QString(row.person.name + u" · "_s + row.person.role);
    case Qt::AccessibleTextRole:
        return row.person.name;
    case PersonIdRole:
        return row.person.id;
    case DaysSinceOneOnOneRole:
        return row.daysSinceOneOnOne ? QVariant(*row.daysSinceOneOnOne) : QVariant();
    default:
        return {};
    }
}

} // namespace rd::ui
