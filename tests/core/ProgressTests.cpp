// The chart data model of the Progress page and the coaching report, on fixed
// data: the series per month, empty months, one-person filters, period edges,
// the prompt history and the first-versus-last-quarter summary.
#include "coaching/Anonymous.h"
#include "coaching/Journal.h"
#include "coaching/Progress.h"
#include "coaching/PromptEngine.h"
#include "demo/DemoTeam.h"
#include "Scenario.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace rd;
using test::Scenario;
using L = DelegationLevel;

namespace {

/// Scenario's asOf is 2026-06-30; the first half of 2026 is the period.
const QDate jan{2026, 1, 1};
const QDate asOf{2026, 6, 30};

ProgressData progressOf(const Scenario& s, QDate from = jan, QDate to = asOf,
                        const QString& person = {}, const QList<RaisedPrompt>& history = {})
{
    return computeProgress(s.log, ProgressQuery{from, to, person}, history);
}

/// Days back from the scenario's asOf to a date, for Scenario's helpers.
int daysTo(QDate date)
{
    return int(date.daysTo(asOf));
}

} // namespace

TEST_CASE("the progress period covers whole months, the last one cut at the as-of date")
{
    Scenario s;
    const ProgressData data = progressOf(s, QDate(2026, 1, 15), asOf);
    REQUIRE(data.months.size() == 6);
    CHECK(data.months.first() == jan);
    CHECK(data.months.last() == QDate(2026, 6, 1));
    CHECK(data.levelMix.size() == 6); // every series has one entry per month
    CHECK(data.index.size() == 6);
    CHECK(data.recognition.size() == 6);
    CHECK(data.rhythm.size() == 6);
    CHECK(data.followThrough.size() == 6);
    CHECK(progressOf(s, asOf, jan).months.isEmpty()); // reversed range: nothing

    CHECK(progressPeriod(3, asOf, {}).from == QDate(2026, 4, 1));
    CHECK(progressPeriod(12, asOf, {}).from == QDate(2025, 7, 1));
    CHECK(progressPeriod(0, asOf, QDate(2024, 3, 17)).from == QDate(2024, 3, 1));
    CHECK(progressPeriod(0, asOf, {}).from == QDate(2026, 6, 1)); // nothing logged yet
}

TEST_CASE("an empty log gives empty months and no chart data")
{
    Scenario s;
    s.log.people.clear();
    const ProgressData data = progressOf(s);
    CHECK_FALSE(data.hasIndex());
    CHECK_FALSE(data.hasDecisions());
    CHECK_FALSE(data.hasBoard());
    CHECK_FALSE(data.hasRecognitions());
    CHECK_FALSE(data.hasMeetings());
    CHECK_FALSE(data.hasPromptActivity());
    for (const RhythmMonth& m : data.rhythm)
        CHECK(m.due == 0);
}

TEST_CASE("the level mix counts decisions per month by level, with the mean level")
{
    Scenario s;
    s.decision(daysTo(QDate(2026, 2, 3)), L::Sell);
    s.decision(daysTo(QDate(2026, 2, 17)), L::Sell);
    s.decision(daysTo(QDate(2026, 2, 28)), L::Inquire);
    s.decision(daysTo(QDate(2026, 4, 1)), L::Delegate);
    const ProgressData data = progressOf(s);
    CHECK(data.hasDecisions());
    const LevelMixMonth& feb = data.levelMix.at(1);
    CHECK(feb.decisions.at(1) == 2);
    CHECK(feb.decisions.at(5) == 1);
    CHECK(feb.total() == 3);
    CHECK(*feb.meanLevel == Approx(10.0 / 3.0));
    CHECK(data.levelMix.at(2).total() == 0); // March: an empty month
    CHECK_FALSE(data.levelMix.at(2).meanLevel);
    CHECK(*data.levelMix.at(3).meanLevel == 7.0);
}

TEST_CASE("period edges: the first and last day count, the days outside do not")
{
    Scenario s;
    s.decision(daysTo(QDate(2025, 12, 31)), L::Tell);
    s.decision(daysTo(QDate(2026, 1, 1)), L::Sell);
    s.decision(daysTo(QDate(2026, 6, 15)), L::Consult);
    s.decision(daysTo(QDate(2026, 6, 16)), L::Agree);
    const ProgressData data = progressOf(s, jan, QDate(2026, 6, 15));
    CHECK(data.levelMix.first().total() == 1);
    CHECK(data.levelMix.first().decisions.at(1) == 1);
    CHECK(data.levelMix.last().total() == 1); // 16 June is after the as-of date
    CHECK(data.levelMix.last().decisions.at(2) == 1);
}

TEST_CASE("a one-person filter keeps only that person's entries")
{
    Scenario s;
    s.addPerson(u"kim"_s);
    s.decision(daysTo(QDate(2026, 3, 2)), L::Tell, u"kim"_s);
    s.decision(daysTo(QDate(2026, 3, 3)), L::Delegate);
    s.held(daysTo(QDate(2026, 3, 4)), u"kim"_s);
    const ProgressData team = progressOf(s);
    const ProgressData kim = progressOf(s, jan, asOf, u"kim"_s);
    CHECK(team.levelMix.at(2).total() == 2);
    CHECK(kim.levelMix.at(2).total() == 1);
    CHECK(*kim.levelMix.at(2).meanLevel == 1.0);
    CHECK(kim.rhythm.at(2).held == 1);
    CHECK(progressOf(s, jan, asOf, u"sam"_s).rhythm.at(2).held == 0);
}

TEST_CASE("the board track shows each area's level at every month's end")
{
    Scenario s;
    s.addPerson(u"kim"_s);
    s.board(daysTo(QDate(2026, 1, 10)), u"Budget"_s, L::Consult);
    s.board(daysTo(QDate(2026, 4, 5)), u"Budget"_s, L::Inquire); // raised in April
    s.board(daysTo(QDate(2026, 3, 1)), u"Hiring"_s, L::Sell, u"kim"_s);
    s.board(daysTo(QDate(2026, 5, 20)), u"Budget"_s, L::Advise, u"kim"_s);

    const ProgressData team = progressOf(s);
    REQUIRE(team.board.size() == 2);
    CHECK(team.board.at(0).area == u"Budget"_s);
    CHECK(team.board.at(1).area == u"Hiring"_s);
    using V = std::optional<double>;
    CHECK(team.board.at(0).levels == QList<V>{3, 3, 3, 6, 5.5, 5.5}); // kim joins Budget in May
    CHECK(team.board.at(1).levels == QList<V>{{}, {}, 2, 2, 2, 2});

    const ProgressData sam = progressOf(s, jan, asOf, u"sam"_s);
    REQUIRE(sam.board.size() == 1);
    CHECK(sam.board.at(0).levels == QList<V>{3, 3, 3, 6, 6, 6});
    CHECK(sam.hasBoard());
}

TEST_CASE("recognitions count per month by kind, with the median delay and failed attempts")
{
    Scenario s;
    auto recognised = [&s](QDate on, QDate given, InitiativeKind kind, InitiativeOutcome outcome) {
        Initiative& i = s.initiative(daysTo(on), kind);
        i.outcome = outcome;
        i.recognisedOn = given;
    };
    recognised(QDate(2026, 1, 1), QDate(2026, 1, 11), InitiativeKind::Initiative,
               InitiativeOutcome::Worked);
    recognised(QDate(2026, 1, 20), QDate(2026, 1, 20), InitiativeKind::Compliance,
               InitiativeOutcome::Worked);
    recognised(QDate(2026, 1, 5), QDate(2026, 1, 25), InitiativeKind::Initiative,
               InitiativeOutcome::Failed);
    recognised(QDate(2026, 2, 20), QDate(2026, 3, 2), InitiativeKind::Initiative,
               InitiativeOutcome::Partly);
    recognised(QDate(2026, 2, 21), QDate(2026, 3, 5), InitiativeKind::Initiative,
               InitiativeOutcome::TooEarly);
    s.initiative(daysTo(QDate(2026, 4, 1))); // not recognised: counts nowhere

    const ProgressData data = progressOf(s);
    const RecognitionMonth& jan26 = data.recognition.at(0);
    CHECK(jan26.initiative == 2);
    CHECK(jan26.compliance == 1);
    CHECK(*jan26.medianDays == 10.0);
    CHECK(jan26.failedOrPartial == 1);
    CHECK(data.recognition.at(1).initiative == 0); // February: given in March
    const RecognitionMonth& mar = data.recognition.at(2);
    CHECK(mar.initiative == 2);
    CHECK(*mar.medianDays == Approx(11.0)); // 10 and 12 days
    CHECK(mar.failedOrPartial == 1);
    CHECK_FALSE(data.recognition.at(3).medianDays);
    CHECK(data.hasRecognitions());
}

TEST_CASE("the rhythm counts held, moved and cancelled against the cadence due")
{
    Scenario s;                                           // sam: a 14-day cadence
    s.addPerson(u"kim"_s, daysTo(QDate(2026, 3, 17)), 7); // joins mid-March, weekly
    OneOnOne& a = s.held(daysTo(QDate(2026, 3, 3)));
    a.talkSharePercent = 70;
    a.agenda << AgendaItem{u"x"_s, Party::Manager, true} << AgendaItem{u"y"_s, Party::Member, true};
    OneOnOne& b = s.held(daysTo(QDate(2026, 3, 17)));
    b.talkSharePercent = 40;
    b.agenda << AgendaItem{u"z"_s, Party::Member, false};
    s.meeting(daysTo(QDate(2026, 3, 24)), MeetingStatus::Moved);
    s.meeting(daysTo(QDate(2026, 3, 31)), MeetingStatus::Cancelled, u"kim"_s);

    const ProgressData data = progressOf(s);
    const RhythmMonth& mar = data.rhythm.at(2);
    CHECK(mar.held == 2);
    CHECK(mar.moved == 1);
    CHECK(mar.cancelled == 1);
    CHECK(mar.due == Approx(31.0 / 14 + 15.0 / 7)); // sam all month, kim from the 17th
    CHECK(*mar.talkShare == 55.0);
    CHECK(*mar.agendaOwnership == Approx(200.0 / 3.0));
    CHECK_FALSE(data.rhythm.at(1).talkShare); // February: no meeting
    CHECK(data.rhythm.at(1).due == Approx(28.0 / 14));
    CHECK(progressOf(s, jan, asOf, u"kim"_s).rhythm.at(1).due == 0); // before kim joined
    CHECK(data.hasMeetings());
}

TEST_CASE("a month just begun expects a fraction of a one-on-one by the cadence, not none")
{
    Scenario s; // sam: a 14-day cadence, on the team all year
    const ProgressData firstDay = progressOf(s, jan, QDate(2026, 6, 1));
    CHECK(firstDay.rhythm.last().month == QDate(2026, 6, 1));
    CHECK(firstDay.rhythm.last().due == Approx(1.0 / 14));
    const ProgressData halfway = progressOf(s, jan, QDate(2026, 6, 14));
    CHECK(halfway.rhythm.last().due == Approx(1.0));
    // The whole of May, for comparison: 31 days, 2.2 one-on-ones.
    CHECK(firstDay.rhythm.at(4).due == Approx(31.0 / 14));
}

TEST_CASE("follow-through counts prompts raised and what the manager did with them")
{
    Scenario s;
    s.addPerson(u"kim"_s);
    const QList<RaisedPrompt> history{
        {u"talk-share-high|sam|2026-01"_s, u"talk-share-high"_s, u"sam"_s, Lever::CoachNotControl,
         QDate(2026, 1, 1)},
        {u"recognition-gap|kim|2026-02-10"_s, u"recognition-gap"_s, u"kim"_s,
         Lever::RewardInitiative, QDate(2026, 2, 1)},
        {u"team-silent||2026-02"_s, u"team-silent"_s, QString(), Lever::Transparency,
         QDate(2026, 2, 1)},
        {u"old|sam|2025-11"_s, u"old"_s, u"sam"_s, Lever::Transparency, QDate(2025, 11, 1)},
    };
    s.log.promptStates << PromptState{u"talk-share-high|sam|2026-01"_s,
                                      PromptStateKind::Done,
                                      QDate(2026, 2, 3),
                                      {},
                                      u"I talked less."_s}
                       << PromptState{u"recognition-gap|kim|2026-02-10"_s,
                                      PromptStateKind::Snoozed,
                                      QDate(2026, 2, 12),
                                      QDate(2026, 3, 1),
                                      {}}
                       << PromptState{u"team-silent||2026-02"_s,
                                      PromptStateKind::Dismissed,
                                      QDate(2026, 7, 2),
                                      {},
                                      {}}; // after the period
    const ProgressData team = progressOf(s, jan, asOf, {}, history);
    CHECK(team.followThrough.at(0).raised == 1);
    CHECK(team.followThrough.at(1).raised == 2);
    CHECK(team.followThrough.at(1).done == 1);
    CHECK(team.followThrough.at(1).snoozed == 1);
    int dismissed = 0;
    for (const FollowThroughMonth& m : team.followThrough)
        dismissed += m.dismissed;
    CHECK(dismissed == 0);

    const ProgressData kim = progressOf(s, jan, asOf, u"kim"_s, history);
    CHECK(kim.followThrough.at(0).raised == 0);
    CHECK(kim.followThrough.at(1).raised == 1); // not the team-level prompt
    CHECK(kim.followThrough.at(1).done == 0);
    CHECK(kim.followThrough.at(1).snoozed == 1);
    CHECK(kim.hasPromptActivity());
}

TEST_CASE("the prompt history lists each prompt once, at the first month-end that showed it")
{
    DemoOptions options;
    options.until = QDate(2026, 11, 27);
    const TeamLog team = generateDemoTeam(options);
    const PromptEngine engine;
    const QDate from(2026, 1, 1);
    const QList<RaisedPrompt> history = promptHistory(engine, team, from, options.until);
    REQUIRE_FALSE(history.isEmpty());

    QSet<QString> keys;
    for (const RaisedPrompt& p : history) {
        CHECK_FALSE(keys.contains(p.key));
        keys.insert(p.key);
        CHECK(p.month >= from);
        CHECK(p.month.day() == 1);
        CHECK(p.key.startsWith(p.rule + u'|'));
    }
    // Every prompt of today's evaluation was raised at the latest this month.
    for (const Prompt& p : engine.evaluate(team, options.until))
        CHECK(keys.contains(p.key));
    // And a prompt raised in March fired at the end of March, but not at the end of February.
    for (const RaisedPrompt& p : history) {
        if (p.month != QDate(2026, 3, 1))
            continue;
        QStringList march, february;
        for (const Prompt& q : engine.evaluate(team, QDate(2026, 3, 31)))
            march << q.key;
        for (const Prompt& q : engine.evaluate(team, QDate(2026, 2, 28)))
            february << q.key;
        CHECK(march.contains(p.key));
        CHECK_FALSE(february.contains(p.key));
        break;
    }
    CHECK(promptHistory(engine, team, options.until, from).isEmpty());
}

namespace {

/// A month of one-on-ones and decisions in a controlling or a facilitating style.
void logMonth(Scenario& s, QDate month, bool facilitating, const QString& person = u"sam"_s)
{
    for (int day : {5, 19}) {
        OneOnOne& m = s.held(daysTo(month.addDays(day - 1)), person);
        m.talkSharePercent = facilitating ? 30 : 80;
        m.mistakeDiscussed = facilitating;
        m.agenda << AgendaItem{u"a"_s, facilitating ? Party::Member : Party::Manager, true};
    }
    Decision& d = s.decision(daysTo(month.addDays(9)), facilitating ? L::Advise : L::Tell, person);
    d.overridden = !facilitating;
}

} // namespace

TEST_CASE("the summary compares the first and the last quarter of the period")
{
    Scenario s;
    for (int n = 0; n < 6; ++n)
        logMonth(s, jan.addMonths(n), n >= 3);
    const ProgressSummary summary = summariseProgress(s.log, ProgressQuery{jan, asOf, {}});
    CHECK(summary.firstFrom == jan);
    CHECK(summary.firstTo == QDate(2026, 3, 31));
    CHECK(summary.lastFrom == QDate(2026, 4, 1));
    CHECK(summary.lastTo == asOf);
    REQUIRE(summary.index.delta());
    CHECK(*summary.index.delta() > 30);
    CHECK(summary.improved.contains(IndexComponent::Listening));
    CHECK(summary.improved.contains(IndexComponent::DelegationDepth));
    CHECK(summary.improved.contains(IndexComponent::AgendaOwnership));
    CHECK(summary.improved.contains(IndexComponent::TrustKept));
    CHECK(summary.improved.first() == IndexComponent::AgendaOwnership); // 0 → 100: the most
    CHECK_FALSE(summary.workOn.isEmpty());                              // the weakest component now
    CHECK_FALSE(summary.improved.contains(summary.workOn.first()));
    REQUIRE(summary.people.size() == 1);
    CHECK(summary.people.first().personId == u"sam"_s);
    CHECK(*summary.people.first().index.delta() > 30);
}

TEST_CASE("a manager who takes control back gets the components to work on, not improvements")
{
    Scenario s;
    for (int n = 0; n < 6; ++n)
        logMonth(s, jan.addMonths(n), n < 3);
    const ProgressSummary summary = summariseProgress(s.log, ProgressQuery{jan, asOf, {}});
    CHECK(*summary.index.delta() < -30);
    CHECK(summary.improved.isEmpty());
    CHECK(summary.workOn.contains(IndexComponent::Listening));
    CHECK(summary.workOn.contains(IndexComponent::DelegationDepth));
}

TEST_CASE("a short period compares its halves; one month compares itself")
{
    Scenario s;
    for (int n = 0; n < 4; ++n)
        logMonth(s, QDate(2026, 3, 1).addMonths(n), n >= 2);
    const ProgressSummary four =
        summariseProgress(s.log, ProgressQuery{QDate(2026, 3, 1), asOf, {}});
    CHECK(four.firstTo == QDate(2026, 4, 30));
    CHECK(four.lastFrom == QDate(2026, 5, 1));
    CHECK(*four.index.delta() > 0);
    const ProgressSummary one =
        summariseProgress(s.log, ProgressQuery{QDate(2026, 6, 1), asOf, {}});
    CHECK(one.firstFrom == one.lastFrom);
    CHECK(*one.index.delta() == 0.0);
}

TEST_CASE("the demo team's story shows in the progress data")
{
    DemoOptions options;
    options.until = QDate(2026, 11, 27);
    const TeamLog team = generateDemoTeam(options);
    const ProgressQuery all = progressPeriod(0, options.until, QDate(2025, 6, 1));

    // Daan: the manager raises his board cells over time.
    const ProgressData daan =
        computeProgress(team, ProgressQuery{all.from, all.to, u"daan-visser"_s}, {});
    REQUIRE_FALSE(daan.board.isEmpty());
    for (const BoardTrack& track : daan.board) {
        INFO(track.area.toStdString());
        const auto first = std::find_if(track.levels.cbegin(), track.levels.cend(),
                                        [](const auto& v) { return v.has_value(); });
        REQUIRE(first != track.levels.cend());
        CHECK(*track.levels.last() > **first);
    }
    const ProgressSummary daanSummary =
        summariseProgress(team, ProgressQuery{all.from, all.to, u"daan-visser"_s});
    CHECK(*daanSummary.index.delta() > 10);

    // Eva: a cell taken back after a failure, the level mix falling with it.
    const ProgressData eva =
        computeProgress(team, ProgressQuery{all.from, all.to, u"eva-mulder"_s}, {});
    bool droppedSomewhere = false;
    for (const BoardTrack& track : eva.board) {
        for (qsizetype n = 1; n < track.levels.size(); ++n) {
            if (track.levels.at(n - 1) && track.levels.at(n) &&
                *track.levels.at(n) <= *track.levels.at(n - 1) - 3)
                droppedSomewhere = true;
        }
    }
    CHECK(droppedSomewhere);
    const auto lastMean = [&eva] {
        for (auto it = eva.levelMix.crbegin(); it != eva.levelMix.crend(); ++it) {
            if (it->meanLevel)
                return *it->meanLevel;
        }
        return 0.0;
    }();
    CHECK(lastMean < 3.5);
}

TEST_CASE("a slice of a long range equals the progress data of the shorter period")
{
    DemoOptions options;
    options.until = QDate(2026, 11, 27);
    const TeamLog team = generateDemoTeam(options);
    const PromptEngine engine;
    const QList<RaisedPrompt> history =
        promptHistory(engine, team, firstLoggedMonth(team), options.until);
    for (const QString& person : {QString(), u"daan-visser"_s, u"eva-mulder"_s}) {
        const ProgressData all = computeProgress(
            team, ProgressQuery{QDate(2024, 12, 1), options.until, person}, history);
        for (int months : {3, 6, 12, 24, 0}) {
            INFO(person.toStdString() << " " << months << " months");
            const ProgressQuery query =
                progressPeriod(months, options.until, firstLoggedMonth(team), person);
            const ProgressData direct = computeProgress(team, query, history);
            const ProgressData slice = sliceProgress(all, query.from, query.to);
            CHECK(slice.months == direct.months);
            CHECK(slice.index == direct.index);
            CHECK(slice.levelMix == direct.levelMix);
            CHECK(slice.board == direct.board);
            CHECK(slice.recognition == direct.recognition);
            CHECK(slice.rhythm == direct.rhythm);
            CHECK(slice.followThrough == direct.followThrough);
            CHECK(slice.asOf == direct.asOf); // so the last month is known to be partial
        }
    }
    // Outside the computed range there is nothing to slice.
    const ProgressData recent =
        computeProgress(team, ProgressQuery{QDate(2026, 6, 1), options.until, {}}, history);
    CHECK(sliceProgress(recent, QDate(2026, 1, 1), options.until).months.isEmpty());
}

TEST_CASE("a change is reported from the rounded figures shown beside it")
{
    using Change = ProgressSummary::Change;
    CHECK(Change{52.4, 68.6}.shownDelta() == 17); // shown as 52 → 69, not +16.2
    CHECK(Change{52.6, 68.4}.shownDelta() == 15); // 53 → 68
    CHECK(Change{52.5, 53.4}.shownDelta() == 0);  // 53 → 53: half rounds away from zero
    CHECK(Change{52.4, 52.4}.shownDelta() == 0);
    CHECK(Change{70.0, 40.49}.shownDelta() == -30);
    CHECK_FALSE(Change{std::nullopt, 40.0}.shownDelta().has_value());
}

TEST_CASE("anonymous names replace people and decision areas and change no figure")
{
    const TeamLog log = rd::test::sampleLog();
    const TeamLog anonymous = withAnonymousNames(log);
    REQUIRE(anonymous.people.size() == log.people.size());
    CHECK(anonymous.people.at(0).name == u"Team member A"_s);
    CHECK(anonymous.people.at(1).name == u"Team member B"_s);
    CHECK(anonymous.people.at(0).role.isEmpty());
    CHECK(anonymous.people.at(0).id == log.people.at(0).id); // ids stay: nothing else moves
    QStringList areas;
    for (const BoardEntry& b : anonymous.board)
        areas << b.area;
    for (const Decision& d : anonymous.decisions)
        areas << d.area;
    for (const QString& area : std::as_const(areas))
        CHECK(area.startsWith(u"Area "_s));
    // The same real area gets the same letter on the board and in decisions.
    for (qsizetype n = 0; n < log.decisions.size(); ++n) {
        for (qsizetype b = 0; b < log.board.size(); ++b) {
            if (log.decisions.at(n).area == log.board.at(b).area)
                CHECK(anonymous.decisions.at(n).area == anonymous.board.at(b).area);
        }
    }
    CHECK(alphabeticLabel(0) == u"A"_s);
    CHECK(alphabeticLabel(25) == u"Z"_s);
    CHECK(alphabeticLabel(26) == u"AA"_s);
    ProgressQuery query;
    query.from = QDate(2025, 1, 1);
    query.to = QDate(2026, 4, 30);
    CHECK(summariseProgress(anonymous, query).index.last ==
          summariseProgress(log, query).index.last);
}
