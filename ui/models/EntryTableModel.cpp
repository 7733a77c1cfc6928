#include "EntryTableModel.h"

#include "Workspace.h"

using namespace Qt::StringLiterals;

namespace rd::ui {

namespace {
QString iso(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString personName(const TeamLog& log, const QString& id)
{
    const Person* p = log.person(id);
    return p ? p->name : id;
}
} // namespace

EntryTableModel::EntryTableModel(Workspace& workspace, Log log, QObject* parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_log(log)
    , m_columns(columnsFor(log))
{
    connect(&m_workspace, &Workspace::logChanged, this, &EntryTableModel::reload);
    reload();
}

void EntryTableModel::reload()
{
    beginResetModel();
    const TeamLog& log = m_workspace.log();
    switch (m_log) {
    case Log::OneOnOnes:
        m_rows = int(log.oneOnOnes.size());
        break;
    case Log::Decisions:
        m_rows = int(log.decisions.size());
        break;
    case Log::Initiatives:
        m_rows = int(log.initiatives.size());
        break;
    }
    endResetModel();
}

QList<EntryTableModel::Column> EntryTableModel::columnsFor(Log kind) const
{
    const TeamLog* log = &m_workspace.log(); // stable: the workspace owns the snapshot
    auto meeting = [log](int row) -> const OneOnOne& {
        return log->oneOnOnes.at(row);
    };
    auto decision = [log](int row) -> const Decision& {
        return log->decisions.at(row);
    };
    auto initiative = [log](int row) -> const Initiative& {
        return log->initiatives.at(row);
    };
    switch (kind) {
    case Log::OneOnOnes:
        return {
            {QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Date"),
             [=](int r) { return iso(meeting(r).date); },
             {}},
            {QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Team member"),
             [=](int r) { return personName(*log, meeting(r).personId); },
             {}},
            {QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Status"),
             [=](int r) { return label(meeting(r).status); },
             {}},
            {QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Your talk share"),
             [=](int r) {
                 const auto t = meeting(r).talkSharePercent;
                 return t ? QVariant(QString::number(*t) + u'%') : QVariant();
             },
             [=](int r) {
                 return meeting(r).talkSharePercent.value_or(-1);
             }},
            {QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Agenda items"),
             [=](int r) { return int(meeting(r).agenda.size()); },
             {}},
            {QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Open actions"),
             [=](int r) {
                 int open = 0;
                 for (const ActionItem& a : meeting(r).actions)
                     open += a.isOpen() ? 1 : 0;
                 return open;
             },
             {}},
            {QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Shared summary"),
             [=](int r) { return meeting(r).sharedSummary; },
             {}},
        };
    case Log::Decisions:
        return {
            {QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Date"),
             [=](int r) { return iso(decision(r).date); },
             {}},
            {QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Team member"),
             [=](int r) { return personName(*log, decision(r).personId); },
             {}},
            {QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Decision"),
             [=](int r) { return decision(r).title; },
             {}},
            {QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Area"),
             [=](int r) { return decision(r).area; },
             {}},
            {QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Level"),
             [=](int r) { return levelDisplay(decision(r).level); },
             [=](int r) {
                 return toInt(decision(r).level);
             }},
            {QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Outcome"),
             [=](int r) { return label(decision(r).outcome); },
             {}},
            {QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Review"),
             [=](int r) { return iso(decision(r).reviewOn); },
             {}},
        };
    case Log::Initiatives:
        return {
            {QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Date"),
             [=](int r) { return iso(initiative(r).date); },
             {}},
            {QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Team member"),
             [=](int r) { return personName(*log, initiative(r).personId); },
             {}},
            {QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "What they did"),
             [=](int r) { return initiative(r).description; },
             {}},
            {QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Kind"),
             [=](int r) { return label(initiative(r).kind); },
             {}},
            {QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Outcome"),
             [=](int r) { return label(initiative(r).outcome); },
             {}},
            {QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Recognised"),
             [=](int r) {
                 const Initiative& i = initiative(r);
                 if (!i.isRecognised())
                     return tr("not yet");
                 return QString(iso(i.recognisedOn) +
                                (i.recognition ? u" · "_s + label(*i.recognition) : QString()));
             },
             {}},
        };
    }
    return {};
}

qint64 EntryTableModel::entryIdAt(int row) const
{
    const TeamLog& log = m_workspace.log();
    switch (m_log) {
    case Log::OneOnOnes:
        return log.oneOnOnes.at(row).id;
    case Log::Decisions:
        return log.decisions.at(row).id;
    case Log::Initiatives:
        return log.initiatives.at(row).id;
    }
    return 0;
}

QString EntryTableModel::personIdAt(int row) const
{
    const TeamLog& log = m_workspace.log();
    switch (m_log) {
    case Log::OneOnOnes:
        return log.oneOnOnes.at(row).personId;
    case Log::Decisions:
        return log.decisions.at(row).personId;
    case Log::Initiatives:
        return log.initiatives.at(row).personId;
    }
    return {};
}

int EntryTableModel::rowOf(qint64 entryId) const
{
    for (int row = 0; row < m_rows; ++row) {
        if (entryIdAt(row) == entryId)
            return row;
    }
    return -1;
}

int EntryTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int EntryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant EntryTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Column& column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return column.display(index.row());
    case SortRole:
        return column.sortKey ? column.sortKey(index.row()) : column.display(index.row());
    case EntryIdRole:
        return entryIdAt(index.row());
    case PersonIdRole:
        return personIdAt(index.row());
    default:
        return {};
    }
}

QVariant EntryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_columns.size())
        return {};
    return tr(m_columns.at(section).title);
}

EntryFilterModel::EntryFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(EntryTableModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
}

void EntryFilterModel::setPersonFilter(const QString& personId)
{
    m_personId = personId;
    invalidateFilter();
}

bool EntryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_personId.isEmpty() && sourceModel()
                                         ->index(sourceRow, 0, sourceParent)
                                         .data(EntryTableModel::PersonIdRole)
                                         .toString() != m_personId)
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace rd::ui
