#pragma once

#include "Enums.h"

#include <optional>
#include <QDate>
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
    DelegationLevel level = DelegationLevel::Consult;
    QDate agreedOn;

    friend bool operator==(const BoardEntry&, const BoardEntry&) = default;
};

/// The current level of a board cell as of a date: the latest agreement on or
/// before `asOf`, or std::nullopt when none was made yet.
std::optional<BoardEntry> currentCell(const QList<BoardEntry>& history, const QString& personId,
                                      const QString& area, QDate asOf);

} // namespace rd
