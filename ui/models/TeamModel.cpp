#include "TeamModel.h"

#include "schedule/Plans.h"
#include "Workspace.h"

#include <QFont>
#include <QHash>
#include <vector>

using namespace Qt::StringLiterals;

namespace rd::ui {

TeamModel::TeamModel(Workspace& workspace, QObject* parent)
    : QAbstractListModel(parent)
    , m_workspace(workspace)
{
    // Days since the last 1:1 and open prompts: a logged decision changes neither.
    m_workspace.onChangeOf(this, {DataKind::OneOnOnes, DataKind::People, DataKind::Plans},
                           [this] { reload(); });
    // New prompts change the counts alone: no need to look through the 1:1s again.
    connect(&m_workspace.promptService(), &PromptService::promptsChanged, this,
            &TeamModel::refreshCounts);
    reload();
}

void TeamModel::refreshCounts()
{
    if (m_workspace.today() != m_daysCountedTo)
        return reload(); // a new day: every "last 1:1 … ago" moves
    QList<int> changed;
    for (int r = 0; r < int(m_rows.size()); ++r) {
        const int count = m_workspace.promptCount(m_rows.at(r).id);
        if (count == m_rows.at(r).prompts)
            continue;
        m_rows[r].prompts = count;
        changed << r;
    }
    const QList<int> roles{Qt::DisplayRole, PromptCountRole};
    if (changed.size() > MostRowsChangedInPlace) {
        emit dataChanged(index(changed.first()), index(changed.last()), roles);
        return;
    }
    for (int r : std::as_const(changed))
        emit dataChanged(index(r), index(r), roles);
}

void TeamModel::reload()
{
    const QDate today = m_workspace.today();
    m_daysCountedTo = today;
    // Each meeting's person by where its id text lives (the loader shares
    // it with the person's), else by the text: 40,000 string hashes were most
    // of a reload.
    const QList<Person>& people = m_workspace.log().people;
    QHash<const QChar*, qsizetype> byAddress;
    QHash<QString, qsizetype> byId;
    for (qsizetype n = 0; n < people.size(); ++n) {
        byAddress.insert(people.at(n).id.constData(), n);
        byId.insert(people.at(n).id, n);
    }
    std::vector<QDate> lastHeld(people.size());
    for (const OneOnOne& m : m_workspace.log().oneOnOnes) {
        if (m.status != MeetingStatus::Held || m.date > today)
            continue;
        auto at = byAddress.constFind(m.personId.constData());
        const qsizetype n = at != byAddress.cend() ? *at : byId.value(m.personId, -1);
        if (n >= 0 && (!lastHeld[n].isValid() || lastHeld[n] < m.date))
            lastHeld[n] = m.date;
    }
    const QHash<QString, PlannedOneOnOne> planned = nextPlans(m_workspace.log(), today);
    QList<Row> rows;
    rows.reserve(people.size());
    for (qsizetype n = 0; n < people.size(); ++n) {
        const Person& p = people.at(n);
        if (p.archived && !m_showArchived)
            continue;
        Row row{p.id, p.name, p.role, std::nullopt, m_workspace.promptCount(p.id), p.archived, {}};
        if (lastHeld[n].isValid())
            row.daysSinceOneOnOne = lastHeld[n].daysTo(today);
        if (const auto plan = planned.constFind(p.id); plan != planned.cend())
            row.next = planText(*plan, today);
        rows.append(row);
    }
    // The same people in the same order: change only the rows whose status
    // changed. A reset makes the list lay out every one of its wrapped items
    // again (about 25 ms for 1,056 people), on every prompt marked done.
    qsizetype changed = 0;
    bool samePeople = rows.size() == m_rows.size();
    for (qsizetype r = 0; samePeople && r < rows.size(); ++r) {
        samePeople = rows.at(r).id == m_rows.at(r).id;
        changed += rows.at(r) == m_rows.at(r) ? 0 : 1;
    }
    if (samePeople && changed <= MostRowsChangedInPlace) {
        for (int r = 0; r < int(rows.size()); ++r) {
            if (rows.at(r) == m_rows.at(r))
                continue;
            m_rows[r] = rows.at(r);
            emit dataChanged(index(r), index(r));
        }
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void TeamModel::setShowArchived(bool show)
{
    if (show == m_showArchived)
        return;
    m_showArchived = show;
    reload();
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
        QString status = tr("no 1:1 yet");
        if (row.daysSinceOneOnOne) {
            const int days = int(*row.daysSinceOneOnOne);
            status = days <= 0   ? tr("last 1:1 today")
                     : days == 1 ? tr("last 1:1 yesterday")
                                 : tr("last 1:1 %n day(s) ago", nullptr, days);
        }
        // One fact per line: a narrow team list then cuts nothing mid-sentence.
        if (!row.next.isEmpty())
            status += u'\n' + tr("next: %1").arg(row.next);
        if (row.prompts > 0)
            status += u'\n' + tr("%n signal(s)", nullptr, row.prompts);
        if (row.archived)
            status = tr("archived") + u" · "_s + status;
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
    case ArchivedRole:
        return row.archived;
    case Qt::FontRole:
        if (row.archived) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    default:
        return {};
    }
}

} // namespace rd::ui
