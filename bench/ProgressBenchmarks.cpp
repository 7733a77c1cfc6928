// The Progress page and the coaching report on a `demo --entries 100000` database.
#include "BenchSupport.h"
#include "coaching/PromptEngine.h"
#include "MainWindow.h"
#include "pages/ProgressPage.h"
#include "report/CoachingReport.h"
#include "storage/Database.h"
#include "storage/TeamLogLoader.h"
#include "Workspace.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <QComboBox>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace rd;
using rd::bench::AsOf;
using rd::bench::largeDatabase;

TEST_CASE("Progress page: switching the period or the person, replace() against appends")
{
    Database db(largeDatabase(), Database::Access::ReadOnly);
    ui::MainWindow window(db);
    window.workspace().setToday(AsOf);
    window.resize(1280, 800);
    window.show();
    auto* page = window.findChild<ui::ProgressPage*>(u"progressPage"_s);
    auto* period = page->findChild<QComboBox*>(u"periodSelector"_s);
    auto* person = page->findChild<QComboBox*>(u"personFilter"_s);
    QElapsedTimer history;
    history.start();
    window.findChild<QTabWidget*>(u"pages"_s)->setCurrentWidget(page);
    window.selectPerson({});
    while (!window.workspace().isPromptHistoryCurrent() && history.elapsed() < 120000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    std::printf("prompt history (off the UI thread, once per change of the logs): %lld ms\n",
                static_cast<long long>(history.elapsed()));
    std::printf("entries: %lld, months: %lld\n",
                static_cast<long long>(window.workspace().log().entryCount()),
                static_cast<long long>(page->data().months.size()));

    // Each switch flips between two states, so every sample recomputes everything.
    const QSignalBlocker blockPeriod(period);
    const QSignalBlocker blockPerson(person);
    int flip = 0;
    auto switchPeriod = [&] {
        period->setCurrentIndex(++flip % 2 == 0 ? 2 : 3); // 12 or 24 months
        page->refresh();
        return page->grab().width(); // draw every chart, as the screen would
    };
    auto switchPerson = [&] {
        person->setCurrentIndex(++flip % 2 == 0 ? 0 : person->findData(u"daan-visser"_s));
        page->refresh();
        return page->grab().width();
    };
    BENCHMARK("baseline: draw the page, nothing changed")
    {
        return page->grab().width();
    };
    BENCHMARK("switch the period")
    {
        return switchPeriod();
    };
    BENCHMARK("switch the person")
    {
        return switchPerson();
    };
    // A person not shown before: their months are computed, not sliced.
    int next = 1;
    BENCHMARK("switch to a person not shown before (cold)")
    {
        next = next % (person->count() - 1) + 1;
        person->setCurrentIndex(next);
        page->refresh();
        return page->grab().width();
    };
    BENCHMARK("the data alone: computeProgress, 24 months")
    {
        return computeProgress(window.workspace().log(),
                               progressPeriod(24, AsOf, firstLoggedMonth(window.workspace().log())),
                               window.workspace().promptHistory())
            .months.size();
    };
}

TEST_CASE("the coaching report for 24 months")
{
    Database db(largeDatabase(), Database::Access::ReadOnly);
    const TeamLog log = loadTeamLog(db.connection());
    const PromptEngine engine;
    const QList<Prompt> open = engine.activePrompts(log, AsOf);
    const QList<RaisedPrompt> history = promptHistory(engine, log, firstLoggedMonth(log), AsOf);
    ui::ReportOptions options;
    options.query = progressPeriod(24, AsOf, firstLoggedMonth(log));
    QTemporaryDir dir;
    const QString exe = QStringLiteral(RODEDRAAD_EXE);
    BENCHMARK("baseline: open the database and load the snapshot")
    {
        Database again(largeDatabase(), Database::Access::ReadOnly);
        return loadTeamLog(again.connection()).entryCount();
    };
    BENCHMARK("render the PDF in memory (data loaded, history replayed)")
    {
        int pages = 0;
        return ui::CoachingReport(log, open, history, options).render(&pages).size();
    };
    BENCHMARK("rodedraad report --pdf, 24 months (a new process, everything)")
    {
        QProcess process;
        process.start(exe, {u"--db"_s, largeDatabase(), u"report"_s, u"--pdf"_s,
                            dir.filePath(u"report.pdf"_s), u"--from"_s,
                            options.query.from.toString(Qt::ISODate), u"--to"_s,
                            AsOf.toString(Qt::ISODate)});
        process.waitForFinished(120000);
        return process.exitCode();
    };
}
