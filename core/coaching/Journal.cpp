#include "Journal.h"

#include <algorithm>

namespace rd {

PromptKeyParts splitPromptKey(const QString& key)
{
    const QStringList parts = key.split(u'|');
    if (parts.size() != 3)
        return {};
    return {parts.at(0), parts.at(1), parts.at(2)};
}

QList<JournalEntry> learningJournal(const TeamLog& log)
{
    QList<JournalEntry> journal;
    for (const PromptState& state : log.promptStates) {
        if (state.state != PromptStateKind::Done)
            continue;
        const PromptKeyParts key = splitPromptKey(state.key);
        const Person* person = log.person(key.personId);
        journal.append({state.on, key.rule, key.personId, person ? person->name : QString(),
                        key.period, state.note});
    }
    std::stable_sort(journal.begin(), journal.end(),
                     [](const JournalEntry& a, const JournalEntry& b) { return a.on > b.on; });
    return journal;
}

} // namespace rd
