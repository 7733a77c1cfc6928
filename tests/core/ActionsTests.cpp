// The Actions view's core: every open action overdue first, closing and
// renegotiating across one-on-ones, purely from the log.
#include "coaching/Actions.h"
#include "Scenario.h"

using namespace rd;
using namespace rd::test;
using namespace Qt::StringLiterals;

namespace {

/// A held one-on-one with id `id`, `daysAgo` before the scenario's date.
OneOnOne& meetingWithId(Scenario& s, qint64 id, int daysAgo, const QString& person = u"sam"_s)
{
    OneOnOne& m = s.held(daysAgo, person);
    m.id = id;
    return m;
}

ActionItem action(const QString& text, QDate due, Party owner = Party::Manager)
{
    return ActionItem{text, owner, due, {}};
}

QStringList textsOf(const QList<OpenAction>& actions)
{
    QStringList texts;
    for (const OpenAction& a : actions)
        texts << a.item.text;
    return texts;
}

} // namespace

TEST_CASE("open actions come overdue first, the longest overdue on top, undated last")
{
    Scenario s;
    s.addPerson(u"ann"_s);
    meetingWithId(s, 1, 40).actions << action(u"undated"_s, {})
                                    << action(u"due in a week"_s, s.ago(-7))
                                    << action(u"overdue 3 days"_s, s.ago(3));
    meetingWithId(s, 2, 20, u"ann"_s).actions << action(u"overdue 10 days"_s, s.ago(10))
                                              << action(u"due today"_s, s.asOf);
    CHECK(textsOf(openActions(s.log, s.asOf)) == QStringList{u"overdue 10 days"_s,
                                                             u"overdue 3 days"_s, u"due today"_s,
                                                             u"due in a week"_s, u"undated"_s});
}

TEST_CASE("open actions on the same due date go by name, then by the older one-on-one")
{
    Scenario s;
    s.addPerson(u"ann"_s);
    meetingWithId(s, 1, 10).actions << action(u"sam, newer"_s, s.ago(2));
    meetingWithId(s, 2, 30).actions << action(u"sam, older"_s, s.ago(2));
    meetingWithId(s, 3, 5, u"ann"_s).actions << action(u"ann"_s, s.ago(2));
    CHECK(textsOf(openActions(s.log, s.asOf)) ==
          QStringList{u"ann"_s, u"sam, older"_s, u"sam, newer"_s});
}

TEST_CASE("open actions leave out what is done, later meetings and archived people")
{
    Scenario s;
    s.addPerson(u"gone"_s).archived = true;
    OneOnOne& m = meetingWithId(s, 1, 10);
    m.actions << action(u"open"_s, s.ago(1)) << action(u"done"_s, s.ago(1));
    m.actions.last().doneOn = s.ago(2);
    m.actions << action(u"done only tomorrow"_s, s.ago(1));
    m.actions.last().doneOn = s.ago(-1);
    meetingWithId(s, 2, -3).actions << action(u"agreed after the as-of date"_s, s.ago(1));
    meetingWithId(s, 3, 10, u"gone"_s).actions << action(u"archived person's"_s, s.ago(1));
    CHECK(textsOf(openActions(s.log, s.asOf)) == QStringList{u"open"_s, u"done only tomorrow"_s});
    // Positive control: brought back, the archived person's action is listed.
    s.log.people.last().archived = false;
    CHECK(textsOf(openActions(s.log, s.asOf)).contains(u"archived person's"_s));
}

TEST_CASE("an action is overdue from the day after its due date")
{
    const QDate due(2026, 6, 10);
    CHECK(daysOverdue(action(u"a"_s, due), due) == 0);
    CHECK(daysOverdue(action(u"a"_s, due), due.addDays(1)) == 1);
    CHECK(daysOverdue(action(u"a"_s, due), due.addDays(-2)) == -2);
    CHECK(daysOverdue(action(u"a"_s, {}), due) == 0);
}

TEST_CASE("closing several actions changes each meeting once and nothing else")
{
    Scenario s;
    meetingWithId(s, 1, 30).actions << action(u"a"_s, s.ago(5)) << action(u"b"_s, s.ago(4));
    meetingWithId(s, 2, 15).actions << action(u"c"_s, s.ago(3));
    meetingWithId(s, 3, 5).actions << action(u"untouched"_s, s.ago(1));
    const QList<OpenAction> open = openActions(s.log, s.asOf);
    REQUIRE(open.size() == 4);
    // a, b (meeting 1) and c (meeting 2); the fourth stays open.
    const QList<OneOnOne> after = closingActions(s.log, open.mid(0, 3), s.asOf);
    REQUIRE(after.size() == 2);
    CHECK(after.at(0).id == 1);
    CHECK(after.at(0).actions.at(0).doneOn == s.asOf);
    CHECK(after.at(0).actions.at(1).doneOn == s.asOf);
    CHECK(after.at(1).id == 2);
    CHECK(after.at(1).actions.at(0).doneOn == s.asOf);
    // Closing what is already closed changes nothing.
    s.log.oneOnOnes[0] = after.at(0);
    CHECK(closingActions(s.log, open.mid(0, 1), s.asOf).isEmpty());
}

TEST_CASE("two actions with the same text in one meeting close one at a time")
{
    Scenario s;
    meetingWithId(s, 1, 10).actions << action(u"same"_s, s.ago(1)) << action(u"same"_s, s.ago(1));
    const QList<OpenAction> open = openActions(s.log, s.asOf);
    REQUIRE(open.size() == 2);
    QList<OneOnOne> after = closingActions(s.log, open.mid(0, 1), s.asOf);
    REQUIRE(after.size() == 1);
    CHECK(after.at(0).actions.at(0).doneOn == s.asOf);
    CHECK(after.at(0).actions.at(1).isOpen());
    after = closingActions(s.log, open, s.asOf);
    CHECK_FALSE(after.at(0).actions.at(1).isOpen());
}

TEST_CASE("a new due date records the renegotiation; a first one does not count as a move")
{
    const QDate first(2026, 6, 1), second(2026, 6, 15), third(2026, 7, 1);
    const ActionItem once = withDue(action(u"a"_s, first), second);
    CHECK(once.due == second);
    CHECK(once.firstDue == first);
    CHECK(once.dueMoves == 1);
    const ActionItem twice = withDue(once, third);
    CHECK(twice.due == third);
    CHECK(twice.firstDue == first); // the first agreed date stays
    CHECK(twice.dueMoves == 2);
    // The same date is no move.
    CHECK(withDue(twice, third) == twice);
    // An action without a date only gets one.
    const ActionItem dated = withDue(action(u"b"_s, {}), first);
    CHECK(dated.due == first);
    CHECK_FALSE(dated.firstDue.isValid());
    CHECK(dated.dueMoves == 0);
}

TEST_CASE("moving actions changes only the meetings whose actions get a new date")
{
    Scenario s;
    meetingWithId(s, 1, 30).actions << action(u"late"_s, s.ago(5));
    meetingWithId(s, 2, 15).actions << action(u"already then"_s, s.ago(-7));
    const QList<OpenAction> open = openActions(s.log, s.asOf);
    const QList<OneOnOne> after = movingActions(s.log, open, s.ago(-7));
    REQUIRE(after.size() == 1);
    CHECK(after.at(0).id == 1);
    CHECK(after.at(0).actions.at(0).due == s.ago(-7));
    CHECK(after.at(0).actions.at(0).firstDue == s.ago(5));
    CHECK(after.at(0).actions.at(0).dueMoves == 1);
}
