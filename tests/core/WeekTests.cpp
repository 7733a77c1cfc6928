// The manager's week, computed purely: who is next, what to focus on, what
// went well, and the first week's steps. Each ordering choice from both sides.
#include "CliRunner.h"
#include "coaching/Week.h"
#include "Scenario.h"

#include <catch2/catch.hpp>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace rd;
using rd::test::Scenario;
using L = DelegationLevel;

namespace {
// The scenario's "as of" date, 30 June 2026, is a Tuesday: Sunday is 5 days on.

Prompt promptFor(const QString& person, Severity severity, QDate evidenceOn, const QString& rule)
{
    Prompt p;
    p.rule = rule;
    p.severity = severity;
    p.personId = person;
    p.personName = person.isEmpty() ? QString() : person.at(0).toUpper() + person.mid(1);
    p.title = rule + u" for "_s + person;
    p.evidenceOn = evidenceOn;
    p.period = evidenceOn.toString(Qt::ISODate);
    p.key = rule + u'|' + person + u'|' + p.period;
    return p;
}

NextOneOnOne due(const QString& person, qint64 daysUntil, DueWhen when)
{
    NextOneOnOne n;
    n.personId = person;
    n.daysUntil = daysUntil;
    n.when = when;
    return n;
}

QStringList keysOf(const QList<FocusPrompt>& focus)
{
    QStringList keys;
    for (const FocusPrompt& f : focus)
        keys << f.prompt.key;
    return keys;
}

const NextOneOnOne* nextFor(const QList<NextOneOnOne>& next, const QString& person)
{
    for (const NextOneOnOne& n : next) {
        if (n.personId == person)
            return &n;
    }
    return nullptr;
}
} // namespace

TEST_CASE(
    "the next one-on-one is the last held one plus the cadence; with none, the day they joined")
{
    Scenario s; // Sam: cadence 14
    REQUIRE(s.asOf.dayOfWeek() == Qt::Tuesday);
    s.held(10);
    s.meeting(2, MeetingStatus::Cancelled); // a cancelled one is not the last held
    s.addPerson(u"kim"_s, 3);               // joined three days ago, no 1:1 yet
    s.addPerson(u"old"_s).archived = true;
    const QList<NextOneOnOne> next = nextOneOnOnes(s.log, s.asOf);
    REQUIRE(next.size() == 2); // the archived member is not listed
    const NextOneOnOne* sam = nextFor(next, u"sam"_s);
    REQUIRE(sam);
    CHECK(sam->lastHeld == s.ago(10));
    CHECK(sam->due == s.ago(10).addDays(14));
    CHECK(sam->daysUntil == 4);
    const NextOneOnOne* kim = nextFor(next, u"kim"_s);
    REQUIRE(kim);
    CHECK_FALSE(kim->lastHeld.has_value());
    CHECK(kim->due == s.ago(3));
    CHECK(kim->when == DueWhen::Overdue);
    // Overdue first, then by due date.
    CHECK(next.first().personId == u"kim"_s);
}

TEST_CASE("a one-on-one is overdue, today, this week up to Sunday, or later")
{
    const int daysUntil = GENERATE(values({-1, 0, 1, 5, 6}));
    Scenario s;
    s.held(14 - daysUntil); // due in `daysUntil` days with the cadence of 14
    const NextOneOnOne n = nextOneOnOnes(s.log, s.asOf).constFirst();
    CAPTURE(daysUntil);
    CHECK(n.daysUntil == daysUntil);
    const DueWhen expected = daysUntil < 0    ? DueWhen::Overdue
                             : daysUntil == 0 ? DueWhen::Today
                             : daysUntil <= 5 ? DueWhen::ThisWeek // Tuesday to Sunday
                                              : DueWhen::Later;
    CHECK(n.when == expected);
}

TEST_CASE("open items are open actions of every 1:1 and the agenda not covered last time")
{
    Scenario s;
    OneOnOne& first = s.held(30);
    first.actions << ActionItem{u"Open since May"_s, Party::Manager, {}, {}}
                  << ActionItem{u"Done"_s, Party::Member, {}, s.ago(20)}
                  << ActionItem{u"Done only tomorrow"_s, Party::Member, {}, s.ago(-1)};
    first.agenda << AgendaItem{u"Not covered, but not last time"_s, Party::Member, false};
    OneOnOne& last = s.held(5);
    last.agenda << AgendaItem{u"Covered"_s, Party::Member, true}
                << AgendaItem{u"Carried"_s, Party::Manager, false};
    // The one open since May, the one done only after the as-of date, and the carried item.
    CHECK(nextOneOnOnes(s.log, s.asOf).constFirst().openItems == 3);
}

TEST_CASE("the focus ranks by severity before the next one-on-one")
{
    Scenario s;
    const QList<NextOneOnOne> next{due(u"ann"_s, -3, DueWhen::Overdue),
                                   due(u"bob"_s, 20, DueWhen::Later)};
    const Prompt annNudge = promptFor(u"ann"_s, Severity::Nudge, s.asOf, u"nudge"_s);
    const Prompt bobImportant = promptFor(u"bob"_s, Severity::Important, s.asOf, u"important"_s);
    CHECK(keysOf(rankFocus({annNudge, bobImportant}, next, s.asOf, 2)) ==
          QStringList{bobImportant.key, annNudge.key});
    // The other side: at the same severity the sooner one-on-one comes first.
    const Prompt annImportant = promptFor(u"ann"_s, Severity::Important, s.ago(20), u"other"_s);
    CHECK(keysOf(rankFocus({bobImportant, annImportant}, next, s.asOf, 2)) ==
          QStringList{annImportant.key, bobImportant.key});
}

TEST_CASE("the focus prefers the next one-on-one to fresher evidence, and fresher evidence after")
{
    Scenario s;
    const QList<NextOneOnOne> next{due(u"ann"_s, 2, DueWhen::ThisWeek),
                                   due(u"bob"_s, 3, DueWhen::ThisWeek),
                                   due(u"cas"_s, 20, DueWhen::Later)};
    const Prompt annOld = promptFor(u"ann"_s, Severity::Nudge, s.ago(40), u"r"_s);
    const Prompt bobFresh = promptFor(u"bob"_s, Severity::Nudge, s.ago(2), u"r"_s);
    const Prompt casFresher = promptFor(u"cas"_s, Severity::Nudge, s.ago(1), u"r"_s);
    // Ann and Bob are both due this week: the fresher evidence wins between them;
    // Cas is due later, however fresh.
    CHECK(keysOf(rankFocus({casFresher, annOld, bobFresh}, next, s.asOf, 3)) ==
          QStringList{bobFresh.key, annOld.key, casFresher.key});
}

TEST_CASE("evidence older than 90 days ranks one severity lower, and says how old it is")
{
    Scenario s;
    const QList<NextOneOnOne> next{due(u"ann"_s, 1, DueWhen::ThisWeek),
                                   due(u"bob"_s, 1, DueWhen::ThisWeek)};
    const int age = GENERATE(values({StaleEvidenceDays, StaleEvidenceDays + 1}));
    CAPTURE(age);
    const Prompt annOld = promptFor(u"ann"_s, Severity::Important, s.ago(age), u"old"_s);
    const Prompt bobNudge = promptFor(u"bob"_s, Severity::Nudge, s.ago(1), u"nudge"_s);
    const QList<FocusPrompt> focus = rankFocus({annOld, bobNudge}, next, s.asOf, 2);
    REQUIRE(focus.size() == 2);
    const bool stale = age > StaleEvidenceDays;
    CHECK(focus.first().prompt.key == (stale ? bobNudge.key : annOld.key));
    const FocusPrompt& ann = focus.at(stale ? 1 : 0);
    CHECK(ann.stale == stale);
    CHECK(ann.evidenceAgeDays == age);
    CHECK(evidenceAgeText(ann.evidenceAgeDays).contains(u"month"_s));
    CHECK(evidenceAgeText(3).contains(u"3 day"_s));
}

TEST_CASE("the focus shows one prompt per person until nobody else has one")
{
    Scenario s;
    const QList<NextOneOnOne> next{due(u"ann"_s, -1, DueWhen::Overdue),
                                   due(u"bob"_s, 9, DueWhen::Later)};
    const Prompt ann1 = promptFor(u"ann"_s, Severity::Important, s.ago(1), u"a1"_s);
    const Prompt ann2 = promptFor(u"ann"_s, Severity::Important, s.ago(2), u"a2"_s);
    const Prompt ann3 = promptFor(u"ann"_s, Severity::Nudge, s.ago(1), u"a3"_s);
    const Prompt bob = promptFor(u"bob"_s, Severity::Nudge, s.ago(30), u"b"_s);
    // Ann's second prompt outranks Bob's, yet Bob gets a place first.
    CHECK(keysOf(rankFocus({ann1, ann2, ann3, bob}, next, s.asOf, 2)) ==
          QStringList{ann1.key, bob.key});
    // With places left, Ann's others fill them, in ranked order.
    CHECK(keysOf(rankFocus({ann3, bob, ann2, ann1}, next, s.asOf, 4)) ==
          QStringList{ann1.key, ann2.key, ann3.key, bob.key});
    CHECK(keysOf(rankFocus({ann1, ann2, ann3}, next, s.asOf, 3)) ==
          QStringList{ann1.key, ann2.key, ann3.key});
}

TEST_CASE("info prompts are wins, never focus; a team prompt ranks as a later one-on-one")
{
    Scenario s;
    const QList<NextOneOnOne> next{due(u"ann"_s, 3, DueWhen::ThisWeek)};
    const Prompt info = promptFor(u"ann"_s, Severity::Info, s.asOf, u"trust-growing"_s);
    CHECK(rankFocus({info}, next, s.asOf, 3).isEmpty());
    Prompt asNudge = info; // positive control: the same prompt as a nudge is shown
    asNudge.severity = Severity::Nudge;
    CHECK(rankFocus({asNudge}, next, s.asOf, 3).size() == 1);

    const Prompt team = promptFor({}, Severity::Nudge, s.asOf, u"team"_s);
    const Prompt ann = promptFor(u"ann"_s, Severity::Nudge, s.ago(60), u"ann"_s);
    CHECK(keysOf(rankFocus({team, ann}, next, s.asOf, 2)) == QStringList{ann.key, team.key});
}

TEST_CASE("the engine dates each prompt's evidence; an absence is dated today")
{
    Scenario s;
    s.held(40); // overdue: an absence of one-on-ones
    s.initiative(20);
    QDate overdue;
    QDate unrecognised;
    for (const Prompt& p : s.prompts()) {
        if (p.rule == u"one-on-one-overdue"_s)
            overdue = p.evidenceOn;
        if (p.rule == u"initiative-unrecognised"_s)
            unrecognised = p.evidenceOn;
    }
    CHECK(overdue == s.asOf);
    CHECK(unrecognised == s.ago(20));
}

TEST_CASE("wins: recognitions and decisions at advise or above that went well, in the last 30 days")
{
    Scenario s; // each entry is changed before the next is added: the list may move
    Initiative& recent = s.initiative(40);
    recent.recognisedOn = s.ago(WinWindowDays);
    recent.recognition = RecognitionChannel::Public;
    Initiative& older = s.initiative(60);
    older.recognisedOn = s.ago(WinWindowDays + 1); // one day too old
    older.recognition = RecognitionChannel::OneOnOne;
    Decision& advised = s.decision(10, L::Advise);
    advised.outcome = DecisionOutcome::Succeeded;
    Decision& agreed = s.decision(9, L::Agree); // went well, but decided together
    agreed.outcome = DecisionOutcome::Succeeded;
    Decision& failed = s.decision(8, L::Delegate);
    failed.outcome = DecisionOutcome::Failed;

    const QList<Win> wins = recentWins(s.log, {}, s.asOf);
    REQUIRE(wins.size() == 2);
    CHECK(wins.at(0).kind == WinKind::DecisionWentWell); // newest first
    CHECK(wins.at(0).text == s.log.decisions.at(0).title);
    CHECK(wins.at(1).kind == WinKind::Recognised);
    CHECK(wins.at(1).text == s.log.initiatives.at(0).description);

    // Trust growing, the engine's one info prompt, is a win of its own.
    const Prompt growing = promptFor(u"sam"_s, Severity::Info, s.ago(2), u"trust-growing"_s);
    const QList<Win> withPrompt = recentWins(s.log, {growing}, s.asOf);
    REQUIRE(withPrompt.size() == 3);
    CHECK(withPrompt.first().kind == WinKind::TrustGrowing);

    for (int n = 0; n < MostWins + 2; ++n) {
        Initiative& more = s.initiative(3);
        more.recognisedOn = s.ago(1);
        more.recognition = RecognitionChannel::OneOnOne;
    }
    CHECK(recentWins(s.log, {}, s.asOf).size() == MostWins);
}

TEST_CASE("the first week's steps tick themselves as the logs fill")
{
    Scenario s;
    s.log.people.first().archived = true;
    CHECK_FALSE(firstWeekOf(s.log, s.asOf).peopleAdded); // only archived people
    s.log.people.first().archived = false;
    FirstWeek steps = firstWeekOf(s.log, s.asOf);
    CHECK(steps.peopleAdded);
    CHECK_FALSE(steps.areaAgreed);
    CHECK_FALSE(steps.done());
    s.board(1, u"Budget"_s, L::Consult);
    s.meeting(1, MeetingStatus::Cancelled);
    CHECK_FALSE(firstWeekOf(s.log, s.asOf).oneOnOneLogged); // a cancelled one is not held
    s.held(1);
    s.decision(1, L::Advise);
    Initiative& i = s.initiative(1);
    CHECK_FALSE(firstWeekOf(s.log, s.asOf).initiativeRecognised);
    i.recognisedOn = s.asOf;
    i.recognition = RecognitionChannel::Public;
    steps = firstWeekOf(s.log, s.asOf);
    CHECK(steps.areaAgreed);
    CHECK(steps.oneOnOneLogged);
    CHECK(steps.decisionLogged);
    CHECK(steps.done());
}

TEST_CASE("week --json prints the three parts of the demo team's week")
{
    rd::test::Cli cli;
    REQUIRE(cli({u"demo"_s, u"--until"_s, u"2026-11-27"_s}).exitCode == 0);
    const rd::test::Run run = cli({u"week"_s, u"--as-of"_s, u"2026-11-27"_s, u"--json"_s});
    REQUIRE(run.exitCode == 0);
    const QJsonObject week = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(week.value(u"asOf"_s).toString() == u"2026-11-27"_s);
    const QJsonArray next = week.value(u"next"_s).toArray();
    CHECK(next.size() == 7);
    for (qsizetype n = 1; n < next.size(); ++n)
        CHECK(next.at(n - 1)[u"due"_s].toString() <= next.at(n)[u"due"_s].toString());
    const QJsonArray focus = week.value(u"focus"_s).toArray();
    REQUIRE(focus.size() == DefaultFocusCount);
    QSet<QString> people;
    for (const QJsonValue& f : focus)
        people.insert(f[u"person"_s].toString());
    CHECK(people.size() == DefaultFocusCount); // one each, with this many people prompted
    const rd::test::Run prompts = cli({u"prompts"_s, u"--as-of"_s, u"2026-11-27"_s, u"--json"_s});
    CHECK(week.value(u"openPrompts"_s).toInt() ==
          QJsonDocument::fromJson(prompts.out.toUtf8())[u"prompts"_s].toArray().size());
    CHECK(week.value(u"firstWeek"_s)[u"done"_s].toBool());

    const rd::test::Run text = cli({u"week"_s, u"--as-of"_s, u"2026-11-27"_s});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(u"Next one-on-ones"_s));
    CHECK(text.out.contains(u"Focus: 3 of"_s));
    CHECK(text.out.contains(u"Wins"_s));
}
