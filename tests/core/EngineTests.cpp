// The engine as a whole: purity, cut-offs, keys, prompt state, ordering,
// thresholds as settings, the facilitation index, preparation and language.
#include "coaching/FacilitationIndex.h"
#include "coaching/Journal.h"
#include "coaching/PrepSheet.h"
#include "coaching/QuestionBank.h"
#include "coaching/rules/RuleCatalogue.h"
#include "demo/DemoTeam.h"
#include "i18n/Language.h"
#include "Scenario.h"

#include <catch2/catch.hpp>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace rd;
using test::Scenario;
using L = DelegationLevel;

TEST_CASE("the catalogue holds the 21 rules of rules.md with their levers and severities")
{
    QStringList ids;
    for (const auto& rule : coaching::ruleCatalogue())
        ids << rule->id();
    CHECK(ids.size() == 21);
    CHECK(QSet<QString>(ids.cbegin(), ids.cend()).size() == 21);
    for (const auto& rule : coaching::ruleCatalogue()) {
        INFO(rule->id().toStdString());
        CHECK_FALSE(rule->thresholds().isEmpty());
        if (rule->id() == u"trust-growing"_s)
            CHECK(rule->severity() == Severity::Info);
    }
    CHECK(Thresholds::spec(u"talk-share-high.minPercent"_s)->defaultValue == 60);
}

TEST_CASE("a team member who is fine gets no prompt")
{
    Scenario s;
    s.board(300, u"Budget"_s, L::Advise);
    for (int days : {40, 26, 12}) {
        OneOnOne& m = s.held(days);
        m.talkSharePercent = 35;
        m.contextShared = true;
        m.mistakeDiscussed = days == 12;
        m.energy = 4;
        m.agenda << AgendaItem{u"Idea"_s, Party::Member, true}
                 << AgendaItem{u"Plan"_s, Party::Member, true};
    }
    s.held(54).mistakeDiscussed = true;
    s.decision(20, L::Advise).outcome = DecisionOutcome::Succeeded;
    Initiative& i = s.initiative(15);
    i.recognisedOn = s.ago(14);
    i.recognition = RecognitionChannel::Public;
    CHECK(s.rulesFor().isEmpty());
    // Positive control: the same member, once the manager does most of the talking.
    for (OneOnOne& m : s.log.oneOnOnes)
        m.talkSharePercent = 70;
    CHECK(s.rulesFor() == QStringList{u"talk-share-high"_s});
}

TEST_CASE("rules stay silent on missing data")
{
    Scenario s;
    s.log.people.first().joinedOn = s.ago(3); // just joined, nothing logged
    CHECK(s.prompts().isEmpty());
    s.held(1); // a 1:1 without talk share, energy or agenda
    CHECK(s.prompts().isEmpty());
    // Positive control: the same 1:1s with the talk share recorded speak up.
    s.held(2).talkSharePercent = 80;
    s.held(3).talkSharePercent = 80;
    s.log.oneOnOnes.first().talkSharePercent = 80;
    CHECK(s.fires(u"talk-share-high"_s));
}

TEST_CASE("archived people are ignored")
{
    Scenario s;
    s.held(100).talkSharePercent = 90;
    s.decision(5, L::Inquire).overridden = true;
    // Positive control: the same log fires while the person is on the team.
    CHECK_FALSE(s.prompts().isEmpty());
    s.log.people.first().archived = true;
    CHECK(s.prompts().isEmpty());
}

TEST_CASE("entries after the as-of date do not count")
{
    Scenario s;
    s.held(30);
    CHECK(s.fires(u"one-on-one-overdue"_s));
    s.held(-1); // tomorrow's one-on-one
    CHECK(s.fires(u"one-on-one-overdue"_s));
    s.asOf = s.asOf.addDays(1);
    CHECK_FALSE(s.fires(u"one-on-one-overdue"_s));
}

TEST_CASE("keys are rule|person|period and stable for the same situation")
{
    Scenario s;
    s.held(30);
    const Prompt first = s.prompts().constFirst();
    CHECK(first.key == first.rule + u"|sam|"_s + first.period);
    CHECK(s.prompts() == s.prompts());
    const QString overdue = s.prompts().constFirst().key;
    s.asOf = s.asOf.addDays(5); // still the same overdue situation
    CHECK(s.prompts().constFirst().key == overdue);
    s.held(3); // a new 1:1 ends it; a later overdue is a new occurrence
    s.asOf = s.asOf.addDays(40);
    CHECK(s.fires(u"one-on-one-overdue"_s));
    for (const Prompt& p : s.prompts()) {
        if (p.rule == u"one-on-one-overdue"_s)
            CHECK(p.key != overdue);
    }
}

TEST_CASE("done, dismissed and snoozed prompts stay quiet; a new occurrence shows again")
{
    Scenario s;
    s.held(30);
    const QList<Prompt> all = s.prompts();
    const QString key = all.constFirst().key;
    auto activeWith = [&](const PromptState& state, QDate asOf) {
        return PromptEngine::withoutHandled(all, {state}, asOf);
    };
    CHECK(activeWith({key, PromptStateKind::Done, s.asOf, {}, u"Booked it"_s}, s.asOf).size() ==
          all.size() - 1);
    CHECK(activeWith({key, PromptStateKind::Dismissed, s.asOf, {}, {}}, s.asOf).size() ==
          all.size() - 1);
    const PromptState snoozed{key, PromptStateKind::Snoozed, s.asOf, s.asOf.addDays(7), {}};
    CHECK(activeWith(snoozed, s.asOf.addDays(6)).size() == all.size() - 1);
    CHECK(activeWith(snoozed, s.asOf.addDays(7)).size() == all.size());
    CHECK(
        activeWith({u"one-on-one-overdue|sam|2020-01-01"_s, PromptStateKind::Done, s.asOf, {}, {}},
                   s.asOf)
            .size() == all.size());
    // Through the log's own states.
    s.log.promptStates << PromptState{key, PromptStateKind::Done, s.asOf, {}, {}};
    CHECK(PromptEngine().activePrompts(s.log, s.asOf).size() == all.size() - 1);
}

TEST_CASE("prompts are ordered by severity, then the person with most prompts, then rule id")
{
    Scenario s;
    s.addPerson(u"kim"_s);
    s.held(30, u"kim"_s); // kim: overdue (important) and no-delegation-agreement (nudge)
    s.board(10, u"Budget"_s, L::Agree);                            // sam: only overdue...
    s.held(30).agenda << AgendaItem{u"x"_s, Party::Manager, true}; // ...and nothing else
    const QList<Prompt> prompts = s.prompts();
    QStringList order;
    for (const Prompt& p : prompts)
        order << toId(p.severity) + u':' + p.personId + u':' + p.rule;
    CHECK(order == QStringList{u"important:kim:one-on-one-overdue"_s,
                               u"important:sam:one-on-one-overdue"_s,
                               u"nudge:kim:no-delegation-agreement"_s});
}

TEST_CASE("thresholds are settings: a stored value changes what fires")
{
    Scenario s;
    for (int days : {30, 20, 10})
        s.held(days).talkSharePercent = 65;
    CHECK(s.fires(u"talk-share-high"_s));
    const Thresholds stricter = Thresholds::fromSettings(
        {{Thresholds::settingsKey(u"talk-share-high.minPercent"_s), u"70"_s}});
    CHECK(stricter.value(u"talk-share-high.minPercent"_s) == 70);
    CHECK_FALSE(s.rulesFor(u"sam"_s, stricter).contains(u"talk-share-high"_s));
    const Thresholds clamped = Thresholds::fromSettings(
        {{Thresholds::settingsKey(u"talk-share-high.minPercent"_s), u"500"_s}});
    CHECK(clamped.value(u"talk-share-high.minPercent"_s) == 100);
    // What a crafted or restored file may hold that is not a number keeps the
    // default (NaN passes every clamp): 60 percent, as if nothing were stored.
    for (const QString& text : {u"nan"_s, u"NaN"_s, u"inf"_s, u"-inf"_s, u"1e999"_s, u"x"_s}) {
        CAPTURE(text);
        const Thresholds odd = Thresholds::fromSettings(
            {{Thresholds::settingsKey(u"talk-share-high.minPercent"_s), text}});
        CHECK(odd.value(u"talk-share-high.minPercent"_s) == 60);
        CHECK(s.rulesFor(u"sam"_s, odd).contains(u"talk-share-high"_s)); // and still fires
    }
}

// --- facilitation index -------------------------------------------------------

namespace {
/// One month of logs for sam in May (controlling) or June (facilitating).
IndexMonth month(const Scenario& s, int monthNumber)
{
    const QDate m(2026, monthNumber, 1);
    return facilitationIndex(s.log, m, m, s.asOf).constFirst();
}

std::optional<double> component(const Scenario& s, int monthNumber, IndexComponent c)
{
    return month(s, monthNumber).component(c);
}
} // namespace

TEST_CASE("each index component moves in the direction of facilitation")
{
    Scenario s; // asOf 2026-06-30; May is month 5, June month 6
    SECTION("agenda ownership: more member-raised items scores higher")
    {
        s.held(50).agenda << AgendaItem{u"a"_s, Party::Manager, true}
                          << AgendaItem{u"b"_s, Party::Member, true};
        s.held(10).agenda << AgendaItem{u"a"_s, Party::Member, true}
                          << AgendaItem{u"b"_s, Party::Member, true};
        CHECK(*component(s, 6, IndexComponent::AgendaOwnership) >
              *component(s, 5, IndexComponent::AgendaOwnership));
    }
    SECTION("listening: a lower talk share scores higher")
    {
        s.held(50).talkSharePercent = 70;
        s.held(10).talkSharePercent = 40;
        CHECK(*component(s, 6, IndexComponent::Listening) == 60);
        CHECK(*component(s, 5, IndexComponent::Listening) == 30);
    }
    SECTION("delegation depth: higher levels score higher, 7 is 100")
    {
        s.decision(50, L::Tell);
        s.decision(10, L::Delegate);
        CHECK(*component(s, 5, IndexComponent::DelegationDepth) == 0);
        CHECK(*component(s, 6, IndexComponent::DelegationDepth) == 100);
    }
    SECTION("trust kept: fewer overrides score higher")
    {
        s.decision(50, L::Agree).overridden = true;
        s.decision(49, L::Agree);
        s.decision(10, L::Agree);
        CHECK(*component(s, 5, IndexComponent::TrustKept) == 50);
        CHECK(*component(s, 6, IndexComponent::TrustKept) == 100);
    }
    SECTION("initiative rewarded: recognising initiative scores higher than compliance")
    {
        Initiative& may = s.initiative(55, InitiativeKind::Compliance);
        may.recognisedOn = s.ago(50);
        Initiative& june = s.initiative(15);
        june.recognisedOn = s.ago(10);
        CHECK(*component(s, 5, IndexComponent::InitiativeRewarded) == 0);
        CHECK(*component(s, 6, IndexComponent::InitiativeRewarded) == 100);
    }
    SECTION("safe to fail: discussing mistakes scores higher")
    {
        s.held(50);
        s.held(10).mistakeDiscussed = true;
        CHECK(*component(s, 6, IndexComponent::SafeToFail) >
              *component(s, 5, IndexComponent::SafeToFail));
    }
    SECTION("rhythm: holding the 1:1s due by the cadence scores higher")
    {
        s.held(50); // May: one of two due
        s.held(25);
        s.held(10); // June: two of two due
        CHECK(*component(s, 5, IndexComponent::Rhythm) == 50);
        CHECK(*component(s, 6, IndexComponent::Rhythm) == 100);
    }
}

TEST_CASE("a month in which the manager facilitated more has a higher index")
{
    Scenario s;
    OneOnOne& may = s.held(45);
    may.talkSharePercent = 75;
    may.agenda << AgendaItem{u"status"_s, Party::Manager, true};
    s.decision(44, L::Tell).overridden = true;
    s.initiative(43, InitiativeKind::Compliance).recognisedOn = s.ago(42);
    OneOnOne& june = s.held(15);
    june.talkSharePercent = 30;
    june.mistakeDiscussed = true;
    june.agenda << AgendaItem{u"idea"_s, Party::Member, true};
    s.decision(14, L::Advise);
    s.initiative(13).recognisedOn = s.ago(12);
    CHECK(*month(s, 6).index > *month(s, 5).index);
}

TEST_CASE("components without data are null and their weight is redistributed")
{
    Scenario s;
    s.held(10).talkSharePercent = 20; // June: listening 80, safe to fail 0, rhythm 50
    const IndexMonth june = month(s, 6);
    CHECK_FALSE(june.component(IndexComponent::DelegationDepth).has_value());
    CHECK_FALSE(june.component(IndexComponent::AgendaOwnership).has_value());
    CHECK(*june.index == Approx((80.0 + 0.0 + 50.0) / 3.0));
    const IndexMonth april = month(s, 4); // nothing logged at all
    CHECK_FALSE(april.index.has_value());
    for (const auto& c : april.components)
        CHECK_FALSE(c.has_value());
}

TEST_CASE("the index is per month from the first to the last, and can follow one person")
{
    Scenario s;
    s.addPerson(u"kim"_s);
    s.decision(70, L::Tell, u"kim"_s);
    s.decision(10, L::Delegate);
    const QList<IndexMonth> months = facilitationIndex(s.log, QDate(2026, 4, 15), s.asOf, s.asOf);
    REQUIRE(months.size() == 3);
    CHECK(months.at(0).month == QDate(2026, 4, 1));
    CHECK(*months.at(0).component(IndexComponent::DelegationDepth) == 0);
    const QList<IndexMonth> sam =
        facilitationIndex(s.log, QDate(2026, 4, 1), s.asOf, s.asOf, u"sam"_s);
    CHECK_FALSE(sam.at(0).component(IndexComponent::DelegationDepth).has_value());
    CHECK(firstLoggedMonth(s.log) == QDate(2026, 4, 1));
}

// --- preparation --------------------------------------------------------------

TEST_CASE("the prep sheet carries over uncovered agenda items and open actions")
{
    Scenario s;
    OneOnOne& earlier = s.held(30);
    earlier.actions << ActionItem{u"Old open action"_s, Party::Member, s.ago(20), {}}
                    << ActionItem{u"Done action"_s, Party::Manager, s.ago(25), s.ago(26)};
    OneOnOne& last = s.held(14);
    last.sharedSummary = u"We agreed on the roadmap"_s;
    last.agenda << AgendaItem{u"Covered"_s, Party::Member, true}
                << AgendaItem{u"Not covered"_s, Party::Manager, false};
    last.actions << ActionItem{u"Send options"_s, Party::Manager, s.ago(7), {}};
    Decision& review = s.decision(20, L::Advise);
    review.reviewOn = s.asOf.addDays(5);
    s.decision(20, L::Advise).reviewOn = s.asOf.addDays(40); // beyond the next 1:1
    s.initiative(10);
    s.initiative(10, InitiativeKind::Compliance);

    const auto sheet = prepareOneOnOne(s.log, u"sam"_s, s.asOf, PromptEngine());
    REQUIRE(sheet.has_value());
    CHECK(sheet->lastMeeting->sharedSummary == u"We agreed on the roadmap"_s);
    REQUIRE(sheet->carriedAgenda.size() == 1);
    CHECK(sheet->carriedAgenda.first().text == u"Not covered"_s);
    REQUIRE(sheet->openActions.size() == 2);
    CHECK(sheet->openActions.first().item.text == u"Old open action"_s);
    CHECK(sheet->decisionsToReview.size() == 1);
    CHECK(sheet->initiativesToRecognise.size() == 1);
    CHECK(sheet->questions.size() >= 3);
    CHECK(sheet->questions.size() <= 5);
    const QString md = prepSheetMarkdown(*sheet);
    CHECK(md.contains(u"Not covered"_s));
    CHECK(md.contains(u"Send options"_s));
    CHECK_FALSE(prepareOneOnOne(s.log, u"nobody"_s, s.asOf, PromptEngine()).has_value());
}

TEST_CASE("suggested questions follow the levers of the prompts and are deterministic")
{
    CHECK(questionBank().size() >= 40);
    for (Lever lever : allValues<Lever>()) {
        int n = 0;
        for (const CoachingQuestion& q : questionBank())
            n += q.lever == lever ? 1 : 0;
        CHECK(n >= 8);
    }
    Prompt safety;
    safety.lever = Lever::PsychologicalSafety;
    const QStringList picked = suggestQuestions({safety}, u"sam2026-06-30"_s);
    CHECK(picked == suggestQuestions({safety}, u"sam2026-06-30"_s));
    CHECK(picked.size() >= 3);
    bool fromLever = false;
    for (const CoachingQuestion& q : questionBank())
        fromLever |= q.lever == Lever::PsychologicalSafety && q.translated() == picked.first();
    CHECK(fromLever);
}

// --- the demo team and language --------------------------------------------------

TEST_CASE("each story person in the demo team gets the prompts their story implies")
{
    DemoOptions options;
    options.until = QDate(2026, 11, 27);
    const TeamLog team = generateDemoTeam(options);
    QHash<QString, QStringList> rules;
    for (const Prompt& p : PromptEngine().activePrompts(team, options.until))
        rules[p.personId] << p.rule;
    CHECK(rules.value(u"anna-de-vries"_s).isEmpty());                    // thrives
    CHECK(rules.value(u"farid-el-amrani"_s).isEmpty());                  // steady
    CHECK(rules.value(u"bram-jansen"_s).contains(u"talk-share-high"_s)); // over-controlled
    CHECK(rules.value(u"bram-jansen"_s).contains(u"decision-overridden"_s));
    CHECK(rules.value(u"bram-jansen"_s).contains(u"level-stuck"_s));
    CHECK(rules.value(u"chloe-bakker"_s).contains(u"one-on-one-overdue"_s)); // neglected
    CHECK(rules.value(u"chloe-bakker"_s).contains(u"one-on-ones-cancelled"_s));
    CHECK(rules.value(u"chloe-bakker"_s).contains(u"energy-dropping"_s));
    CHECK(rules.value(u"chloe-bakker"_s).contains(u"recognition-gap"_s));
    CHECK(rules.value(u"daan-visser"_s).contains(u"trust-growing"_s)); // autonomy grows
    CHECK(rules.value(u"eva-mulder"_s).contains(u"autonomy-taken-after-failure"_s));
    CHECK(rules.value(u"sanne-smit"_s).contains(u"no-delegation-agreement"_s)); // new joiner
}

TEST_CASE("Dutch output is complete: no English text leaks into the prompts")
{
    DemoOptions options;
    options.until = QDate(2026, 11, 27);
    const TeamLog team = generateDemoTeam(options);
    installLanguage(u"en"_s);
    const QList<Prompt> english = PromptEngine().evaluate(team, options.until);
    installLanguage(u"nl"_s);
    const QList<Prompt> dutch = PromptEngine().evaluate(team, options.until);
    const QStringList dutchQuestions = suggestQuestions(english, u"x"_s);
    installLanguage(u"en"_s);
    REQUIRE(english.size() == dutch.size());
    QSet<QString> rulesSeen;
    for (qsizetype n = 0; n < english.size(); ++n) {
        INFO(english.at(n).rule.toStdString());
        CHECK(dutch.at(n).key == english.at(n).key);
        CHECK(dutch.at(n).title != english.at(n).title);
        CHECK(dutch.at(n).why != english.at(n).why);
        CHECK(dutch.at(n).question != english.at(n).question);
        CHECK(dutch.at(n).action != english.at(n).action);
        rulesSeen.insert(english.at(n).rule);
    }
    CHECK(rulesSeen.size() >= 15);
    for (const CoachingQuestion& q : questionBank()) {
        installLanguage(u"nl"_s);
        const QString nl = q.translated();
        installLanguage(u"en"_s);
        CHECK(nl != q.translated());
    }
    CHECK_FALSE(dutchQuestions.isEmpty());
}

TEST_CASE("the learning journal lists done prompts with their reflections, newest first")
{
    Scenario s;
    s.log.promptStates << PromptState{u"talk-share-high|sam|2026-05-01"_s,
                                      PromptStateKind::Done,
                                      QDate(2026, 5, 2),
                                      {},
                                      u"Asked more, talked less"_s}
                       << PromptState{u"one-on-one-overdue|sam|2026-05-20"_s,
                                      PromptStateKind::Dismissed,
                                      QDate(2026, 6, 1),
                                      {},
                                      {}}
                       << PromptState{u"compliance-only-recognition||2026-06-10"_s,
                                      PromptStateKind::Done,
                                      QDate(2026, 6, 12),
                                      {},
                                      u"Named Kim's experiment"_s};
    const QList<JournalEntry> journal = learningJournal(s.log);
    REQUIRE(journal.size() == 2);
    CHECK(journal.at(0).rule == u"compliance-only-recognition"_s);
    CHECK(journal.at(0).personName.isEmpty());
    CHECK(journal.at(1).personName == u"Sam"_s);
    CHECK(journal.at(1).reflection == u"Asked more, talked less"_s);
}
