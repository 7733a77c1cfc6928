#include "demo/DemoTeam.h"
#include "demo/DemoTexts.h"
#include "exchange/JsonExchange.h"

#include <catch2/catch.hpp>
#include <QSet>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace rd;

namespace {
DemoOptions options(quint32 seed = 7)
{
    DemoOptions o;
    o.until = QDate(2026, 11, 27);
    o.seed = seed;
    return o;
}
} // namespace

TEST_CASE("the same seed and end date give the same demo team")
{
    const QDateTime at(QDate(2026, 11, 27), QTime(9, 0), QTimeZone::utc());
    CHECK(toExchangeJson(generateDemoTeam(options()), at) ==
          toExchangeJson(generateDemoTeam(options()), at));
    CHECK(toExchangeJson(generateDemoTeam(options(8)), at) !=
          toExchangeJson(generateDemoTeam(options()), at));
}

TEST_CASE("the demo team is seven people over 18 months, all within the end date")
{
    const TeamLog team = generateDemoTeam(options());
    CHECK(team.people.size() == 7);
    QDate first = QDate(2100, 1, 1), last;
    for (const OneOnOne& m : team.oneOnOnes) {
        first = std::min(first, m.date);
        last = std::max(last, m.date);
    }
    CHECK(last <= QDate(2026, 11, 27));
    CHECK(first >= QDate(2025, 5, 27));
    CHECK(first.daysTo(last) > 450);
    // The exchange format accepts what the generator makes.
    CHECK(parseExchangeJson(toExchangeJson(team, QDateTime::currentDateTime())) == team);
}

TEST_CASE("the demo team tells its stories")
{
    const TeamLog team = generateDemoTeam(options());
    auto meanLevel = [&](const QString& id, QDate from, QDate to) {
        double sum = 0;
        int n = 0;
        for (const Decision& d : team.decisions) {
            if (d.personId == id && d.date >= from && d.date <= to) {
                sum += toInt(d.level);
                ++n;
            }
        }
        return n ? sum / n : 0.0;
    };
    SECTION("Daan's autonomy grows")
    {
        CHECK(meanLevel(u"daan-visser"_s, QDate(2025, 5, 1), QDate(2025, 10, 1)) + 2 <
              meanLevel(u"daan-visser"_s, QDate(2026, 6, 1), QDate(2026, 11, 27)));
    }
    SECTION("Bram is over-controlled: low levels and a high talk share")
    {
        CHECK(meanLevel(u"bram-jansen"_s, QDate(2025, 1, 1), QDate(2026, 11, 27)) < 3.0);
        int talk = 0, n = 0;
        for (const OneOnOne& m : team.oneOnOnes) {
            if (m.personId == u"bram-jansen"_s && m.talkSharePercent) {
                talk += *m.talkSharePercent;
                ++n;
            }
        }
        CHECK(talk / n >= 60);
    }
    SECTION("Eva's autonomy is taken back after a failure")
    {
        bool failed = false, lowered = false;
        for (const Decision& d : team.decisions)
            failed |= d.personId == u"eva-mulder"_s && d.outcome == DecisionOutcome::Failed &&
                      d.date >= QDate(2026, 8, 29);
        for (const BoardEntry& b : team.board)
            lowered |= b.personId == u"eva-mulder"_s && b.level == DelegationLevel::Sell;
        CHECK(failed);
        CHECK(lowered);
    }
    SECTION("Chloé has had no one-on-one for over a month")
    {
        QDate lastHeld;
        for (const OneOnOne& m : team.oneOnOnes) {
            if (m.personId == u"chloe-bakker"_s && m.status == MeetingStatus::Held)
                lastHeld = std::max(lastHeld, m.date);
        }
        CHECK(lastHeld.daysTo(QDate(2026, 11, 27)) > 30);
    }
    SECTION("Sanne joined recently and has no delegation agreement")
    {
        for (const BoardEntry& b : team.board)
            CHECK(b.personId != u"sanne-smit"_s);
        CHECK(team.person(u"sanne-smit"_s)->joinedOn == QDate(2026, 10, 18));
    }
}

TEST_CASE("the entries option adds team members until the log is large enough")
{
    DemoOptions o = options();
    o.entries = 3000;
    const TeamLog team = generateDemoTeam(o);
    CHECK(team.entryCount() >= 3000);
    QSet<QString> ids;
    for (const Person& p : team.people)
        ids.insert(p.id);
    CHECK(ids.size() == team.people.size());
}

namespace {

/// Every text a manager would have typed, from one generated team.
QStringList typedTexts(const TeamLog& team)
{
    QStringList texts;
    for (const Person& p : team.people)
        texts << p.role;
    for (const OneOnOne& m : team.oneOnOnes) {
        for (const AgendaItem& a : m.agenda)
            texts << a.text;
        for (const ActionItem& a : m.actions)
            texts << a.text;
        texts << m.privateNotes << m.sharedSummary;
    }
    for (const Decision& d : team.decisions)
        texts << d.title << d.area << d.why << d.boundaries << d.learning;
    for (const Initiative& i : team.initiatives)
        texts << i.description;
    for (const BoardEntry& b : team.board)
        texts << b.area;
    for (const PromptState& s : team.promptStates)
        texts << s.note;
    texts.removeAll(QString());
    return texts;
}

QSet<QString> tableTexts(const DemoTexts& t)
{
    QStringList all = t.storyRoles + t.roles + t.areas + t.memberTopics + t.managerTopics +
                      t.actions + t.notes + t.summaries + t.initiatives + t.compliance +
                      t.anyReflection;
    for (const DemoDecision& d : t.decisions + QList<DemoDecision>{t.failedExperiment})
        all << d.title << d.why << d.boundaries << d.learning;
    all << t.nextStepAfterFailure;
    for (const QStringList& notes : t.reflections)
        all += notes;
    return QSet<QString>(all.cbegin(), all.cend());
}

} // namespace

TEST_CASE("the Dutch sample team is written in Dutch and tells the same stories")
{
    DemoOptions dutch = options();
    dutch.language = u"nl"_s;
    const TeamLog nl = generateDemoTeam(dutch);
    const TeamLog en = generateDemoTeam(options());
    const QSet<QString> dutchTexts = tableTexts(dutchDemoTexts());
    const QSet<QString> englishTexts = tableTexts(englishDemoTexts());
    for (const QString& text : typedTexts(nl)) {
        INFO(text.toStdString());
        CHECK(dutchTexts.contains(text));
    }
    for (const QString& text : typedTexts(en)) {
        INFO(text.toStdString());
        CHECK(englishTexts.contains(text));
    }
    // Positive control: the two languages share only names both languages use.
    const QSet<QString> shared = dutchTexts & englishTexts;
    CHECK(shared == QSet<QString>{u"Budget"_s, u"Planning"_s, u"Tooling"_s, u"Tester"_s,
                                  u"Product owner"_s, u""_s});
    CHECK(nl.person(u"anna-de-vries"_s)->role == u"Backend-ontwikkelaar"_s);
    // The same dice fall in both languages: only the words differ.
    CHECK(nl.entryCount() == en.entryCount());
    CHECK(nl.promptStates.size() == en.promptStates.size());
    REQUIRE(nl.decisions.size() == en.decisions.size());
    for (qsizetype n = 0; n < nl.decisions.size(); ++n) {
        CHECK(nl.decisions.at(n).level == en.decisions.at(n).level);
        CHECK(nl.decisions.at(n).outcome == en.decisions.at(n).outcome);
    }
}

TEST_CASE("a sample team member's actions and decisions vary and hang together")
{
    const TeamLog team = generateDemoTeam(options());
    const DemoTexts& texts = englishDemoTexts();
    int longHistories = 0; // people whose actions span more than one deal
    for (const Person& p : team.people) {
        INFO(p.name.toStdString());
        QStringList actions, open;
        for (const OneOnOne& m : team.oneOnOnes) {
            if (m.personId != p.id)
                continue;
            for (const ActionItem& a : m.actions) {
                actions << a.text;
                if (!a.doneOn.isValid())
                    open << a.text;
            }
        }
        // Open actions never repeat, and a text comes back only after all others were dealt.
        CHECK(QSet<QString>(open.cbegin(), open.cend()).size() == open.size());
        longHistories += actions.size() > texts.actions.size() ? 1 : 0;
        for (qsizetype n = 0; n < actions.size(); n += texts.actions.size()) {
            const QStringList run = actions.mid(n, texts.actions.size());
            CHECK(QSet<QString>(run.cbegin(), run.cend()).size() == run.size());
        }
    }
    CHECK(longHistories >= 5);
    // A decision's area, why and boundaries are those of its own kind.
    int checked = 0;
    for (const Decision& d : team.decisions) {
        INFO(d.title.toStdString());
        const auto kind = std::find_if(texts.decisions.cbegin(), texts.decisions.cend(),
                                       [&](const DemoDecision& k) { return k.title == d.title; });
        if (kind == texts.decisions.cend()) {
            CHECK(
                (d.title == texts.failedExperiment.title || d.title == texts.nextStepAfterFailure));
            continue;
        }
        CHECK(d.area == texts.areas.at(kind->area));
        CHECK((d.why.isEmpty() || d.why == kind->why));
        CHECK((d.boundaries.isEmpty() || d.boundaries == kind->boundaries));
        ++checked;
    }
    CHECK(checked > 100);
}
