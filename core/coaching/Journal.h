#pragma once

#include "domain/TeamLog.h"

namespace rd {

/// One entry of the manager's learning journal: a prompt marked done, with
/// the reflection written at the time.
struct JournalEntry
{
    QDate on;
    QString rule;
    QString personId;   ///< empty for a team-level prompt
    QString personName; ///< empty for a team-level prompt
    QString period;
    QString reflection;
};

/// The learning journal: every prompt marked done, newest first.
QList<JournalEntry> learningJournal(const TeamLog& log);

/// Splits a prompt key "rule|person|period" into its parts; empty parts when malformed.
struct PromptKeyParts
{
    QString rule;
    QString personId;
    QString period;
};
PromptKeyParts splitPromptKey(const QString& key);

} // namespace rd
