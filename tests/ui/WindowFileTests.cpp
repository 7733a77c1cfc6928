// The main window on real files: the snapshot against the file, the background
// load and integrity check, damaged and locked files, and the tables' search.
#include "coaching/PromptEngine.h"
#include "commands/Commands.h"
#include "demo/DemoTeam.h"
#include "dialogs/DecisionDialog.h"
#include "dialogs/InitiativeDialog.h"
#include "dialogs/OneOnOneDialog.h"
#include "dialogs/PersonDialog.h"
#include "dialogs/RestoreDialog.h"
#include "dialogs/SearchDialog.h"
#include "dialogs/SettingsDialog.h"
#include "domain/IsoDate.h"
#include "ElidedLabel.h"
#include "exchange/JsonExchange.h"
#include "i18n/Language.h"
#include "MainWindow.h"
#include "models/BoardModel.h"
#include "models/EntryTableModel.h"
#include "models/JournalModel.h"
#include "models/PromptModel.h"
#include "models/TeamModel.h"
#include "pages/EntriesPage.h"
#include "pages/PreparePage.h"
#include "settings/AppSettings.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/Maintenance.h"
#include "storage/Repositories.h"
#include "storage/Sql.h"
#include "storage/TeamLogLoader.h"
#include "storage/WriterLock.h"
#include "TestSupport.h"
#include "UiSupport.h"
#include "WindowFixture.h"
#include "Workspace.h"

#include <catch2/catch.hpp>
#include <functional>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFocusEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

TEST_CASE("every edit updates the snapshot in place, and it stays true to the file")
{
    Database db(u":memory:"_s);
    importTeamLog(db, test::sampleLog(), ImportMode::Merge);
    ui::Workspace workspace(db);
    workspace.setToday(QDate(2026, 3, 12));
    workspace.promptService().setBackgroundAbove(0); // as on a large log: prompts off the UI thread
    ui::EntryTableModel decisions(workspace, ui::EntryTableModel::Log::Decisions);
    ui::EntryFilterModel sorted;
    sorted.setSourceModel(&decisions);
    sorted.sort(0, Qt::DescendingOrder);
    ui::BoardModel board(workspace);
    ui::JournalModel journal(workspace);
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    QAbstractItemModelTester testDecisions(&decisions, Mode::Fatal);
    QAbstractItemModelTester testSorted(&sorted, Mode::Fatal);
    QAbstractItemModelTester testBoard(&board, Mode::Fatal);
    QAbstractItemModelTester testJournal(&journal, Mode::Fatal);
    int resets = 0;
    const TeamStore& store = workspace.store();
    QSignalSpy reloads(&store, &TeamStore::reset);
    QSignalSpy added(&store, &TeamStore::decisionAdded);
    QSignalSpy changed(&store, &TeamStore::decisionChanged);
    QSignalSpy removed(&store, &TeamStore::decisionRemoved);
    // The id a signal carried, and the row it names in the snapshot.
    auto named = [&store](QSignalSpy& spy) {
        REQUIRE(spy.count() == 1);
        const QList<QVariant> arguments = spy.takeFirst();
        const int row = arguments.at(1).toInt();
        REQUIRE(row >= 0);
        REQUIRE(row < store.log().decisions.size());
        CHECK(store.log().decisions.at(row).id == arguments.at(0).toLongLong());
        return arguments.at(0).toLongLong();
    };
    QObject::connect(&decisions, &QAbstractItemModel::modelReset, [&resets] { ++resets; });
    // After each step the prompts land; then the snapshot equals a fresh read of the file.
    auto trueToTheFile = [&] {
        REQUIRE(QTest::qWaitFor([&] { return !workspace.promptService().isRecomputing(); }));
        QCoreApplication::processEvents();
        const TeamLog fresh = loadTeamLog(db.connection());
        CHECK(workspace.log() == fresh);
        CHECK(workspace.prompts() == PromptEngine().activePrompts(fresh, workspace.today()));
    };
    auto titleAt = [&sorted](int row) {
        return sorted.index(row, 2).data().toString();
    };

    const int before = decisions.rowCount();
    Decision d;
    d.personId = workspace.log().people.first().id;
    d.date = QDate(2026, 3, 11);
    d.title = u"Choose the conference talk"_s;
    d.level = DelegationLevel::Tell;
    auto* logged = new ui::LogDecisionCommand(workspace, d);
    REQUIRE(workspace.run(logged));
    CHECK(named(added) == logged->entryId());
    CHECK(decisions.rowCount() == before + 1);            // at once, as an inserted row
    CHECK(titleAt(0) == u"Choose the conference talk"_s); // newest first
    trueToTheFile();

    SECTION("an edit changes its row in place; the filter and the sort see it")
    {
        d.id = logged->entryId();
        Decision edited = d;
        edited.title = u"Choose the keynote"_s;
        REQUIRE(workspace.run(new ui::EditDecisionCommand(workspace, d, edited)));
        CHECK(named(changed) == d.id);
        CHECK(added.isEmpty());
        sorted.setTextFilter(u"KEYNOTE"_s);
        REQUIRE(sorted.rowCount() == 1);
        CHECK(titleAt(0) == u"Choose the keynote"_s);
        sorted.setTextFilter({});
        trueToTheFile();

        // An earlier date moves it in the snapshot's order and down the sorted table.
        Decision moved = edited;
        moved.date = QDate(2024, 1, 1);
        REQUIRE(workspace.run(new ui::EditDecisionCommand(workspace, edited, moved)));
        CHECK(removed.takeFirst().at(0).toLongLong() == d.id); // out of its old place
        CHECK(named(added) == d.id);                           // into its new one
        CHECK(changed.isEmpty());
        CHECK(decisions.rowCount() == before + 1);
        CHECK(titleAt(sorted.rowCount() - 1) == u"Choose the keynote"_s);
        trueToTheFile();
    }
    SECTION("undo removes the row, redo brings it back")
    {
        workspace.undoStack()->undo();
        REQUIRE(removed.count() == 1);
        CHECK(removed.takeFirst().at(0).toLongLong() == logged->entryId());
        CHECK(decisions.rowCount() == before);
        trueToTheFile();
        workspace.undoStack()->redo();
        CHECK(named(added) == logged->entryId()); // with the id it had
        CHECK(decisions.rowCount() == before + 1);
        trueToTheFile();
    }
    SECTION("a board cell, a prompt marked done and a renamed person re-read only their table")
    {
        BoardEntry cell;
        cell.personId = d.personId;
        cell.area = u"Budget"_s;
        cell.level = DelegationLevel::Delegate;
        cell.agreedOn = QDate(2026, 3, 12);
        QSignalSpy boardChanged(&store, &TeamStore::boardChanged);
        REQUIRE(workspace.run(new ui::SetBoardCellCommand(workspace, cell)));
        CHECK(boardChanged.count() == 1);
        trueToTheFile();

        REQUIRE_FALSE(workspace.prompts().isEmpty());
        const Prompt prompt = workspace.prompts().first();
        const int journalBefore = journal.rowCount();
        PromptState done{
            prompt.key, PromptStateKind::Done, QDate(2026, 3, 12), {}, u"Asked, and listened"_s};
        REQUIRE(workspace.run(new ui::SetPromptStateCommand(workspace, done, std::nullopt)));
        // Gone at once: the recomputed prompts only land through the event loop.
        CHECK(std::none_of(workspace.prompts().cbegin(), workspace.prompts().cend(),
                           [&prompt](const Prompt& p) { return p.key == prompt.key; }));
        CHECK(journal.rowCount() == journalBefore + 1);
        trueToTheFile();
        CHECK(std::none_of(workspace.prompts().cbegin(), workspace.prompts().cend(),
                           [&prompt](const Prompt& p) { return p.key == prompt.key; }));

        Person renamed = *workspace.log().person(d.personId);
        Person original = renamed;
        renamed.name = u"Renamed Person"_s;
        QSignalSpy personRemoved(&store, &TeamStore::personRemoved);
        QSignalSpy personAdded(&store, &TeamStore::personAdded);
        REQUIRE(workspace.run(new ui::EditPersonCommand(workspace, original, renamed)));
        // A new name moves them in the order of names: out of their place, into the new one.
        CHECK(personRemoved.count() == 1);
        CHECK(personAdded.count() == 1);
        CHECK(personAdded.first().at(0).toString() == d.personId);
        CHECK(titleAt(0) == u"Choose the conference talk"_s);
        CHECK(sorted.index(0, 1).data().toString() == u"Renamed Person"_s);
        trueToTheFile();
    }
    CHECK(reloads.isEmpty()); // not one full re-read of the file
}

TEST_CASE("on a file, the window can paint first and take the logs from a background load")
{
    test::TempDatabase temp;
    writeSampleFile(temp.path());
    Database db(temp.path());
    ui::MainWindow window(db, nullptr, ui::Workspace::Loading::InBackground);
    auto* pages = child<QTabWidget>(window, u"pages"_s);
    // Before the first frame only Today is built; the other tabs wait.
    CHECK(pages->count() == 9);
    CHECK(pages->tabText(2) == u"Decisions"_s);
    CHECK(window.findChild<QWidget*>(u"decisionsPage"_s) == nullptr);
    CHECK(child<QLabel>(window, u"todayEmpty"_s)->text() == u"Loading your logs…"_s);
    window.show();
    auto* team = child<QListView>(window, u"teamList"_s);
    CHECK(window.workspace().isLoading());
    CHECK(team->model()->rowCount() == 0); // painted before the logs arrive
    REQUIRE(QTest::qWaitFor([&] { return !window.workspace().isLoading(); }));
    CHECK(team->model()->rowCount() == 1);
    CHECK(window.workspace().log() == loadTeamLog(db.connection()));
    CHECK_FALSE(window.workspace().prompts().isEmpty());
    // Built right after the first frame, each in its own tab, texts kept.
    CHECK(pages->widget(2) == child<QWidget>(window, u"decisionsPage"_s));
    CHECK(pages->widget(6) == child<QWidget>(window, u"actionsPage"_s));
    CHECK(pages->widget(8) == child<QWidget>(window, u"progressPage"_s));
    CHECK(pages->tabText(8) == u"Progress"_s);
    CHECK(pages->currentIndex() == 0);
    CHECK(child<QTableView>(window, u"decisionsTable"_s)->model()->rowCount() ==
          window.workspace().log().decisions.size());
}

TEST_CASE("picking a tab before the first frame builds the pages at once")
{
    test::TempDatabase temp;
    writeSampleFile(temp.path());
    Database db(temp.path());
    ui::MainWindow window(db, nullptr, ui::Workspace::Loading::InBackground);
    auto* pages = child<QTabWidget>(window, u"pages"_s);
    QSignalSpy switched(pages, &QTabWidget::currentChanged);
    pages->setCurrentIndex(4);
    CHECK(pages->currentWidget() == child<QWidget>(window, u"boardPage"_s));
    CHECK(pages->tabText(4) == u"Delegation board"_s);
    CHECK(switched.size() == 1);
    window.show();
    REQUIRE(QTest::qWaitFor([&] { return !window.workspace().isLoading(); }));
    CHECK(pages->currentIndex() == 4);
    CHECK(window.findChildren<QWidget*>(u"boardPage"_s).size() == 1);
}

TEST_CASE("the app's integrity check runs with the background load; writing waits for it")
{
    test::TempDatabase temp;
    writeSampleFile(temp.path());
    SECTION("a sound file: writing is enabled once the load has checked it")
    {
        Database db(temp.path(), Database::Access::ReadWrite, nullptr, Database::Check::Deferred);
        ui::MainWindow window(db, nullptr, ui::Workspace::Loading::InBackground);
        window.show();
        auto* logDecision = child<QAction>(window, u"logDecisionAction"_s);
        CHECK(db.isIntegrityCheckPending());
        CHECK_FALSE(window.workspace().canWrite());
        CHECK_FALSE(logDecision->isEnabled());
        REQUIRE(QTest::qWaitFor([&] { return !window.workspace().isLoading(); }));
        CHECK_FALSE(db.isIntegrityCheckPending());
        CHECK(window.workspace().canWrite());
        CHECK(logDecision->isEnabled());
        CHECK(child<QPushButton>(window, u"decisionsAdd"_s)->isEnabled());
        CHECK(child<ui::ElidedLabel>(window, u"statusText"_s)->fullText() == temp.path());
    }
    SECTION("a damaged file: the window says so and never writes to it")
    {
        QFile file(temp.path());
        REQUIRE(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        REQUIRE(bytes.size() > 4 * 4096);
        const qsizetype page = 3 * 4096; // a b-tree page's header and cell pointers
        for (int i = 0; i < 64; ++i)
            bytes[page + i] = char(~bytes.at(page + i));
        file.seek(0);
        file.write(bytes);
        file.close();
        const QByteArray hash = test::fileHash(temp.path());
        {
            Database db(temp.path(), Database::Access::ReadWrite, nullptr,
                        Database::Check::Deferred);
            ui::MainWindow window(db, nullptr, ui::Workspace::Loading::InBackground);
            QSignalSpy damaged(&window.workspace(), &ui::Workspace::damaged);
            window.show();
            REQUIRE(QTest::qWaitFor([&] { return !window.workspace().isLoading(); }));
            REQUIRE(damaged.size() == 1);
            CHECK(damaged.first().first().toString().contains(u"is damaged"_s));
            CHECK_FALSE(window.workspace().canWrite());
            CHECK_FALSE(child<QAction>(window, u"logDecisionAction"_s)->isEnabled());
            CHECK(child<ui::ElidedLabel>(window, u"statusText"_s)
                      ->fullText()
                      .contains(u"is damaged"_s));
        }
        CHECK(test::fileHash(temp.path()) == hash);
    }
}

TEST_CASE("the app offers the newest sound backup when it finds the file damaged")
{
    test::TempDatabase temp;
    const QString backups = backupDirectory(temp.path(), AppSettings().backupFolder());
    {
        Database db(temp.path());
        importTeamLog(db, test::sampleLog(), ImportMode::Merge);
        takeBackup(db, backups);
    }
    QFile file(temp.path());
    REQUIRE(file.open(QIODevice::ReadWrite));
    SECTION("while opening it: a truncated file")
    {
        file.resize(file.size() / 2);
    }
    SECTION("with the first load, off the UI thread: a damaged page")
    {
        QByteArray bytes = file.readAll();
        for (int i = 0; i < 64; ++i)
            bytes[3 * 4096 + i] = char(~bytes.at(3 * 4096 + i));
        file.seek(0);
        file.write(bytes);
    }
    file.close();
    const QByteArray damagedHash = test::fileHash(temp.path());

    // Answer the offer, then close the window that opens on the restored file.
    int offers = 0;
    qint64 entriesShown = -1;
    QStringList unexpected;
    const int code = runAppActing(temp.path(), [&](QWidget* top) {
        if (auto* box = qobject_cast<QMessageBox*>(top);
            box && box->objectName() == u"restoreDamagedQuestion"_s) {
            ++offers;
            box->button(QMessageBox::Yes)->click();
            return true;
        }
        if (auto* box = qobject_cast<QMessageBox*>(top)) {
            unexpected << box->text(); // fail, but never hang on it
            box->close();
            return true;
        }
        if (auto* window = qobject_cast<ui::MainWindow*>(top);
            window && offers > 0 && !window->workspace().isLoading()) {
            entriesShown = window->workspace().log().entryCount();
            window->close();
            return true;
        }
        return false;
    });
    CHECK(unexpected == QStringList());
    CHECK(code == 0);
    CHECK(offers == 1);
    CHECK(entriesShown == test::sampleLog().entryCount());
    CHECK(checkDatabase(temp.path()).isSound());
    // The damaged file is kept, byte for byte, beside the restored one.
    bool kept = false;
    for (const QFileInfo& info :
         QDir(QFileInfo(temp.path()).absolutePath()).entryInfoList(QDir::Files))
        kept = kept || test::fileHash(info.filePath()) == damagedHash;
    CHECK(kept);
}

TEST_CASE("the app draws its window first and opens the file after; a refused file closes it")
{
    test::TempDatabase temp;
    writeSampleFile(temp.path());
    {
        Database db(temp.path());
        sql::exec(db.connection(), u"PRAGMA user_version = 99"_s);
    }
    const QByteArray hash = test::fileHash(temp.path());
    QString shown;
    bool windowUnderneath = false;
    const int code = runAppActing(temp.path(), [&](QWidget* top) {
        auto* box = qobject_cast<QMessageBox*>(top);
        if (!box)
            return false;
        shown = box->text();
        windowUnderneath =
            qobject_cast<ui::MainWindow*>(box->parentWidget()) && box->parentWidget()->isVisible();
        box->close();
        return true;
    });
    CHECK(code == 1);
    CHECK(shown.contains(u"newer version"_s));
    CHECK(windowUnderneath);
    CHECK(test::fileHash(temp.path()) == hash);
    CHECK_FALSE(QFileInfo::exists(temp.path() + u".lock"_s));
}

TEST_CASE("a file another window writes opens read-only, and its lock stays with that window")
{
    test::TempDatabase temp;
    writeSampleFile(temp.path());
    WriterLock other(temp.path());
    REQUIRE(other.acquire());
    QString asked;
    bool readOnlyWindow = false;
    const int code = runAppActing(temp.path(), [&](QWidget* top) {
        if (auto* box = qobject_cast<QMessageBox*>(top);
            box && box->objectName() == u"alreadyOpenQuestion"_s) {
            asked = box->text();
            box->button(QMessageBox::Open)->click();
            return true;
        }
        if (auto* window = qobject_cast<ui::MainWindow*>(top);
            window && !window->workspace().isLoading()) {
            readOnlyWindow =
                window->workspace().isReadOnly() && window->workspace().log().entryCount() > 0;
            window->close();
            return true;
        }
        return false;
    });
    CHECK(code == 0);
    CHECK(asked.contains(u"process %1"_s.arg(QCoreApplication::applicationPid())));
    CHECK(readOnlyWindow);
    CHECK(other.isLocked());
    CHECK(QFileInfo::exists(temp.path() + u".lock"_s));
    WriterLock third(temp.path());
    CHECK_FALSE(third.acquire());
}

TEST_CASE("a table builds its search text once shown, a slice at a time, before any key stroke")
{
    Database db(u":memory:"_s);
    DemoOptions options;
    options.until = QDate(2026, 11, 27);
    options.entries = 12000; // more decisions than one slice
    importTeamLog(db, generateDemoTeam(options), ImportMode::Replace);
    ui::MainWindow window(db);
    window.show();
    const auto* decisions = child<ui::EntriesPage>(window, u"decisionsPage"_s)->model();
    const auto* initiatives = child<ui::EntriesPage>(window, u"initiativesPage"_s)->model();
    REQUIRE(decisions->rowCount() > 4000);
    QTest::qWait(50);
    CHECK_FALSE(decisions->prepareSearch(0)); // a hidden page builds nothing

    child<QTabWidget>(window, u"pages"_s)->setCurrentIndex(2);
    CHECK_FALSE(decisions->prepareSearch(0)); // not while the page is being shown
    CHECK(QTest::qWaitFor([&] { return decisions->prepareSearch(0); }));
    CHECK_FALSE(initiatives->prepareSearch(0));

    // A reload drops it; the page, still in view, builds it again.
    window.workspace().reload();
    CHECK_FALSE(decisions->prepareSearch(0));
    CHECK(QTest::qWaitFor([&] { return decisions->prepareSearch(0); }));

    // Focusing the filter of a page not yet idle builds it at once.
    child<QTabWidget>(window, u"pages"_s)->setCurrentIndex(3);
    auto* filter = child<QLineEdit>(window, u"initiativesFilter"_s);
    QFocusEvent focus(QEvent::FocusIn, Qt::TabFocusReason);
    QApplication::sendEvent(filter, &focus);
    CHECK(initiatives->prepareSearch(0));
}

TEST_CASE("filtering a table narrows it by any column, ignoring case, and keeps the selection "
          "and the sort")
{
    Database db(u":memory:"_s);
    DemoOptions options;
    options.until = QDate(2026, 11, 27);
    importTeamLog(db, generateDemoTeam(options), ImportMode::Replace);
    ui::MainWindow window(db);
    window.show();
    child<QTabWidget>(window, u"pages"_s)->setCurrentIndex(2);
    auto* table = child<QTableView>(window, u"decisionsTable"_s);
    auto* filter = child<QLineEdit>(window, u"decisionsFilter"_s);
    QAbstractItemModel* rows = table->model();
    const int all = rows->rowCount();
    REQUIRE(all == window.workspace().log().decisions.size());

    const QModelIndex picked = rows->index(all / 2, 2); // the Decision column
    table->setCurrentIndex(picked);
    const qint64 id = picked.data(ui::EntryTableModel::EntryIdRole).toLongLong();
    const QString word = picked.data().toString().section(u' ', 0, 0);
    REQUIRE(word.size() >= 3);
    auto isSortedByDateDescending = [rows] {
        for (int r = 1; r < rows->rowCount(); ++r) {
            const int sort = rd::ui::EntryTableModel::SortRole; // the shown date is the locale's
            if (rows->index(r - 1, 0).data(sort).toLongLong() <
                rows->index(r, 0).data(sort).toLongLong())
                return false;
        }
        return true;
    };

    filter->setText(word.toUpper());
    CHECK(rows->rowCount() < all);
    CHECK(rows->rowCount() > 0);
    for (int r = 0; r < rows->rowCount(); ++r) {
        bool found = false;
        for (int c = 0; c < rows->columnCount(); ++c)
            found =
                found || rows->index(r, c).data().toString().contains(word, Qt::CaseInsensitive);
        INFO("row " << r);
        CHECK(found);
    }
    CHECK(table->currentIndex().data(ui::EntryTableModel::EntryIdRole).toLongLong() == id);
    CHECK(isSortedByDateDescending());

    filter->clear();
    CHECK(rows->rowCount() == all);
    CHECK(isSortedByDateDescending());
    CHECK(table->currentIndex().data(ui::EntryTableModel::EntryIdRole).toLongLong() == id);

    // Letters beyond ASCII fold too: "CHLOÉ" finds Chloé.
    filter->setText(u"CHLOÉ BAKKER"_s);
    REQUIRE(rows->rowCount() > 0);
    for (int r = 0; r < rows->rowCount(); ++r)
        CHECK(rows->index(r, 1).data().toString() == u"Chloé Bakker"_s);

    filter->setText(u"no decision says this"_s);
    CHECK(rows->rowCount() == 0);
}

TEST_CASE("the delegation board shares its width among a small team and scrolls for a large one")
{
    Database db(u":memory:"_s);
    importTeamLog(db, test::sampleLog(), ImportMode::Merge);
    ui::MainWindow window(db);
    window.resize(1280, 800);
    window.show();
    child<QTabWidget>(window, u"pages"_s)->setCurrentIndex(4);
    auto* table = child<QTableView>(window, u"boardTable"_s);
    QHeaderView* header = table->horizontalHeader();
    QCoreApplication::processEvents();
    REQUIRE(table->model()->columnCount() >= 1);
    CHECK(header->sectionResizeMode(0) == QHeaderView::Stretch);
    CHECK(header->length() == table->viewport()->width());
    CHECK_FALSE((int(header->defaultAlignment()) & Qt::TextWordWrap)); // the names fit

    // A team of 60: every column keeps room for a name and a level.
    QList<Person> people;
    for (int n = 0; n < 60; ++n)
        people << Person{u"m%1"_s.arg(n), u"Member %1"_s.arg(n), {}, QDate(2026, 1, 1), 14, false};
    TeamLog larger;
    larger.people = people;
    importTeamLog(db, larger, ImportMode::Merge);
    QCoreApplication::processEvents();
    const int columns = table->model()->columnCount();
    REQUIRE(columns > 60);
    CHECK(header->sectionResizeMode(0) == QHeaderView::Interactive);
    const int widestLevel =
        table->fontMetrics().horizontalAdvance(levelDisplay(DelegationLevel::Delegate));
    for (int c = 0; c < columns; ++c)
        CHECK(header->sectionSize(c) == header->sectionSize(0));
    CHECK(header->sectionSize(0) > widestLevel);
    CHECK(header->length() > table->viewport()->width());
    CHECK(table->horizontalScrollBar()->maximum() > 0);

    // A name wider than its column wraps, and the header makes room for two lines.
    larger.people = {Person{u"long"_s,
                            u"Maximiliaan Alexander van Oldenbarnevelt"_s,
                            {},
                            QDate(2026, 1, 1),
                            14,
                            false}};
    importTeamLog(db, larger, ImportMode::Merge);
    QCoreApplication::processEvents();
    CHECK((int(header->defaultAlignment()) & Qt::TextWordWrap));
    CHECK(header->height() >= 2 * header->fontMetrics().lineSpacing());
    const int last = table->model()->columnCount() - 1;
    CHECK(table->model()->headerData(last, Qt::Horizontal, Qt::ToolTipRole).toString() ==
          table->model()->headerData(last, Qt::Horizontal).toString());
}
