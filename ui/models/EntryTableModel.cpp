#include "EntryTableModel.h"

#include "domain/IsoDate.h"
#include "i18n/LocalDate.h"
#include "Workspace.h"

#include <algorithm>
#include <limits>
#include <numeric>

using namespace Qt::StringLiterals;

namespace rd::ui {

namespace {
EntryTableSpec specFor(EntryTableModel::Log log, const TeamLog& snapshot,
                       const QHash<QString, QString>& names, LabelCaches& labels)
{
    switch (log) {
    case EntryTableModel::Log::OneOnOnes:
        return entryTableSpec<OneOnOne>(snapshot, names, labels);
    case EntryTableModel::Log::Decisions:
        return entryTableSpec<Decision>(snapshot, names, labels);
    case EntryTableModel::Log::Initiatives:
        return entryTableSpec<Initiative>(snapshot, names, labels);
    }
    return {};
}
} // namespace

EntryTableModel::EntryTableModel(Workspace& workspace, Log log, QObject* parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_log(log)
    // Stable: the store owns the snapshot, and the names live as long as this model.
    , m_spec(specFor(log, workspace.log(), m_names, m_labels))
{
    const TeamStore& store = m_workspace.store();
    followRows();
    connect(&store, &TeamStore::aboutToBeReset, this, [this] { beginResetModel(); });
    connect(&store, &TeamStore::reset, this, [this] {
        refill();
        endResetModel();
    });
    // A person's name shows in their rows' team-member column.
    for (auto signal :
         {&TeamStore::personAdded, &TeamStore::personChanged, &TeamStore::personRemoved})
        connect(&store, signal, this, [this](const QString& id, int) { nameChanged(id); });
    connect(&m_workspace, &Workspace::languageChanged, this, &EntryTableModel::retranslate);
    refill();
}

void EntryTableModel::followRows()
{
    // One entry: the row and its cached keys and text change, nothing reloads;
    // the sorted, filtered view places the row.
    const TeamStore* store = &m_workspace.store();
    connect(store, m_spec.aboutToBeAdded, this,
            [this](qint64, int row) { beginInsertRows({}, row, row); });
    connect(store, m_spec.added, this, [this](qint64, int row) {
        ++m_rows;
        rowCachesChanged(row, RowChange::Inserted);
        endInsertRows();
    });
    connect(store, m_spec.changed, this, [this](qint64, int row) {
        rowCachesChanged(row, RowChange::Updated);
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    });
    connect(store, m_spec.aboutToBeRemoved, this,
            [this](qint64, int row) { beginRemoveRows({}, row, row); });
    connect(store, m_spec.removed, this, [this](qint64, int row) {
        --m_rows;
        rowCachesChanged(row, RowChange::Removed);
        endRemoveRows();
    });
}

void EntryTableModel::nameChanged(const QString& personId)
{
    const QList<Person>& people = m_workspace.log().people;
    const auto found = std::find_if(people.cbegin(), people.cend(),
                                    [&personId](const Person& p) { return p.id == personId; });
    const QString name = found == people.cend() ? QString() : found->name;
    if (m_names.value(personId) == name)
        return; // a new role or archiving shows nowhere in these tables
    if (name.isEmpty())
        m_names.remove(personId);
    else
        m_names.insert(personId, name);
    // Only the team-member column and that person's rows change.
    QList<int> columns;
    for (int c = 0; c < m_spec.columns.size(); ++c) {
        if (m_spec.columns.at(c).showsPerson) {
            columns << c;
            m_sortKeys.remove(c);
        }
    }
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_rows; ++row) {
        if (personIdAt(row) != personId)
            continue;
        if (m_haystack.size() == m_rows)
            m_haystack[row] = haystackOf(row);
        first = first < 0 ? row : first;
        last = row;
    }
    if (first < 0)
        return;
    for (int c : std::as_const(columns))
        emit dataChanged(index(first, c), index(last, c));
}

void EntryTableModel::retranslate()
{
    m_labels.clear();
    m_haystack.clear();
    m_sortKeys.clear();
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (m_rows > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1));
}

void EntryTableModel::rowCachesChanged(int row, RowChange kind)
{
    using Kind = RowChange;
    // The search text of one row.
    const qsizetype rowsBefore = kind == Kind::Inserted  ? m_rows - 1
                                 : kind == Kind::Removed ? m_rows + 1
                                                         : m_rows;
    if (m_haystack.size() == rowsBefore) {
        if (kind == Kind::Removed)
            m_haystack.removeAt(row);
        else if (kind == Kind::Inserted)
            m_haystack.insert(row, haystackOf(row));
        else
            m_haystack[row] = haystackOf(row);
    } else {
        m_haystack.clear();
    }
    // Sort keys: dates and numbers are the row's own; text keys are ranks among
    // all rows, so a new or changed text drops its column's keys until the next sort.
    for (auto it = m_sortKeys.begin(); it != m_sortKeys.end();) {
        QList<qint64>& keys = it.value();
        const EntryColumn& column = m_spec.columns.at(it.key());
        if (keys.size() != rowsBefore || (!column.sortKey && kind != Kind::Removed)) {
            it = m_sortKeys.erase(it);
            continue;
        }
        if (kind == Kind::Removed)
            keys.removeAt(row);
        else if (kind == Kind::Inserted)
            keys.insert(row, column.sortKey(row));
        else
            keys[row] = column.sortKey(row);
        ++it;
    }
}

QString EntryTableModel::haystackOf(int row) const
{
    QString text;
    text.reserve(160);
    for (const EntryColumn& c : m_spec.columns) {
        text.append(c.display(row).toString());
        text.append(u'\n');
    }
    foldForSearch(text);
    return text;
}

void foldForSearch(QString& text)
{
    // Letter by letter, ASCII without a table lookup: the same fold for the
    // rows and the needle, so a match never depends on which path a letter took.
    QChar* c = text.data();
    for (const QChar* end = c + text.size(); c != end; ++c) {
        const char16_t u = c->unicode();
        if (u < 0x80) {
            if (u >= u'A' && u <= u'Z')
                *c = QChar(char16_t(u + (u'a' - u'A')));
        } else if (!c->isSurrogate()) {
            *c = QChar(char16_t(QChar::toCaseFolded(char32_t(u))));
        }
    }
}

void EntryTableModel::refill()
{
    const TeamLog& log = m_workspace.log();
    m_haystack.clear();
    m_sortKeys.clear();
    m_labels.clear();
    m_names.clear();
    m_names.reserve(log.people.size());
    for (const Person& p : log.people)
        m_names.insert(p.id, p.name);
    m_rows = m_spec.count();
}

int EntryTableModel::textColumn() const
{
    return m_spec.textColumn;
}

qint64 EntryTableModel::entryIdAt(int row) const
{
    return m_spec.id(row);
}

QString EntryTableModel::personIdAt(int row) const
{
    return m_spec.personId(row);
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
    return parent.isValid() ? 0 : int(m_spec.columns.size());
}

QVariant EntryTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EntryColumn& column = m_spec.columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return column.display(index.row());
    case SortRole:
        return column.sortKey ? QVariant(column.sortKey(index.row())) : column.display(index.row());
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
        section >= m_spec.columns.size())
        return {};
    return tr(m_spec.columns.at(section).title);
}

bool EntryTableModel::lessThan(int column, int left, int right) const
{
    const QList<qint64>& keys = sortKeys(column);
    return keys.at(left) < keys.at(right);
}

const QList<qint64>& EntryTableModel::sortKeys(int column) const
{
    // One integer per row and column, computed once per snapshot: a sort of
    // tens of thousands of rows then compares integers, not formatted text.
    QList<qint64>& keys = m_sortKeys[column];
    if (keys.size() == m_rows)
        return keys;
    const EntryColumn& c = m_spec.columns.at(column);
    if (c.sortKey) {
        keys.resize(m_rows);
        for (int r = 0; r < m_rows; ++r)
            keys[r] = c.sortKey(r);
        return keys;
    }
    keys.resize(m_rows);
    // Text and small numbers: rank the rows by their displayed value.
    QList<QVariant> values(m_rows);
    for (int r = 0; r < m_rows; ++r)
        values[r] = c.display(r);
    QList<int> order(m_rows);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&values](int a, int b) {
        const QVariant& x = values.at(a);
        const QVariant& y = values.at(b);
        if (x.typeId() == QMetaType::Int && y.typeId() == QMetaType::Int)
            return x.toInt() < y.toInt();
        return x.toString().compare(y.toString(), Qt::CaseInsensitive) < 0;
    });
    qint64 rank = 0;
    for (int n = 0; n < m_rows; ++n) {
        if (n > 0 && values.at(order.at(n - 1)) != values.at(order.at(n)))
            ++rank;
        keys[order.at(n)] = rank;
    }
    return keys;
}

bool EntryTableModel::prepareSearch(qsizetype rows) const
{
    // Every row's text, case-folded once per snapshot, so each key stroke of
    // the filter is a plain substring search.
    if (m_haystack.isEmpty())
        m_haystack.reserve(m_rows);
    const qsizetype end = m_rows - m_haystack.size() > rows ? m_haystack.size() + rows : m_rows;
    for (qsizetype r = m_haystack.size(); r < end; ++r)
        m_haystack << haystackOf(int(r));
    return m_haystack.size() == m_rows;
}

bool EntryTableModel::rowMatches(int row, const QString& needle) const
{
    prepareSearch();
    return m_haystack.at(row).contains(needle); // the proxy folds the needle once
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
    if (personId == m_personId)
        return;
    m_personId = personId;
    refilter();
}

void EntryFilterModel::setTextFilter(const QString& text)
{
    QString folded = text.trimmed();
    foldForSearch(folded);
    if (folded == m_text)
        return;
    m_text = folded;
    refilter();
}

void EntryFilterModel::refilter()
{
    // invalidateFilter() would insert the rows a wider filter lets back in
    // range by range, each range a signal the view lays out: clearing a filter
    // over 40,000 interleaved rows took 56 ms that way. invalidate() maps and
    // sorts again in one pass and tells the view once (layoutChanged), keeping
    // the selection: 24 ms.
    invalidate();
}

bool EntryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    // Straight to the entries: on tens of thousands of rows, a QVariant per
    // cell for every filter key stroke is what made filtering slow.
    const auto* entries = qobject_cast<const EntryTableModel*>(sourceModel());
    if (!entries || sourceParent.isValid())
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    if (!m_personId.isEmpty() && entries->personIdOf(sourceRow) != m_personId)
        return false;
    return m_text.isEmpty() || entries->rowMatches(sourceRow, m_text);
}

bool EntryFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const auto* entries = qobject_cast<const EntryTableModel*>(sourceModel());
    if (!entries)
        return QSortFilterProxyModel::lessThan(left, right);
    return entries->lessThan(left.column(), left.row(), right.row());
}

} // namespace rd::ui
