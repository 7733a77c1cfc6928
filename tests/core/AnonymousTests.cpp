// The anonymised log a coach reads: no name and no typed text of the
// manager's left, and not one prompt or figure different.
#include "CatchQt.h"
#include "coaching/Anonymous.h"
#include "coaching/FacilitationIndex.h"
#include "coaching/Progress.h"
#include "coaching/PromptEngine.h"
#include "demo/DemoTeam.h"

using namespace Qt::StringLiterals;
using namespace rd;

namespace {
TeamLog demoTeam()
{
    DemoOptions options;
    options.until = QDate(2026, 11, 27);
    options.seed = 7;
    return generateDemoTeam(options);
}

/// Every text a manager typed, and every name.
QStringList typedTexts(const TeamLog& log)
{
    QStringList texts;
    for (const Person& p : log.people)
        texts << p.name << p.role;
    for (const OneOnOne& m : log.oneOnOnes) {
        texts << m.privateNotes << m.sharedSummary;
        for (const AgendaItem& item : m.agenda)
            texts << item.text;
        for (const ActionItem& item : m.actions)
            texts << item.text;
    }
    for (const Decision& d : log.decisions)
        texts << d.title << d.why << d.boundaries << d.learning << d.area;
    for (const Initiative& i : log.initiatives)
        texts << i.description;
    for (const BoardEntry& b : log.board)
        texts << b.area;
    for (const PromptState& s : log.promptStates)
        texts << s.note;
    return texts;
}

QStringList keys(const QList<Prompt>& prompts)
{
    QStringList all;
    for (const Prompt& p : prompts)
        all << p.key;
    return all;
}
} // namespace

TEST_CASE("an anonymised log holds none of the manager's names or texts")
{
    const TeamLog log = demoTeam();
    const TeamLog anonymous = anonymised(log);
    const QStringList before = typedTexts(log);
    const QStringList after = typedTexts(anonymous);
    QSet<QString> kept(after.cbegin(), after.cend());
    kept.remove(QString());
    int checked = 0;
    for (const QString& text : before) {
        if (text.size() < 4 || text == u"(left out)"_s)
            continue;
        ++checked;
        CHECK_FALSE(kept.contains(text));
    }
    CHECK(checked > 1000); // positive control: the demo team typed plenty
    CHECK(anonymous.people.first().name == u"Team member A"_s);
}

TEST_CASE("an anonymised log raises the same prompts and draws the same figures")
{
    const TeamLog log = demoTeam();
    const TeamLog anonymous = anonymised(log);
    const QDate asOf(2026, 11, 27);
    const PromptEngine engine;
    const QList<Prompt> prompts = engine.evaluate(log, asOf);
    REQUIRE_FALSE(prompts.isEmpty());
    CHECK(keys(engine.evaluate(anonymous, asOf)) == keys(prompts));

    const ProgressQuery query{QDate(2025, 12, 1), asOf, {}};
    const QList<RaisedPrompt> history = promptHistory(engine, log, firstLoggedMonth(log), asOf);
    // The same figures; only the board's areas carry their anonymous names.
    const ProgressData expected = computeProgress(log, query, history);
    ProgressData shown = computeProgress(anonymous, query, history);
    REQUIRE(shown.board.size() == expected.board.size());
    for (qsizetype n = 0; n < shown.board.size(); ++n) {
        CHECK(shown.board.at(n).area.startsWith(u"Area "_s));
        shown.board[n].area = expected.board.at(n).area;
    }
    CHECK(shown == expected);

    SECTION("a text that was empty stays empty, one that was not is marked")
    {
        for (qsizetype n = 0; n < log.decisions.size(); ++n) {
            CHECK(log.decisions.at(n).why.trimmed().isEmpty() ==
                  anonymous.decisions.at(n).why.isEmpty());
        }
        const auto marked =
            std::count_if(anonymous.decisions.cbegin(), anonymous.decisions.cend(),
                          [](const Decision& d) { return d.why == u"(left out)"_s; });
        CHECK(marked > 0);
        CHECK(std::all_of(anonymous.promptStates.cbegin(), anonymous.promptStates.cend(),
                          [](const PromptState& s) { return s.note.isEmpty(); }));
    }
}
