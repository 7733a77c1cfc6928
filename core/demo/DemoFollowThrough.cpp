// The demo manager's follow-through on older prompts, with a reflection per rule.
#include "coaching/Progress.h"
#include "coaching/PromptEngine.h"
#include "DemoSupport.h"

#include <QHash>
#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

/// What the manager wrote when marking a prompt done: a reflection per rule.
const QHash<QString, QStringList> reflections{
    {u"agenda-owned-by-manager"_s,
     {u"Asked them to bring the first two topics; they came with three."_s,
      u"Kept my own items for the last ten minutes."_s}},
    {u"autonomy-taken-after-failure"_s,
     {u"Talked the failure through as learning and gave the area back at advise."_s}},
    {u"check-in-heavy"_s,
     {u"Agreed one review date and stopped checking in between."_s,
      u"Skipped my mid-week check-in; the result was fine."_s}},
    {u"compliance-only-recognition"_s,
     {u"Recognised an idea they started themselves, not just the task done well."_s}},
    {u"context-not-shared"_s,
     {u"Shared the quarterly numbers and why the deadline matters to us."_s,
      u"Explained the reasons behind the roadmap change before they heard it elsewhere."_s}},
    {u"decision-overridden"_s,
     {u"Let their decision stand although I would have chosen differently."_s,
      u"Said beforehand which limits would make me step in, and kept to them."_s}},
    {u"decision-review-overdue"_s, {u"Held the overdue review; we wrote down what we learned."_s}},
    {u"decision-without-boundaries"_s,
     {u"Agreed the budget, deadline and scope up front, then stayed out of it."_s}},
    {u"decision-without-why"_s,
     {u"We wrote down the why together before they started."_s,
      u"Started the handover with the goal instead of the task."_s}},
    {u"energy-dropping"_s,
     {u"Asked what drains their energy and took one thing off their plate."_s}},
    {u"failed-initiative-unrecognised"_s,
     {u"Thanked them in the team meeting for trying, even though it did not work."_s}},
    {u"initiative-unrecognised"_s, {u"Recognised the attempt the same week, in our one-on-one."_s}},
    {u"level-stuck"_s,
     {u"Raised one area on the board to advise and told the team."_s,
      u"Asked which decisions they want to own next; we moved planning up a level."_s}},
    {u"manager-actions-overdue"_s, {u"Closed my two open actions before our next one-on-one."_s}},
    {u"no-delegation-agreement"_s,
     {u"Filled in the delegation board together in our first month."_s}},
    {u"no-mistakes-discussed"_s,
     {u"Told them about a mistake of my own before asking about theirs."_s}},
    {u"one-on-one-overdue"_s, {u"Moved our one-on-one back to its fixed slot and kept it."_s}},
    {u"one-on-ones-cancelled"_s,
     {u"Stopped cancelling: our one-on-one now goes before other meetings."_s}},
    {u"recognition-gap"_s,
     {u"Looked back at the month and recognised two things I had let pass."_s}},
    {u"talk-share-high"_s,
     {u"I asked first and waited; they came with two options of their own."_s,
      u"Let them open our one-on-one with their own topics and talked less myself."_s}},
};
const QStringList anyReflection{u"Talked it through in our one-on-one and agreed a next step."_s};

} // namespace

void addDemoFollowThrough(TeamLog& log, int storyPeople, QDate start, QDate until, Dice& dice)
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
            state.note = dice.pick(reflections.value(p.rule, anyReflection));
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
