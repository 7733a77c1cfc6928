#include "ActionsModel.h"

#include "commands/Commands.h"
#include "i18n/LocalDate.h"
#include "Theme.h"
#include "Workspace.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rd::ui {

ActionsModel::ActionsModel(Workspace& workspace, QObject* parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    m_workspace.onChangeOf(this, {DataKind::OneOnOnes, DataKind::People}, [this] { reload(); });
    reload();
}

void ActionsModel::setShown(bool shown)
{
    m_shown = shown;
    if (shown && m_stale)
        reload();
}

void ActionsModel::reload()
{
    if (!m_shown) {
        m_stale = true;
        return;
    }
    m_stale = false;
    QList<OpenAction> actions = openActions(m_workspace.log(), m_workspace.today());
    if (!m_personFilter.isEmpty())
        actions.removeIf([this](const OpenAction& a) { return a.personId != m_personFilter; });
    if (actions == m_actions) {
        // The same actions (a language switch, a rename, another meeting's
        // edit): new texts, while the selection and an open editor stay.
        if (!m_actions.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_actions = std::move(actions);
    endResetModel();
}

void ActionsModel::setPersonFilter(const QString& personId)
{
    if (personId == m_personFilter)
        return;
    m_personFilter = personId;
    reload();
}

int ActionsModel::overdueCount() const
{
    const QDate today = m_workspace.today();
    return int(std::count_if(m_actions.cbegin(), m_actions.cend(), [today](const OpenAction& a) {
        return daysOverdue(a.item, today) > 0;
    }));
}

int ActionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_actions.size());
}

int ActionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

/// "3 Mar 2026 · 4 days overdue", "… · today", "… · in 5 days", or "No due date".
QString dueText(const ActionItem& item, QDate today)
{
    if (!item.due.isValid())
        return ActionsModel::tr("No due date");
    const qint64 late = daysOverdue(item, today);
    QString when;
    if (late > 0)
        when = ActionsModel::tr("%n day(s) overdue", nullptr, int(late));
    else if (late == 0)
        when = ActionsModel::tr("due today");
    else
        when = ActionsModel::tr("in %n day(s)", nullptr, int(-late));
    QString text = localDate(item.due) + u" · "_s + when;
    if (item.dueMoves > 0)
        text +=
            u" · "_s + ActionsModel::tr("moved %n time(s), first due %1", nullptr, item.dueMoves)
                           .arg(localDate(item.firstDue));
    return text;
}

} // namespace

QVariant ActionsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OpenAction& a = m_actions.at(index.row());
    const QDate today = m_workspace.today();
    if (role == MeetingIdRole)
        return a.meetingId;
    if (role == OverdueRole)
        return daysOverdue(a.item, today);
    switch (index.column()) {
    case TextColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::EditRole)
            return a.item.text;
        if (role == Qt::CheckStateRole)
            return Qt::Unchecked;
        break;
    case PersonColumn:
        if (role == Qt::DisplayRole) {
            const Person* p = m_workspace.log().person(a.personId);
            return p ? p->name : a.personId;
        }
        break;
    case OwnerColumn:
        if (role == Qt::DisplayRole)
            return label(a.item.owner); // as the meeting view and the sheet name it
        break;
    case DueColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return dueText(a.item, today);
        if (role == Qt::EditRole)
            return a.item.due.isValid() ? QVariant(a.item.due) : QVariant(today);
        // Overdue is said in words too: the colour is never the only sign.
        if (role == Qt::ForegroundRole && daysOverdue(a.item, today) > 0)
            return theme::severity(Severity::Important);
        break;
    case MovedColumn:
        if (a.item.dueMoves > 0 && role == Qt::DisplayRole)
            return tr("%n×", nullptr, a.item.dueMoves);
        if (a.item.dueMoves > 0 && role == Qt::ToolTipRole)
            return tr("Moved %n time(s); first due %1", nullptr, a.item.dueMoves)
                .arg(localDate(a.item.firstDue));
        break;
    case AgreedColumn:
        if (role == Qt::DisplayRole)
            return localDate(a.agreedOn);
        break;
    default:
        break;
    }
    return {};
}

Qt::ItemFlags ActionsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || !m_workspace.canWrite())
        return f;
    if (index.column() == TextColumn)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == DueColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ActionsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (index.column() == TextColumn && role == Qt::CheckStateRole && value.toInt() == Qt::Checked)
        return close({index.row()});
    if (index.column() == DueColumn && role == Qt::EditRole && value.toDate().isValid())
        return move({index.row()}, value.toDate());
    return false;
}

QVariant ActionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn:
        return tr("Action");
    case PersonColumn:
        return tr("With");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case MovedColumn:
        return tr("Moved");
    case AgreedColumn:
        return tr("Agreed in the 1:1 of");
    default:
        return {};
    }
}

QList<OpenAction> ActionsModel::chosen(const QList<int>& rows) const
{
    QList<OpenAction> list;
    for (int row : rows) {
        if (row >= 0 && row < m_actions.size())
            list << m_actions.at(row);
    }
    return list;
}

bool ActionsModel::close(const QList<int>& rows)
{
    const QList<OpenAction> closed = chosen(rows);
    const QList<OneOnOne> after = closingActions(m_workspace.log(), closed, m_workspace.today());
    if (after.isEmpty())
        return false;
    return m_workspace.run(
        new ChangeActionsCommand(m_workspace, ChangeActionsCommand::Change::Close,
                                 int(closed.size()), asTheyAre(m_workspace.log(), after), after));
}

bool ActionsModel::move(const QList<int>& rows, QDate due)
{
    const QList<OpenAction> moved = chosen(rows);
    const QList<OneOnOne> after = movingActions(m_workspace.log(), moved, due);
    if (after.isEmpty())
        return false;
    return m_workspace.run(new ChangeActionsCommand(m_workspace, ChangeActionsCommand::Change::Move,
                                                    int(moved.size()),
                                                    asTheyAre(m_workspace.log(), after), after));
}

} // namespace rd::ui
