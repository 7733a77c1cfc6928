// The demo manager's follow-through on older prompts, with a reflection per rule.
#include "coaching/Progress.h"
#include "coaching/PromptEngine.h"
#include "DemoSupport.h"
#include "DemoTexts.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace rd {

void addDemoFollowThrough(TeamLog& log, int storyPeople, QDate start, QDate until, Dice& dice,
                          const DemoTexts& texts)
{
    TeamLog stories;
    QSet<QString> ids;
    for (const Person& p : log.people.mid(0, storyPeople)) {
        stories.people << p;
        ids.insert(p.id);
    }
    for (const OneOnOne& m : log.oneOnOnes) {
        if (ids.contains(m.personId))
            stories.oneOnOnes << m;
    }
    for (const Decision& d : log.decisions) {
        if (ids.contains(d.personId))
            stories.decisions << d;
    }
    for (const Initiative& i : log.initiatives) {
        if (ids.contains(i.personId))
            stories.initiatives << i;
    }
    for (const BoardEntry& b : log.board) {
        if (ids.contains(b.personId))
            stories.board << b;
    }
    const PromptEngine engine;
    QSet<QString> stillFiring;
    for (const Prompt& p : engine.evaluate(stories, until))
        stillFiring.insert(p.key);
    const QDate settled = until.addDays(-60);
    for (const RaisedPrompt& p : promptHistory(engine, stories, start, until)) {
        if (p.personId.isEmpty() || p.month > settled || stillFiring.contains(p.key))
            continue;
        const int roll = dice.between(0, 99);
        PromptState state;
        state.key = p.key;
        state.on = std::min(p.month.addMonths(1).addDays(dice.between(1, 20)), until);
        if (roll < 60) {
            state.state = PromptStateKind::Done;
            state.note = dice.pick(texts.reflections.value(p.rule, texts.anyReflection));
        } else if (roll < 75) {
            state.state = PromptStateKind::Snoozed;
            state.until = state.on.addDays(dice.between(14, 30));
        } else if (roll < 85) {
            state.state = PromptStateKind::Dismissed;
        } else {
            continue; // never acted on
        }
        log.promptStates << state;
    }
}

} // namespace rd
