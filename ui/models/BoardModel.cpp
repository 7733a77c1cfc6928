#include "BoardModel.h"

#include "commands/Commands.h"
#include "i18n/LocalDate.h"
#include "Theme.h"
#include "Workspace.h"

using namespace Qt::StringLiterals;

namespace rd::ui {

BoardModel::BoardModel(Workspace& workspace, QObject* parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    // The logs and the prompts never change the board.
    m_workspace.onChangeOf(this, {DataKind::Board, DataKind::People}, [this] { reload(); });
    reload();
}

void BoardModel::reload()
{
    const TeamLog& log = m_workspace.log();
    QStringList areas = m_extraAreas;
    for (const BoardEntry& b : log.board) {
        if (!areas.contains(b.area))
            areas << b.area;
    }
    areas.sort(Qt::CaseInsensitive);
    QStringList people;
    for (const Person& p : log.people) {
        if (!p.archived)
            people << p.id;
    }
    // The same areas and people (an agreement changed): change the cells in
    // place. A reset here, while the cell's editor commits, closed an editor
    // the view no longer knew ("closeEditor … does not belong to this view")
    // and dropped the rows' heights.
    if (areas == m_areas && people == m_people) {
        m_cells = currentCells(log.board, m_workspace.today());
        if (rowCount() > 0 && columnCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        emit headerDataChanged(Qt::Horizontal, 0, std::max(0, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_areas = areas;
    m_people = people;
    m_cells = currentCells(log.board, m_workspace.today());
    endResetModel();
}

void BoardModel::addArea(const QString& area)
{
    const QString trimmed = area.trimmed();
    if (trimmed.isEmpty() || m_areas.contains(trimmed))
        return;
    m_extraAreas << trimmed;
    reload();
}

int BoardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_areas.size());
}

int BoardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

QVariant BoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Vertical)
        return m_areas.value(section);
    const Person* p = m_workspace.log().person(m_people.value(section));
    return p ? p->name : QVariant();
}

Qt::ItemFlags BoardModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_workspace.canWrite())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant BoardModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString& area = m_areas.at(index.row());
    const QString& person = m_people.at(index.column());
    const auto found = m_cells.constFind(cellKey(person, area));
    const std::optional<BoardEntry> cell =
        found == m_cells.constEnd() ? std::nullopt : std::optional<BoardEntry>(*found);
    switch (role) {
    case Qt::DisplayRole:
        return cell ? levelDisplay(cell->level) : QString();
    case Qt::EditRole:
    case LevelRole:
        return cell ? toInt(cell->level) : QVariant();
    case Qt::BackgroundRole:
        return cell ? theme::level(cell->level) : QVariant();
    case Qt::ForegroundRole:
        return cell ? QColor(Qt::black) : QVariant();
    case Qt::ToolTipRole:
    case HistoryRole: {
        QStringList lines;
        for (const BoardEntry& b : m_workspace.log().board) {
            if (b.personId == person && b.area == area)
                lines << localDate(b.agreedOn) + u"  "_s + levelDisplay(b.level);
        }
        if (role == Qt::ToolTipRole && cell)
            lines.prepend(levelDescription(cell->level));
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

bool BoardModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !m_workspace.canWrite())
        return false;
    const std::optional<DelegationLevel> level = levelFromInt(value.toInt());
    if (!level || data(index, LevelRole) == value)
        return false;
    BoardEntry entry{0, m_people.at(index.column()), m_areas.at(index.row()), *level,
                     m_workspace.today()};
    return m_workspace.run(new SetBoardCellCommand(m_workspace, entry));
}

} // namespace rd::ui
