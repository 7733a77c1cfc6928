// The store and the prompt service, without a widget: what each write tells
// its listeners, that the snapshot stays true to the file, and that another
// connection's writes are noticed.
#include "CatchQt.h"
#include "coaching/FacilitationIndex.h"
#include "coaching/PromptEngine.h"
#include "domain/Error.h"
#include "exchange/JsonExchange.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "storage/Sql.h"
#include "storage/TeamLogLoader.h"
#include "store/PromptService.h"
#include "store/TeamStore.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rd;

namespace {
/// Every signal a store sends, in order, as "name id row".
class SignalLog
{
public:
    explicit SignalLog(TeamStore& store)
    {
        watch(store, &TeamStore::decisionAboutToBeAdded, "decision+?");
        watch(store, &TeamStore::decisionAdded, "decision+");
        watch(store, &TeamStore::decisionChanged, "decision~");
        watch(store, &TeamStore::decisionAboutToBeRemoved, "decision-?");
        watch(store, &TeamStore::decisionRemoved, "decision-");
        watch(store, &TeamStore::oneOnOneAdded, "meeting+");
        watch(store, &TeamStore::oneOnOneChanged, "meeting~");
        watch(store, &TeamStore::oneOnOneRemoved, "meeting-");
        watch(store, &TeamStore::initiativeAdded, "initiative+");
        watch(store, &TeamStore::initiativeRemoved, "initiative-");
        QObject::connect(&store, &TeamStore::personAdded, [this](const QString& id, int row) {
            m_lines << u"person+ %1 %2"_s.arg(id).arg(row);
        });
        QObject::connect(&store, &TeamStore::personChanged, [this](const QString& id, int row) {
            m_lines << u"person~ %1 %2"_s.arg(id).arg(row);
        });
        QObject::connect(&store, &TeamStore::personRemoved, [this](const QString& id, int row) {
            m_lines << u"person- %1 %2"_s.arg(id).arg(row);
        });
        QObject::connect(&store, &TeamStore::boardChanged, [this] { m_lines << u"board"_s; });
        QObject::connect(&store, &TeamStore::reset, [this] { m_lines << u"reset"_s; });
        QObject::connect(&store, &TeamStore::modified,
                         [this](DataKind kind) { m_lines << u"modified %1"_s.arg(int(kind)); });
    }
    QStringList take() { return std::exchange(m_lines, {}); }

private:
    template <typename Signal>
    void watch(TeamStore& store, Signal signal, const char* name)
    {
        QObject::connect(&store, signal, [this, name](qint64 id, int row) {
            m_lines << u"%1 %2 %3"_s.arg(QLatin1StringView(name)).arg(id).arg(row);
        });
    }
    QStringList m_lines;
};

Decision decisionFor(const QString& personId, QDate date, const QString& title)
{
    Decision d;
    d.personId = personId;
    d.date = date;
    d.title = title;
    d.level = DelegationLevel::Agree;
    return d;
}

QString modified(DataKind kind)
{
    return u"modified %1"_s.arg(int(kind));
}
} // namespace

TEST_CASE("each write names the entry and its row, and the snapshot stays true to the file")
{
    Database db(u":memory:"_s);
    importTeamLog(db, test::sampleLog(), ImportMode::Merge);
    TeamStore store(db);
    SignalLog signals_(store);
    const int before = int(store.log().decisions.size());

    const qint64 id = store.addDecision(decisionFor(u"p1"_s, QDate(2030, 1, 1), u"Newest"_s));
    // The newest date: the end of the loader's order.
    CHECK(signals_.take() == QStringList{u"decision+? %1 %2"_s.arg(id).arg(before),
                                         u"decision+ %1 %2"_s.arg(id).arg(before),
                                         modified(DataKind::Decisions)});
    CHECK(store.log() == loadTeamLog(db.connection()));

    SECTION("an edit in place is one change; a new date moves it, with the same id")
    {
        Decision edited = store.log().decisions.at(before);
        edited.title = u"Newest, renamed"_s;
        store.updateDecision(edited);
        CHECK(signals_.take() ==
              QStringList{u"decision~ %1 %2"_s.arg(id).arg(before), modified(DataKind::Decisions)});
        CHECK(store.log() == loadTeamLog(db.connection()));

        edited.date = QDate(2000, 1, 1);
        store.updateDecision(edited);
        CHECK(signals_.take() ==
              QStringList{u"decision-? %1 %2"_s.arg(id).arg(before),
                          u"decision- %1 %2"_s.arg(id).arg(before), u"decision+? %1 0"_s.arg(id),
                          u"decision+ %1 0"_s.arg(id), modified(DataKind::Decisions)});
        CHECK(store.log() == loadTeamLog(db.connection()));
    }
    SECTION("a removal names the row it leaves")
    {
        store.removeDecision(id);
        CHECK(signals_.take() == QStringList{u"decision-? %1 %2"_s.arg(id).arg(before),
                                             u"decision- %1 %2"_s.arg(id).arg(before),
                                             modified(DataKind::Decisions)});
        CHECK(store.log() == loadTeamLog(db.connection()));
    }
    SECTION("a person is removed only without entries: never their entries along with them")
    {
        const TeamLog unchanged = store.log();
        try {
            store.removePerson(u"p1"_s); // has one-on-ones, decisions and board cells
            FAIL("a person with entries was removed");
        } catch (const ValidationError& error) {
            CHECK(error.message().contains(u"cannot be undone"_s));
        }
        CHECK(signals_.take().isEmpty());
        CHECK(store.log() == unchanged);
        CHECK(loadTeamLog(db.connection()) == unchanged);

        // Positive control: someone just added, with nothing logged, goes.
        const Person kim = store.addPerson({QString(), u"Kim"_s, {}, {}, 14, false});
        signals_.take();
        store.removePerson(kim.id);
        // Kim sorts after Anna and Bram: the third row.
        CHECK(signals_.take() ==
              QStringList{u"person- %1 %2"_s.arg(kim.id).arg(2), modified(DataKind::People)});
        CHECK(store.log() == unchanged);
    }
    SECTION("a board agreement, a prompt state and a setting change their part only")
    {
        store.agreeBoardCell(
            {0, u"p1"_s, u"Hiring"_s, DelegationLevel::Delegate, QDate(2026, 5, 1)});
        store.setPromptState(
            {u"some-key"_s, PromptStateKind::Dismissed, QDate(2026, 5, 1), QDate(), QString()});
        store.applySettings({{u"rule.decision-overridden.enabled"_s, u"false"_s}}, {});
        CHECK(signals_.take() == QStringList{u"board"_s, modified(DataKind::Board),
                                             modified(DataKind::PromptStates),
                                             modified(DataKind::Settings)});
        CHECK(store.log() == loadTeamLog(db.connection()));
        CHECK(store.areas().contains(u"Hiring"_s));
    }
}

TEST_CASE("the first logged month follows each write as a reload would find it")
{
    Database db(u":memory:"_s);
    importTeamLog(db, test::sampleLog(), ImportMode::Merge);
    TeamStore store(db);
    const QDate sampleFirst = store.firstMonth();
    REQUIRE(sampleFirst.isValid());
    const auto asReloaded = [&db] {
        return firstLoggedMonth(loadTeamLog(db.connection()));
    };
    CHECK(sampleFirst == asReloaded());

    // A later entry leaves it; an earlier one moves it back to its month.
    const qint64 later = store.addDecision(decisionFor(u"p1"_s, QDate(2030, 1, 9), u"Later"_s));
    CHECK(store.firstMonth() == sampleFirst);
    const qint64 early = store.addDecision(decisionFor(u"p1"_s, QDate(2000, 1, 15), u"Early"_s));
    CHECK(store.firstMonth() == QDate(2000, 1, 1));
    CHECK(store.firstMonth() == asReloaded());

    // An edit moving the first entry's date moves the month with it.
    Decision edited = store.log().decisions.constFirst();
    REQUIRE(edited.id == early);
    edited.date = QDate(2001, 2, 3);
    store.updateDecision(edited);
    CHECK(store.firstMonth() == QDate(2001, 2, 1));
    CHECK(store.firstMonth() == asReloaded());

    // Removing an entry outside the first month leaves it; removing the first one moves it.
    store.removeDecision(later);
    CHECK(store.firstMonth() == QDate(2001, 2, 1));
    store.removeDecision(early);
    CHECK(store.firstMonth() == sampleFirst);

    // The board and the one-on-ones count as well.
    const qint64 cell = store.agreeBoardCell(
        BoardEntry{0, u"p1"_s, u"Budget"_s, DelegationLevel::Agree, QDate(1999, 6, 10)});
    CHECK(store.firstMonth() == QDate(1999, 6, 1));
    store.removeBoardEntry(cell);
    CHECK(store.firstMonth() == sampleFirst);
    OneOnOne meeting;
    meeting.personId = u"p1"_s;
    meeting.date = QDate(1998, 3, 4);
    const qint64 held = store.addOneOnOne(meeting, {});
    CHECK(store.firstMonth() == QDate(1998, 3, 1));
    store.removeOneOnOne(held, {});
    CHECK(store.firstMonth() == sampleFirst);
    CHECK(store.firstMonth() == asReloaded());
}

TEST_CASE("a renamed team member is stored as the snapshot shows them, trimmed")
{
    Database db(u":memory:"_s);
    importTeamLog(db, test::sampleLog(), ImportMode::Merge);
    TeamStore store(db);
    Person anna = store.log().people.constFirst();
    anna.name = u"  Anna Visser \t"_s;
    store.updatePerson(anna);
    CHECK(store.log().people.constFirst().name == u"Anna Visser"_s);
    CHECK(store.log() == loadTeamLog(db.connection()));
}

TEST_CASE("an entry re-added with its id keeps it, where SQLite would hand out another")
{
    Database db(u":memory:"_s);
    importTeamLog(db, test::sampleLog(), ImportMode::Merge);
    TeamStore store(db);
    Decision d = decisionFor(u"p1"_s, QDate(2026, 5, 1), u"Remembered"_s);
    d.id = store.addDecision(d);
    const qint64 later = store.addDecision(decisionFor(u"p1"_s, QDate(2026, 5, 2), u"Later"_s));
    REQUIRE(later > d.id);
    store.removeDecision(d.id);
    // A fresh id would now be later + 1: an edit remembered for d would miss it.
    CHECK(store.addDecision(d) == d.id);
    CHECK(DecisionRepository(db).find(d.id)->title == u"Remembered"_s);
    CHECK(store.log() == loadTeamLog(db.connection()));

    SECTION("positive control: without an id it gets a new one")
    {
        Decision fresh = d;
        fresh.id = 0;
        CHECK(store.addDecision(fresh) == later + 1);
    }
}

TEST_CASE("an update of a row that is gone fails with one sentence and changes nothing")
{
    Database db(u":memory:"_s);
    importTeamLog(db, test::sampleLog(), ImportMode::Merge);
    TeamStore store(db);
    store.addDecision(decisionFor(u"p1"_s, QDate(2026, 5, 1), u"Stays"_s));
    Decision gone = store.log().decisions.first();
    DecisionRepository(db).remove(gone.id); // behind the store's back, as another process would
    const TeamLog before = store.log();
    gone.title = u"Edited after it went"_s;
    try {
        store.updateDecision(gone);
        FAIL("the update of a missing row was accepted");
    } catch (const ValidationError& error) {
        CHECK(error.message() == u"The decision no longer exists."_s);
    }
    CHECK(store.log() == before);

    SECTION("positive control: the same update of a row that is there lands")
    {
        Decision there = store.log().decisions.first();
        there.title = u"Edited while it is there"_s;
        store.updateDecision(there);
        CHECK(DecisionRepository(db).find(there.id)->title == u"Edited while it is there"_s);
    }
}

TEST_CASE("another connection's commit is noticed by data_version; the store's own are not")
{
    test::TempDatabase temp;
    Database db(temp.path());
    importTeamLog(db, test::sampleLog(), ImportMode::Merge);
    TeamStore store(db);
    QSignalSpy outside(&store, &TeamStore::changedOutside);

    store.addDecision(decisionFor(u"p1"_s, QDate(2026, 5, 1), u"Our own"_s));
    CHECK_FALSE(store.checkForOutsideWrites());
    CHECK(outside.isEmpty());

    const int before = int(store.log().decisions.size());
    {
        Database other(temp.path());
        DecisionRepository(other).add(decisionFor(u"p1"_s, QDate(2026, 5, 2), u"Theirs"_s));
    }
    CHECK(store.checkForOutsideWrites());
    CHECK(outside.count() == 1);
    CHECK(store.log().decisions.size() == before + 1);
    CHECK(store.log() == loadTeamLog(db.connection()));
    CHECK_FALSE(store.checkForOutsideWrites()); // once
}

TEST_CASE(
    "the app's own backup through a second connection is not taken for another program's write")
{
    test::TempDatabase temp;
    Database db(temp.path());
    importTeamLog(db, test::sampleLog(), ImportMode::Merge);
    TeamStore store(db);
    REQUIRE_FALSE(store.hasOutsideWrites());
    const bool otherWrite = GENERATE(false, true);
    CAPTURE(otherWrite);
    {
        Database worker(temp.path());
        // The backup at start writes its fingerprint to the settings.
        REQUIRE_FALSE(backupIfChanged(worker, temp.dir.filePath(u"backups"_s)).isEmpty());
        if (otherWrite) // another program, at the same time
            DecisionRepository(worker).add(decisionFor(u"p1"_s, QDate(2026, 5, 1), u"Other"_s));
    }
    CHECK(store.hasOutsideWrites()); // positive control: commits the store did not make
    store.acceptOwnCommits(1);
    CHECK(store.hasOutsideWrites() == otherWrite);
}

TEST_CASE("the prompt service follows every write, at once or off the thread, with one answer")
{
    Database db(u":memory:"_s);
    importTeamLog(db, test::sampleLog(), ImportMode::Merge);
    TeamStore store(db);
    PromptService service(store);
    const QDate today(2026, 3, 12);
    service.setToday(today);
    auto expected = [&] {
        return PromptEngine(store.thresholds()).activePrompts(store.log(), today);
    };
    CHECK(service.prompts() == expected());

    const bool background = GENERATE(false, true);
    CAPTURE(background);
    service.setBackgroundAbove(background ? 0 : 1'000'000);
    QSignalSpy changed(&service, &PromptService::promptsChanged);
    // Two decisions without a why within the window: decision-without-why fires.
    auto firing = [&service] {
        return std::any_of(service.prompts().cbegin(), service.prompts().cend(),
                           [](const Prompt& p) { return p.rule == u"decision-without-why"_s; });
    };
    REQUIRE_FALSE(firing());
    store.addDecision(decisionFor(u"p1"_s, QDate(2026, 3, 10), u"Without a why"_s));
    store.addDecision(decisionFor(u"p1"_s, QDate(2026, 3, 11), u"Without one either"_s));
    if (background) {
        REQUIRE(QTest::qWaitFor([&] { return !service.isRecomputing() && changed.count() > 0; }));
        CHECK(changed.count() == 1); // the first write's answer was stale when it landed
    } else {
        CHECK(changed.count() == 2);
    }
    CHECK(service.prompts() == expected());
    CHECK(firing());

    SECTION("a prompt handled, and its undo, change the open prompts at once, without the engine")
    {
        QString key;
        for (const Prompt& p : service.prompts()) {
            if (p.rule == u"decision-without-why"_s)
                key = p.key;
        }
        REQUIRE_FALSE(key.isEmpty());
        changed.clear();
        store.setPromptState({key, PromptStateKind::Done, today, {}, u"Asked for the why"_s});
        CHECK(changed.count() == 1);
        CHECK_FALSE(service.isRecomputing()); // the writes above did recompute
        CHECK_FALSE(firing());
        CHECK(service.prompts() == expected());
        store.clearPromptState(key);
        CHECK(changed.count() == 2);
        CHECK_FALSE(service.isRecomputing());
        CHECK(firing());
        CHECK(service.prompts() == expected());
    }
    SECTION("the history spread over the pool equals the engine's replay on one thread")
    {
        QSignalSpy history(&service, &PromptService::historyChanged);
        service.requestHistory();
        REQUIRE(QTest::qWaitFor([&] { return history.count() == 1; }));
        CHECK(service.isHistoryCurrent());
        CHECK(service.history() == promptHistory(PromptEngine(store.thresholds()), store.log(),
                                                 store.firstMonth(), today));
        CHECK_FALSE(service.history().isEmpty());
    }
}

TEST_CASE("a stored level outside the range is named, never read as another level")
{
    Database db(u":memory:"_s);
    importTeamLog(db, test::sampleLog(), ImportMode::Merge);
    // Only a damaged or crafted file holds one: the schema's CHECK refuses it.
    sql::exec(db.connection(), u"PRAGMA ignore_check_constraints = ON"_s);
    // values(): GENERATE(MaxLevel, …) would keep references to the temporaries.
    const int level = GENERATE(values({MaxLevel, MaxLevel + 2, MinLevel - 1}));
    CAPTURE(level);
    sql::exec(db.connection(),
              u"INSERT INTO decisions (id, person_id, date, title, level) VALUES (900, 'p1', "
              u"'2026-05-01', 'Crafted', ?)"_s,
              {level});
    if (level == MaxLevel) {
        const TeamLog log = loadTeamLog(db.connection()); // positive control: the top level reads
        CHECK(std::any_of(log.decisions.cbegin(), log.decisions.cend(), [](const Decision& d) {
            return d.id == 900 && d.level == DelegationLevel::Delegate;
        }));
    } else {
        try {
            loadTeamLog(db.connection());
            FAIL("a level outside the range was read");
        } catch (const StorageError& error) {
            CHECK(error.message() ==
                  u"The decision with id 900 has level %1, outside 1 to 7."_s.arg(level));
        }
    }
}
