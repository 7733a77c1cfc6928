#include "EntryTableModel.h"

#include "domain/IsoDate.h"
#include "i18n/LocalDate.h"
#include "Workspace.h"

#include <limits>
#include <numeric>

using namespace Qt::StringLiterals;

namespace rd::ui {

namespace {
/// A sort key for a date column: its Julian day, with undated entries first.
qint64 dayKey(QDate date)
{
    return date.isValid() ? date.toJulianDay() : std::numeric_limits<qint64>::min();
}
} // namespace

EntryTableModel::EntryTableModel(Workspace& workspace, Log log, QObject* parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_log(log)
    , m_columns(columnsFor(log))
{
    const TeamStore& store = m_workspace.store();
    switch (log) {
    case Log::OneOnOnes:
        followRows(&TeamStore::oneOnOneAboutToBeAdded, &TeamStore::oneOnOneAdded,
                   &TeamStore::oneOnOneChanged, &TeamStore::oneOnOneAboutToBeRemoved,
                   &TeamStore::oneOnOneRemoved);
        break;
    case Log::Decisions:
        followRows(&TeamStore::decisionAboutToBeAdded, &TeamStore::decisionAdded,
                   &TeamStore::decisionChanged, &TeamStore::decisionAboutToBeRemoved,
                   &TeamStore::decisionRemoved);
        break;
    case Log::Initiatives:
        followRows(&TeamStore::initiativeAboutToBeAdded, &TeamStore::initiativeAdded,
                   &TeamStore::initiativeChanged, &TeamStore::initiativeAboutToBeRemoved,
                   &TeamStore::initiativeRemoved);
        break;
    }
    connect(&store, &TeamStore::aboutToBeReset, this, [this] { beginResetModel(); });
    connect(&store, &TeamStore::reset, this, [this] {
        refill();
        endResetModel();
    });
    // Names show in every row.
    connect(&store, &TeamStore::personAdded, this, &EntryTableModel::namesChanged);
    connect(&store, &TeamStore::personChanged, this, &EntryTableModel::namesChanged);
    connect(&store, &TeamStore::personRemoved, this, &EntryTableModel::namesChanged);
    connect(&m_workspace, &Workspace::languageChanged, this, &EntryTableModel::retranslate);
    refill();
}

void EntryTableModel::followRows(RowSignal aboutToBeAdded, RowSignal added, RowSignal changed,
                                 RowSignal aboutToBeRemoved, RowSignal removed)
{
    // One entry: the row and its cached keys and text change, nothing reloads;
    // the sorted, filtered view places the row.
    const TeamStore* store = &m_workspace.store();
    connect(store, aboutToBeAdded, this,
            [this](qint64, int row) { beginInsertRows({}, row, row); });
    connect(store, added, this, [this](qint64, int row) {
        ++m_rows;
        rowCachesChanged(row, RowChange::Inserted);
        endInsertRows();
    });
    connect(store, changed, this, [this](qint64, int row) {
        rowCachesChanged(row, RowChange::Updated);
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    });
    connect(store, aboutToBeRemoved, this,
            [this](qint64, int row) { beginRemoveRows({}, row, row); });
    connect(store, removed, this, [this](qint64, int row) {
        --m_rows;
        rowCachesChanged(row, RowChange::Removed);
        endRemoveRows();
    });
}

int EntryTableModel::entryCount() const
{
    const TeamLog& log = m_workspace.log();
    switch (m_log) {
    case Log::OneOnOnes:
        return int(log.oneOnOnes.size());
    case Log::Decisions:
        return int(log.decisions.size());
    case Log::Initiatives:
        return int(log.initiatives.size());
    }
    return 0;
}

void EntryTableModel::namesChanged()
{
    m_names.clear();
    for (const Person& p : m_workspace.log().people)
        m_names.insert(p.id, p.name);
    m_haystack.clear();
    m_sortKeys.clear();
    if (m_rows > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1));
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
        const Column& column = m_columns.at(it.key());
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
    for (const Column& c : m_columns) {
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
}

QList<EntryTableModel::Column> EntryTableModel::columnsFor(Log kind) const
{
    const TeamLog* log = &m_workspace.log(); // stable: the workspace owns the snapshot
    const QHash<QString, QString>* names = &m_names;
    // Translated labels, looked up once per value and language (reload() clears them).
    QHash<int, QString>* labels = &m_labels;
    auto cached = [labels](int column, auto value, auto&& make) {
        const int key = column * 256 + int(value);
        auto found = labels->constFind(key);
        if (found == labels->constEnd())
            found = labels->insert(key, make(value));
        return *found;
    };
    auto labelOf = [](auto value) {
        return label(value);
    };
    auto personName = [names](const TeamLog&, const QString& id) {
        return names->value(id, id);
    };
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
             [=](int r) { return localDate(meeting(r).date); },
             [=](int r) {
                 return dayKey(meeting(r).date);
             }},
            {QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Team member"),
             [=](int r) { return personName(*log, meeting(r).personId); },
             {}},
            {QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Status"),
             [=](int r) { return cached(2, meeting(r).status, labelOf); },
             {}},
            {QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Talk share"),
             [=](int r) {
                 const auto t = meeting(r).talkSharePercent;
                 return t ? QVariant(QString::number(*t) + u'%') : QVariant();
             },
             [=](int r) {
                 return qint64(meeting(r).talkSharePercent.value_or(-1));
             }},
            {QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Agenda items"),
             [=](int r) { return int(meeting(r).agenda.size()); },
             [=](int r) {
                 return qint64(meeting(r).agenda.size());
             }},
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
             [=](int r) { return localDate(decision(r).date); },
             [=](int r) {
                 return dayKey(decision(r).date);
             }},
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
             [=](int r) {
                 return cached(4, decision(r).level,
                               [](DelegationLevel l) { return levelDisplay(l); });
             },
             [=](int r) {
                 return qint64(toInt(decision(r).level));
             }},
            {QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Outcome"),
             [=](int r) { return cached(5, decision(r).outcome, labelOf); },
             {}},
            {QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Review"),
             [=](int r) { return localDate(decision(r).reviewOn); },
             [=](int r) {
                 return dayKey(decision(r).reviewOn);
             }},
        };
    case Log::Initiatives:
        return {
            {QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Date"),
             [=](int r) { return localDate(initiative(r).date); },
             [=](int r) {
                 return dayKey(initiative(r).date);
             }},
            {QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Team member"),
             [=](int r) { return personName(*log, initiative(r).personId); },
             {}},
            {QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "What they did"),
             [=](int r) { return initiative(r).description; },
             {}},
            {QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Kind"),
             [=](int r) { return cached(3, initiative(r).kind, labelOf); },
             {}},
            {QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Outcome"),
             [=](int r) { return cached(4, initiative(r).outcome, labelOf); },
             {}},
            {QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", "Recognised"),
             [=](int r) {
                 const Initiative& i = initiative(r);
                 if (!i.isRecognised())
                     return tr("not yet");
                 return QString(localDate(i.recognisedOn) +
                                (i.recognition ? u" · "_s + label(*i.recognition) : QString()));
             },
             {}},
        };
    }
    return {};
}

int EntryTableModel::textColumn() const
{
    switch (m_log) {
    case Log::OneOnOnes:
        return 6; // Shared summary
    case Log::Decisions:
    case Log::Initiatives:
        return 2; // Decision, What they did
    }
    return 0;
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
        section >= m_columns.size())
        return {};
    return tr(m_columns.at(section).title);
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
    const Column& c = m_columns.at(column);
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
