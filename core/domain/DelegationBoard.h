#pragma once

#include "Enums.h"

#include <optional>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace rd {

/// One agreement on the delegation board: from `agreedOn`, `person` decides in
/// `area` at `level`. The board keeps every agreement, so its history shows how
/// a cell moved from control toward facilitation.
struct BoardEntry
{
    qint64 id = 0;
    QString personId;
    QString area;
    DelegationLevel level = DefaultLevel;
    QDate agreedOn;

    friend bool operator==(const BoardEntry&, const BoardEntry&) = default;
};

/// The current level of a board cell as of a date: the latest agreement on or
/// before `asOf`, or std::nullopt when none was made yet.
std::optional<BoardEntry> currentCell(const QList<BoardEntry>& history, const QString& personId,
                                      const QString& area, QDate asOf);

/// The key of a board cell in currentCells().
inline QString cellKey(const QString& personId, const QString& area)
{
    return personId + QLatin1Char('\n') + area;
}

/// Every cell's current agreement as of a date, by cellKey(), in one pass:
/// the same as currentCell() for each cell.
QHash<QString, BoardEntry> currentCells(const QList<BoardEntry>& history, QDate asOf);

} // namespace rd
