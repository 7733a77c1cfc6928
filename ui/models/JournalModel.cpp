#include "JournalModel.h"

#include "coaching/RuleNames.h"
#include "i18n/LocalDate.h"
#include "Workspace.h"

namespace rd::ui {

JournalModel::JournalModel(Workspace& workspace, QObject* parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    m_workspace.onChangeOf(this, {DataKind::PromptStates, DataKind::People}, [this] { reload(); });
    reload();
}

void JournalModel::reload()
{
    beginResetModel();
    m_entries = learningJournal(m_workspace.log());
    endResetModel();
}

int JournalModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int JournalModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 4;
}

QVariant JournalModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const JournalEntry& e = m_entries.at(index.row());
    switch (index.column()) {
    case 0:
        return localDate(e.on);
    case 1:
        return ruleName(e.rule);
    case 2:
        return e.personName.isEmpty() ? tr("The team") : e.personName;
    case 3:
        return e.reflection;
    default:
        return {};
    }
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case 0:
        return tr("Done on");
    case 1:
        return tr("Signal");
    case 2:
        return tr("About");
    case 3:
        return tr("Your reflection");
    default:
        return {};
    }
}

} // namespace rd::ui
