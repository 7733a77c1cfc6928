// The layout at the smallest supported size, 1024×640, in both languages:
// nothing key is cut, the toolbar holds still, and every chart's series can
// be told apart. Offscreen uses the same fonts as the desktop (fontconfig).
#include "demo/DemoTeam.h"
#include "ElidedLabel.h"
#include "exchange/JsonExchange.h"
#include "i18n/Language.h"
#include "MainWindow.h"
#include "models/EntryTableModel.h"
#include "pages/TodayPage.h"
#include "storage/Database.h"
#include "TestSupport.h"
#include "UiSupport.h"
#include "Workspace.h"

#include <catch2/catch.hpp>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QScreen>
#include <QStackedBarSeries>
#include <QStatusBar>
#include <QStatusTipEvent>
#include <QTabBar>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QValueAxis>

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

namespace {

/// The demo team in its own language, in a 1024×640 window.
struct SmallWindow
{
    Database db{u":memory:"_s};
    std::unique_ptr<ui::MainWindow> window;
    explicit SmallWindow(const QString& language, QSize size = {1024, 640})
    {
        installLanguage(language);
        DemoOptions options;
        options.until = QDate::currentDate();
        options.language = language;
        importTeamLog(db, generateDemoTeam(options), ImportMode::Replace);
        window = std::make_unique<ui::MainWindow>(db);
        window->resize(size);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        QCoreApplication::processEvents();
    }
    ~SmallWindow() { installLanguage(u"en"_s); }
    void showPage(const QString& name)
    {
        auto* pages = child<QTabWidget>(*window, u"pages"_s);
        pages->setCurrentWidget(child<QWidget>(*window, name));
        QCoreApplication::processEvents();
    }
};

double distance(const QColor& a, const QColor& b)
{
    return std::hypot(a.red() - b.red(), a.green() - b.green(), a.blue() - b.blue());
}

} // namespace

TEST_CASE("at 1024×640 every tab fits without scrolling, in both languages")
{
    for (const QString& language : {u"en"_s, u"nl"_s}) {
        CAPTURE(language);
        SmallWindow w(language);
        auto* bar = child<QTabWidget>(*w.window, u"pages"_s)->tabBar();
        REQUIRE(bar->count() == 9);
        CHECK(bar->tabRect(bar->count() - 1).right() <= bar->width());
        // Positive control: squeezed to 800 pixels, the tabs no longer fit.
        w.window->resize(800, 640);
        QCoreApplication::processEvents();
        CHECK(bar->tabRect(bar->count() - 1).right() > bar->width());
    }
}

TEST_CASE("at 1024×640 no key column of a log is cut, and the free text takes the rest")
{
    for (const QString& language : {u"en"_s, u"nl"_s}) {
        CAPTURE(language);
        SmallWindow w(language);
        for (const QString& page : {u"meetingsPage"_s, u"decisionsPage"_s, u"initiativesPage"_s}) {
            CAPTURE(page);
            w.showPage(page);
            auto* table = child<QTableView>(*w.window, page.chopped(4) + u"Table"_s);
            const QAbstractItemModel* model = table->model();
            QAbstractItemModelTester tester(const_cast<QAbstractItemModel*>(model));
            auto* source = qobject_cast<const ui::EntryTableModel*>(
                qobject_cast<const QSortFilterProxyModel*>(model)->sourceModel());
            REQUIRE(source);
            const int text = source->textColumn();
            QHeaderView* header = table->horizontalHeader();
            CHECK(header->sectionResizeMode(text) == QHeaderView::Stretch);
            CHECK_FALSE(header->stretchLastSection());
            int keys = 0;
            for (int c = 0; c < model->columnCount(); ++c) {
                if (c == text)
                    continue;
                CAPTURE(model->headerData(c, Qt::Horizontal).toString());
                const QAbstractItemView* view = table; // sizeHintForColumn is public here
                CHECK(header->sectionSize(c) >= header->sectionSizeHint(c));
                CHECK(header->sectionSize(c) >= view->sizeHintForColumn(c));
                keys += header->sectionSize(c);
            }
            // The key columns fit beside a free-text column of useful width.
            CHECK(keys + 100 <= table->viewport()->width());
            CHECK(header->sectionSize(text) >= 100);
        }
    }
}

TEST_CASE("at 1024×640 Today never cuts a lever's heading")
{
    for (const QString& language : {u"en"_s, u"nl"_s}) {
        CAPTURE(language);
        SmallWindow w(language);
        child<ui::TodayPage>(*w.window, u"todayPage"_s)->showAllSignals();
        auto* tree = child<QTreeView>(*w.window, u"todayPrompts"_s);
        QFont bold = tree->font();
        bold.setBold(true);
        const QFontMetrics metrics(bold);
        REQUIRE(tree->model()->rowCount() > 0);
        for (int lever = 0; lever < tree->model()->rowCount(); ++lever) {
            const QModelIndex index = tree->model()->index(lever, 0);
            CAPTURE(index.data().toString());
            CHECK(tree->visualRect(index).width() >=
                  metrics.horizontalAdvance(index.data().toString()));
        }
    }
}

TEST_CASE("logging and undoing leave the toolbar where it was")
{
    SmallWindow w(u"en"_s);
    auto* toolBar = child<QToolBar>(*w.window, u"mainToolBar"_s);
    auto* search = child<QAction>(*w.window, u"searchAction"_s);
    auto* undo = child<QAction>(*w.window, u"undoToolAction"_s);
    const int searchAt = toolBar->widgetForAction(search)->x();
    CHECK_FALSE(undo->isEnabled());
    CHECK(undo->toolTip() == u"Nothing to undo"_s);

    QUndoStack* stack = w.window->workspace().undoStack();
    stack->push(new QUndoCommand(u"Log a one-on-one with Anna de Vries"_s));
    QCoreApplication::processEvents();
    CHECK(undo->isEnabled());
    CHECK(undo->text() == u"Undo"_s);
    CHECK(undo->toolTip() == u"Undo: Log a one-on-one with Anna de Vries (Ctrl+Z)"_s);
    CHECK(toolBar->widgetForAction(search)->x() == searchAt);
    // The menu's Undo still names the step.
    CHECK(child<QAction>(*w.window, u"undoAction"_s)->text().contains(u"Anna de Vries"_s));

    undo->trigger();
    CHECK_FALSE(stack->canUndo());
    CHECK(child<QAction>(*w.window, u"redoToolAction"_s)->isEnabled());
    CHECK(toolBar->widgetForAction(search)->x() == searchAt);
}

TEST_CASE("every chart's series can be told apart, and its month labels are whole")
{
    for (const QString& language : {u"en"_s, u"nl"_s}) {
        CAPTURE(language);
        SmallWindow w(language);
        w.showPage(u"progressPage"_s);
        QCoreApplication::processEvents();
        for (QChartView* view : w.window->findChildren<QChartView*>()) {
            CAPTURE(view->objectName());
            QList<QColor> colours;
            QList<std::pair<Qt::PenStyle, qreal>> lineLooks;
            int lines = 0;
            for (QAbstractSeries* series : view->chart()->series()) {
                if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
                    for (QBarSet* set : bars->barSets())
                        colours << set->color();
                } else if (auto* line = qobject_cast<QLineSeries*>(series)) {
                    colours << line->color();
                    lineLooks << std::pair{line->pen().style(), line->markerSize()};
                    ++lines;
                }
            }
            for (qsizetype a = 0; a < colours.size(); ++a) {
                for (qsizetype b = a + 1; b < colours.size(); ++b) {
                    CAPTURE(colours.at(a).name(), colours.at(b).name());
                    CHECK(distance(colours.at(a), colours.at(b)) > 40);
                }
            }
            // Lines that may lie on top of each other differ in dash or marker.
            if (view->objectName() == u"boardChart"_s) {
                REQUIRE(lines >= 2);
                for (qsizetype a = 0; a < lineLooks.size(); ++a)
                    for (qsizetype b = a + 1; b < lineLooks.size(); ++b)
                        CHECK(lineLooks.at(a) != lineLooks.at(b));
            }
            auto* months =
                qobject_cast<QBarCategoryAxis*>(view->chart()->axes(Qt::Horizontal).first());
            REQUIRE(months);
            // One category per month: the labels are unique, and short.
            CHECK(months->count() == 12);
            for (const QString& label : months->categories())
                CHECK(label.size() <= 4); // "Sept" in British English
            CHECK(months->titleText().contains(QString::number(QDate::currentDate().year())));
        }
    }
}

TEST_CASE("month labels stand up only when the plot is too narrow for them")
{
    SmallWindow w(u"en"_s, {1440, 900});
    w.showPage(u"progressPage"_s);
    auto* period = child<QComboBox>(*w.window, u"periodSelector"_s);
    auto* months = qobject_cast<QBarCategoryAxis*>(
        child<QChartView>(*w.window, u"indexChart"_s)->chart()->axes(Qt::Horizontal).first());
    period->setCurrentIndex(period->findData(12));
    QCoreApplication::processEvents();
    CHECK(months->labelsAngle() == 0);
    period->setCurrentIndex(period->findData(24));
    QCoreApplication::processEvents();
    CHECK(months->count() == 24); // "jan 25" and "jan 26": every month its own category
    CHECK(months->categories().first().contains(u" ’"_s)); // "Dec ’24", not "Dec 24"
    CHECK(months->labelsAngle() == -90);
}

TEST_CASE("the status bar names the file beside its marker, and gets it back after a tip")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QString(150, u'f'));
    REQUIRE(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(u"our-team.sqlite"_s);
    {
        Database create(path);
    }
    Database db(path, Database::Access::ReadOnly);
    ui::MainWindow window(db);
    window.resize(1024, 640);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
    auto* text = child<ui::ElidedLabel>(window, u"statusText"_s);
    auto* marker = child<QLabel>(window, u"fileMarker"_s);
    REQUIRE(marker->isVisible()); // "Read-only review"
    CHECK(text->fullText().contains(path));
    CHECK(text->toolTip().contains(path));
    CHECK(text->text().contains(u"…"_s)); // too long for 1024 pixels: shortened in the middle
    CHECK(text->text().endsWith(u"(read-only)"_s));
    CHECK(text->geometry().right() < marker->geometry().left());

    // A menu's status tip covers the file for a while, then gives it back.
    window.statusBar()->showMessage(u"Start a new, empty Rode Draad file"_s);
    QCoreApplication::processEvents();
    CHECK_FALSE(text->isVisible());
    window.statusBar()->clearMessage();
    QCoreApplication::processEvents();
    CHECK(text->isVisible());
    CHECK(text->fullText().contains(path));
}

TEST_CASE("a note in the status bar comes back after a menu's tip, for the rest of its time")
{
    Database db(u":memory:"_s);
    ui::MainWindow window(db);
    window.show();
    QStatusBar* bar = window.statusBar();
    window.note(u"Backed up to the folder."_s, std::chrono::seconds(30));
    REQUIRE(bar->currentMessage() == u"Backed up to the folder."_s);
    // Hovering a menu item shows its tip; leaving it clears the message.
    QStatusTipEvent tip(u"Start a new, empty Rode Draad file"_s);
    QCoreApplication::sendEvent(&window, &tip);
    CHECK(bar->currentMessage() == u"Start a new, empty Rode Draad file"_s);
    QStatusTipEvent left{QString()};
    QCoreApplication::sendEvent(&window, &left);
    CHECK(bar->currentMessage() == u"Backed up to the folder."_s);

    // Positive control: a note whose time is up stays gone.
    window.note(u"Saved."_s, std::chrono::milliseconds(1));
    QTest::qWait(20);
    QCoreApplication::sendEvent(&window, &tip);
    QCoreApplication::sendEvent(&window, &left);
    CHECK(bar->currentMessage().isEmpty());
}

TEST_CASE("every dialog fits a 1024×640 screen, Save button included")
{
    // The offscreen screen is not 1024×640, so the dialogs' own minimum is
    // measured against that size (less the frame and a panel), and their
    // opening size against the screen they do open on.
    const QSize smallest(1024 - 24, 640 - 48);
    for (const QString& language : {u"en"_s, u"nl"_s}) {
        CAPTURE(language);
        SmallWindow w(language);
        const QRect screen = w.window->screen()->availableGeometry();
        for (const QString& action :
             {u"logOneOnOneAction"_s, u"logDecisionAction"_s, u"logInitiativeAction"_s,
              u"addPersonAction"_s, u"settingsAction"_s, u"searchAction"_s}) {
            CAPTURE(action);
            QSize size, minimum;
            bool buttonsShown = false;
            onNextDialog<QDialog>([&](QDialog* dialog) {
                size = dialog->size();
                minimum = dialog->minimumSizeHint();
                auto* buttons = dialog->findChild<QDialogButtonBox*>();
                buttonsShown = !buttons || dialog->rect().contains(buttons->geometry());
                dialog->done(QDialog::Rejected);
            });
            child<QAction>(*w.window, action)->trigger();
            CHECK(minimum.height() <= smallest.height());
            CHECK(minimum.width() <= smallest.width());
            CHECK(size.height() <= std::max(screen.height(), minimum.height()));
            CHECK(buttonsShown);
        }
    }
}

TEST_CASE("a month just begun is drawn lighter in every chart; a whole month is not")
{
    for (const QDate today : {QDate(2026, 12, 1), QDate(2026, 11, 30)}) {
        CAPTURE(today.toString(Qt::ISODate));
        Database db(u":memory:"_s);
        DemoOptions options;
        options.until = today;
        importTeamLog(db, generateDemoTeam(options), ImportMode::Replace);
        ui::MainWindow window(db);
        window.workspace().setToday(today);
        window.resize(1280, 800);
        window.show();
        child<QTabWidget>(window, u"pages"_s)
            ->setCurrentWidget(child<QWidget>(window, u"progressPage"_s));
        QCoreApplication::processEvents();
        const bool partial = today.day() == 1; // the 30th ends November
        auto* rhythm = child<QChartView>(window, u"rhythmChart"_s)->chart();
        int marked = 0, bars = 0;
        for (QAbstractSeries* series : rhythm->series()) {
            if (auto* stack = qobject_cast<QAbstractBarSeries*>(series)) {
                for (QBarSet* set : stack->barSets()) {
                    ++bars;
                    marked += set->isBarSelected(set->count() - 1) ? 1 : 0;
                    CHECK_FALSE(set->isBarSelected(0));
                }
            } else if (auto* line = qobject_cast<QLineSeries*>(series); line && line->count()) {
                marked += line->pointConfiguration(line->count() - 1).isEmpty() ? 0 : 1;
            }
        }
        CHECK(bars == 3);
        CHECK(marked == (partial ? 3 + 3 : 0)); // three statuses and three lines
    }
}
