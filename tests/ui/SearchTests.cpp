// Search: Ctrl+F over every free text, its order, its highlighting and the
// entry or team member it opens.
#include "dialogs/SearchDialog.h"
#include "MainWindow.h"
#include "models/EntryTableModel.h"
#include "settings/AppSettings.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "TestSupport.h"
#include "UiSupport.h"
#include "WindowFixture.h"
#include "Workspace.h"

#include <catch2/catch.hpp>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

TEST_CASE("Ctrl+F searches all free text and opens the entry")
{
    WindowFixture f;
    Decision d;
    d.personId = u"sam"_s;
    d.date = f.today;
    d.title = u"Choose the kangaroo vendor"_s;
    const qint64 id = DecisionRepository(f.db).add(d);
    onNextDialog<ui::SearchDialog>([&f](ui::SearchDialog* dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"searchText"_s), u"kangar"_s);
        auto* results = dialog->findChild<QListWidget*>(u"searchResults"_s);
        CHECK(results->count() == 1);
        if (results->count() != 1)
            return dialog->reject();
        // What, whose, when, and the words around the match.
        CHECK(results->item(0)->text() ==
              u"Decision · Sam Jansen · %1\nChoose the [kangaroo] vendor"_s.arg(
                  QLocale().toString(f.today, u"d MMM yyyy"_s)));
        emit results->itemActivated(results->item(0));
    });
    QTest::keySequence(&f.window, QKeySequence::Find);
    CHECK(f.pages()->currentWidget()->objectName() == u"decisionsPage"_s);
    CHECK(child<QTableView>(f.window, u"decisionsTable"_s)
              ->currentIndex()
              .data(ui::EntryTableModel::EntryIdRole)
              .toLongLong() == id);
}

TEST_CASE("search shows matches in bold, best match or newest first")
{
    Database db(u":memory:"_s);
    PeopleRepository(db).add(Person{u"sam"_s, u"Sam Jansen"_s, {}, QDate(2025, 1, 5), 14, false});
    OneOnOne older;
    older.personId = u"sam"_s;
    older.date = QDate(2025, 3, 2);
    older.privateNotes = u"Roadmap, roadmap, roadmap"_s; // the best match
    OneOnOne newer = older;
    newer.date = QDate(2026, 3, 2);
    newer.privateNotes = u"We talked about holidays, the team outing, budgets and the roadmap"_s;
    OneOnOneRepository(db).add(older);
    OneOnOneRepository(db).add(newer);
    ui::Workspace workspace(db);
    ui::SearchDialog dialog(workspace);
    auto* order = child<QComboBox>(dialog, u"searchOrder"_s);
    auto* results = child<QListWidget>(dialog, u"searchResults"_s);
    order->setCurrentIndex(0);
    child<QLineEdit>(dialog, u"searchText"_s)->setText(u"roadmap"_s);
    REQUIRE(results->count() == 2);
    CHECK(dialog.hits().first().date == older.date);
    const QString html = results->item(0)->data(Qt::UserRole + 1).toString();
    CHECK(html.contains(u"<b>Roadmap</b>"_s));
    CHECK_FALSE(html.contains(u"[Roadmap]"_s));

    order->setCurrentIndex(1); // newest first, searched again at once
    REQUIRE(results->count() == 2);
    CHECK(dialog.hits().first().date == newer.date);
    CHECK(results->item(0)->text().contains(u"2 Mar 2026"_s));
    CHECK(AppSettings().searchNewestFirst()); // remembered
    order->setCurrentIndex(0);
}

TEST_CASE("search finds team members by name, keeps a decision's fields apart, says 'nothing'")
{
    Database db(u":memory:"_s);
    PeopleRepository(db).add(
        Person{u"bram"_s, u"Bram Jansen"_s, u"Support lead"_s, QDate(2025, 1, 5), 14, false});
    Decision d;
    d.personId = u"bram"_s;
    d.date = QDate(2026, 3, 2);
    d.title = u"Plan the release steps"_s;
    d.area = u"Planning"_s;
    d.why = u"Smaller releases lower the risk"_s;
    d.level = DelegationLevel::Advise;
    DecisionRepository(db).add(d);
    ui::MainWindow window(db);
    ui::SearchDialog dialog(window.workspace(), &window);
    QObject::connect(&dialog, &ui::SearchDialog::personRequested, &window,
                     &ui::MainWindow::selectPerson);
    auto* text = child<QLineEdit>(dialog, u"searchText"_s);
    auto* results = child<QListWidget>(dialog, u"searchResults"_s);

    text->setText(u"jansen"_s);
    REQUIRE(results->count() >= 1);
    CHECK(results->item(0)->text() == u"Team member\nBram Jansen · Support lead"_s);
    text->setText(u"support LEAD"_s); // the role, any case
    REQUIRE(results->count() >= 1);
    CHECK(results->item(0)->text().contains(u"Bram Jansen"_s));

    text->setText(u"release"_s);
    REQUIRE(results->count() == 1);
    const QString shown = results->item(0)->text();
    CHECK(shown.contains(u"steps · Planning · Smaller"_s)); // not "steps Planning Smaller"

    text->setText(u"zebra"_s);
    REQUIRE(results->count() == 1);
    CHECK(results->item(0)->text() == u"Nothing matches “zebra”."_s);
    CHECK(results->item(0)->flags() == Qt::NoItemFlags);

    // Choosing a team member chooses them in the window.
    text->setText(u"bram"_s);
    emit results->itemActivated(results->item(0));
    CHECK(window.selectedPersonId() == u"bram"_s);
}
