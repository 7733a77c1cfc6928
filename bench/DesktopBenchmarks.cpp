// The desktop app on a `demo --entries 100000` database: launch, page switches,
// table filters, a quick-logged entry reaching its table, and memory.
#include "BenchSupport.h"
#include "commands/Commands.h"
#include "MainWindow.h"
#include "pages/EntriesPage.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "Workspace.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rd;
using rd::bench::AsOf;
using rd::bench::largeDatabase;

namespace {

/// Runs a process to completion; returns its standard output.
QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    process.waitForFinished(120000);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

} // namespace

TEST_CASE("launch to the first painted window, against a bare Qt window")
{
    const QString exe = QStringLiteral(HARNESS_EXE); // the app, with the launch hooks
    QTemporaryDir dir;
    const QString empty = dir.filePath(u"empty.sqlite"_s);
    {
        Database db(empty);
    }
    std::printf("peak memory, 100,000 entries, first paint: %s\n",
                qPrintable(run(exe, {u"--db"_s, largeDatabase(), u"--benchmark-launch"_s})));
    std::printf("peak memory, 100,000 entries, logs loaded and drawn: %s\n",
                qPrintable(run(exe, {u"--db"_s, largeDatabase(), u"--benchmark-loaded"_s})));
    std::printf("peak memory, empty database: %s\n",
                qPrintable(run(exe, {u"--db"_s, empty, u"--benchmark-launch"_s})));
    // Interleaved pairs, so that both sides see the same moment of the machine.
    QList<double> bare;
    QList<double> app;
    QList<double> ratios;
    for (int pair = 0; pair < 40; ++pair) {
        QElapsedTimer timer;
        timer.start();
        run(QStringLiteral(BARE_WINDOW_EXE), {});
        bare << timer.nsecsElapsed() / 1e6;
        timer.restart();
        run(exe, {u"--db"_s, largeDatabase(), u"--benchmark-launch"_s});
        app << timer.nsecsElapsed() / 1e6;
        ratios << app.last() / bare.last();
    }
    const auto median = [](QList<double> values) {
        std::sort(values.begin(), values.end());
        return values.at(values.size() / 2);
    };
    std::printf("launch, 40 interleaved pairs (medians): bare window %.1f ms, rodedraad on "
                "100,000 entries %.1f ms, ratio per pair %.2f\n",
                median(bare), median(app), median(ratios));
    BENCHMARK("baseline: a bare Qt main window, first paint")
    {
        return run(QStringLiteral(BARE_WINDOW_EXE), {}).size();
    };
    BENCHMARK("rodedraad, empty database, first paint")
    {
        return run(exe, {u"--db"_s, empty, u"--benchmark-launch"_s}).size();
    };
    BENCHMARK("rodedraad, 100,000 entries, first paint")
    {
        return run(exe, {u"--db"_s, largeDatabase(), u"--benchmark-launch"_s}).size();
    };
    BENCHMARK("rodedraad, 100,000 entries, until the logs are loaded and drawn")
    {
        return run(exe, {u"--db"_s, largeDatabase(), u"--benchmark-loaded"_s}).size();
    };
}

TEST_CASE("page switches, table filters and a quick log on 100,000 entries")
{
    QTemporaryDir dir;
    Database db(rd::bench::largeDatabaseCopy(dir));
    ui::MainWindow window(db);
    // Every page visited once and the prompt history computed: the pages are
    // measured as a manager uses them after the first minute.
    rd::bench::warmUp(window);
    auto* pages = window.findChild<QTabWidget*>(u"pages"_s);
    // Each page on its own (from the second visit; the first builds caches):
    // the median of seven switches from Today.
    for (int n = 0; n < pages->count(); ++n) {
        QList<double> times;
        for (int sample = 0; sample < 7; ++sample) {
            pages->setCurrentIndex(n == 0 ? 1 : 0);
            window.grab();
            QElapsedTimer timer;
            timer.start();
            pages->setCurrentIndex(n);
            window.grab();
            times << timer.nsecsElapsed() / 1e6;
        }
        std::sort(times.begin(), times.end());
        std::printf("switch to %-16s %6.1f ms (median of 7; %.1f to %.1f)\n",
                    qPrintable(pages->widget(n)->objectName()), times.at(3), times.first(),
                    times.last());
    }
    BENCHMARK("baseline: draw the window, nothing changed")
    {
        return window.grab().width();
    };
    int next = 0;
    BENCHMARK("switch to the next page and draw it")
    {
        pages->setCurrentIndex(++next % pages->count());
        return window.grab().width();
    };
    auto* decisions = window.findChild<ui::EntriesPage*>(u"decisionsPage"_s);
    auto* filter = decisions->findChild<QLineEdit*>(u"decisionsFilter"_s);
    auto* table = decisions->findChild<QTableView*>(u"decisionsTable"_s);
    // The first filter after a load: the page builds its rows' search text in
    // idle slices once it is drawn, while the manager reads it.
    window.workspace().reload();
    pages->setCurrentWidget(decisions);
    window.grab();
    QTest::qWait(300);
    window.grab(); // the page as the manager sees it
    for (const QString& text : {u"budget"_s, QString(), u"budget"_s, QString()}) {
        QElapsedTimer timer;
        timer.start();
        filter->setText(text);
        const double filtered = timer.nsecsElapsed() / 1e6;
        window.grab();
        std::printf("filter '%s': %5.1f ms to filter, %5.1f ms with drawing (%lld rows)\n",
                    qPrintable(text), filtered, timer.nsecsElapsed() / 1e6,
                    qlonglong(table->model()->rowCount()));
    }
    int flip = 0;
    BENCHMARK("filter the decisions table (type a word, then clear it) and draw")
    {
        filter->setText(++flip % 2 ? u"budget"_s : QString());
        return window.grab().width() + table->model()->rowCount();
    };
    filter->clear();

    int logged = 0;
    const QString person = window.workspace().log().people.first().id;
    // The baseline commits through a second connection, which the window does not watch.
    Database writer(db.path());
    BENCHMARK("baseline: commit one decision (second connection, no window update)")
    {
        Decision d;
        d.personId = person;
        d.date = AsOf;
        d.title = u"Baseline %1"_s.arg(++logged);
        return DecisionRepository(writer).add(d);
    };
    // A manager logs one entry at a time: before each sample (untimed), the
    // previous entry's prompts land, as they would while the dialog is typed.
    auto settle = [&window] {
        if (!QTest::qWaitFor(
                [&window] { return !window.workspace().promptService().isRecomputing(); }, 10000))
            std::printf("the prompts did not land within 10 s\n");
        QCoreApplication::processEvents();
    };
    BENCHMARK_ADVANCED("quick log: save a decision until its row is in the table, drawn")
    (Catch::Benchmark::Chronometer meter)
    {
        settle();
        Decision d;
        d.personId = person;
        d.date = AsOf;
        d.title = u"Quick %1"_s.arg(++logged);
        meter.measure([&] {
            window.workspace().run(new ui::LogDecisionCommand(window.workspace(), d));
            const int rows = table->model()->rowCount();
            return window.grab().width() + rows;
        });
    };
    BENCHMARK("the same, back to back (each log's prompts still computing when the next comes)")
    {
        Decision d;
        d.personId = person;
        d.date = AsOf;
        d.title = u"Quick %1"_s.arg(++logged);
        window.workspace().run(new ui::LogDecisionCommand(window.workspace(), d));
        const int rows = table->model()->rowCount();
        return window.grab().width() + rows;
    };
    settle();

    // Editing is the same path: the one entry is re-read, its row changes in place.
    int edits = 0;
    BENCHMARK_ADVANCED("edit a decision (its title) until the row is drawn")
    (Catch::Benchmark::Chronometer meter)
    {
        settle();
        const Decision before = window.workspace().log().decisions.at(20000);
        Decision after = before;
        after.title = u"Edited %1"_s.arg(++edits);
        meter.measure([&] {
            window.workspace().run(new ui::EditDecisionCommand(window.workspace(), before, after));
            return window.grab().width();
        });
    };
    BENCHMARK_ADVANCED("mark a prompt done until Today is drawn")
    (Catch::Benchmark::Chronometer meter)
    {
        settle();
        pages->setCurrentIndex(0);
        window.grab();
        const Prompt prompt = window.workspace().prompts().first();
        PromptState done{prompt.key, PromptStateKind::Done, AsOf, {}, u"Asked and listened"_s};
        meter.measure([&] {
            window.workspace().run(
                new ui::SetPromptStateCommand(window.workspace(), done, std::nullopt));
            return window.grab().width();
        });
    };
    settle();
}
