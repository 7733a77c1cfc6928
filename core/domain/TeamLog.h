#pragma once

#include "Decision.h"
#include "DelegationBoard.h"
#include "Initiative.h"
#include "OneOnOne.h"
#include "Person.h"
#include "PlannedOneOnOne.h"
#include "PromptState.h"

#include <QList>

namespace rd {

/// Everything the manager logged, in memory: the input of the coaching engine
/// and the content of an exchange document.
struct TeamLog
{
    QList<Person> people;
    QList<BoardEntry> board;
    QList<OneOnOne> oneOnOnes;
    QList<Decision> decisions;
    QList<Initiative> initiatives;
    QList<PromptState> promptStates;
    /// Planned one-on-ones, by date and time. Not entries: the engine reads
    /// what was held, and a plan is what the manager intends.
    QList<PlannedOneOnOne> planned;

    /// Number of logged entries (1:1s, decisions, initiatives and board agreements).
    qsizetype entryCount() const
    {
        return board.size() + oneOnOnes.size() + decisions.size() + initiatives.size();
    }
    const Person* person(const QString& id) const
    {
        for (const Person& p : people) {
            if (p.id == id)
                return &p;
        }
        return nullptr;
    }
    friend bool operator==(const TeamLog&, const TeamLog&) = default;
};

} // namespace rd
