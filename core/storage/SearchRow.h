#pragma once

#include <QtGlobal>

namespace rd {

/// What a row of the search index points at. The codes are part of every
/// file's index (a row's rowid is its entry's id * SearchRowKinds + kind):
/// never renumber them.
enum class SearchKind
{
    OneOnOne = 1,
    AgendaItem,
    ActionItem,
    Decision,
    Initiative,
};

/// How many kinds a rowid has room for (its low three bits).
constexpr int SearchRowKinds = 8;

constexpr qint64 searchRowId(qint64 entryId, SearchKind kind)
{
    return entryId * SearchRowKinds + int(kind);
}
constexpr SearchKind searchRowKind(qint64 rowid)
{
    return static_cast<SearchKind>(rowid % SearchRowKinds);
}
constexpr qint64 searchRowEntry(qint64 rowid)
{
    return rowid / SearchRowKinds;
}
constexpr bool isSearchKind(int code)
{
    return code >= int(SearchKind::OneOnOne) && code <= int(SearchKind::Initiative);
}

static_assert(int(SearchKind::Initiative) < SearchRowKinds);
static_assert(searchRowKind(searchRowId(41, SearchKind::ActionItem)) == SearchKind::ActionItem &&
              searchRowEntry(searchRowId(41, SearchKind::ActionItem)) == 41);

} // namespace rd
