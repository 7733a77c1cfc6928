#include "exchange/JsonExchange.h"
#include "MainWindow.h"
#include "dialogs/PersonDialog.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "models/TeamModel.h"
#include "Workspace.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace rd;

namespace {
/// Runs `fill` on the next modal dialog that opens.
template <typename Fill>
void onNextDialog(Fill&& fill)
{
    QTimer::singleShot(0, [fill = std::forward<Fill>(fill)]() {
        auto* dialog = qobject_cast<ui::PersonDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        fill(dialog);
    });
}
} // namespace

TEST_CASE("the team model passes the model tester and shows days since the last one-on-one")
{
    Database db(u":memory:"_s);
    importTeamLog(db, test::sampleLog(), ImportMode::Merge);
    ui::TeamModel model(db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setToday(QDate(2026, 3, 12));
    REQUIRE(model.rowCount() == 1); // the archived person is not listed
    const QModelIndex anna = model.index(0);
    CHECK(anna.data(ui::TeamModel::PersonIdRole).toString() == u"p1"_s);
    CHECK(anna.data(ui::TeamModel::DaysSinceOneOnOneRole).toInt() == 10);
    PeopleRepository(db).add(Person{u"p3"_s, u"Chloé"_s, {}, {}, 14, false});
    CHECK(model.rowCount() == 2);
    CHECK(model.index(1).data(ui::TeamModel::DaysSinceOneOnOneRole).isNull());
}

TEST_CASE("adding a team member through the window's dialog lists and selects them")
{
    Database db(u":memory:"_s);
    ui::MainWindow window(db);
    window.show();
    auto* add = window.findChild<QAction*>(u"addPersonAction"_s);
    REQUIRE(add);

    SECTION("an empty name is refused inline and nothing is saved")
    {
        onNextDialog([](ui::PersonDialog* dialog) {
            dialog->findChild<QDialogButtonBox*>(u"personButtons"_s)
                ->button(QDialogButtonBox::Ok)
                ->click();
            auto* error = dialog->findChild<QLabel*>(u"personError"_s);
            CHECK(error->isVisible());
            CHECK_FALSE(error->text().isEmpty());
            dialog->reject();
        });
        add->trigger();
        CHECK(PeopleRepository(db).all().isEmpty());
    }
    SECTION("a valid person is saved and selected")
    {
        onNextDialog([](ui::PersonDialog* dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit*>(u"personName"_s), u"Daan Visser"_s);
            QTest::keyClicks(dialog->findChild<QLineEdit*>(u"personRole"_s),
                             u"Frontend engineer"_s);
            dialog->findChild<QSpinBox*>(u"personCadence"_s)->setValue(21);
            dialog->findChild<QDialogButtonBox*>(u"personButtons"_s)
                ->button(QDialogButtonBox::Ok)
                ->click();
        });
        add->trigger();
        const QList<Person> people = PeopleRepository(db).all();
        REQUIRE(people.size() == 1);
        CHECK(people.first().name == u"Daan Visser"_s);
        CHECK(people.first().cadenceDays == 21);
        auto* list = window.findChild<QListView*>(u"teamList"_s);
        CHECK(list->model()->rowCount() == 1);
        CHECK(window.selectedPersonId() == u"daan-visser"_s);
        CHECK(window.findChild<QLabel*>(u"personOverview"_s)->text().contains(u"Daan Visser"_s));

        window.findChild<QAction*>(u"archivePersonAction"_s)->trigger();
        CHECK(list->model()->rowCount() == 0);
        CHECK(PeopleRepository(db).find(u"daan-visser"_s)->archived);
    }
}

TEST_CASE("a read-only window offers no editing")
{
    test::TempDatabase temp;
    {
        Database create(temp.path());
    }
    Database db(temp.path(), Database::Access::ReadOnly);
    ui::MainWindow window(db);
    CHECK_FALSE(window.findChild<QAction*>(u"addPersonAction"_s)->isEnabled());
    CHECK(window.windowTitle().contains(u"read-only"_s));
}
