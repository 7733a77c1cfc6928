#pragma once

#include "domain/TeamLog.h"
#include "store/TeamStore.h"

#include <functional>
#include <memory>
#include <QHash>
#include <QList>
#include <QVariant>

namespace rd::ui {

/// One column of an entry table: its title (marked with
/// QT_TRANSLATE_NOOP("rd::ui::EntryTableModel", …)), its text per row, and
/// for dates and numbers a sort key (else the text sorts).
struct EntryColumn
{
    const char* title;
    std::function<QVariant(int row)> display;
    std::function<qint64(int row)> sortKey;
    bool showsPerson = false; ///< the team member's name: changes when they are renamed
};

/// Translated labels of enum values, looked up once per value and language:
/// one cache per column that shows them, all cleared on a language change.
class LabelCaches final
{
public:
    /// A fresh cache for one column.
    std::shared_ptr<QHash<int, QString>> add();
    void clear();

private:
    QList<std::shared_ptr<QHash<int, QString>>> m_caches;
};

/// What an entry table needs of one log: how many rows and which entry each
/// is, the store's signals that move its rows, its columns and the column of
/// free text that takes the width the others leave.
struct EntryTableSpec
{
    using RowSignal = void (TeamStore::*)(qint64, int);
    std::function<int()> count;
    std::function<qint64(int row)> id;
    std::function<QString(int row)> personId;
    RowSignal aboutToBeAdded, added, changed, aboutToBeRemoved, removed;
    QList<EntryColumn> columns;
    int textColumn = 0;
};

/// The table of one-on-ones, decisions or initiatives over `log` (which must
/// outlive it), naming people by `names` and caching labels in `labels`.
template <typename T>
EntryTableSpec entryTableSpec(const TeamLog& log, const QHash<QString, QString>& names,
                              LabelCaches& labels);

} // namespace rd::ui
