// Today: a prompt shown with its detail, marked done with a reflection, and a
// prompt acted on that leaves the rest of the tree where it was.
#include "demo/DemoTeam.h"
#include "exchange/JsonExchange.h"
#include "MainWindow.h"
#include "models/PromptModel.h"
#include "models/TeamModel.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "TestSupport.h"
#include "UiSupport.h"
#include "WindowFixture.h"
#include "Workspace.h"

#include <catch2/catch.hpp>
#include <QAbstractItemModelTester>
#include <QInputDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

TEST_CASE("the expected prompt appears on Today and is marked done with a reflection")
{
    WindowFixture f; // Sam joined 60 days ago, no 1:1 and no delegation agreement
    auto* tree = child<QTreeView>(f.window, u"todayPrompts"_s);
    auto* model = qobject_cast<ui::PromptModel*>(tree->model());
    QModelIndex overdue;
    for (const Prompt& p : f.workspace().prompts()) {
        if (p.rule == u"one-on-one-overdue"_s)
            overdue = model->indexOf(p.key);
    }
    REQUIRE(overdue.isValid());
    tree->setCurrentIndex(overdue);
    CHECK(child<QWidget>(f.window, u"todayPromptDetail"_s)
              ->property("plainText")
              .toString()
              .isEmpty() == false);
    onNextDialog<QInputDialog>([](QInputDialog* dialog) {
        CHECK(dialog->objectName() == u"reflectionDialog"_s);
        dialog->setTextValue(u"Booked a fixed Tuesday slot"_s);
        dialog->accept();
    });
    child<QPushButton>(f.window, u"todayDone"_s)->click();
    for (const Prompt& p : f.workspace().prompts())
        CHECK(p.rule != u"one-on-one-overdue"_s);
    const QList<PromptState> states = PromptStateRepository(f.db).all();
    REQUIRE(states.size() == 1);
    CHECK(states.first().note == u"Booked a fixed Tuesday slot"_s);
    CHECK(child<QTableView>(f.window, u"journalTable"_s)->model()->rowCount() == 1);
}

TEST_CASE("a prompt acted on leaves Today alone: the rest of the tree keeps its place and the "
          "next prompt is selected")
{
    Database db(u":memory:"_s);
    DemoOptions options;
    options.until = QDate(2026, 11, 27);
    importTeamLog(db, generateDemoTeam(options), ImportMode::Replace);
    ui::MainWindow window(db);
    window.workspace().setToday(options.until);
    window.show();
    auto* tree = child<QTreeView>(window, u"todayPrompts"_s);
    auto* model = qobject_cast<ui::PromptModel*>(tree->model());
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    int lever = -1;
    for (int g = 0; g < model->rowCount() && lever < 0; ++g) {
        if (model->rowCount(model->index(g, 0)) >= 3)
            lever = g;
    }
    REQUIRE(lever >= 0);
    const QModelIndex group = model->index(lever, 0);
    const int before = model->rowCount(group);
    const QString groupText = group.data().toString();
    const QString next = model->index(1, 0, group).data(ui::PromptModel::KeyRole).toString();
    tree->setCurrentIndex(model->index(0, 0, group));
    const QString first = tree->currentIndex().data(ui::PromptModel::KeyRole).toString();
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    ui::TeamModel* team = window.teamModel();
    QAbstractItemModelTester teamTester(team,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy teamResets(team, &QAbstractItemModel::modelReset);
    QSignalSpy teamChanged(team, &QAbstractItemModel::dataChanged);
    const QString person = model->prompt(tree->currentIndex())->personId;
    const int promptsBefore = window.workspace().promptCount(person);

    child<QPushButton>(window, u"todayDismiss"_s)->click();
    // The team list changes that person's row alone.
    CHECK(teamResets.isEmpty());
    if (!person.isEmpty()) {
        CHECK(window.workspace().promptCount(person) == promptsBefore - 1);
        REQUIRE(teamChanged.size() == 1);
        CHECK(teamChanged.first().first().toModelIndex().row() == team->rowOf(person));
    }
    CHECK_FALSE(model->indexOf(first).isValid());
    CHECK(resets.isEmpty());
    REQUIRE(removed.size() == 1);
    CHECK(model->rowCount(group) == before - 1);
    CHECK(group.data().toString() != groupText); // the lever's count
    for (int g = 0; g < model->rowCount(); ++g)
        CHECK(tree->isExpanded(model->index(g, 0)));
    CHECK(tree->currentIndex().data(ui::PromptModel::KeyRole).toString() == next);
    const Prompt* shown = model->prompt(tree->currentIndex());
    REQUIRE(shown);
    CHECK(child<QWidget>(window, u"todayPromptDetail"_s)
              ->property("plainText")
              .toString()
              .contains(shown->title));

    // Any other change, such as undoing it, resets the tree as before.
    window.workspace().undoStack()->undo();
    CHECK(model->indexOf(first).isValid());
    CHECK(resets.size() == 1);
}
