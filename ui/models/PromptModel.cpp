#include "PromptModel.h"

#include "Theme.h"
#include "Workspace.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace rd::ui {

// Internal ids: 0 marks a lever row; n + 1 marks a prompt in group n.
PromptModel::PromptModel(Workspace& workspace, QObject* parent)
    : QAbstractItemModel(parent)
    , m_workspace(workspace)
{
    connect(&m_workspace.promptService(), &PromptService::promptsChanged, this,
            &PromptModel::reload);
    reload();
}

void PromptModel::setPersonFilter(const QString& personId)
{
    m_personFilter = personId;
    reload();
}

QList<PromptModel::Group> PromptModel::grouped() const
{
    QList<Group> groups;
    for (Lever lever : allValues<Lever>()) {
        Group group{lever, {}};
        for (const Prompt& p : m_workspace.prompts()) {
            if (p.lever == lever && (m_personFilter.isEmpty() || p.personId == m_personFilter))
                group.prompts << p;
        }
        if (!group.prompts.isEmpty())
            groups << group;
    }
    return groups;
}

void PromptModel::reload()
{
    QList<Group> groups = grouped();
    if (groups == m_groups || removeOnlyDifference(groups))
        return; // nothing to show, or one row less
    beginResetModel();
    m_groups = std::move(groups);
    endResetModel();
}

bool PromptModel::removeOnlyDifference(const QList<Group>& groups)
{
    // Removing a whole lever row would shift the rows its children's indexes
    // name, so that case (and any other change) resets the model.
    if (groups.size() != m_groups.size())
        return false;
    int g = 0;
    while (g < m_groups.size() && m_groups.at(g) == groups.at(g))
        ++g;
    if (g == m_groups.size() || m_groups.at(g).lever != groups.at(g).lever)
        return false;
    const QList<Prompt>& was = m_groups.at(g).prompts;
    const QList<Prompt>& now = groups.at(g).prompts;
    if (now.size() != was.size() - 1)
        return false;
    int row = 0;
    while (row < now.size() && was.at(row) == now.at(row))
        ++row;
    QList<Prompt> expected = was;
    expected.removeAt(row);
    if (expected != now || m_groups.mid(g + 1) != groups.mid(g + 1))
        return false;
    const QModelIndex lever = index(g, 0);
    beginRemoveRows(lever, row, row);
    m_groups[g].prompts.removeAt(row);
    endRemoveRows();
    emit dataChanged(lever, lever, {Qt::DisplayRole}); // its count
    return true;
}

QModelIndex PromptModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex PromptModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int PromptModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == 0 && parent.column() == 0)
        return int(m_groups.at(parent.row()).prompts.size());
    return 0;
}

int PromptModel::columnCount(const QModelIndex&) const
{
    return 1;
}

const Prompt* PromptModel::prompt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    return &m_groups.at(int(index.internalId() - 1)).prompts.at(index.row());
}

QModelIndex PromptModel::indexOf(const QString& key) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        for (int p = 0; p < m_groups.at(g).prompts.size(); ++p) {
            if (m_groups.at(g).prompts.at(p).key == key)
                return index(p, 0, index(g, 0));
        }
    }
    return {};
}

QVariant PromptModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const Group& group = m_groups.at(index.row());
        if (role == Qt::DisplayRole)
            return QString(label(group.lever) + u" (" + QString::number(group.prompts.size()) +
                           u')');
        if (role == Qt::FontRole) {
            QFont font = QApplication::font();
            font.setBold(true);
            return font;
        }
        return {};
    }
    const Prompt* p = prompt(index);
    switch (role) {
    case Qt::DisplayRole:
        return p->title;
    case Qt::ToolTipRole:
        return QString(label(p->severity) + u": "_s + p->why);
    case Qt::DecorationRole:
        return theme::severity(p->severity);
    case KeyRole:
        return p->key;
    case SeverityRole:
        return toId(p->severity);
    default:
        return {};
    }
}

} // namespace rd::ui
