#pragma once

#include "CatchQt.h"
#include "coaching/PromptEngine.h"
#include "domain/TeamLog.h"

#include <QStringList>

namespace rd::test {

/// A hand-built team for engine tests, with dates counted back from `asOf`.
/// Starts with one person, "sam", who joined 400 days ago on a 14-day cadence.
struct Scenario
{
    QDate asOf{2026, 6, 30};
    TeamLog log;

    Scenario();
    QDate ago(int days) const { return asOf.addDays(-days); }

    Person& addPerson(const QString& id, int joinedDaysAgo = 400, int cadence = 14);
    OneOnOne& held(int daysAgo, const QString& person = QStringLiteral("sam"));
    OneOnOne& meeting(int daysAgo, MeetingStatus status,
                      const QString& person = QStringLiteral("sam"));
    Decision& decision(int daysAgo, DelegationLevel level,
                       const QString& person = QStringLiteral("sam"));
    Initiative& initiative(int daysAgo, InitiativeKind kind = InitiativeKind::Initiative,
                           const QString& person = QStringLiteral("sam"));
    BoardEntry& board(int daysAgo, const QString& area, DelegationLevel level,
                      const QString& person = QStringLiteral("sam"));

    /// The prompts of the default engine as of `asOf`, prompt states not applied.
    QList<Prompt> prompts(const Thresholds& thresholds = {}) const;
    /// The rule ids that fire for `person` ("" for team-level prompts).
    QStringList rulesFor(const QString& person = QStringLiteral("sam"),
                         const Thresholds& thresholds = {}) const;
    bool fires(const QString& rule, const QString& person = QStringLiteral("sam")) const
    {
        return rulesFor(person).contains(rule);
    }
};

} // namespace rd::test
