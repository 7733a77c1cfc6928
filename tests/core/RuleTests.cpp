// Every rule of rules.md on both sides of its thresholds.
#include "Scenario.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace rd;
using test::Scenario;
using L = DelegationLevel;

TEST_CASE("decision-without-why fires at two recent decisions without a why")
{
    Scenario s;
    s.decision(10, L::Agree).why.clear();
    CHECK_FALSE(s.fires(u"decision-without-why"_s));
    s.decision(60, L::Agree).why = u"  "_s;
    CHECK(s.fires(u"decision-without-why"_s));
    s.log.decisions.last().date = s.ago(61); // just outside the 60-day window
    CHECK_FALSE(s.fires(u"decision-without-why"_s));
}

TEST_CASE("decision-without-boundaries fires for a decision at agree or above without boundaries")
{
    Scenario s;
    s.decision(60, L::Consult).boundaries.clear();
    CHECK_FALSE(s.fires(u"decision-without-boundaries"_s));
    s.decision(61, L::Agree).boundaries.clear();
    CHECK_FALSE(s.fires(u"decision-without-boundaries"_s));
    s.log.decisions.last().date = s.ago(60);
    CHECK(s.fires(u"decision-without-boundaries"_s));
}

TEST_CASE("no-delegation-agreement fires 30 days after joining without a board cell")
{
    Scenario s;
    s.log.people.first().joinedOn = s.ago(29);
    CHECK_FALSE(s.fires(u"no-delegation-agreement"_s));
    s.log.people.first().joinedOn = s.ago(30);
    CHECK(s.fires(u"no-delegation-agreement"_s));
    s.board(5, u"Budget"_s, L::Consult);
    CHECK_FALSE(s.fires(u"no-delegation-agreement"_s));
}

TEST_CASE("level-stuck fires at four recent decisions all at consult or below")
{
    Scenario s;
    s.decision(10, L::Tell);
    s.decision(20, L::Sell);
    s.decision(120, L::Consult);
    CHECK_FALSE(s.fires(u"level-stuck"_s));
    s.decision(30, L::Consult);
    CHECK(s.fires(u"level-stuck"_s));
    s.decision(40, L::Agree);
    CHECK_FALSE(s.fires(u"level-stuck"_s));
}

TEST_CASE("talk-share-high fires at a mean of 60% over the last three 1:1s that recorded it")
{
    Scenario s;
    s.held(30).talkSharePercent = 60;
    s.held(20).talkSharePercent = 60;
    s.held(15);                                 // not recorded: skipped, not counted as zero
    CHECK_FALSE(s.fires(u"talk-share-high"_s)); // only two recorded
    s.held(10).talkSharePercent = 59;
    CHECK_FALSE(s.fires(u"talk-share-high"_s)); // 59.7%
    s.log.oneOnOnes.last().talkSharePercent = 60;
    CHECK(s.fires(u"talk-share-high"_s));
    s.held(5).talkSharePercent = 10; // the oldest one drops out of the last three
    CHECK_FALSE(s.fires(u"talk-share-high"_s));
}

TEST_CASE("agenda-owned-by-manager fires below 40% member-raised items, with at least three items")
{
    Scenario s;
    auto items = [](OneOnOne& m, int member, int manager) {
        for (int i = 0; i < member; ++i)
            m.agenda << AgendaItem{u"m"_s, Party::Member, true};
        for (int i = 0; i < manager; ++i)
            m.agenda << AgendaItem{u"x"_s, Party::Manager, true};
    };
    items(s.held(20), 0, 2);
    CHECK_FALSE(s.fires(u"agenda-owned-by-manager"_s)); // two items: not enough data
    items(s.held(10), 2, 1);
    CHECK_FALSE(s.fires(u"agenda-owned-by-manager"_s)); // 2 of 5 = 40%
    s.log.oneOnOnes.last().agenda.removeFirst();
    s.log.oneOnOnes.last().agenda << AgendaItem{u"x"_s, Party::Manager, true};
    CHECK(s.fires(u"agenda-owned-by-manager"_s)); // 1 of 5 = 20%
}

TEST_CASE("decision-overridden fires at two overrides, or one at inquire or above")
{
    Scenario s;
    s.decision(10, L::Advise).overridden = true;
    CHECK_FALSE(s.fires(u"decision-overridden"_s));
    s.decision(91, L::Agree).overridden = true;
    CHECK_FALSE(s.fires(u"decision-overridden"_s));
    s.log.decisions.last().date = s.ago(90);
    CHECK(s.fires(u"decision-overridden"_s));

    Scenario high;
    high.decision(10, L::Inquire).overridden = true;
    CHECK(high.fires(u"decision-overridden"_s));
}

TEST_CASE("check-in-heavy fires at three check-ins on a decision at advise or above")
{
    Scenario s;
    s.decision(10, L::Consult).checkIns = 5;
    s.decision(10, L::Advise).checkIns = 2;
    CHECK_FALSE(s.fires(u"check-in-heavy"_s));
    s.log.decisions.last().checkIns = 3;
    CHECK(s.fires(u"check-in-heavy"_s));
}

TEST_CASE("one-on-one-overdue fires after 1.5 times the cadence")
{
    Scenario s; // cadence 14: overdue after 21 days
    s.held(21);
    CHECK_FALSE(s.fires(u"one-on-one-overdue"_s));
    s.log.oneOnOnes.last().date = s.ago(22);
    CHECK(s.fires(u"one-on-one-overdue"_s));
    s.meeting(2, MeetingStatus::Cancelled); // a cancelled one does not count
    CHECK(s.fires(u"one-on-one-overdue"_s));

    Scenario fresh; // no 1:1 yet: counted from joining
    fresh.log.people.first().joinedOn = fresh.ago(21);
    CHECK_FALSE(fresh.fires(u"one-on-one-overdue"_s));
    fresh.log.people.first().joinedOn = fresh.ago(22);
    CHECK(fresh.fires(u"one-on-one-overdue"_s));
    // The title never speaks of a last one-on-one that was not held.
    const auto title = [](const Scenario& scenario) {
        for (const Prompt& p : scenario.prompts()) {
            if (p.rule == u"one-on-one-overdue"_s)
                return p.title;
        }
        return QString();
    };
    CHECK(title(fresh).startsWith(u"No one-on-one with Sam yet, 22 day"_s));
    CHECK(title(s).startsWith(u"22 day"_s));
    CHECK(title(s).endsWith(u"since your last one-on-one with Sam"_s));
    const auto prompt = [](const Scenario& scenario) {
        for (const Prompt& p : scenario.prompts()) {
            if (p.rule == u"one-on-one-overdue"_s)
                return p;
        }
        return Prompt{};
    };
    CHECK(prompt(fresh).action.contains(u"first one-on-one"_s));
    CHECK_FALSE(prompt(fresh).question.contains(u"since we last spoke"_s));
    CHECK(prompt(s).question.contains(u"since we last spoke"_s));
}

TEST_CASE("one-on-ones-cancelled fires at two cancellations among the last four scheduled")
{
    Scenario s;
    s.meeting(60, MeetingStatus::Cancelled);
    s.held(40);
    s.meeting(30, MeetingStatus::Moved);
    s.held(20);
    s.meeting(10, MeetingStatus::Cancelled);
    CHECK_FALSE(s.fires(u"one-on-ones-cancelled"_s)); // the first falls outside the last four
    s.meeting(5, MeetingStatus::Cancelled);
    CHECK(s.fires(u"one-on-ones-cancelled"_s));
}

TEST_CASE("context-not-shared fires when none of the last three held 1:1s shared context")
{
    Scenario s;
    s.held(30);
    s.held(20);
    CHECK_FALSE(s.fires(u"context-not-shared"_s)); // needs three
    s.held(10);
    CHECK(s.fires(u"context-not-shared"_s));
    s.log.oneOnOnes.first().contextShared = true;
    CHECK_FALSE(s.fires(u"context-not-shared"_s));
}

TEST_CASE(
    "decision-review-overdue fires once the review date has passed and the outcome is pending")
{
    Scenario s;
    s.decision(30, L::Advise).reviewOn = s.asOf;
    CHECK_FALSE(s.fires(u"decision-review-overdue"_s));
    s.log.decisions.last().reviewOn = s.ago(1);
    CHECK(s.fires(u"decision-review-overdue"_s));
    s.log.decisions.last().outcome = DecisionOutcome::Succeeded;
    CHECK_FALSE(s.fires(u"decision-review-overdue"_s));
}

TEST_CASE("manager-actions-overdue fires for the manager's own open action past its due date")
{
    Scenario s;
    s.held(20).actions << ActionItem{u"Mine"_s, Party::Manager, s.asOf, {}}
                       << ActionItem{u"Theirs"_s, Party::Member, s.ago(5), {}};
    CHECK_FALSE(s.fires(u"manager-actions-overdue"_s));
    s.log.oneOnOnes.last().actions.first().due = s.ago(1);
    CHECK(s.fires(u"manager-actions-overdue"_s));
    s.log.oneOnOnes.last().actions.first().doneOn = s.asOf.addDays(1); // done after "as of"
    CHECK(s.fires(u"manager-actions-overdue"_s));
    s.log.oneOnOnes.last().actions.first().doneOn = s.asOf;
    CHECK_FALSE(s.fires(u"manager-actions-overdue"_s));
}

TEST_CASE("initiative-unrecognised fires seven days after an unrecognised initiative")
{
    Scenario s;
    s.initiative(6);
    s.initiative(30, InitiativeKind::Compliance);
    CHECK_FALSE(s.fires(u"initiative-unrecognised"_s));
    s.log.initiatives.first().date = s.ago(7);
    CHECK(s.fires(u"initiative-unrecognised"_s));
    s.log.initiatives.first().recognisedOn = s.ago(1);
    s.log.initiatives.first().recognition = RecognitionChannel::OneOnOne;
    CHECK_FALSE(s.fires(u"initiative-unrecognised"_s));
}

TEST_CASE("failed-initiative-unrecognised fires at once for a failed or partial attempt, instead "
          "of initiative-unrecognised")
{
    Scenario s;
    s.initiative(1).outcome = InitiativeOutcome::Failed;
    CHECK(s.fires(u"failed-initiative-unrecognised"_s));
    CHECK_FALSE(s.fires(u"initiative-unrecognised"_s));
    s.log.initiatives.first().date = s.ago(90);
    s.log.initiatives.first().outcome = InitiativeOutcome::Partly;
    CHECK(s.fires(u"failed-initiative-unrecognised"_s));
    CHECK_FALSE(s.fires(u"initiative-unrecognised"_s));
    s.log.initiatives.first().date = s.ago(91); // older: the general rule takes over
    CHECK_FALSE(s.fires(u"failed-initiative-unrecognised"_s));
    CHECK(s.fires(u"initiative-unrecognised"_s));
}

TEST_CASE("recognition-gap fires after 45 days without recognition while others were recognised")
{
    Scenario s;
    s.log.people.first().joinedOn = s.ago(45);
    s.addPerson(u"kim"_s);
    Initiative& other = s.initiative(20, InitiativeKind::Initiative, u"kim"_s);
    other.recognisedOn = s.ago(10);
    other.recognition = RecognitionChannel::Public;
    CHECK(s.fires(u"recognition-gap"_s));
    CHECK_FALSE(s.fires(u"recognition-gap"_s, u"kim"_s));

    s.log.people.first().joinedOn = s.ago(44);
    CHECK_FALSE(s.fires(u"recognition-gap"_s)); // too new to judge
    s.log.people.first().joinedOn = s.ago(300);
    Initiative& own = s.initiative(50);
    own.recognisedOn = s.ago(45);
    CHECK_FALSE(s.fires(u"recognition-gap"_s));
    s.log.initiatives.last().recognisedOn = s.ago(46);
    CHECK(s.fires(u"recognition-gap"_s));
    s.log.initiatives.first().recognisedOn = s.ago(46); // nobody recognised recently
    CHECK_FALSE(s.fires(u"recognition-gap"_s));
}

TEST_CASE("compliance-only-recognition fires for the team at 70% compliance among at least four")
{
    Scenario s;
    auto recognise = [&s](int n, InitiativeKind kind) {
        for (int i = 0; i < n; ++i) {
            Initiative& r = s.initiative(20, kind);
            r.recognisedOn = s.ago(10);
            r.recognition = RecognitionChannel::Private;
        }
    };
    recognise(3, InitiativeKind::Compliance);
    CHECK_FALSE(s.fires(u"compliance-only-recognition"_s, QString())); // three: not enough
    recognise(4, InitiativeKind::Initiative);
    recognise(3, InitiativeKind::Compliance);
    CHECK_FALSE(s.fires(u"compliance-only-recognition"_s, QString())); // 6 of 10
    s.log.initiatives.last().kind = InitiativeKind::Compliance;
    s.log.initiatives[3].kind = InitiativeKind::Compliance;
    CHECK(s.fires(u"compliance-only-recognition"_s, QString())); // 7 of 10
}

TEST_CASE("no-mistakes-discussed fires when none of the last four held 1:1s discussed one")
{
    Scenario s;
    s.held(40);
    s.held(30);
    s.held(20);
    CHECK_FALSE(s.fires(u"no-mistakes-discussed"_s)); // needs four
    s.held(10);
    CHECK(s.fires(u"no-mistakes-discussed"_s));
    s.log.oneOnOnes.first().mistakeDiscussed = true;
    CHECK_FALSE(s.fires(u"no-mistakes-discussed"_s));
}

TEST_CASE(
    "autonomy-taken-after-failure fires when a failure is followed within 30 days by a lower level")
{
    SECTION("a lowered board cell")
    {
        Scenario s;
        s.board(200, u"Planning"_s, L::Advise);
        s.decision(50, L::Advise).outcome = DecisionOutcome::Failed;
        s.board(19, u"Planning"_s, L::Consult); // 31 days after the failure
        CHECK_FALSE(s.fires(u"autonomy-taken-after-failure"_s));
        s.log.board.last().agreedOn = s.ago(20); // 30 days after
        CHECK(s.fires(u"autonomy-taken-after-failure"_s));
        s.log.board.last().area = u"Budget"_s; // another area
        CHECK_FALSE(s.fires(u"autonomy-taken-after-failure"_s));
    }
    SECTION("a later decision in that area at a lower level")
    {
        Scenario s;
        s.decision(50, L::Advise).outcome = DecisionOutcome::Failed;
        s.decision(40, L::Advise);
        CHECK_FALSE(s.fires(u"autonomy-taken-after-failure"_s));
        s.log.decisions.last().level = L::Agree;
        CHECK(s.fires(u"autonomy-taken-after-failure"_s));
        s.log.decisions.first().date = s.ago(91); // the failure is too long ago
        s.log.decisions.last().date = s.ago(81);
        CHECK_FALSE(s.fires(u"autonomy-taken-after-failure"_s));
    }
}

TEST_CASE("energy-dropping fires when energy fell two points over the last three 1:1s")
{
    Scenario s;
    s.held(30).energy = 4;
    s.held(20).energy = 3;
    CHECK_FALSE(s.fires(u"energy-dropping"_s)); // needs three
    s.held(10).energy = 3;
    CHECK_FALSE(s.fires(u"energy-dropping"_s));
    s.log.oneOnOnes.last().energy = 2;
    CHECK(s.fires(u"energy-dropping"_s));
}

TEST_CASE("trust-growing acknowledges a level rise or a recently raised board cell")
{
    SECTION("mean decision level up by one")
    {
        Scenario s;
        s.decision(150, L::Consult);
        s.decision(120, L::Consult);
        s.decision(60, L::Consult);
        s.decision(30, L::Agree);
        CHECK_FALSE(s.fires(u"trust-growing"_s)); // +0.5
        s.log.decisions.last().level = L::Advise;
        CHECK(s.fires(u"trust-growing"_s)); // +1.0
        s.log.decisions.removeFirst();
        CHECK_FALSE(s.fires(u"trust-growing"_s)); // one decision in the earlier window
    }
    SECTION("a board cell raised in the last 30 days")
    {
        Scenario s;
        s.board(100, u"Budget"_s, L::Consult);
        s.board(31, u"Budget"_s, L::Advise);
        CHECK_FALSE(s.fires(u"trust-growing"_s));
        s.log.board.last().agreedOn = s.ago(30);
        CHECK(s.fires(u"trust-growing"_s));
        s.log.board.last().level = L::Sell; // lowered, not raised
        CHECK_FALSE(s.fires(u"trust-growing"_s));
    }
}
