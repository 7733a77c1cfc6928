// The manager's week on a `demo --entries 100000` database: the home page,
// the focus ranking, the Actions list, a meeting draft saved as it is typed,
// and an action ticked on the preparation sheet until the sheet and the home
// page show it. Each against a baseline measured in the same run.
#include "BenchSupport.h"
#include "coaching/Actions.h"
#include "coaching/CoachingSnapshot.h"
#include "coaching/PrepSheet.h"
#include "coaching/PromptEngine.h"
#include "coaching/Week.h"
#include "MainWindow.h"
#include "pages/HomeView.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "storage/Sql.h"
#include "storage/TeamLogLoader.h"
#include "storage/Transaction.h"
#include "Workspace.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace rd;
using rd::bench::AsOf;
using rd::bench::largeDatabase;

TEST_CASE("the week's pure parts on 100,000 entries")
{
    Database db(largeDatabase());
    const TeamLog log = loadTeamLog(db.connection());
    const QList<Prompt> open = PromptEngine().activePrompts(log, AsOf);
    const QList<NextOneOnOne> next = nextOneOnOnes(log, AsOf);
    std::printf("%lld open prompts, %lld people\n", static_cast<long long>(open.size()),
                static_cast<long long>(next.size()));
    BENCHMARK("baseline: copy the open prompts")
    {
        QList<Prompt> copy = open;
        copy.detach();
        return copy.size();
    };
    BENCHMARK("rankFocus: three of the open prompts")
    {
        return rankFocus(open, next, AsOf, DefaultFocusCount).size();
    };
    BENCHMARK("weekOf: next one-on-ones, focus, wins and the first week")
    {
        return weekOf(log, open, AsOf).next.size();
    };
    BENCHMARK("its parts: the log indexed per person (CoachingSnapshot)")
    {
        return CoachingSnapshot(log, AsOf).people().size();
    };
    BENCHMARK("its parts: nextOneOnOnes")
    {
        return nextOneOnOnes(log, AsOf).size();
    };
    BENCHMARK("its parts: recentWins")
    {
        return recentWins(log, open, AsOf).size();
    };
    BENCHMARK("its parts: firstWeekOf")
    {
        return firstWeekOf(log, AsOf).done();
    };
    const QString someone = next.isEmpty() ? QString() : next.first().personId;
    BENCHMARK("a preparation sheet for one person (prepareOneOnOne)")
    {
        return prepareOneOnOne(log, someone, AsOf, open)->openActions.size();
    };
    const PrepSheet sheet = *prepareOneOnOne(log, someone, AsOf, open);
    BENCHMARK("its Markdown, and a QTextDocument laid out from it")
    {
        QTextDocument document;
        document.setMarkdown(prepSheetMarkdown(sheet, SheetLinks::Actions));
        document.setTextWidth(900);
        return document.size().height();
    };
    BENCHMARK("openActions: every open action, overdue first")
    {
        return openActions(log, AsOf).size();
    };
}

TEST_CASE("the home page, a meeting draft and a ticked action on 100,000 entries")
{
    QTemporaryDir dir;
    Database db(rd::bench::largeDatabaseCopy(dir));
    ui::MainWindow window(db);
    rd::bench::warmUp(window);
    auto* pages = window.findChild<QTabWidget*>(u"pages"_s);

    BENCHMARK("baseline: an empty widget of the home page's size, shown and drawn")
    {
        QWidget blank;
        blank.resize(1000, 700);
        blank.show();
        return blank.grab().width();
    };
    BENCHMARK("a home page computed from the snapshot and drawn")
    {
        ui::HomeView home(window.workspace());
        home.resize(1000, 700);
        home.show();
        return home.grab().width();
    };

    MeetingDraft draft;
    draft.personId = window.workspace().log().people.first().id;
    draft.date = AsOf;
    draft.notes =
        QString(u"She wants to lead the release; we talked about the move.\n"_s).repeated(30) +
        u"[ ] Send the course options\ntodo: Draft the plan"_s;
    BENCHMARK("baseline: an empty write transaction (BEGIN, COMMIT)")
    {
        Transaction transaction(db.connection());
        transaction.commit();
        return 0;
    };
    int saves = 0;
    BENCHMARK("save a meeting draft (1.7 kB of notes), its own transaction")
    {
        draft.summary = QString::number(++saves);
        window.workspace().store().saveDraft(draft);
        return saves;
    };
    // A tick's write, apart: the statement and its commit, then the same
    // through the store with every page that listens.
    // (The write alone goes to a copy no window watches: on the window's own
    // file it would read as another program's write and reload everything.)
    const OneOnOne someMeeting = window.workspace().log().oneOnOnes.last();
    QTemporaryDir apart;
    Database unwatched(rd::bench::largeDatabaseCopy(apart));
    BENCHMARK("a tick's write alone: one one-on-one updated, its own transaction")
    {
        OneOnOneRepository(unwatched).update({someMeeting});
        return 0;
    };
    BENCHMARK("the same through the store, with every listening page")
    {
        window.workspace().store().updateOneOnOnes({someMeeting});
        return 0;
    };

    // Tick the first open action on someone's sheet until the sheet and the
    // home page are drawn again; undo between samples (not timed).
    QString person;
    for (const OpenAction& a : openActions(window.workspace().log(), AsOf)) {
        person = a.personId;
        break;
    }
    window.selectPerson(person);
    auto* prepare = window.findChild<QWidget*>(u"preparePage"_s);
    auto* sheet = window.findChild<QTextBrowser*>(u"prepSheet"_s);
    QList<double> ticks, baseline, added, sheetOnly, sheetBaseline;
    // Each sample starts once the last change's signals are evaluated, as a
    // manager's next tick would: back to back, the tick may also copy the
    // log an evaluation still shares (measured apart below). Both pages are
    // drawn again once the signals are in, so that the baseline draws nothing
    // new either.
    const auto settle = [&window, pages, prepare] {
        window.workspace().store().threadPool().waitForDone();
        window.workspace().promptService().waitForJobs();
        if (!QTest::qWaitFor(
                [&window] { return !window.workspace().promptService().isRecomputing(); }, 60000))
            std::printf("the signals took over a minute\n");
        QCoreApplication::processEvents();
        pages->setCurrentIndex(0);
        window.grab();
        pages->setCurrentWidget(prepare);
        window.grab();
    };
    // The sheet alone: the page the tick is made on, drawn again.
    for (int sample = 0; sample < 15; ++sample) {
        settle();
        pages->setCurrentWidget(prepare);
        window.grab();
        QElapsedTimer timer;
        timer.start();
        sheet->grab();
        sheetBaseline << timer.nsecsElapsed() / 1e6;
        timer.restart();
        emit sheet->anchorClicked(QUrl(closeActionLink(0)));
        sheet->grab();
        sheetOnly << timer.nsecsElapsed() / 1e6;
        window.workspace().undoStack()->undo();
    }
    for (int sample = 0; sample < 15; ++sample) {
        settle();
        pages->setCurrentWidget(prepare);
        window.grab();
        QElapsedTimer timer;
        timer.start();
        window.grab(); // the baseline: draw the sheet, nothing changed
        pages->setCurrentIndex(0);
        window.grab(); // and the home page
        baseline << timer.nsecsElapsed() / 1e6;
        pages->setCurrentWidget(prepare);
        window.grab();
        timer.restart();
        emit sheet->anchorClicked(QUrl(closeActionLink(0)));
        window.grab(); // the sheet without it
        pages->setCurrentIndex(0);
        window.grab(); // the home page with one open item less
        ticks << timer.nsecsElapsed() / 1e6;
        added << ticks.last() - baseline.last();
        window.workspace().undoStack()->undo();
    }
    // The same tick back to back with the undo before it: the evaluation that
    // change started may still share the log's lists.
    QList<double> backToBack;
    for (int sample = 0; sample < 15; ++sample) {
        pages->setCurrentWidget(prepare);
        window.grab();
        QElapsedTimer timer;
        timer.start();
        emit sheet->anchorClicked(QUrl(closeActionLink(0)));
        window.grab();
        pages->setCurrentIndex(0);
        window.grab();
        backToBack << timer.nsecsElapsed() / 1e6;
        window.workspace().undoStack()->undo();
    }
    std::sort(sheetOnly.begin(), sheetOnly.end());
    std::sort(sheetBaseline.begin(), sheetBaseline.end());
    std::printf("baseline: draw the sheet, nothing changed: %.1f ms (median of 15)\n",
                sheetBaseline.at(7));
    std::printf("tick an action on the sheet until the sheet is drawn: %.1f ms "
                "(median of 15; %.1f to %.1f)\n",
                sheetOnly.at(7), sheetOnly.first(), sheetOnly.last());
    std::sort(ticks.begin(), ticks.end());
    std::sort(baseline.begin(), baseline.end());
    std::printf("baseline: draw the sheet and switch to the home page, nothing changed: %.1f ms "
                "(median of 15; %.1f to %.1f)\n",
                baseline.at(7), baseline.first(), baseline.last());
    std::printf("tick an action on the sheet until the sheet and the home page are drawn: %.1f ms "
                "(median of 15; %.1f to %.1f)\n",
                ticks.at(7), ticks.first(), ticks.last());
    std::sort(added.begin(), added.end());
    std::printf("what a tick adds to drawing the sheet and the home page: %.1f ms "
                "(median of 15 pairs; %.1f to %.1f)\n",
                added.at(7), added.first(), added.last());
    std::sort(backToBack.begin(), backToBack.end());
    std::printf("the same tick right after an undo, nothing waited for: %.1f ms "
                "(median of 15; %.1f to %.1f)\n",
                backToBack.at(7), backToBack.first(), backToBack.last());
}
