// The Progress page and the coaching report, driven offscreen: the charts,
// their empty states, the period and person filters, PNG and PDF export, and
// the anonymised report's text read back with poppler's pdftotext.
#include "coaching/PromptEngine.h"
#include "demo/DemoTeam.h"
#include "dialogs/ReportDialog.h"
#include "exchange/JsonExchange.h"
#include "MainWindow.h"
#include "pages/ProgressPage.h"
#include "progress/ChartPanel.h"
#include "report/CoachingReport.h"
#include "storage/Database.h"
#include "TestSupport.h"
#include "UiSupport.h"
#include "Workspace.h"

#include <catch2/catch.hpp>
#include <QAction>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QProcess>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

namespace {

const QDate until{2026, 11, 27};

TeamLog demoTeam()
{
    DemoOptions options;
    options.until = until;
    return generateDemoTeam(options);
}

/// The main window on the demo team (or an empty database), on the Progress page.
struct ProgressFixture
{
    Database db{u":memory:"_s};
    std::unique_ptr<ui::MainWindow> window;
    ui::ProgressPage* page = nullptr;

    explicit ProgressFixture(bool withDemo = true)
    {
        if (withDemo)
            importTeamLog(db, demoTeam(), ImportMode::Replace);
        window = std::make_unique<ui::MainWindow>(db);
        window->workspace().setToday(until);
        window->resize(1280, 800);
        window->show();
        auto* pages = child<QTabWidget>(*window, u"pages"_s);
        page = child<ui::ProgressPage>(*window, u"progressPage"_s);
        pages->setCurrentWidget(page);
        window->selectPerson({}); // the whole team, whoever the sidebar picked first
        // The prompt history is computed off the UI thread; wait for it.
        CHECK(QTest::qWaitFor([this] { return window->workspace().isPromptHistoryCurrent(); }));
        QCoreApplication::processEvents();
    }
    QChart* chart(const QString& stem)
    {
        return child<QChartView>(*window, stem + u"Chart"_s)->chart();
    }
    int categories(const QString& stem)
    {
        const auto axes = chart(stem)->axes(Qt::Horizontal);
        return int(qobject_cast<QBarCategoryAxis*>(axes.first())->count());
    }
};

QString pdfText(const QString& path)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        FAIL("pdftotext (poppler-utils) did not run; ./dev.sh test installs it");
    // Lines wrap anywhere: compare on single spaces.
    return QString::fromUtf8(process.readAllStandardOutput())
        .replace(QRegularExpression(u"\\s+"_s), u" "_s);
}

int pdfPages(const QString& path)
{
    QProcess process;
    process.start(u"pdfinfo"_s, {path});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        FAIL("pdfinfo (poppler-utils) did not run; ./dev.sh test installs it");
    const auto match = QRegularExpression(u"Pages:\\s+(\\d+)"_s)
                           .match(QString::fromUtf8(process.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

ui::ReportOptions twoYears(bool anonymize)
{
    ui::ReportOptions options;
    options.query = progressPeriod(24, until, QDate(2025, 5, 1));
    options.anonymize = anonymize;
    return options;
}

QByteArray renderReport(const TeamLog& log, const ui::ReportOptions& options, int* pages)
{
    const PromptEngine engine;
    return ui::CoachingReport(log, engine.activePrompts(log, until),
                              promptHistory(engine, log, firstLoggedMonth(log), until), options)
        .render(pages);
}

} // namespace

TEST_CASE("the Progress page shows six charts with their series on the demo team")
{
    ProgressFixture f;
    CHECK(f.page->isVisible());
    const int months = 12; // the default period
    CHECK(f.categories(u"index"_s) == months);

    // The index and its seven components, the components hidden until asked for.
    QChart* index = f.chart(u"index"_s);
    REQUIRE(index->series().size() == 8);
    auto* indexLine = qobject_cast<QLineSeries*>(index->series().first());
    CHECK(indexLine->count() == months); // the demo team logs every month
    CHECK_FALSE(index->series().at(1)->isVisible());
    child<QCheckBox>(*f.window, u"indexComponentsToggle"_s)->setChecked(true);
    for (QAbstractSeries* s : index->series())
        CHECK(s->isVisible());

    CHECK(f.chart(u"levelMix"_s)->series().size() == 2);      // stacked levels + mean line
    CHECK(f.chart(u"recognition"_s)->series().size() == 3);   // stacked kinds + two lines
    CHECK(f.chart(u"rhythm"_s)->series().size() == 4);        // stacked statuses + three lines
    CHECK(f.chart(u"followThrough"_s)->series().size() == 1); // four bar sets
    INFO(f.chart(u"board"_s)->title().toStdString());
    CHECK(f.chart(u"board"_s)->series().size() == 6); // one line per area
    CHECK(f.page->chart(ui::ChartKind::LevelMix).pointCount() == 7 * months + months);
    CHECK(f.page->chart(ui::ChartKind::FollowThrough).pointCount() == 4 * months);
    for (const QString& stem : {u"index"_s, u"levelMix"_s, u"board"_s, u"recognition"_s,
                                u"rhythm"_s, u"followThrough"_s}) {
        INFO(stem.toStdString());
        CHECK(child<QChartView>(*f.window, stem + u"Chart"_s)->isVisible());
        CHECK_FALSE(child<QLabel>(*f.window, stem + u"Empty"_s)->isVisible());
        CHECK_FALSE(f.chart(stem)->title().isEmpty());
        CHECK(f.chart(stem)->legend()->isVisible());
        for (QAbstractAxis* axis : f.chart(stem)->axes())
            CHECK_FALSE(axis->titleText().isEmpty());
    }
    // Raised prompts are counted: the demo team has plenty.
    CHECK(f.page->data().hasPromptActivity());
}

TEST_CASE("the period selector and the person filter recompute every chart")
{
    ProgressFixture f;
    auto* period = child<QComboBox>(*f.window, u"periodSelector"_s);
    period->setCurrentIndex(0); // 3 months
    CHECK(f.categories(u"index"_s) == 3);
    CHECK(f.categories(u"rhythm"_s) == 3);
    period->setCurrentIndex(3); // 24 months, before the demo's first month too
    CHECK(f.categories(u"index"_s) == 24);
    auto* indexLine = qobject_cast<QLineSeries*>(f.chart(u"index"_s)->series().first());
    CHECK(indexLine->count() < 24); // months before the logs have no index: no point
    period->setCurrentIndex(4);     // everything
    CHECK(f.categories(u"index"_s) == int(f.page->data().months.size()));
    CHECK(f.page->data().months.first() == firstLoggedMonth(f.window->workspace().log()));

    auto* person = child<QComboBox>(*f.window, u"personFilter"_s);
    person->setCurrentIndex(person->findData(u"daan-visser"_s));
    CHECK(f.chart(u"index"_s)->title().contains(u"Daan Visser"_s));
    CHECK(f.page->query().personId == u"daan-visser"_s);
    const int daanAreas = int(f.chart(u"board"_s)->series().size());
    CHECK(daanAreas >= 2);
    CHECK(daanAreas < 6);
    // The sidebar drives the filter too.
    f.window->selectPerson(u"eva-mulder"_s);
    CHECK(person->currentData().toString() == u"eva-mulder"_s);
    CHECK(f.chart(u"levelMix"_s)->title().contains(u"Eva Mulder"_s));
    f.window->selectPerson({});
    CHECK(person->currentIndex() == 0);
}

TEST_CASE("on an empty database every chart shows what to log to see it")
{
    ProgressFixture f(false);
    for (const QString& stem : {u"index"_s, u"levelMix"_s, u"board"_s, u"recognition"_s,
                                u"rhythm"_s, u"followThrough"_s}) {
        INFO(stem.toStdString());
        auto* empty = child<QLabel>(*f.window, stem + u"Empty"_s);
        CHECK(empty->isVisible());
        CHECK(empty->text().contains(u"log"_s, Qt::CaseInsensitive)); // what to log to see it
        CHECK_FALSE(child<QChartView>(*f.window, stem + u"Chart"_s)->isVisible());
    }
}

TEST_CASE("a chart saves as an owner-only PNG")
{
    ProgressFixture f;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"index.png"_s);
    auto* panel = child<ui::ChartPanel>(*f.window, u"indexPanel"_s);
    REQUIRE(panel->savePng(path));
    const QImage image(path);
    CHECK(image.width() > 400);
    CHECK(image.height() > 200);
    CHECK(isOwnerOnly(path));
    QString error;
    CHECK_FALSE(panel->savePng(dir.filePath(u"missing/folder/x.png"_s), &error));
    CHECK(error.contains(u"missing/folder"_s));
}

TEST_CASE("Export report from the window writes an anonymised PDF")
{
    ProgressFixture f;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"coach.pdf"_s);
    onNextDialog<ui::ReportDialog>([&path](ui::ReportDialog* dialog) {
        auto* file = dialog->findChild<QLineEdit*>(u"reportPath"_s);
        file->setText(u"/no/such/folder/r.pdf"_s);
        clickSave(dialog, u"reportButtons"_s);
        CHECK(dialog->findChild<QLabel*>(u"reportError"_s)->isVisible()); // refused inline
        file->setText(path);
        dialog->findChild<QCheckBox*>(u"anonymizeCheck"_s)->setChecked(true);
        clickSave(dialog, u"reportButtons"_s);
    });
    child<QAction>(*f.window, u"exportReportAction"_s)->trigger();
    REQUIRE(QFile::exists(path));
    CHECK(isOwnerOnly(path));
    const QString text = pdfText(path);
    CHECK(text.contains(u"Team member A"_s));
    CHECK_FALSE(text.contains(u"Daan"_s));
}

TEST_CASE("the coaching report has its pages and headings, in order")
{
    const TeamLog team = demoTeam();
    QTemporaryDir dir;
    int pages = 0;
    const QByteArray pdf = renderReport(team, twoYears(false), &pages);
    REQUIRE(pdf.startsWith("%PDF"));
    const QString path = dir.filePath(u"report.pdf"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();

    CHECK(pdfPages(path) == pages);
    CHECK(pages >= 9); // cover, summary, index, 3 chart pages, prompts, journal (spilling over)
    const QString text = pdfText(path);
    qsizetype at = 0;
    for (const QString& heading : ui::CoachingReport::headings()) {
        INFO(heading.toStdString());
        const qsizetype found = text.indexOf(heading, at);
        CHECK(found >= at);
        at = std::max(at, found);
    }
    // Named, with the free text a manager wrote.
    CHECK(text.contains(u"Daan Visser"_s));
    bool reflection = false; // the demo's journal, reflections included
    for (const PromptState& s : team.promptStates)
        reflection = reflection || (!s.note.isEmpty() && text.contains(s.note));
    CHECK(reflection);
    CHECK(text.contains(u"Page %1"_s.arg(pages)));
}

TEST_CASE("the anonymised report leaks no name and no free text of the demo team")
{
    const TeamLog team = demoTeam();
    QTemporaryDir dir;
    int pages = 0;
    const QString path = dir.filePath(u"anonymous.pdf"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(renderReport(team, twoYears(true), &pages));
    file.close();
    const QString text = pdfText(path);
    CHECK(text.contains(u"Team member A"_s));
    CHECK(text.contains(u"Team member G"_s));
    CHECK(text.contains(u"talk-share-high"_s)); // rule ids remain

    // Every name, role and free-text field the manager wrote.
    QStringList secrets;
    for (const Person& p : team.people) {
        secrets << p.name << p.role;
        secrets << p.name.split(u' ').first(); // first names alone too
    }
    for (const OneOnOne& m : team.oneOnOnes) {
        secrets << m.privateNotes << m.sharedSummary;
        for (const AgendaItem& a : m.agenda)
            secrets << a.text;
        for (const ActionItem& a : m.actions)
            secrets << a.text;
    }
    for (const Decision& d : team.decisions)
        secrets << d.title << d.why << d.boundaries << d.learning;
    for (const Initiative& i : team.initiatives)
        secrets << i.description;
    for (const PromptState& s : team.promptStates)
        secrets << s.note;
    // Decision areas are typed by the manager too ("Klant X", a project's name).
    QStringList areas;
    for (const BoardEntry& b : team.board)
        areas << b.area;
    for (const Decision& d : team.decisions)
        areas << d.area;
    areas.removeAll(QString());
    areas.removeDuplicates();
    REQUIRE(areas.size() >= 3);
    CHECK(text.contains(u"Area A"_s));
    {
        // Positive control: the named report does show them, so the check below can see them.
        QFile named(dir.filePath(u"named.pdf"_s));
        REQUIRE(named.open(QIODevice::WriteOnly));
        named.write(renderReport(team, twoYears(false), &pages));
        named.close();
        const QString namedText = pdfText(named.fileName());
        for (const QString& area : std::as_const(areas))
            CHECK(namedText.contains(area));
    }
    secrets << areas;
    secrets.removeAll(QString());
    secrets.removeDuplicates();
    REQUIRE(secrets.size() > 50);
    int leaks = 0;
    for (const QString& secret : secrets) {
        const QString needle = secret.simplified();
        if (text.contains(needle)) {
            ++leaks;
            UNSCOPED_INFO("leaked: " << needle.toStdString());
        }
    }
    CHECK(leaks == 0);
}

TEST_CASE("the report renders deterministically for the same data")
{
    const TeamLog team = demoTeam();
    int pagesA = 0, pagesB = 0;
    QByteArray a = renderReport(team, twoYears(false), &pagesA);
    QByteArray b = renderReport(team, twoYears(false), &pagesB);
    CHECK(pagesA == pagesB);
    // Only the creation time differs between two runs.
    const QRegularExpression stamp(u"/CreationDate \\(D:[0-9Z+\\-']*\\)"_s);
    const QString textA = QString::fromLatin1(a).replace(stamp, QString());
    const QString textB = QString::fromLatin1(b).replace(stamp, QString());
    CHECK(textA.size() == textB.size());
    CHECK(textA == textB);
}

TEST_CASE("the charts follow a dark palette")
{
    ProgressFixture f;
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    f.window->setPalette(dark); // as a system theme change would
    QCoreApplication::processEvents();
    for (const QString& stem : {u"index"_s, u"board"_s, u"followThrough"_s}) {
        INFO(stem.toStdString());
        QChart* chart = f.chart(stem);
        CHECK(chart->backgroundBrush().color() == QColor(0x18, 0x18, 0x18));
        CHECK(chart->titleBrush().color() == QColor(0xee, 0xee, 0xee));
        CHECK(chart->axes().first()->labelsBrush().color() == QColor(0xee, 0xee, 0xee));
    }
    // The headline line turns light on a dark background.
    auto* index = qobject_cast<QLineSeries*>(f.chart(u"index"_s)->series().first());
    CHECK(index->pen().color().lightness() > 128);
}
