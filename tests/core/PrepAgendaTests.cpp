// The coming agenda on the preparation sheet: what carries over, what the
// manager drops, puts back or adds, and when a prepared agenda is history.
#include "coaching/PrepSheet.h"
#include "domain/MeetingDraft.h"
#include "TestSupport.h"

using namespace rd;
using namespace Qt::StringLiterals;

namespace {
const QDate Today(2026, 12, 2);

TeamLog logWithCarriedTopics()
{
    TeamLog log;
    log.people << Person{u"sam"_s, u"Sam"_s, {}, Today.addDays(-90), 14, false};
    OneOnOne last;
    last.id = 1;
    last.personId = u"sam"_s;
    last.date = Today.addDays(-14);
    last.agenda << AgendaItem{u"Covered"_s, Party::Member, true}
                << AgendaItem{u"Training budget"_s, Party::Member, false}
                << AgendaItem{u"Holiday rota"_s, Party::Manager, false};
    log.oneOnOnes << last;
    return log;
}

PrepSheet sheetWith(const TeamLog& log, const MeetingDraft* draft = nullptr)
{
    return *prepareOneOnOne(log, u"sam"_s, Today, QList<Prompt>{}, draft);
}

QStringList texts(const QList<AgendaItem>& items)
{
    QStringList t;
    for (const AgendaItem& i : items)
        t << i.text;
    return t;
}
} // namespace

TEST_CASE("without a prepared agenda, the coming agenda is what was not covered last time")
{
    const PrepSheet sheet = sheetWith(logWithCarriedTopics());
    CHECK(texts(sheet.agenda) == QStringList{u"Training budget"_s, u"Holiday rota"_s});
    CHECK(sheet.droppedAgenda.isEmpty());
    CHECK_FALSE(sheet.meetingUnderWay);
}

TEST_CASE("a topic dropped leaves the agenda, can be put back, and an added one is the manager's")
{
    const TeamLog log = logWithCarriedTopics();
    const PrepSheet first = sheetWith(log);
    const std::optional<MeetingDraft> dropped = changedAgenda(first, AgendaChange::Drop, 0);
    REQUIRE(dropped);
    CHECK_FALSE(dropped->begun); // a preparation, not a meeting to resume
    CHECK(dropped->date == Today);
    CHECK(dropped->preparedAfter == 1); // the last held one-on-one
    const PrepSheet second = sheetWith(log, &*dropped);
    CHECK(texts(second.agenda) == QStringList{u"Holiday rota"_s});
    CHECK(texts(second.droppedAgenda) == QStringList{u"Training budget"_s});
    // The printed sheet has no links and leaves the dropped topic out.
    const QString printed = prepSheetMarkdown(second);
    CHECK_FALSE(printed.contains(u"Training budget"_s));
    CHECK(prepSheetMarkdown(second, SheetLinks::Actions)
              .contains(agendaLink(AgendaChange::PutBack, 0)));

    const std::optional<MeetingDraft> back = changedAgenda(second, AgendaChange::PutBack, 0);
    REQUIRE(back);
    const PrepSheet third = sheetWith(log, &*back);
    CHECK(texts(third.agenda) == QStringList{u"Holiday rota"_s, u"Training budget"_s});
    CHECK(third.droppedAgenda.isEmpty());

    const std::optional<MeetingDraft> added = agendaWithTopic(third, u"  Team  offsite "_s);
    REQUIRE(added);
    REQUIRE(added->agenda.size() == 3);
    CHECK(added->agenda.last() == AgendaItem{u"Team offsite"_s, Party::Manager, false});
    // An added topic dropped is gone, not kept to put back.
    const PrepSheet fourth = sheetWith(log, &*added);
    const std::optional<MeetingDraft> withoutAdded = changedAgenda(fourth, AgendaChange::Drop, 2);
    REQUIRE(withoutAdded);
    const PrepSheet fifth = sheetWith(log, &*withoutAdded);
    CHECK(texts(fifth.agenda) == QStringList{u"Holiday rota"_s, u"Training budget"_s});
    CHECK(fifth.droppedAgenda.isEmpty());
}

TEST_CASE("a blank topic, one already on the agenda, or an index out of range changes nothing")
{
    const PrepSheet sheet = sheetWith(logWithCarriedTopics());
    CHECK_FALSE(agendaWithTopic(sheet, u"   "_s));
    CHECK_FALSE(agendaWithTopic(sheet, u"Training budget"_s));
    CHECK_FALSE(agendaWithTopic(sheet, u"training BUDGET"_s)); // in any case
    CHECK_FALSE(changedAgenda(sheet, AgendaChange::Drop, 2));
    CHECK_FALSE(changedAgenda(sheet, AgendaChange::Drop, -1));
    CHECK_FALSE(changedAgenda(sheet, AgendaChange::PutBack, 0)); // nothing dropped
    // Positive controls.
    CHECK(agendaWithTopic(sheet, u"Training"_s));
    CHECK(changedAgenda(sheet, AgendaChange::Drop, 1));
}

TEST_CASE("a meeting under way holds its own agenda: the sheet shows it and changes nothing")
{
    const TeamLog log = logWithCarriedTopics();
    MeetingDraft begun;
    begun.personId = u"sam"_s;
    begun.date = Today;
    begun.agenda << AgendaItem{u"Holiday rota"_s, Party::Manager, true};
    begun.notes = u"typing"_s;
    const PrepSheet sheet = sheetWith(log, &begun);
    CHECK(sheet.meetingUnderWay);
    CHECK(texts(sheet.agenda) == QStringList{u"Holiday rota"_s});
    CHECK_FALSE(agendaWithTopic(sheet, u"New"_s));
    CHECK_FALSE(changedAgenda(sheet, AgendaChange::Drop, 0));
    CHECK_FALSE(
        prepSheetMarkdown(sheet, SheetLinks::Actions).contains(agendaLink(AgendaChange::Drop, 0)));
    // Positive control: the same agenda prepared, not begun, has its links.
    begun.begun = false;
    CHECK(prepSheetMarkdown(sheetWith(log, &begun), SheetLinks::Actions)
              .contains(agendaLink(AgendaChange::Drop, 0)));
}

TEST_CASE("a prepared agenda follows the last one-on-one it was prepared after, then is history")
{
    TeamLog log = logWithCarriedTopics(); // the last held 1:1 has id 1
    MeetingDraft prepared;
    prepared.personId = u"sam"_s;
    prepared.begun = false;
    prepared.date = Today.addDays(-1);
    prepared.agenda << AgendaItem{u"Plan"_s, Party::Manager, false};
    prepared.preparedAfter = 1;
    CHECK(texts(sheetWith(log, &prepared).agenda) == QStringList{u"Plan"_s});
    // Prepared before any 1:1 was held: the one held since made it history.
    prepared.preparedAfter = 0;
    CHECK(texts(sheetWith(log, &prepared).agenda) ==
          QStringList{u"Training budget"_s, u"Holiday rota"_s});
    // Another 1:1 held after it (the form, an import): history too, even on the same day.
    prepared.preparedAfter = 1;
    OneOnOne held;
    held.id = 2;
    held.personId = u"sam"_s;
    held.date = Today;
    held.agenda << AgendaItem{u"Plan"_s, Party::Manager, true};
    log.oneOnOnes << held;
    CHECK(sheetWith(log, &prepared).agenda.isEmpty()); // everything covered last time
    // Undone again: the preparation is back.
    log.oneOnOnes.removeLast();
    CHECK(texts(sheetWith(log, &prepared).agenda) == QStringList{u"Plan"_s});
    // Someone else's draft is not this sheet's.
    prepared.personId = u"eva"_s;
    CHECK(texts(sheetWith(log, &prepared).agenda) ==
          QStringList{u"Training budget"_s, u"Holiday rota"_s});
}

TEST_CASE("a prepared agenda is stored as not begun, and a draft from before has begun")
{
    MeetingDraft prepared;
    prepared.personId = u"sam"_s;
    prepared.date = Today;
    prepared.begun = false;
    prepared.agenda << AgendaItem{u"Topic"_s, Party::Manager, false};
    prepared.preparedAfter = 42;
    CHECK_FALSE(draftFromBody(u"sam"_s, draftBody(prepared)).begun);
    CHECK(draftFromBody(u"sam"_s, draftBody(prepared)).preparedAfter == 42);
    prepared.begun = true;
    CHECK(draftFromBody(u"sam"_s, draftBody(prepared)).begun);
    CHECK(draftFromBody(u"sam"_s, R"({"date":"2026-12-02","notes":"x"})").begun);
}
