#include "TeamModel.h"

#include "storage/Database.h"
#include "Workspace.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace rd::ui {

TeamModel::TeamModel(Workspace& workspace, QObject* parent)
    : QAbstractListModel(parent)
    , m_workspace(workspace)
{
    connect(&m_workspace, &Workspace::logChanged, this, [this] {
        // Days since the last 1:1 and open prompts: a logged decision changes neither.
        const Workspace::Change& change = m_workspace.lastChange();
        if (change.promptsChanged() || change.touches(DataKind::OneOnOnes) ||
            change.touches(DataKind::People))
            reload();
    });
    reload();
}

void TeamModel::reload()
{
    const QDate today = m_workspace.today();
    QHash<QString, QDate> lastHeld;
    for (const OneOnOne& m : m_workspace.log().oneOnOnes) {
        if (m.status == MeetingStatus::Held && m.date <= today)
            lastHeld[m.personId] = std::max(lastHeld.value(m.personId), m.date);
    }
    beginResetModel();
    m_rows.clear();
    for (const Person& p : m_workspace.log().people) {
        if (p.archived)
            continue;
        Row row{p.id, p.name, p.role, std::nullopt, m_workspace.promptCount(p.id)};
        if (lastHeld.contains(p.id))
            row.daysSinceOneOnOne = lastHeld.value(p.id).daysTo(today);
        m_rows.append(row);
    }
    endResetModel();
}

int TeamModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TeamModel::rowOf(const QString& personId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == personId)
            return row;
    }
    return -1;
}

QVariant TeamModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString status = row.daysSinceOneOnOne
                             ? tr("last 1:1 %n day(s) ago", nullptr, int(*row.daysSinceOneOnOne))
                             : tr("no 1:1 yet");
        if (row.prompts > 0)
            status += u" · "_s + tr("%n prompt(s)", nullptr, row.prompts);
        return QString(row.name + u'\n' + status);
    }
    case Qt::ToolTipRole:
        return row.role.isEmpty() ? row.name : QString(row.name + u" · "_s + row.role);
    case Qt::AccessibleTextRole:
        return row.name;
    case PersonIdRole:
        return row.id;
    case DaysSinceOneOnOneRole:
        return row.daysSinceOneOnOne ? QVariant(*row.daysSinceOneOnOne) : QVariant();
    case PromptCountRole:
        return row.prompts;
    default:
        return {};
    }
}

} // namespace rd::ui
