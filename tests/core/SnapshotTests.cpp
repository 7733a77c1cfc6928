// The logs indexed per person (CoachingSnapshot), the first step of the
// engine and of the week: every entry reaches its person whether or not its
// id shares the person's text, and each person's lists are in date order.
#include "coaching/CoachingSnapshot.h"
#include "TestSupport.h"

using namespace rd;
using namespace Qt::StringLiterals;

namespace {
OneOnOne meetingOf(const QString& personId, QDate date, const QString& note)
{
    OneOnOne m;
    m.personId = personId;
    m.date = date;
    m.privateNotes = note;
    return m;
}

QStringList notesOf(const PersonLog& p)
{
    QStringList notes;
    for (const OneOnOne* m : p.meetings)
        notes << m->privateNotes;
    return notes;
}
} // namespace

TEST_CASE("the snapshot finds each entry's person by shared or separate id text, up to its day")
{
    const QDate asOf(2026, 3, 12);
    TeamLog log;
    log.people << Person{u"anna"_s, u"Anna"_s, {}, QDate(2026, 1, 1), 14, false}
               << Person{u"bram"_s, u"Bram"_s, {}, QDate(2026, 1, 1), 14, true};
    const QString& anna = log.people.first().id;
    // The same text in its own allocation, as an entry made after loading has.
    const QString apart = QString::fromLatin1("anna");
    REQUIRE_FALSE(apart.isSharedWith(anna));
    log.oneOnOnes << meetingOf(anna, QDate(2026, 3, 2), u"shared"_s)
                  << meetingOf(apart, QDate(2026, 3, 3), u"apart"_s)
                  << meetingOf(anna, asOf, u"on the day"_s)
                  << meetingOf(anna, asOf.addDays(1), u"the day after"_s)
                  << meetingOf(u"bram"_s, QDate(2026, 3, 2), u"archived"_s)
                  << meetingOf(u"nobody"_s, QDate(2026, 3, 2), u"unknown"_s);

    const CoachingSnapshot snapshot(log, asOf);
    REQUIRE(snapshot.people().size() == 1); // the archived member is left out
    const PersonLog* p = snapshot.person(u"anna"_s);
    REQUIRE(p);
    CHECK(notesOf(*p) == QStringList{u"shared"_s, u"apart"_s, u"on the day"_s});
    CHECK_FALSE(snapshot.person(u"bram"_s));
    CHECK_FALSE(snapshot.person(u"nobody"_s));
}

TEST_CASE("each person's entries are in date order, equal dates in log order, sorted or not")
{
    const QDate asOf(2026, 3, 12);
    TeamLog log;
    log.people << Person{u"anna"_s, u"Anna"_s, {}, QDate(2026, 1, 1), 14, false};
    const QString anna = log.people.first().id;
    const bool sorted = GENERATE(true, false);
    CAPTURE(sorted);
    if (sorted) {
        log.oneOnOnes << meetingOf(anna, QDate(2026, 3, 1), u"first"_s)
                      << meetingOf(anna, QDate(2026, 3, 5), u"second, same day"_s)
                      << meetingOf(anna, QDate(2026, 3, 5), u"third, same day"_s)
                      << meetingOf(anna, QDate(2026, 3, 9), u"fourth"_s);
    } else {
        log.oneOnOnes << meetingOf(anna, QDate(2026, 3, 9), u"fourth"_s)
                      << meetingOf(anna, QDate(2026, 3, 5), u"second, same day"_s)
                      << meetingOf(anna, QDate(2026, 3, 1), u"first"_s)
                      << meetingOf(anna, QDate(2026, 3, 5), u"third, same day"_s);
    }
    const CoachingSnapshot snapshot(log, asOf);
    const PersonLog* p = snapshot.person(anna);
    REQUIRE(p);
    CHECK(notesOf(*p) ==
          QStringList{u"first"_s, u"second, same day"_s, u"third, same day"_s, u"fourth"_s});
}
