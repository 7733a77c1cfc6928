// The meeting view's draft: notes' action lines, the 1:1 it becomes, and its
// stored form, read back or refused.
#include "domain/Error.h"
#include "domain/MeetingDraft.h"
#include "storage/Database.h"
#include "storage/DraftRepository.h"
#include "storage/Repositories.h"
#include "storage/Sql.h"
#include "TestSupport.h"

using namespace rd;
using namespace Qt::StringLiterals;

TEST_CASE("a notes line that starts with a marker becomes an action, in either language")
{
    const QString notes = u"Talked about the move\n"
                          u"[ ] Send the course options\n"
                          u"  - [ ] Book the room  \n"
                          u"TODO: ask Finance\n"
                          u"to do: check the budget\n"
                          u"actie: offerte opvragen\n"
                          u"Te doen: rooster maken\n"
                          u"[] short form\n"
                          u"todo:\n" // nothing after the marker
                          u"A todo: in the middle is not one\n"
                          u"[x] a ticked box is not a new action"_s;
    CHECK(actionLines(notes) == QStringList{u"Send the course options"_s, u"Book the room"_s,
                                            u"ask Finance"_s, u"check the budget"_s,
                                            u"offerte opvragen"_s, u"rooster maken"_s,
                                            u"short form"_s});
    CHECK(actionLines(u"No markers at all"_s).isEmpty());
}

TEST_CASE("a draft becomes the 1:1 with its actions' chosen owners and dates")
{
    MeetingDraft d;
    d.personId = u"sam"_s;
    d.date = QDate(2026, 6, 30);
    d.agenda << AgendaItem{u"Career"_s, Party::Member, true};
    d.notes = u"[ ] Send options\ntodo: Write proposal"_s;
    d.summary = u"We agreed"_s;
    d.talkSharePercent = 30;
    d.energy = 4;
    d.contextShared = true;
    d.actionChoices << ActionItem{u"Send options"_s, Party::Manager, QDate(2026, 7, 3), {}};
    const OneOnOne m = meetingFromDraft(d, QDate(2026, 7, 14));
    CHECK(m.status == MeetingStatus::Held);
    CHECK(m.agenda == d.agenda);
    REQUIRE(m.actions.size() == 2);
    CHECK(m.actions.at(0) == ActionItem{u"Send options"_s, Party::Manager, QDate(2026, 7, 3), {}});
    // No choice made: the team member's, due by the next 1:1.
    CHECK(m.actions.at(1) ==
          ActionItem{u"Write proposal"_s, Party::Member, QDate(2026, 7, 14), {}});
    CHECK(m.privateNotes == d.notes);
    CHECK(m.sharedSummary == u"We agreed"_s);
    CHECK(m.talkSharePercent == 30);
    CHECK(m.energy == 4);
    CHECK(m.contextShared);
    CHECK_FALSE(m.mistakeDiscussed);
}

TEST_CASE("a draft is stored and read back whole, and a crafted body is refused")
{
    MeetingDraft d;
    d.personId = u"sam"_s;
    d.date = QDate(2026, 6, 30);
    d.agenda << AgendaItem{u"Career"_s, Party::Member, true}
             << AgendaItem{u"Roadmap"_s, Party::Manager, false};
    d.tickedEarlier << TickedAction{42, u"Old action"_s};
    d.notes = u"Notes with \"quotes\" and\nlines"_s;
    d.summary = u"Ünïcode ✓"_s;
    d.energy = 2;
    d.talkSharePercent = 50;
    d.mistakeDiscussed = true;
    d.actionChoices << ActionItem{u"x"_s, Party::Manager, {}, {}};
    CHECK(draftFromBody(u"sam"_s, draftBody(d)) == d);

    CHECK_THROWS_AS(draftFromBody(u"sam"_s, "not json"), ValidationError);
    CHECK_THROWS_AS(draftFromBody(u"sam"_s, R"({"date":"2026-13-40"})"), ValidationError);
    // Out-of-range numbers are dropped, never stored as they came.
    const MeetingDraft odd =
        draftFromBody(u"sam"_s, R"({"date":"2026-06-30","energy":9,"talkSharePercent":-5})");
    CHECK_FALSE(odd.energy.has_value());
    CHECK_FALSE(odd.talkSharePercent.has_value());
}

TEST_CASE("drafts are saved one per person, replaced, removed, and go with their person")
{
    test::TempDatabase temp;
    Database db(temp.path());
    PeopleRepository(db).add(Person{u"sam"_s, u"Sam"_s, {}, QDate(2026, 1, 1), 14, false});
    PeopleRepository(db).add(Person{u"kim"_s, u"Kim"_s, {}, QDate(2026, 1, 1), 14, false});
    DraftRepository drafts(db);
    MeetingDraft d;
    d.personId = u"sam"_s;
    d.date = QDate(2026, 6, 30);
    d.notes = u"first"_s;
    drafts.save(d);
    d.notes = u"second"_s;
    drafts.save(d);
    REQUIRE(drafts.all().size() == 1);
    CHECK(drafts.all().first().notes == u"second"_s);
    CHECK(drafts.all().first().savedAt.isValid());
    // An unreadable row is left out, and left in the file.
    sql::exec(db.connection(),
              u"INSERT INTO meeting_drafts (person_id, saved_at, body) VALUES ('kim', 'x', '{')"_s);
    CHECK(drafts.all().size() == 1);
    drafts.remove(u"sam"_s);
    CHECK(drafts.all().isEmpty());
    drafts.save(d);
    PeopleRepository(db).remove(u"sam"_s);
    CHECK(drafts.all().isEmpty());
}

TEST_CASE("a draft that cannot be saved on a full disk fails with a sentence and keeps the last")
{
    test::TinyFilesystem disk(4 * 1024 * 1024);
    if (!disk.mounted()) {
        WARN("skipped: " << disk.reason().toStdString());
        return;
    }
    Database db(disk.filePath(u"team.sqlite"_s));
    PeopleRepository(db).add(Person{u"sam"_s, u"Sam"_s, {}, QDate(2026, 1, 1), 14, false});
    DraftRepository drafts(db);
    MeetingDraft d;
    d.personId = u"sam"_s;
    d.date = QDate(2026, 6, 30);
    d.notes = u"saved before the disk filled"_s;
    drafts.save(d);
    disk.fill();
    d.notes = QString(300000, u'x'); // needs pages the disk no longer has
    try {
        drafts.save(d);
        FAIL("the save on a full disk reported success");
    } catch (const Error& error) {
        CHECK_FALSE(error.message().isEmpty());
    }
    disk.unfill();
    REQUIRE(drafts.all().size() == 1);
    CHECK(drafts.all().first().notes == u"saved before the disk filled"_s);
    // Positive control: with room again, the new draft is saved.
    drafts.save(d);
    CHECK(drafts.all().first().notes.size() == 300000);
}

TEST_CASE("one person's draft is found alone; a crafted preparation reads as history, not a crash")
{
    Database db(u":memory:"_s);
    PeopleRepository(db).add(Person{u"sam"_s, u"Sam"_s, {}, QDate(2026, 1, 1), 14, false});
    PeopleRepository(db).add(Person{u"eva"_s, u"Eva"_s, {}, QDate(2026, 1, 1), 14, false});
    MeetingDraft d;
    d.personId = u"sam"_s;
    d.date = QDate(2026, 12, 2);
    d.notes = u"typing"_s;
    DraftRepository(db).save(d);
    REQUIRE(DraftRepository(db).find(u"sam"_s));
    CHECK(DraftRepository(db).find(u"sam"_s)->notes == u"typing"_s);
    CHECK_FALSE(DraftRepository(db).find(u"eva"_s)); // positive control above
    // A hand-edited body: the flags of another type fall back, nothing throws.
    const MeetingDraft crafted = draftFromBody(
        u"eva"_s, R"({"date":"2026-12-02","begun":false,"preparedAfter":"not a number"})");
    CHECK_FALSE(crafted.begun);
    CHECK(crafted.preparedAfter == 0);
    CHECK(draftFromBody(u"eva"_s, R"({"date":"2026-12-02","begun":"yes"})").begun);
}
