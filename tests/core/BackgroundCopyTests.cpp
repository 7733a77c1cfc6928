// The prompt service's jobs read copies of the log of their own, made off the
// UI thread. While a job shared the store's lists, the store's next change (an
// action ticked) copied the whole log on the UI thread: 40,000 one-on-ones on
// a large team, about a third of the tick.
#include "CatchQt.h"
#include "coaching/PromptEngine.h"
#include "exchange/JsonExchange.h"
#include "storage/Database.h"
#include "store/BackgroundPriority.h"
#include "store/PromptService.h"
#include "store/TeamStore.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <sched.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace rd;
using namespace Qt::StringLiterals;

namespace {
bool ownsItsLists(const TeamLog& log)
{
    return log.people.isDetached() && log.oneOnOnes.isDetached() && log.decisions.isDetached() &&
           log.initiatives.isDetached() && log.board.isDetached() && log.promptStates.isDetached();
}

Decision decisionFor(const QString& personId, QDate date)
{
    Decision d;
    d.personId = personId;
    d.date = date;
    d.title = u"Pick the venue"_s;
    d.level = DelegationLevel::Agree;
    return d;
}
} // namespace

TEST_CASE("once the background jobs ran, the store's lists are its own again")
{
    Database db(u":memory:"_s);
    importTeamLog(db, test::sampleLog(), ImportMode::Merge);
    TeamStore store(db);
    PromptService service(store);
    service.setBackgroundAbove(0); // every evaluation off the UI thread
    service.setToday(QDate(2026, 3, 12));
    REQUIRE(QTest::qWaitFor([&] { return !service.isRecomputing(); }));
    service.waitForJobs();
    CHECK(ownsItsLists(store.log()));
    {
        // Positive control: a copy that is kept shares the lists.
        const TeamLog kept = store.log();
        CHECK_FALSE(ownsItsLists(store.log()));
    }

    SECTION("the signals evaluated after a change")
    {
        // Two changes in a row: the first job is overtaken and skips its work.
        QSignalSpy changed(&service, &PromptService::promptsChanged);
        store.addDecision(decisionFor(u"p1"_s, QDate(2026, 3, 10)));
        store.addDecision(decisionFor(u"p1"_s, QDate(2026, 3, 11)));
        REQUIRE(QTest::qWaitFor([&] { return !service.isRecomputing() && changed.count() > 0; }));
        service.waitForJobs();
        CHECK(ownsItsLists(store.log()));
        CHECK(service.prompts() ==
              PromptEngine(store.thresholds()).activePrompts(store.log(), QDate(2026, 3, 12)));
    }
    SECTION("the history of every month")
    {
        QSignalSpy history(&service, &PromptService::historyChanged);
        service.requestHistory();
        REQUIRE(QTest::qWaitFor([&] { return history.count() == 1; }));
        service.waitForJobs();
        CHECK(ownsItsLists(store.log()));
        CHECK_FALSE(service.history().isEmpty());
    }
}

TEST_CASE("a background thread yields to the UI thread without leaving the normal scheduler")
{
    const auto niceOf = [](bool lower) {
        int nice = -100;
        int policy = -1;
        QThread* thread = QThread::create([&] {
            if (lower) {
                lowerThisThreadsPriority();
                lowerThisThreadsPriority(); // a second call changes nothing
            }
            nice = getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()));
            policy = sched_getscheduler(0);
        });
        thread->start();
        thread->wait();
        delete thread;
        return std::pair(nice, policy);
    };
    const int mine = getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()));
    // Positive control: a thread that does not ask keeps the priority it was given.
    CHECK(niceOf(false).first == mine);
    const auto [nice, policy] = niceOf(true);
    CHECK(nice == std::min(mine + 10, 19));
    // SCHED_IDLE starved the signals while other programs kept the cores busy.
    CHECK(policy == SCHED_OTHER);
    // The calling thread (the UI thread, in the app) is untouched.
    CHECK(getpriority(PRIO_PROCESS, static_cast<id_t>(gettid())) == mine);
}
