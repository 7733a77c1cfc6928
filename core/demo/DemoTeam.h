#pragma once

#include "domain/TeamLog.h"

#include <QDate>
#include <QString>

namespace rd {

struct DemoOptions
{
    int people = 7;   ///< the first seven each tell a story; more are ordinary team members
    int months = 18;  ///< how far back the logs go
    QDate until;      ///< the last day of the data
    quint32 seed = 7; ///< the same seed and `until` give the same team
    int entries = 0;  ///< when set, add team members until at least this many entries exist
    QString language = QStringLiteral("en"); ///< "nl" writes the team's texts in Dutch
};

/// A believable sample team whose logs tell the stories a coach looks for:
/// Anna thrives, Bram is over-controlled, Chloé is neglected, Daan's autonomy
/// grows, Eva's autonomy is taken back after a failure, Farid is steady and
/// Sanne has just joined. Deterministic for a given seed and `until`.
TeamLog generateDemoTeam(const DemoOptions& options);

} // namespace rd
