// Every item model of the app through QAbstractItemModelTester, on the sample team.
#include "exchange/JsonExchange.h"
#include "models/BoardModel.h"
#include "models/EntryTableModel.h"
#include "models/JournalModel.h"
#include "models/PromptModel.h"
#include "models/TeamModel.h"
#include "pages/EntriesPage.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "TestSupport.h"
#include "Workspace.h"

#include <catch2/catch.hpp>
#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

TEST_CASE("every item model passes the model tester, before and after changes")
{
    Database db(u":memory:"_s);
    importTeamLog(db, test::sampleLog(), ImportMode::Merge);
    ui::Workspace workspace(db);
    workspace.setToday(QDate(2026, 3, 12));
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    ui::TeamModel team(workspace);
    ui::PromptModel prompts(workspace);
    ui::EntryTableModel meetings(workspace, ui::EntryTableModel::Log::OneOnOnes);
    ui::EntryTableModel decisions(workspace, ui::EntryTableModel::Log::Decisions);
    ui::EntryTableModel initiatives(workspace, ui::EntryTableModel::Log::Initiatives);
    ui::EntryFilterModel filter;
    filter.setSourceModel(&decisions);
    ui::BoardModel board(workspace);
    ui::JournalModel journal(workspace);
    QList<QAbstractItemModelTester*> testers;
    for (QAbstractItemModel* model : std::initializer_list<QAbstractItemModel*>{
             &team, &prompts, &meetings, &decisions, &initiatives, &filter, &board, &journal})
        testers << new QAbstractItemModelTester(model, Mode::Fatal, model);

    CHECK(team.rowCount() == 1); // the archived person is not listed
    CHECK(team.index(0).data(ui::TeamModel::DaysSinceOneOnOneRole).toInt() == 10);
    CHECK(prompts.rowCount() > 0);
    CHECK(meetings.rowCount() == 2);
    CHECK(board.rowCount() == 1);
    CHECK(board.index(0, 0).data(ui::BoardModel::LevelRole).toInt() == 3); // consult until April
    PeopleRepository(db).add(Person{u"p3"_s, u"Chloé"_s, {}, QDate(2026, 1, 1), 14, false});
    CHECK(team.rowCount() == 2);
    CHECK(board.columnCount() == 2);
    filter.setTextFilter(u"logging"_s);
    CHECK(filter.rowCount() == 1);
    filter.setPersonFilter(u"p3"_s);
    CHECK(filter.rowCount() == 0);
    CHECK(journal.rowCount() == 1);
}

TEST_CASE("a renamed team member changes their rows' name column alone; a new role changes nothing")
{
    Database db(u":memory:"_s);
    importTeamLog(db, test::sampleLog(), ImportMode::Merge);
    ui::Workspace workspace(db);
    ui::EntryTableModel decisions(workspace, ui::EntryTableModel::Log::Decisions);
    QAbstractItemModelTester tester(&decisions,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ui::EntryFilterModel filter;
    filter.setSourceModel(&decisions);
    filter.setTextFilter(u"anna"_s); // builds every row's search text
    REQUIRE(filter.rowCount() == 1);
    QSignalSpy changed(&decisions, &QAbstractItemModel::dataChanged);
    Person anna = workspace.log().people.constFirst();
    REQUIRE(anna.id == u"p1"_s);

    anna.role = u"Tech lead"_s; // shown nowhere in the table
    workspace.store().updatePerson(anna);
    CHECK(changed.isEmpty());

    // Positive control: a new name is one change of the name column over her rows.
    anna.name = u"Anna Visser"_s;
    workspace.store().updatePerson(anna);
    REQUIRE(changed.size() == 1);
    const QModelIndex from = changed.first().at(0).toModelIndex();
    const QModelIndex to = changed.first().at(1).toModelIndex();
    CHECK(from.column() == to.column());
    CHECK(decisions.headerData(from.column(), Qt::Horizontal).toString() == u"Team member"_s);
    CHECK(decisions.index(from.row(), from.column()).data().toString() == u"Anna Visser"_s);
    filter.setTextFilter(u"visser"_s); // found by the new name at once
    CHECK(filter.rowCount() == 1);
    filter.setTextFilter(u"de vries"_s);
    CHECK(filter.rowCount() == 0);
}
